"""Device endpoints through the Starlette app (TestClient), on SQLite and PostgreSQL:
enroll, hello, push, pull, snapshot, their error answers and the per-credential limits."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from sync import protocol as p
from sync.server import service
from sync.server.app import app_from_env, create_app
from sync.server.service import HqDatabase
from sync.server.settings import HqSettings
from tests.hq.http_world import (
    HttpWorld,
    TestClient,
    build_world,
    customer_entry,
    enroll_body,
    hello_body,
    notification_entry,
    pull_body,
    push_body,
    snapshot_body,
)


@pytest.fixture
def web(hq_db: HqDatabase) -> HttpWorld:
    """The world behind a TestClient of the app (a fresh database on each backend)."""
    return build_world(hq_db)


def test_health_and_unknown_paths(web: HttpWorld) -> None:
    assert web.client.get(p.HEALTH_PATH).json() == {"status": "ok", "protocol_version": 1}
    missing = web.client.get("/v1/nothing")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    wrong = web.client.get(p.PUSH_PATH)
    assert wrong.status_code == 405 and wrong.json()["error"] == "bad_request"


def test_hello_push_pull_round(web: HttpWorld) -> None:
    a1, a1b = web.a1, web.a1b
    said = web.client.post(p.HELLO_PATH, json=hello_body(), headers=a1.headers())
    assert said.status_code == 200, said.text
    hello = p.HelloResponse.from_json(said.json())
    assert (hello.organization_id, hello.store_id, hello.device_id) == (
        web.org_a,
        web.store_a1,
        a1.device_id,
    )
    assert hello.last_seq == 0

    body = push_body(customer_entry(a1), notification_entry(a1))
    pushed = web.client.post(p.PUSH_PATH, json=body, headers=a1.headers())
    assert pushed.status_code == 200, pushed.text
    result = p.PushResponse.from_json(pushed.json())
    assert [r.status for r in result.results] == ["applied", "applied"]
    assert result.last_seq == 2 and result.server_epoch == hello.server_epoch

    # The same batch again (a response lost after HQ committed): answered, not re-applied.
    again = p.PushResponse.from_json(
        web.client.post(p.PUSH_PATH, json=body, headers=a1.headers()).json()
    )
    assert [r.status for r in again.results] == ["duplicate", "duplicate"]

    page = p.PullResponse.from_json(
        web.client.post(p.PULL_PATH, json=pull_body(0, 5000), headers=a1b.headers()).json()
    )
    ids = {c.entity_id for c in page.changes}
    assert {e["entity_id"] for e in body["entries"]} <= ids
    assert not page.has_more and page.cursor >= hello.org_version
    after = web.client.post(p.HELLO_PATH, json=hello_body(), headers=a1.headers()).json()
    assert after["last_seq"] == 2


def test_pull_pages_are_gzipped_for_clients_that_accept_it(web: HttpWorld) -> None:
    entries = [customer_entry(web.a1, name="N" * 150) for _ in range(120)]
    raw = gzip.compress(json.dumps(push_body(*entries)).encode())
    pushed = web.client.post(
        p.PUSH_PATH, content=raw, headers=web.a1.headers(**{"Content-Encoding": "gzip"})
    )
    assert pushed.status_code == 200, pushed.text
    page = web.client.post(
        p.PULL_PATH,
        json=pull_body(0, 5000),
        headers=web.a1b.headers(**{"Accept-Encoding": "gzip"}),
    )
    assert page.headers["content-encoding"] == "gzip"
    assert len(page.content) > 16_000  # httpx inflated it
    plain = web.client.post(
        p.PULL_PATH,
        json=pull_body(0, 5000),
        headers=web.a1b.headers(**{"Accept-Encoding": "identity"}),
    )
    assert "content-encoding" not in plain.headers
    assert plain.json()["changes"] == page.json()["changes"]


def test_snapshot_walks_every_page(web: HttpWorld) -> None:
    req = snapshot_body(limit=2)
    seen: dict[str, int] = {}
    for _ in range(500):
        answer = web.client.post(p.SNAPSHOT_PATH, json=req, headers=web.a1.headers())
        assert answer.status_code == 200, answer.text
        page = p.SnapshotResponse.from_json(answer.json())
        if page.entity:
            seen[page.entity] = seen.get(page.entity, 0) + len(page.rows)
        if page.done:
            break
        req = snapshot_body(
            at_version=page.at_version,
            entity=page.next_entity,
            after_id=page.next_after_id,
            limit=2,
        )
    assert page.done
    assert seen["organizations"] == 1 and seen["stores"] == 2
    assert seen["devices"] == 4  # org A's four, the revoked one included


def test_seq_gap_and_conflict_are_409_with_last_seq(web: HttpWorld) -> None:
    a1 = web.a1
    a1.seq = 5
    gap = web.client.post(p.PUSH_PATH, json=push_body(customer_entry(a1)), headers=a1.headers())
    assert gap.status_code == 409
    assert gap.json()["error"] == "seq_gap" and gap.json()["details"]["last_seq"] == 0
    a1.seq = 0
    first = push_body(customer_entry(a1))
    assert web.client.post(p.PUSH_PATH, json=first, headers=a1.headers()).status_code == 200
    a1.seq = 0
    clash = web.client.post(p.PUSH_PATH, json=push_body(customer_entry(a1)), headers=a1.headers())
    assert clash.status_code == 409 and clash.json()["error"] == "seq_conflict"


def test_enroll_refusals(web: HttpWorld) -> None:
    bad = web.client.post(p.ENROLL_PATH, json=enroll_body("AAAA-BBBB-CCCC"))
    assert bad.status_code == 400 and bad.json()["error"] == "enroll_code_invalid"
    taken = web.client.post(
        p.ENROLL_PATH, json=enroll_body(web.spare_codes["a1"], device_id=web.a1.device_id)
    )
    assert taken.status_code == 409 and taken.json()["error"] == "device_id_taken"
    # The refused attempt did not use the code up.
    device = web.enroll(web.spare_codes["a1"])
    assert device.store_id == web.store_a1
    used = web.client.post(p.ENROLL_PATH, json=enroll_body(web.spare_codes["a1"]))
    assert used.status_code == 400 and used.json()["error"] == "enroll_code_invalid"
    old = web.client.post(p.ENROLL_PATH, json={**enroll_body("x"), "protocol_version": 99})
    assert old.status_code == 426 and old.json()["error"] == "protocol_mismatch"


def test_versions_hq_does_not_speak(web: HttpWorld) -> None:
    h = web.a1.headers()
    old = web.client.post(p.HELLO_PATH, json=hello_body(protocol_version=2), headers=h)
    assert old.status_code == 426 and old.json()["error"] == "protocol_mismatch"
    new = web.client.post(p.HELLO_PATH, json=hello_body(schema_version=999), headers=h)
    assert new.status_code == 409 and new.json()["error"] == "schema_unsupported"


def test_instance_header_is_required_and_bound(web: HttpWorld) -> None:
    a1 = web.a1
    missing = web.client.post(
        p.HELLO_PATH, json=hello_body(), headers={"Authorization": f"Bearer {a1.token}"}
    )
    assert missing.status_code == 400 and p.DB_INSTANCE_HEADER in missing.json()["message"]
    clone = web.client.post(
        p.HELLO_PATH, json=hello_body(), headers=a1.headers(**{p.DB_INSTANCE_HEADER: "copy"})
    )
    assert clone.status_code == 409 and clone.json()["error"] == "instance_mismatch"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 9, 0, 10, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.parametrize("hq_db", ["sqlite"], indirect=True)
def test_rate_limits_per_credential_and_window(hq_db: HqDatabase) -> None:
    clock = Clock()
    settings = HqSettings(rate_limit=3, rate_window_s=60, enroll_rate_limit=7, clock=clock)
    hw = build_world(hq_db, settings)  # 5 enrollments from "testclient" so far
    h = hw.a1.headers()
    statuses = [
        hw.client.post(p.HELLO_PATH, json=hello_body(), headers=h).status_code for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    limited = hw.client.post(p.HELLO_PATH, json=hello_body(), headers=h)
    assert limited.json()["error"] == "rate_limited"
    assert limited.headers["Retry-After"] == "50"  # until the window ends at :01:00
    # Another credential has its own counter.
    other = hw.client.post(p.HELLO_PATH, json=hello_body(), headers=hw.a1b.headers())
    assert other.status_code == 200

    # Enrollment is limited by address: 5 used by the world, 2 more attempts, then 429.
    tries = [
        hw.client.post(p.ENROLL_PATH, json=enroll_body("WRONG-CODE")).status_code for _ in range(3)
    ]
    assert tries == [400, 400, 429]

    clock.now += timedelta(seconds=60)  # the next window
    assert hw.client.post(p.HELLO_PATH, json=hello_body(), headers=h).status_code == 200
    assert hw.client.post(p.ENROLL_PATH, json=enroll_body("x")).status_code == 400


@pytest.mark.parametrize("hq_db", ["sqlite"], indirect=True)
def test_rate_limits_can_be_turned_off(hq_db: HqDatabase) -> None:
    settings = HqSettings(rate_limit=1).with_limits(rate_limits_enabled=False)
    hw = build_world(hq_db, settings)
    for _ in range(3):
        answer = hw.client.post(p.HELLO_PATH, json=hello_body(), headers=hw.a1.headers())
        assert answer.status_code == 200


def test_unexpected_errors_are_500_and_database_trouble_503(
    web: HttpWorld, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object) -> None:
        raise KeyError("password=hunter2")

    monkeypatch.setattr(service, "hello", broken)
    answer = web.client.post(p.HELLO_PATH, json=hello_body(), headers=web.a1.headers())
    assert answer.status_code == 500 and answer.json()["error"] == "internal"
    assert "hunter2" not in answer.text and "hunter2" in caplog.text

    def unavailable(*args: object) -> None:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    monkeypatch.setattr(service, "hello", unavailable)
    answer = web.client.post(p.HELLO_PATH, json=hello_body(), headers=web.a1.headers())
    assert answer.status_code == 503 and answer.headers["Retry-After"] == "1"


def test_health_is_503_until_the_database_is_migrated(tmp_path: Path) -> None:
    db = HqDatabase(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        client = TestClient(create_app(db), raise_server_exceptions=False)
        answer = client.get(p.HEALTH_PATH)
        assert answer.status_code == 503 and answer.json()["error"] == "internal"
        db.upgrade()
        assert client.get(p.HEALTH_PATH).status_code == 200
    finally:
        db.dispose()


@pytest.mark.parametrize("hq_db", ["sqlite"], indirect=True)
def test_app_factory_reads_the_environment(
    hq_db: HqDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("POS_HQ_DATABASE_URL", raising=False)
    with pytest.raises(RuntimeError, match="POS_HQ_DATABASE_URL"):
        app_from_env()
    monkeypatch.setenv("POS_HQ_DATABASE_URL", str(hq_db.engine.url))
    monkeypatch.setenv("POS_HQ_RATE_LIMIT", "77")
    app = app_from_env()
    assert app.state.hq.settings.rate_limit == 77
    assert TestClient(app).get(p.HEALTH_PATH).status_code == 200
    app.state.hq.db.dispose()
