"""Administration, organization API keys (all-or-nothing edits, listings without secrets) and
the catalog CSV import, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher

from pos_desktop.core.ids import new_id
from sync.protocol import ErrorCode
from sync.server import service
from sync.server.errors import HqError
from sync.server.service import ApiKeyScope
from tests.hq.world import NOW, World, count, customer, later, product, row


def _api(world: World, org: str = "org_a") -> ApiKeyScope:
    with world.db.transaction() as s:
        token = service.create_api_key(s, getattr(world, org)["id"], "script", NOW)
        scope = service.authenticate(s, token, None, NOW)
    assert isinstance(scope, ApiKeyScope)
    return scope


def test_a_new_organization_gets_tenders_tax_classes_and_a_version(hq_db) -> None:  # type: ignore[no-untyped-def]
    with hq_db.transaction() as s:
        org = service.create_org(s, "  Gamma  ", now=NOW)
        store = service.create_store(s, org["id"], "s9", "Gamma One", now=NOW, phone="011")
    assert org["name"] == "Gamma" and org["currency"] == "LKR"
    assert store["code"] == "S9" and store["phone"] == "011"
    assert count(hq_db, "payment_methods", organization_id=org["id"]) == 7
    assert count(hq_db, "tax_classes", organization_id=org["id"]) == 3
    assert count(hq_db, "warehouses", store_id=store["id"], is_default=True) == 1
    with hq_db.transaction() as s:
        assert service.find_org(s, "gamma")["id"] == org["id"]
        assert service.find_store(s, org["id"], "S9")["id"] == store["id"]
        with pytest.raises(HqError) as caught:
            service.create_store(s, org["id"], "S9", "Again", now=NOW)
        assert caught.value.status == 409
        for bad in ("", "TOO-LONG-CODE", "Ü1"):
            with pytest.raises(HqError):
                service.create_store(s, org["id"], bad, "x", now=NOW)
        with pytest.raises(HqError):
            service.create_org(s, "Bad currency", currency="rupees", now=NOW)
        with pytest.raises(HqError) as caught:
            service.find_org(s, "nobody")
        assert caught.value.code == ErrorCode.NOT_FOUND


def test_users_are_made_with_argon2_hashes_and_the_tills_rules(world: World) -> None:
    org = world.org_a["id"]
    with world.db.transaction() as s:
        user = service.create_user(
            s,
            org,
            " Kamal ",
            "Kamal",
            "cashier",
            password=None,
            pin="4321",
            store_id="S01",
            now=NOW,
        )
    assert user["username"] == "kamal" and user["store_id"] == world.a_s1["id"]
    assert "pin_hash" not in user and "password_hash" not in user
    stored = row(world.db, "users", user["id"])
    assert stored is not None and PasswordHasher().verify(stored["pin_hash"], "4321")
    for kwargs, message in (
        ({"pin": "12"}, "4 to 8 digits"),
        ({"pin": None, "password": "short"}, "at least 8"),
        ({"role": "owner"}, "role must be"),
        ({"username": "kamal"}, "already exists"),
        ({"pin": None}, "password, a PIN"),
        ({"store_id": world.b_s1["id"]}, "no store"),
    ):
        args = {"username": "nimal", "role": "cashier", "pin": "1234", "password": None}
        args.update(kwargs)
        with world.db.transaction() as s, pytest.raises(HqError) as caught:
            service.create_user(
                s,
                org,
                args["username"],
                "N",
                args["role"],
                password=args["password"],
                pin=args["pin"],
                store_id=args.get("store_id"),
                now=NOW,
            )
        assert message in caught.value.message, (kwargs, caught.value.message)
    changes, _ = world.a3.pull_all()
    pulled = [c for c in changes if c.entity_id == user["id"]]
    assert (
        pulled and pulled[0].row is not None and pulled[0].row["pin_hash"]
    )  # tills log in offline


def test_device_listing_never_shows_secrets(world: World) -> None:
    with world.db.transaction(readonly=True) as s:
        devices = service.list_devices(s, None)
    assert len(devices) == 4
    for d in devices:
        assert "secret_hash" not in d and d["last_seq"] == 0


def test_an_api_key_edit_is_all_or_nothing(world: World) -> None:
    scope = _api(world)
    good = product(world.a1)
    bad_price = {**product(world.a1), "price_minor": "free"}
    with world.db.transaction() as s, pytest.raises(HqError) as caught:
        service.org_upsert(s, scope, "products", [good, bad_price], NOW)
    assert caught.value.status == 400
    assert caught.value.details["errors"][0]["row"] == 1
    assert count(world.db, "products") == 0
    # A database refusal (two rows with one SKU) also writes nothing.
    twin = {**product(world.a1), "sku": good["sku"]}
    with world.db.transaction() as s, pytest.raises(HqError) as caught:
        service.org_upsert(s, scope, "products", [good, twin], NOW)
    assert count(world.db, "products") == 0


def test_api_key_edits_are_stamped_versioned_and_beat_older_proposals(world: World) -> None:
    scope = _api(world)
    a1 = world.a1
    p = product(a1)
    with world.db.transaction() as s:
        assert service.org_upsert(s, scope, "products", [p], NOW) == 1
    _, cursor = a1.pull_all()
    stale = a1.entry("products", {**p, "price_minor": 1}, "update", hlc=a1.hlc(-1000))
    with world.db.transaction() as s:  # a partial edit: only the price
        service.org_upsert(s, scope, "products", [{"id": p["id"], "price_minor": 47500}], later(1))
    a1.push([stale], now=later(2))
    stored = row(world.db, "products", p["id"])
    assert stored is not None and stored["price_minor"] == 47500 and stored["name"] == p["name"]
    assert stored["hlc"].endswith(":hq")
    changes, _ = world.a3.pull_all(0)
    assert any(c.entity_id == p["id"] and c.row and c.row["price_minor"] == 47500 for c in changes)
    changes, _ = a1.pull_all(cursor)
    assert [c.row["price_minor"] for c in changes if c.entity_id == p["id"]] == [47500]  # type: ignore[index]


def test_an_api_key_stays_in_its_organization(world: World) -> None:
    scope = _api(world)
    theirs = product(world.b1)
    world.b1.push([world.b1.entry("products", theirs)])
    for rows, entity in (
        ([{"id": theirs["id"], "price_minor": 1}], "products"),  # another tenant's row
        ([{**product(world.a1), "organization_id": world.org_b["id"]}], "products"),
        (
            [{"id": new_id(), "name": "x", "pin_hash": "x", "username": "u", "role": "cashier"}],
            "users",
        ),
        ([{"id": new_id(), "store_id": world.b_s1["id"], "name": "W", "code": "W2"}], "warehouses"),
    ):
        with world.db.transaction() as s, pytest.raises(HqError):
            service.org_upsert(s, scope, entity, rows, NOW)
    for entity in ("sales", "stock_levels", "devices", "gizmos"):
        with world.db.transaction() as s, pytest.raises(HqError):
            service.org_upsert(s, scope, entity, [{}], NOW)
    assert row(world.db, "products", theirs["id"])["price_minor"] == theirs["price_minor"]  # type: ignore[index]


def test_api_key_listings_page_by_id_and_hide_secrets(world: World) -> None:
    scope = _api(world)
    a1 = world.a1
    a1.push([a1.entry("products", product(a1)) for _ in range(5)])
    a1.push([a1.entry("gizmos", {"id": new_id()})])
    world.b1.push([world.b1.entry("products", product(world.b1))])
    with world.db.transaction(readonly=True) as s:
        first = service.org_list(s, scope, "products", None, 3)
        rest = service.org_list(s, scope, "products", first[-1]["id"], 3)
        users = service.org_list(s, scope, "users", None, 100)
        quarantine = service.org_list(s, scope, "quarantine", None, 100)
        devices = service.org_list(s, scope, "devices", None, 100)
        orgs = service.org_list(s, scope, "organizations", None, 100)
        with pytest.raises(HqError):
            service.org_list(s, scope, "api_keys", None, 10)
    assert len(first) == 3 and len(rest) == 2
    assert [p["id"] for p in first + rest] == sorted(p["id"] for p in first + rest)
    assert all(p["organization_id"] == world.org_a["id"] for p in first + rest)
    assert [q["entity"] for q in quarantine] == ["gizmos"]
    assert len(devices) == 3 and [o["id"] for o in orgs] == [world.org_a["id"]]
    for listing in (users, devices):
        for item in listing:
            assert not {"pin_hash", "password_hash", "secret_hash", "mfa_secret"} & set(item)


def test_hq_only_entities_of_the_sources_are_writable(world: World) -> None:
    scope = _api(world)
    wishlist_id = new_id()
    with world.db.transaction() as s:
        service.org_upsert(
            s,
            scope,
            "wishlists",
            [{"id": wishlist_id, "customer_id": new_id(), "name": "Avurudu", "share_code": "A1"}],
            NOW,
        )
        service.org_upsert(
            s,
            scope,
            "wishlist_items",
            [{"wishlist_id": wishlist_id, "product_id": new_id(), "notes": "red"}],
            NOW,
        )
    with world.db.transaction() as s, pytest.raises(HqError):
        service.org_upsert(s, scope, "wishlists", [{"name": "no customer"}], NOW)
    assert count(world.db, "wishlist_items") == 1
    changes, _ = world.a1.pull_all()
    assert "wishlists" not in {c.entity for c in changes}  # HQ-only: never pulled


def test_delivery_orders_are_terminal_ledgers_not_api_edits(world: World) -> None:
    scope = _api(world)
    with world.db.transaction() as s, pytest.raises(HqError, match="cannot be written"):
        service.org_upsert(s, scope, "orders", [{"order_number": "A1B2C"}], NOW)


def test_customers_edited_by_api_key_merge_per_field_afterwards(world: World) -> None:
    scope = _api(world)
    a1 = world.a1
    c = customer(a1)
    with world.db.transaction() as s:
        service.org_upsert(s, scope, "customers", [c], NOW)
    older = a1.entry(
        "customers", {**c, "name": "Old", "_changed": ["name"]}, "update", hlc=a1.hlc(-5000)
    )
    newer = a1.entry(
        "customers", {**c, "email": "n@x.lk", "_changed": ["email"]}, "update", hlc=a1.hlc(60_000)
    )
    a1.push([older, newer], now=later(2))
    stored = row(world.db, "customers", c["id"])
    assert stored is not None and stored["name"] == c["name"] and stored["email"] == "n@x.lk"


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalog.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_catalog_import_creates_and_updates_by_sku(world: World, tmp_path: Path) -> None:
    org = world.org_a["id"]
    first = _csv(
        tmp_path,
        "sku,name,price,barcode,category,tax_class\n"
        "TEA-1,Ceylon Tea 100g,450.00,4796000000015,Drinks > Tea,VAT18\n"
        'RICE-5,Samba Rice 5kg,"1,250.50",,Food,ZERO\n',
    )
    with world.db.transaction() as s:
        assert service.import_catalog(s, org, first, NOW) == 2
    assert count(world.db, "products", organization_id=org) == 2
    assert count(world.db, "categories", organization_id=org) == 3
    again = _csv(
        tmp_path, "sku,name,price\nTEA-1,Ceylon Tea 100g,475\nRICE-5,Samba Rice 5kg,1250.50\n"
    )
    with world.db.transaction() as s:
        assert service.import_catalog(s, org, again, later(1)) == 1  # only the price changed
    changes, _ = world.a3.pull_all()
    prices = {
        c.row["sku"]: c.row["price_minor"] for c in changes if c.entity == "products" and c.row
    }
    assert prices == {"TEA-1": 47500, "RICE-5": 125050}


def test_a_catalog_with_a_bad_row_imports_nothing(world: World, tmp_path: Path) -> None:
    org = world.org_a["id"]
    path = _csv(
        tmp_path,
        "sku,name,price,barcode\nGOOD-1,Good,10,\nBAD-1,Bad,ten,\nBAD-2,Bad code,5,4796000000013\n",
    )
    with world.db.transaction() as s, pytest.raises(HqError) as caught:
        service.import_catalog(s, org, path, NOW)
    errors = caught.value.details["errors"]
    assert any("row 3" in e for e in errors) and any("row 4" in e for e in errors)
    assert count(world.db, "products") == 0
    with world.db.transaction() as s, pytest.raises(HqError):
        service.import_catalog(s, org, _csv(tmp_path, "sku,name,colour\n"), NOW)
