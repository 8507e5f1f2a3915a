"""First-run set-up: validation before any write, and no second initialisation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import ConflictError, ValidationError
from pos_desktop.services.setup import StoreSetup, initialize_terminal
from pos_desktop.store.models import Organization, OutboxEntry
from pos_desktop.store.terminal import load_identity, open_database

SPEC = StoreSetup(
    organization_name="Org",
    store_name="Store",
    admin_username="Admin",
    admin_password="long-enough-1",
    admin_pin="1234",
)


def test_initialise_creates_identity_and_queues_it_for_sync(tmp_path: Path) -> None:
    db = open_database(tmp_path / "pos.db")
    identity = initialize_terminal(db, SPEC)
    assert load_identity(db) == identity
    assert (identity.store_code, identity.device_code, identity.currency) == ("S01", "T01", "LKR")
    with db.read() as s:
        entities = set(s.execute(select(OutboxEntry.entity)).scalars())
    assert {"organizations", "stores", "devices", "users"} <= entities


def test_second_initialisation_is_refused(tmp_path: Path) -> None:
    db = open_database(tmp_path / "pos.db")
    initialize_terminal(db, SPEC)
    with pytest.raises(ConflictError, match="already set up"):
        initialize_terminal(db, SPEC)
    with db.read() as s:
        assert s.execute(select(func.count(Organization.id))).scalar_one() == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"store_code": "ස01"}, "store code"),
        ({"device_code": "T-1"}, "device code"),
        ({"store_code": ""}, "store code"),
        ({"admin_pin": "12"}, "PIN"),
        ({"admin_pin": "12ab"}, "PIN"),
        ({"admin_password": "short"}, "password"),
        ({"organization_name": "  "}, "organization name"),
    ],
)
def test_bad_set_up_is_refused_before_any_write(
    tmp_path: Path, change: dict[str, str], message: str
) -> None:
    db = open_database(tmp_path / "pos.db")
    with pytest.raises(ValidationError, match=message):
        initialize_terminal(db, replace(SPEC, **change))
    with db.read() as s:
        assert s.execute(select(func.count(Organization.id))).scalar_one() == 0
