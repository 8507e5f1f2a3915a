"""The keyring store refuses unusable backends; the instance id follows the file's place."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null

from pos_desktop.store.terminal import DB_INSTANCE_KEY, get_meta, open_database
from sync.client.credentials import SERVICE_NAME, CredentialStore, KeyringUnavailable
from sync.client.instance import ensure_instance, fingerprint
from sync.client.state import FINGERPRINT_KEY
from tests.conftest import MemoryKeyring
from tests.support.terminal import Terminal, copy_database


def test_token_round_trip_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    store.set("device-1", "dev.device-1.s3cret")
    assert store.get("device-1") == "dev.device-1.s3cret"
    assert memory_keyring.get_password(SERVICE_NAME, "device-1") == "dev.device-1.s3cret"
    store.delete("device-1")
    store.delete("device-1")  # deleting what is gone is fine
    assert store.get("device-1") is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_usable_keyring_is_a_clear_error(backend: keyring.backend.KeyringBackend) -> None:
    keyring.set_keyring(backend)
    store = CredentialStore()
    for call in (store.check, lambda: store.get("d"), lambda: store.set("d", "t")):
        with pytest.raises(KeyringUnavailable, match="Secret Service") as info:
            call()
        assert info.value.code == "keyring_unavailable"


def test_empty_chain_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(chainer.ChainerBackend())
    with pytest.raises(KeyringUnavailable, match="no keyring backend"):
        CredentialStore().set("d", "t")


def test_a_keyring_that_forgets_is_refused() -> None:
    class Forgetful(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            pass

    keyring.set_keyring(Forgetful())
    with pytest.raises(KeyringUnavailable, match="did not keep it"):
        CredentialStore().set("d", "t")


def test_instance_id_is_kept_in_place_and_renewed_when_copied(
    terminal: Terminal, tmp_path: Path
) -> None:
    first = ensure_instance(terminal.db)
    assert not first.changed
    with terminal.db.read() as s:
        assert get_meta(s, DB_INSTANCE_KEY) == first.db_instance_id
        assert get_meta(s, FINGERPRINT_KEY) == fingerprint(terminal.db.path)
    again = ensure_instance(terminal.db)
    assert again == first

    terminal.db.dispose()
    clone_path = tmp_path / "elsewhere" / "pos.db"
    clone_path.parent.mkdir()
    copy_database(terminal.db.path, clone_path)
    clone = open_database(clone_path)
    try:
        moved = ensure_instance(clone)
        assert moved.changed and moved.db_instance_id != first.db_instance_id
        assert ensure_instance(clone) == type(moved)(moved.db_instance_id, changed=False)
    finally:
        clone.dispose()
    # The original, where it always was, keeps its id.
    original = open_database(terminal.db.path)
    try:
        assert ensure_instance(original).db_instance_id == first.db_instance_id
        assert ensure_instance(original, hostname="another-machine").changed
    finally:
        original.dispose()
