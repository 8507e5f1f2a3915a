"""Tenant isolation (I5) through the HTTP app, on SQLite and PostgreSQL.

Every endpoint is tried with missing, garbled, revoked and wrong-kind credentials (a clear 4xx
and not one row changed), and with valid credentials of another organization or another store
(they can neither read nor write outside their scope). Malformed bodies: test_bad_requests.py.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest

from pos_desktop.core.ids import new_id
from sync import protocol as p
from sync.server.org_routes import ENROLL_CODES_PATH, ORG_PREFIX
from sync.server.service import HqDatabase
from tests.hq.http_world import (
    HttpWorld,
    build_world,
    customer_entry,
    hello_body,
    key_headers,
    notification_entry,
    pull_body,
    push_body,
    snapshot_body,
    table_state,
)

INSTANCE = p.DB_INSTANCE_HEADER
MISMATCH = p.ErrorCode.INSTANCE_MISMATCH
FAKE_SECRET = base64.urlsafe_b64encode(b"\x01" * 32).decode().rstrip("=")

Call = Callable[[HttpWorld, dict[str, str]], Any]


@pytest.fixture
def web(hq_db: HqDatabase) -> HttpWorld:
    return build_world(hq_db)


def _device_call(path: str, body: Callable[[HttpWorld], dict[str, Any]]) -> Call:
    return lambda w, h: w.client.post(path, json=body(w), headers=h)


DEVICE_CALLS: dict[str, Call] = {
    "hello": _device_call(p.HELLO_PATH, lambda w: hello_body()),
    "push": _device_call(p.PUSH_PATH, lambda w: push_body(customer_entry(w.a1))),
    "pull": _device_call(p.PULL_PATH, lambda w: pull_body()),
    "snapshot": _device_call(p.SNAPSHOT_PATH, lambda w: snapshot_body()),
}

KEY_CALLS: dict[str, Call] = {
    "list": lambda w, h: w.client.get(f"{ORG_PREFIX}/customers", headers=h),
    "upsert": lambda w, h: w.client.put(
        f"{ORG_PREFIX}/categories",
        json={"rows": [{"id": new_id(), "name": "Tea", "slug": "tea"}]},
        headers=h,
    ),
    "enroll-codes": lambda w, h: w.client.post(ENROLL_CODES_PATH, json={"store": "S01"}, headers=h),
}


def _bearer(token: str, instance: str | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **({INSTANCE: instance} if instance else {})}


def _common_bad(w: HttpWorld) -> list[tuple[str, dict[str, str], int, str]]:
    """Credentials no endpoint accepts."""
    a1 = w.a1
    return [
        ("no credential", {}, 401, "unauthorized"),
        ("basic auth", {"Authorization": "Basic dXNlcjpwYXNz"}, 401, "unauthorized"),
        ("empty bearer", {"Authorization": "Bearer "}, 401, "unauthorized"),
        ("garbled token", _bearer("not-a-token"), 401, "unauthorized"),
        ("unknown prefix", _bearer(f"adm.{a1.device_id}.{FAKE_SECRET}"), 401, "unauthorized"),
        ("token with dots", _bearer(f"dev.{a1.device_id}.a.b", a1.instance), 401, "unauthorized"),
    ]


def _bad_for_devices(w: HttpWorld) -> list[tuple[str, dict[str, str], int, str]]:
    a1, b1 = w.a1, w.b1
    b1_secret = b1.token.split(".")[2]
    wrong = _bearer(f"dev.{a1.device_id}.{FAKE_SECRET}", a1.instance)
    borrowed = _bearer(f"dev.{a1.device_id}.{b1_secret}", a1.instance)
    return [
        *_common_bad(w),
        ("wrong secret", wrong, 401, "unauthorized"),
        ("another device's secret", borrowed, 401, "unauthorized"),
        ("unknown device", _bearer(f"dev.{new_id()}.{FAKE_SECRET}", new_id()), 401, "unauthorized"),
        ("revoked device", w.revoked.headers(), 401, "revoked"),
        ("organization API key", key_headers(w.key_a), 403, "forbidden"),
        ("revoked API key", key_headers(w.key_revoked), 403, "forbidden"),
        ("cloned database file", a1.headers(**{INSTANCE: new_id()}), 409, MISMATCH),
        ("another device's file", a1.headers(**{INSTANCE: w.a1b.instance}), 409, MISMATCH),
        ("no instance header", _bearer(a1.token), 400, "bad_request"),
    ]


def _bad_for_keys(w: HttpWorld) -> list[tuple[str, dict[str, str], int, str]]:
    key_id = w.key_a.split(".")[1]
    other_secret = w.key_b.split(".")[2]
    return [
        *_common_bad(w),
        ("device credential", w.a1.headers(), 403, "forbidden"),
        ("revoked device", w.revoked.headers(), 403, "forbidden"),
        ("wrong secret", _bearer(f"key.{key_id}.{FAKE_SECRET}"), 401, "unauthorized"),
        ("another key's secret", _bearer(f"key.{key_id}.{other_secret}"), 401, "unauthorized"),
        ("unknown key", _bearer(f"key.{new_id()}.{FAKE_SECRET}"), 401, "unauthorized"),
        ("revoked API key", key_headers(w.key_revoked), 401, "revoked"),
    ]


def _refused_and_unchanged(
    web: HttpWorld, call: Call, cases: list[tuple[str, dict[str, str], int, str]]
) -> None:
    before = table_state(web.db)
    for label, headers, status, code in cases:
        answer = call(web, headers)
        assert answer.status_code == status, (label, answer.text)
        body = p.ErrorBody.from_json(answer.json())
        assert body.error == code and body.message, (label, body)
        assert "Traceback" not in answer.text
    assert table_state(web.db) == before


@pytest.mark.parametrize("endpoint", sorted(DEVICE_CALLS))
def test_device_endpoints_refuse_bad_credentials(web: HttpWorld, endpoint: str) -> None:
    _refused_and_unchanged(web, DEVICE_CALLS[endpoint], _bad_for_devices(web))


@pytest.mark.parametrize("endpoint", sorted(KEY_CALLS))
def test_org_endpoints_refuse_bad_credentials(web: HttpWorld, endpoint: str) -> None:
    _refused_and_unchanged(web, KEY_CALLS[endpoint], _bad_for_keys(web))


def test_push_cannot_write_outside_the_device_scope(web: HttpWorld) -> None:
    a1, b1, a2 = web.a1, web.b1, web.a2
    mine = customer_entry(a1, name="Nimal")
    assert web.client.post(p.PUSH_PATH, json=push_body(mine), headers=a1.headers()).is_success
    org_a_before = _org_rows(web, web.org_a)

    hijack = customer_entry(b1, name="Hijacked")
    hijack["entity_id"] = hijack["payload"]["id"] = mine["entity_id"]
    hijack["operation"] = "update"
    hijack["payload"]["_changed"] = ["name"]
    forged_org = customer_entry(b1, org_id=web.org_a)
    forged_store = notification_entry(b1, store_id=web.store_a1)
    device_row = customer_entry(b1)
    device_row["entity"] = "devices"  # HQ-owned: terminals may not push it
    body = push_body(hijack, forged_org, forged_store, device_row)
    answer = web.client.post(p.PUSH_PATH, json=body, headers=b1.headers())
    assert answer.status_code == 200, answer.text
    statuses = [r["status"] for r in answer.json()["results"]]
    assert statuses == ["quarantined"] * 4, answer.json()

    # Nothing of organization A changed; what b1 sent is held in B's quarantine, not in A's.
    assert _org_rows(web, web.org_a) == org_a_before
    held = table_state(web.db)["quarantine"]
    assert len([r for r in held if repr(web.org_b) in r and repr(b1.device_id) in r]) == 4

    # Another store of the same organization cannot write into store S01 either.
    other_store = notification_entry(a2, store_id=web.store_a1)
    answer = web.client.post(p.PUSH_PATH, json=push_body(other_store), headers=a2.headers())
    assert [r["status"] for r in answer.json()["results"]] == ["quarantined"]
    notes = table_state(web.db)["notifications"]
    assert not [r for r in notes if repr(other_store["entity_id"]) in r]


def test_pull_and_snapshot_stay_in_scope(web: HttpWorld) -> None:
    a1 = web.a1
    customer = customer_entry(a1)
    note = notification_entry(a1)
    pushed = web.client.post(p.PUSH_PATH, json=push_body(customer, note), headers=a1.headers())
    assert [r["status"] for r in pushed.json()["results"]] == ["applied", "applied"]

    b1_rows = _pulled_rows(web, web.b1) + _snapshot_rows(web, web.b1)
    assert b1_rows and all(_org_of(entity, row) == web.org_b for entity, row in b1_rows)
    assert customer["entity_id"] not in {row["id"] for _, row in b1_rows}

    a2_ids = {row["id"] for _, row in _pulled_rows(web, web.a2) + _snapshot_rows(web, web.a2)}
    assert customer["entity_id"] in a2_ids  # customers follow the organization
    assert note["entity_id"] not in a2_ids  # notifications stay in their store
    a1b_ids = {row["id"] for _, row in _pulled_rows(web, web.a1b)}
    assert note["entity_id"] in a1b_ids


def test_ids_in_bodies_are_ignored(web: HttpWorld) -> None:
    forged = {"organization_id": web.org_b, "store_id": web.store_b1, "device_id": web.b1.device_id}
    said = web.client.post(p.HELLO_PATH, json=hello_body(**forged), headers=web.a1.headers())
    assert said.status_code == 200
    assert (said.json()["organization_id"], said.json()["device_id"]) == (
        web.org_a,
        web.a1.device_id,
    )
    pulled = web.client.post(p.PULL_PATH, json={**pull_body(), **forged}, headers=web.a1.headers())
    rows = [(c["entity"], c["row"]) for c in pulled.json()["changes"] if c["row"]]
    assert all(_org_of(entity, row) == web.org_a for entity, row in rows)


def test_api_keys_stay_in_their_organization(web: HttpWorld) -> None:
    ha, hb = key_headers(web.key_a), key_headers(web.key_b)
    cat = {"id": new_id(), "name": "Tea", "slug": "tea"}
    assert web.client.put(f"{ORG_PREFIX}/categories", json={"rows": [cat]}, headers=ha).is_success
    for entity in ("organizations", "stores", "devices", "categories", "quarantine"):
        rows = web.client.get(f"{ORG_PREFIX}/{entity}", headers=hb).json()["rows"]
        assert all(_org_of(entity, row) == web.org_b for row in rows), entity
    before = table_state(web.db)
    forged_org = {"id": new_id(), "name": "X", "slug": "x", "organization_id": web.org_a}
    attempts = [
        ("categories", {**cat, "name": "Hijacked"}),
        ("categories", forged_org),
        ("organizations", {"id": web.org_a, "name": "Mine"}),
        ("stores", {"id": web.store_a1, "name": "Mine"}),
    ]
    refused = [
        web.client.put(f"{ORG_PREFIX}/{entity}", json={"rows": [row]}, headers=hb)
        for entity, row in attempts
    ]
    refused.append(web.client.post(ENROLL_CODES_PATH, json={"store": web.store_a1}, headers=hb))
    for answer in refused:
        assert 400 <= answer.status_code < 500, answer.text
    assert table_state(web.db) == before
    # "S01" names B's own store S01 for B's key, never A's store of the same code.
    made = web.client.post(ENROLL_CODES_PATH, json={"store": "S01"}, headers=hb).json()
    assert made["store_id"] == web.store_b1
    assert web.enroll(made["code"]).organization_id == web.org_b


def _org_of(entity: str, row: dict[str, Any]) -> Any:
    return row["id"] if entity == "organizations" else row.get("organization_id")


def _pulled_rows(web: HttpWorld, device: Any) -> list[tuple[str, dict[str, Any]]]:
    answer = web.client.post(p.PULL_PATH, json=pull_body(0, 5000), headers=device.headers())
    assert answer.status_code == 200, answer.text
    assert not answer.json()["has_more"]
    return [(c["entity"], c["row"]) for c in answer.json()["changes"] if c["row"]]


def _snapshot_rows(web: HttpWorld, device: Any) -> list[tuple[str, dict[str, Any]]]:
    rows: list[tuple[str, dict[str, Any]]] = []
    req = snapshot_body(limit=5000)
    for _ in range(200):
        page = web.client.post(p.SNAPSHOT_PATH, json=req, headers=device.headers()).json()
        rows += [(page["entity"], row) for row in page["rows"]]
        if page["done"]:
            return rows
        req = snapshot_body(
            at_version=page["at_version"],
            entity=page["next_entity"],
            after_id=page["next_after_id"],
            limit=5000,
        )
    raise AssertionError("snapshot never finished")


def _org_rows(web: HttpWorld, org_id: str) -> dict[str, list[Any]]:
    """The rows of ``table_state`` holding ``org_id`` in a column, per table."""
    needle = repr(org_id)
    return {name: [r for r in rows if needle in r] for name, rows in table_state(web.db).items()}
