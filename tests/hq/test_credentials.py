"""Credentials at HQ: enrollment codes, device tokens, database instances, API keys, hello,
the server epoch and rate limits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from pos_desktop.core.ids import new_id
from pos_desktop.store.outbox import SCHEMA_VERSION
from sync.protocol import PROTOCOL_VERSION, EnrollRequest, ErrorCode, HelloRequest
from sync.server import service
from sync.server.errors import HqError
from sync.server.hq_models import API_KEYS, DEVICE_CREDENTIALS, ENROLL_CODES, RATE_LIMITS
from sync.server.schema import table
from sync.server.service import ApiKeyScope, DeviceScope, HqDatabase
from tests.hq.world import NOW, World, product


def _code(world: World, store: str = "a_s1", ttl: int = 24) -> str:
    org = world.org_a["id"] if store.startswith("a") else world.org_b["id"]
    with world.db.transaction() as s:
        return service.make_enroll_code(s, org, getattr(world, store)["id"], NOW, ttl)


def _enroll(db: HqDatabase, code: str, device_id: str | None = None, when=NOW, **over):  # type: ignore[no-untyped-def]
    req = EnrollRequest(
        code=code,
        device_id=device_id or new_id(),
        db_instance_id=new_id(),
        device_name="Till",
        app_version="1.0.0",
        schema_version=over.pop("schema_version", SCHEMA_VERSION),
        protocol_version=over.pop("protocol_version", PROTOCOL_VERSION),
    )
    with db.transaction() as s:
        return req, service.enroll(s, req, when)


def _refused(code: str, fn) -> HqError:  # type: ignore[no-untyped-def]
    with pytest.raises(HqError) as caught:
        fn()
    assert caught.value.code == code, caught.value
    return caught.value


def _auth(db: HqDatabase, token: str, instance: str | None, when=NOW):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        return service.authenticate(s, token, instance, when)


def test_an_enrollment_code_works_once(world: World) -> None:
    code = _code(world)
    req, resp = _enroll(world.db, code)
    assert resp.device_id == req.device_id
    assert resp.store["id"] == world.a_s1["id"] and resp.organization["id"] == world.org_a["id"]
    assert resp.device["code"] == "T03"  # a1 and a2 hold T01 and T02 in this store
    assert resp.device_token.startswith(f"dev.{req.device_id}.")
    err = _refused(ErrorCode.ENROLL_CODE_INVALID, lambda: _enroll(world.db, code))
    assert err.status == 400


def test_a_terminal_whose_enrollment_answer_was_lost_can_ask_again(world: World) -> None:
    code = _code(world)
    first, lost = _enroll(world.db, code)
    again = EnrollRequest(**{**first.to_json()})
    with world.db.transaction() as s:
        answer = service.enroll(s, again, NOW)
    assert answer.device_id == first.device_id and answer.store["id"] == world.a_s1["id"]
    assert answer.device_token != lost.device_token
    # The token never received is void; the new one works.
    _refused(
        ErrorCode.UNAUTHORIZED, lambda: _auth(world.db, lost.device_token, first.db_instance_id)
    )
    assert _auth(world.db, answer.device_token, first.db_instance_id).device_id == first.device_id
    # Anyone else with the spent code (another device id or another file) is still refused.
    _refused(ErrorCode.ENROLL_CODE_INVALID, lambda: _enroll(world.db, code))
    other_file = EnrollRequest(**{**first.to_json(), "db_instance_id": new_id()})
    with world.db.transaction() as s:
        _refused(ErrorCode.ENROLL_CODE_INVALID, lambda: service.enroll(s, other_file, NOW))


def test_an_enrollment_is_not_answered_again_once_the_device_has_pushed(world: World) -> None:
    code = _code(world)
    first, _ = _enroll(world.db, code)
    with world.db.transaction() as s:
        s.execute(
            update(DEVICE_CREDENTIALS)
            .where(DEVICE_CREDENTIALS.c.device_id == first.device_id)
            .values(last_seq=1)
        )
    with world.db.transaction() as s:
        _refused(ErrorCode.ENROLL_CODE_INVALID, lambda: service.enroll(s, first, NOW))


def test_an_enrollment_code_expires(world: World) -> None:
    code = _code(world, ttl=1)
    _refused(
        ErrorCode.ENROLL_CODE_INVALID,
        lambda: _enroll(world.db, code, when=NOW + timedelta(hours=1, seconds=1)),
    )
    _refused(ErrorCode.ENROLL_CODE_INVALID, lambda: _enroll(world.db, "AAAA-BBBB-CCCC"))


def test_a_code_is_typed_loosely_and_kept_only_as_a_hash(world: World) -> None:
    code = _code(world)
    with world.db.transaction(readonly=True) as s:
        stored = list(s.execute(select(ENROLL_CODES.c.code_hash)).scalars())
    assert code not in stored and code.replace("-", "") not in stored
    _enroll(world.db, code.replace("-", "").lower())


def test_a_taken_device_id_is_refused_and_the_code_stays_usable(world: World) -> None:
    code = _code(world)
    _refused(ErrorCode.DEVICE_ID_TAKEN, lambda: _enroll(world.db, code, world.a1.scope.device_id))
    _enroll(world.db, code)  # the refusal rolled back: the code was not used up


def test_enrollment_checks_the_protocol_and_schema(world: World) -> None:
    code = _code(world)
    err = _refused(
        ErrorCode.PROTOCOL_MISMATCH, lambda: _enroll(world.db, code, protocol_version=99)
    )
    assert err.status == 426
    err = _refused(ErrorCode.SCHEMA_UNSUPPORTED, lambda: _enroll(world.db, code, schema_version=99))
    assert err.status == 409


def test_device_tokens_authenticate_and_are_hashed_at_rest(world: World) -> None:
    a1 = world.a1
    scope = _auth(world.db, a1.token, a1.instance)
    assert scope == DeviceScope(a1.org, a1.store, a1.scope.device_id)
    secret = a1.token.split(".")[2]
    with world.db.transaction(readonly=True) as s:
        hashes = list(s.execute(select(DEVICE_CREDENTIALS.c.secret_hash)).scalars())
    assert secret not in hashes and all(len(h) == 64 for h in hashes)
    for bad in (a1.token + "x", f"dev.{new_id()}.{secret}", "dev.only-two", "Bearer x", ""):
        err = _refused(ErrorCode.UNAUTHORIZED, lambda bad=bad: _auth(world.db, bad, a1.instance))
        assert err.status == 401


def test_a_revoked_device_is_refused_everywhere(world: World) -> None:
    a1 = world.a1
    with world.db.transaction() as s:
        service.revoke_device(s, a1.scope.device_id, NOW)
    err = _refused(ErrorCode.REVOKED, lambda: _auth(world.db, a1.token, a1.instance))
    assert err.status == 401
    # Even with the scope already in hand (a request in flight), push refuses it.
    _refused(ErrorCode.REVOKED, lambda: a1.push([a1.entry("products", product(a1))]))
    devices = {d["id"]: d for d in _devices(world)}
    assert devices[a1.scope.device_id]["is_active"] is False


def _devices(world: World) -> list[dict]:  # type: ignore[type-arg]
    with world.db.transaction(readonly=True) as s:
        return service.list_devices(s, world.org_a["id"])


def test_a_copied_database_file_cannot_sync_as_the_original(world: World) -> None:
    a1 = world.a1
    err = _refused(ErrorCode.INSTANCE_MISMATCH, lambda: _auth(world.db, a1.token, new_id()))
    assert err.status == 409
    err = _refused(ErrorCode.BAD_REQUEST, lambda: _auth(world.db, a1.token, None))
    assert err.status == 400
    # The file moved legitimately: HQ forgets the old instance, the next request binds.
    with world.db.transaction() as s:
        service.reset_instance(s, a1.scope.device_id)
    moved = new_id()
    _auth(world.db, a1.token, moved)
    _auth(world.db, a1.token, moved)
    _refused(ErrorCode.INSTANCE_MISMATCH, lambda: _auth(world.db, a1.token, a1.instance))


def test_api_keys_authenticate_are_hashed_and_revocable(world: World) -> None:
    with world.db.transaction() as s:
        token = service.create_api_key(s, world.org_a["id"], "catalog sync", NOW)
    prefix, key_id, secret = token.split(".")
    assert prefix == "key"
    scope = _auth(world.db, token, None)
    assert scope == ApiKeyScope(world.org_a["id"], key_id, "catalog sync")
    with world.db.transaction(readonly=True) as s:
        stored = s.execute(select(API_KEYS.c.key_hash)).scalar_one()
    assert stored != secret and len(stored) == 64
    _refused(ErrorCode.UNAUTHORIZED, lambda: _auth(world.db, f"key.{key_id}.wrong", None))
    with world.db.transaction() as s:
        service.revoke_api_key(s, key_id, NOW)
    _refused(ErrorCode.REVOKED, lambda: _auth(world.db, token, None))
    with world.db.transaction() as s, pytest.raises(HqError):
        service.revoke_api_key(s, new_id(), NOW)


def test_a_suspended_organization_is_refused(world: World) -> None:
    orgs = table("organizations")
    with world.db.transaction() as s:
        s.execute(update(orgs).where(orgs.c.id == world.org_a["id"]).values(status="SUSPENDED"))
    err = _refused(ErrorCode.FORBIDDEN, lambda: _auth(world.db, world.a1.token, world.a1.instance))
    assert err.status == 403
    _auth(world.db, world.b1.token, world.b1.instance)


def _hello(world: World, **over) -> object:  # type: ignore[no-untyped-def]
    req = HelloRequest(
        protocol_version=over.get("protocol_version", PROTOCOL_VERSION),
        schema_version=over.get("schema_version", SCHEMA_VERSION),
        app_version="1.0.0",
    )
    with world.db.transaction(readonly=True) as s:
        return service.hello(s, world.a1.scope, req, NOW)


def test_hello_reports_what_the_terminal_needs(world: World) -> None:
    a1 = world.a1
    a1.push([a1.entry("products", product(a1)), a1.entry("products", product(a1))])
    said = _hello(world)
    with world.db.transaction(readonly=True) as s:
        epoch = service.server_epoch(s)
    assert said.last_seq == 2  # type: ignore[attr-defined]
    assert said.server_epoch == epoch  # type: ignore[attr-defined]
    assert said.org_version > 0  # type: ignore[attr-defined]
    assert said.server_time_ms == int(NOW.timestamp() * 1000)  # type: ignore[attr-defined]
    assert (said.organization_id, said.store_id, said.device_id) == (  # type: ignore[attr-defined]
        a1.org,
        a1.store,
        a1.scope.device_id,
    )
    assert (
        _refused(ErrorCode.PROTOCOL_MISMATCH, lambda: _hello(world, protocol_version=2)).status
        == 426
    )
    assert (
        _refused(ErrorCode.SCHEMA_UNSUPPORTED, lambda: _hello(world, schema_version=99)).status
        == 409
    )


def test_rotating_the_epoch_after_a_restore_tells_every_terminal(world: World) -> None:
    a1 = world.a1
    with world.db.transaction() as s:
        before = service.server_epoch(s)
        after = service.rotate_epoch(s)
    assert after != before and len(after) == 32
    with world.db.transaction(readonly=True) as s:
        assert service.server_epoch(s) == after
    assert a1.push([a1.entry("products", product(a1))]).server_epoch == after
    assert a1.pull(0).server_epoch == after


def test_a_fresh_database_gets_its_own_epoch(hq_db: HqDatabase) -> None:
    with hq_db.transaction(readonly=True) as s:
        epoch = service.server_epoch(s)
    hq_db.upgrade()  # idempotent: does not change it
    with hq_db.transaction(readonly=True) as s:
        assert service.server_epoch(s) == epoch


def test_rate_limits_count_per_credential_and_window(hq_db: HqDatabase) -> None:
    def hit(key: str, seconds: float) -> int | None:
        with hq_db.transaction() as s:
            return service.check_rate(s, key, NOW + timedelta(seconds=seconds), 3, 60)

    start = NOW.replace(second=0, microsecond=0)
    offset = (start - NOW).total_seconds()
    assert [hit("dev:1", offset + t) for t in (0, 1, 2)] == [None, None, None]
    wait = hit("dev:1", offset + 20)
    assert wait == 40
    assert hit("dev:2", offset + 20) is None  # another credential has its own count
    assert hit("dev:1", offset + 60) is None  # a new window
    with hq_db.transaction(readonly=True) as s:
        windows = s.execute(
            select(RATE_LIMITS.c.window_start).where(RATE_LIMITS.c.identifier == "dev:1")
        ).all()
    assert len(windows) == 1  # the old window was dropped


def test_two_tills_racing_for_one_code_enroll_one(world: World) -> None:
    import threading

    code = _code(world)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def attempt() -> None:
        barrier.wait()
        try:
            _enroll(world.db, code)
            outcomes.append("enrolled")
        except HqError as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == sorted(["enrolled", ErrorCode.ENROLL_CODE_INVALID])
    assert len(_devices(world)) == 4
