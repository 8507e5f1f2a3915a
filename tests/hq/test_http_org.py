"""Organization API-key endpoints through the app: list, upsert, enrollment codes."""

from __future__ import annotations

from typing import Any

import pytest

from pos_desktop.core.ids import new_id
from sync import protocol as p
from sync.server.org_routes import ENROLL_CODES_PATH, ORG_PREFIX
from sync.server.service import HqDatabase
from tests.hq.http_world import (
    HttpWorld,
    build_world,
    hello_body,
    key_headers,
    table_state,
)


@pytest.fixture
def web(hq_db: HqDatabase) -> HttpWorld:
    """The world behind a TestClient of the app (a fresh database on each backend)."""
    return build_world(hq_db)


def _category(name: str, **over: Any) -> dict[str, Any]:
    return {"id": new_id(), "name": name, "slug": name.lower().replace(" ", "-"), **over}


def test_upsert_then_list_in_pages(web: HttpWorld) -> None:
    rows = [_category(f"Cat {i}") for i in range(5)]
    put = web.client.put(
        f"{ORG_PREFIX}/categories", json={"rows": rows}, headers=key_headers(web.key_a)
    )
    assert put.status_code == 200, put.text
    assert put.json() == {"entity": "categories", "upserted": 5}

    got: list[dict[str, Any]] = []
    after: str | None = None
    for _ in range(10):
        query = {"limit": 2, **({"after_id": after} if after else {})}
        page = web.client.get(
            f"{ORG_PREFIX}/categories", params=query, headers=key_headers(web.key_a)
        )
        assert page.status_code == 200, page.text
        got += page.json()["rows"]
        after = page.json()["next_after_id"]
        if after is None:
            break
    assert sorted(r["id"] for r in got) == sorted(r["id"] for r in rows)
    assert {r["organization_id"] for r in got} == {web.org_a}

    # Terminals of the organization pull the edit.
    changes = web.client.post(
        p.PULL_PATH, json={"cursor": 0, "limit": 5000}, headers=web.a2.headers()
    ).json()["changes"]
    assert {r["id"] for r in rows} <= {c["entity_id"] for c in changes}


def test_listing_never_shows_secrets(web: HttpWorld) -> None:
    page = web.client.get(f"{ORG_PREFIX}/devices", headers=key_headers(web.key_a))
    assert page.status_code == 200, page.text
    rows = page.json()["rows"]
    assert len(rows) == 4 and not [k for r in rows for k in r if "hash" in k]
    users = web.client.get(f"{ORG_PREFIX}/users", headers=key_headers(web.key_a))
    assert users.status_code == 200


def test_enroll_code_for_a_store_of_the_key(web: HttpWorld) -> None:
    made = web.client.post(ENROLL_CODES_PATH, json={"store": "S02"}, headers=key_headers(web.key_a))
    assert made.status_code == 200, made.text
    assert made.json()["store_id"] == web.store_a2
    device = web.enroll(made.json()["code"])
    assert (device.organization_id, device.store_id) == (web.org_a, web.store_a2)
    said = web.client.post(p.HELLO_PATH, json=hello_body(), headers=device.headers())
    assert said.status_code == 200


def test_bad_org_requests_are_400_and_change_nothing(web: HttpWorld) -> None:
    h = key_headers(web.key_a)
    before = table_state(web.db)
    cases = [
        web.client.get(f"{ORG_PREFIX}/categories", params={"limit": "lots"}, headers=h),
        web.client.get(f"{ORG_PREFIX}/categories", params={"limit": 0}, headers=h),
        web.client.get(f"{ORG_PREFIX}/categories", params={"limit": 10**6}, headers=h),
        web.client.put(f"{ORG_PREFIX}/categories", json={"rows": "x"}, headers=h),
        web.client.put(f"{ORG_PREFIX}/categories", json={"rows": []}, headers=h),
        web.client.put(f"{ORG_PREFIX}/categories", json={"rows": [1]}, headers=h),
        web.client.put(f"{ORG_PREFIX}/categories", json=[], headers=h),
        web.client.put(f"{ORG_PREFIX}/categories", json={"rows": [{"nope": 1}]}, headers=h),
        web.client.put(f"{ORG_PREFIX}/sales", json={"rows": [{"id": new_id()}]}, headers=h),
        web.client.put(
            f"{ORG_PREFIX}/categories",
            json={"rows": [_category("Ok"), _category("Bad", sort_order="high")]},
            headers=h,
        ),
        web.client.post(ENROLL_CODES_PATH, json={"store": 5}, headers=h),
        web.client.post(ENROLL_CODES_PATH, json={"store": "S01", "hours": 0}, headers=h),
        web.client.post(ENROLL_CODES_PATH, json={"store": "S01", "hours": "2"}, headers=h),
    ]
    for answer in cases:
        assert answer.status_code == 400, (answer.request.url, answer.text)
        assert answer.json()["error"] == "bad_request" and answer.json()["message"]
    unknown = web.client.get(f"{ORG_PREFIX}/nothing", headers=h)
    assert unknown.status_code == 404
    assert table_state(web.db) == before
