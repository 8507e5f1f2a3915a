"""Organization API-key endpoints: list and upsert an entity's rows, make enrollment codes.

For integrations and HQ admin scripts. Only an organization API key gets in (a device
credential answers 403); the organization is the key's, whatever the body or query says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sync import protocol as p
from sync.server import service
from sync.server.http_io import bad_request, guarded
from sync.server.service import ApiKeyScope

if TYPE_CHECKING:
    from sync.server.app import HqHttp

ORG_PREFIX = f"{p.API_PREFIX}/org"
ENROLL_CODES_PATH = f"{ORG_PREFIX}/enroll-codes"
MAX_ENROLL_CODE_HOURS = 24 * 30


def _query_int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"query parameter {name} must be a whole number") from None
    if not lo <= value <= hi:
        raise bad_request(f"query parameter {name} must be between {lo} and {hi}")
    return value


def _entity(request: Request) -> str:
    entity = str(request.path_params["entity"])
    if not entity or len(entity) > 64:
        raise bad_request("entity name must be 1-64 characters")
    return entity


def parse_rows(body: Any) -> list[dict[str, Any]]:
    if not isinstance(body, dict):
        raise p.ProtocolError("upsert must be a JSON object")
    rows = body.get("rows")
    if not isinstance(rows, list):
        raise p.ProtocolError("upsert.rows is missing or not a list")
    if not rows:
        raise p.ProtocolError("upsert.rows is empty")
    if len(rows) > p.MAX_PULL_LIMIT:
        raise p.ProtocolError(f"upsert.rows holds more than {p.MAX_PULL_LIMIT} rows")
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise p.ProtocolError(f"upsert.rows[{i}] must be a JSON object")
    return rows


def parse_enroll_code_request(body: Any) -> tuple[str, int]:
    if not isinstance(body, dict):
        raise p.ProtocolError("enroll_code must be a JSON object")
    store = body.get("store")
    if not isinstance(store, str) or not 1 <= len(store) <= 64:
        raise p.ProtocolError("enroll_code.store must be a store code or id (1-64 characters)")
    hours = body.get("hours", 24)
    if isinstance(hours, bool) or not isinstance(hours, int):
        raise p.ProtocolError("enroll_code.hours has the wrong type")
    if not 1 <= hours <= MAX_ENROLL_CODE_HOURS:
        raise p.ProtocolError(f"enroll_code.hours must be between 1 and {MAX_ENROLL_CODE_HOURS}")
    return store, hours


def org_routes(http: HqHttp) -> list[Route]:
    async def key_scope(request: Request) -> ApiKeyScope:
        scope = await http.admit(request, ApiKeyScope)
        assert isinstance(scope, ApiKeyScope)
        return scope

    async def list_rows(request: Request) -> Response:
        scope = await key_scope(request)
        entity = _entity(request)
        after_id = request.query_params.get("after_id") or None
        if after_id is not None and len(after_id) > 64:
            raise bad_request("query parameter after_id is too long")
        limit = _query_int(request, "limit", p.DEFAULT_PULL_LIMIT, 1, p.MAX_PULL_LIMIT)

        def work(session: Session) -> dict[str, Any]:
            rows = service.org_list(session, scope, entity, after_id, limit)
            last = rows[-1].get("id") if rows and len(rows) == limit else None
            return {"entity": entity, "rows": rows, "next_after_id": last}

        return await http.run(request, work, readonly=True)

    async def upsert_rows(request: Request) -> Response:
        scope = await key_scope(request)
        entity = _entity(request)
        rows = await http.parse(request, parse_rows)

        def work(session: Session) -> dict[str, Any]:
            count = service.org_upsert(session, scope, entity, rows, http.now())
            return {"entity": entity, "upserted": count}

        return await http.run(request, work)

    async def enroll_code(request: Request) -> Response:
        scope = await key_scope(request)
        store_ref, hours = await http.parse(request, parse_enroll_code_request)

        def work(session: Session) -> dict[str, Any]:
            # find_store looks only inside the key's organization: another tenant's store is
            # "not found", never a code for it.
            store = service.find_store(session, scope.organization_id, store_ref)
            code = service.make_enroll_code(
                session, scope.organization_id, store["id"], http.now(), ttl_hours=hours
            )
            return {"code": code, "store_id": store["id"], "expires_in_hours": hours}

        return await http.run(request, work)

    return [
        Route(ENROLL_CODES_PATH, guarded("enroll-codes", enroll_code), methods=["POST"]),
        Route(f"{ORG_PREFIX}/{{entity}}", guarded("org-list", list_rows), methods=["GET"]),
        Route(f"{ORG_PREFIX}/{{entity}}", guarded("org-upsert", upsert_rows), methods=["PUT"]),
    ]
