"""Malformed, oversized and wrong-version requests on every endpoint, with valid credentials:
each gets a clear 4xx naming the problem, and not one row of the HQ database changes."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from typing import Any

import pytest

from sync import protocol as p
from sync.server.org_routes import ENROLL_CODES_PATH, ORG_PREFIX
from sync.server.service import HqDatabase
from tests.hq.http_world import (
    HttpWorld,
    build_world,
    customer_entry,
    enroll_body,
    hello_body,
    key_headers,
    pull_body,
    push_body,
    snapshot_body,
    table_state,
)

# endpoint -> (method, path, valid body, headers)
Target = tuple[str, str, dict[str, Any], dict[str, str]]


@pytest.fixture
def web(hq_db: HqDatabase) -> HttpWorld:
    return build_world(hq_db)


def _targets(w: HttpWorld) -> dict[str, Target]:
    dev, key = w.a1.headers(), key_headers(w.key_a)
    category = {"id": "0190aaaa-0000-7000-8000-000000000001", "name": "Tea", "slug": "tea"}
    return {
        "enroll": ("POST", p.ENROLL_PATH, enroll_body(w.spare_codes["a1"]), {}),
        "hello": ("POST", p.HELLO_PATH, hello_body(), dev),
        "push": ("POST", p.PUSH_PATH, push_body(customer_entry(w.a1)), dev),
        "pull": ("POST", p.PULL_PATH, pull_body(), dev),
        "snapshot": ("POST", p.SNAPSHOT_PATH, snapshot_body(), dev),
        "org-upsert": ("PUT", f"{ORG_PREFIX}/categories", {"rows": [category]}, key),
        "enroll-codes": ("POST", ENROLL_CODES_PATH, {"store": "S01"}, key),
    }


def _wrong(value: Any) -> Any:
    """A value of another JSON type."""
    if value is None:  # an optional scalar: a list is wrong whatever its type
        return [1]
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return 12
    return "x"


def _send(w: HttpWorld, target: Target, content: bytes, extra: dict[str, str] | None = None) -> Any:
    method, path, _, headers = target
    return w.client.request(method, path, content=content, headers={**headers, **(extra or {})})


def _cases(body: dict[str, Any]) -> list[tuple[str, bytes, dict[str, str], int, str]]:
    valid = json.dumps(body).encode()
    huge = b'{"x": "' + b"a" * p.MAX_BODY_BYTES + b'"}'
    bomb = gzip.compress(b'{"x": "' + b"0" * (p.MAX_INFLATED_BYTES + 10) + b'"}')
    gz = {"Content-Encoding": "gzip"}
    cases = [
        ("not JSON", b"{oops", {}, 400, "not valid JSON"),
        ("empty body", b"", {}, 400, "empty"),
        ("a JSON array", b"[1, 2]", {}, 400, "JSON object"),
        ("JSON null", b"null", {}, 400, "JSON object"),
        ("a JSON string", b'"hello"', {}, 400, "JSON object"),
        ("not UTF-8", b'{"x": "\xff"}', {}, 400, "UTF-8"),
        ("too large on the wire", huge, {}, 413, "over"),
        ("a gzip bomb", bomb, gz, 413, "inflated"),
        ("broken gzip", b"\x1f\x8b\x08\x00garbage", gz, 400, "gzip"),
        ("gzip header on plain JSON", valid, gz, 400, "gzip"),
        ("unknown encoding", valid, {"Content-Encoding": "br"}, 415, "not supported"),
    ]
    for field, value in body.items():
        wrong = json.dumps({**body, field: _wrong(value)}).encode()
        cases.append((f"{field} of the wrong type", wrong, {}, 400, field))
    return cases


ENDPOINTS = ["enroll", "hello", "push", "pull", "snapshot", "org-upsert", "enroll-codes"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_malformed_bodies_change_nothing(web: HttpWorld, endpoint: str) -> None:
    target = _targets(web)[endpoint]
    before = table_state(web.db)
    for label, content, extra, status, words in _cases(target[2]):
        answer = _send(web, target, content, extra)
        assert answer.status_code == status, (label, answer.text)
        err = p.ErrorBody.from_json(answer.json())
        assert words in err.message, (label, err.message)
        assert err.error in ("bad_request", "too_large"), label
    assert table_state(web.db) == before


def _push_variant(w: HttpWorld, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    body = push_body(customer_entry(w.a1), customer_entry(w.a1))
    w.a1.seq -= 2  # every variant reuses seq 1-2
    change(body)
    return body


def test_bad_push_batches_change_nothing(web: HttpWorld) -> None:
    def entries(n: int) -> Callable[[dict[str, Any]], None]:
        def grow(body: dict[str, Any]) -> None:
            body["entries"] = [customer_entry(web.a1) for _ in range(n)]
            web.a1.seq -= n

        return grow

    def setter(index: int, field: str, value: Any) -> Callable[[dict[str, Any]], None]:
        return lambda body: body["entries"][index].__setitem__(field, value)

    def same_op(body: dict[str, Any]) -> None:
        body["entries"][1]["op_id"] = body["entries"][0]["op_id"]

    variants: list[tuple[str, Callable[[dict[str, Any]], None], int, str]] = [
        ("no entries", entries(0), 400, "empty"),
        ("more than 500 entries", entries(p.MAX_PUSH_ENTRIES + 1), 400, "more than"),
        ("seq not consecutive", setter(1, "seq", 5), 400, "consecutive"),
        ("seq zero", setter(0, "seq", 0), 400, "seq"),
        ("repeated op id", same_op, 400, "op_id"),
        ("unknown operation", setter(0, "operation", "upsert"), 400, "operation"),
        ("payload not an object", setter(0, "payload", [1]), 400, "payload"),
        ("missing hlc", lambda b: b["entries"][0].pop("hlc"), 400, "hlc"),
        ("entry schema from the future", setter(1, "schema_version", 999), 409, ""),
    ]
    before = table_state(web.db)
    for label, change, status, words in variants:
        body = _push_variant(web, change)
        answer = web.client.post(p.PUSH_PATH, json=body, headers=web.a1.headers())
        assert answer.status_code == status, (label, answer.text)
        assert words in answer.json()["message"], (label, answer.text)
    assert table_state(web.db) == before


def test_wrong_versions_change_nothing(web: HttpWorld) -> None:
    before = table_state(web.db)
    code = web.spare_codes["a1"]
    attempts = [
        (p.HELLO_PATH, hello_body(protocol_version=2), web.a1.headers(), 426),
        (p.HELLO_PATH, hello_body(schema_version=999), web.a1.headers(), 409),
        (p.ENROLL_PATH, {**enroll_body(code), "protocol_version": 2}, {}, 426),
        (p.ENROLL_PATH, {**enroll_body(code), "schema_version": 999}, {}, 409),
    ]
    for path, body, headers, status in attempts:
        answer = web.client.post(path, json=body, headers=headers)
        assert answer.status_code == status, answer.text
        assert answer.json()["error"] in ("protocol_mismatch", "schema_unsupported")
    assert table_state(web.db) == before
    assert web.enroll(code).store_id == web.store_a1  # the code was not used up


def test_out_of_range_pull_and_snapshot(web: HttpWorld) -> None:
    h = web.a1.headers()
    before = table_state(web.db)
    for path, body, words in [
        (p.PULL_PATH, pull_body(-1), "pull.cursor"),
        (p.PULL_PATH, pull_body(0, p.MAX_PULL_LIMIT + 1), "pull.limit"),
        (p.PULL_PATH, pull_body(0, 0), "pull.limit"),
        (p.SNAPSHOT_PATH, snapshot_body(limit=p.MAX_PULL_LIMIT + 1), "snapshot.limit"),
        (p.SNAPSHOT_PATH, snapshot_body(at_version=-3), "snapshot.at_version"),
    ]:
        answer = web.client.post(path, json=body, headers=h)
        assert answer.status_code == 400 and words in answer.json()["message"], answer.text
    unknown = web.client.post(
        p.SNAPSHOT_PATH, json=snapshot_body(at_version=0, entity="secrets"), headers=h
    )
    assert 400 <= unknown.status_code < 500, unknown.text
    assert table_state(web.db) == before
