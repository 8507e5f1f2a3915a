"""Enrollment: identity rows with HQ's ids, token in the keyring, nothing partial on failure."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select

from pos_desktop.store.models import Device, Store
from pos_desktop.store.outbox import OutboxEntry
from pos_desktop.store.terminal import THIS_DEVICE_KEY, get_meta, open_database
from sync.client.credentials import SERVICE_NAME, CredentialStore, KeyringUnavailable
from sync.client.enrollment import ENROLL_ATTEMPTS, EnrollmentError, enroll
from sync.client.state import HQ_URL_KEY, ORGANIZATION_KEY, load_cursor
from tests.conftest import MemoryKeyring
from tests.support.terminal import Terminal
from tests.sync_client.conftest import HQ_URL, World


def test_enroll_writes_identity_meta_and_token(world: World, memory_keyring: MemoryKeyring) -> None:
    path = world.tmp / "new" / "pos.db"
    code = world.hq.enroll_code(world.org, world.store)
    identity = enroll(path, HQ_URL + "/", code, "Front till", CredentialStore(), world.hq.transport)
    assert identity.organization_id == world.org and identity.store_id == world.store
    device = world.hq.state.devices[identity.device_id]
    assert device.store_id == world.store
    token = memory_keyring.get_password(SERVICE_NAME, identity.device_id)
    assert token == f"dev.{identity.device_id}.{device.secret}"
    db = open_database(path)
    try:
        with db.read() as s:
            assert get_meta(s, THIS_DEVICE_KEY) == identity.device_id
            assert get_meta(s, HQ_URL_KEY) == HQ_URL
            assert get_meta(s, ORGANIZATION_KEY) == world.org
            assert s.get(Device, identity.device_id).name == "Front till"  # type: ignore[union-attr]
            assert s.get(Store, world.store).code == "S01"  # type: ignore[union-attr]
            assert s.execute(select(func.count()).select_from(OutboxEntry)).scalar_one() == 0
            cursor = load_cursor(s)
            assert cursor.needs_snapshot and cursor.server_epoch == world.hq.state.epoch
        # The device's clock is the enrolled device's.
        assert db.hlc is not None
    finally:
        db.dispose()
    # The secret is nowhere in the database file.
    assert device.secret.encode() not in path.read_bytes()


def test_a_refused_code_writes_nothing(world: World, memory_keyring: MemoryKeyring) -> None:
    path = world.tmp / "new" / "pos.db"
    with pytest.raises(EnrollmentError, match="HQ refused the enrollment: unknown, used"):
        enroll(path, HQ_URL, "not-a-code", "Till", CredentialStore(), world.hq.transport)
    assert not path.exists()  # no half-made database left behind
    assert memory_keyring._store == {}


def test_hq_unreachable_is_a_sentence(world: World) -> None:
    world.hq.fail_next("/v1/enroll", "drop", times=ENROLL_ATTEMPTS)
    code = world.hq.enroll_code(world.org, world.store)
    with pytest.raises(EnrollmentError, match=r"cannot reach HQ at http://hq\.test"):
        enroll(
            world.tmp / "x" / "pos.db", HQ_URL, code, "Till", CredentialStore(), world.hq.transport
        )
    assert not world.hq.faults  # every attempt met its planned drop: asked again each time


def test_a_dropped_enrollment_is_asked_again_and_succeeds(world: World) -> None:
    world.hq.fail_next("/v1/enroll", "drop")
    code = world.hq.enroll_code(world.org, world.store)
    identity = enroll(
        world.tmp / "x" / "pos.db", HQ_URL, code, "Till", CredentialStore(), world.hq.transport
    )
    assert identity.store_id == world.store


def test_no_keyring_refuses_before_spending_the_code(world: World) -> None:
    keyring.set_keyring(fail.Keyring())
    code = world.hq.enroll_code(world.org, world.store)
    with pytest.raises(KeyringUnavailable):
        enroll(
            world.tmp / "x" / "pos.db", HQ_URL, code, "Till", CredentialStore(), world.hq.transport
        )
    assert code in world.hq.state.codes  # still usable once a keyring is installed
    assert world.hq.count("/v1/enroll") == 0


def test_a_standalone_database_is_refused(world: World, terminal: Terminal) -> None:
    code = world.hq.enroll_code(world.org, world.store)
    terminal.db.dispose()
    with pytest.raises(EnrollmentError, match="set up on its own"):
        enroll(terminal.db.path, HQ_URL, code, "Till", CredentialStore(), world.hq.transport)
    assert code in world.hq.state.codes


def test_a_database_with_sales_is_refused(world: World, terminal: Terminal) -> None:
    from tests.sync_client.helpers import sell_something

    sell_something(terminal)
    terminal.db.dispose()
    code = world.hq.enroll_code(world.org, world.store)
    with pytest.raises(EnrollmentError, match="already holds 1 sale"):
        enroll(terminal.db.path, HQ_URL, code, "Till", CredentialStore(), world.hq.transport)


def test_reenrolling_in_another_organization_is_refused(world: World) -> None:
    till = world.till()
    till.db.dispose()
    other_org = world.hq.create_org("Other")
    other_store = world.hq.create_store(other_org)
    code = world.hq.enroll_code(other_org, other_store)
    with pytest.raises(EnrollmentError, match="another organization"):
        enroll(till.path, HQ_URL, code, "Till", CredentialStore(), world.hq.transport)
    db = open_database(till.path)
    try:
        with db.read() as s:
            assert get_meta(s, THIS_DEVICE_KEY) == till.identity.device_id
    finally:
        db.dispose()


def test_reenrolling_a_revoked_terminal_in_its_organization(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    world.hq.revoke(till.identity.device_id)
    till.engine.close()
    till.db.dispose()
    code = world.hq.enroll_code(world.org, world.store)
    again = enroll(till.path, HQ_URL, code, "Till again", CredentialStore(), world.hq.transport)
    assert again.device_id != till.identity.device_id
    assert again.organization_id == world.org
    till.identity = again
    assert till.reopen().engine.run_round().ok


@pytest.mark.parametrize(
    ("url", "message"),
    [("ftp://hq", "not an HQ address"), ("hq.example.com", "not an HQ address")],
)
def test_bad_input_is_refused(world: World, url: str, message: str) -> None:
    with pytest.raises(EnrollmentError, match=message):
        enroll(world.tmp / "x.db", url, "c", "Till", CredentialStore(), world.hq.transport)
