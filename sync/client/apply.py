"""Applying what HQ sends (pull pages, snapshot pages) to the terminal, in the caller's
transaction, with outbox capture off (``session.info["sync_apply"] = True``).

Per kind (``sync/entities.py``):

- ``ledger``: insert-if-new by id; never updated, never deleted.
- ``hq`` and ``view``: upsert by id, HQ wins; a local row holding the same unique key under
  another id yields to HQ's row (``TableWriter``).
- ``lww`` (customers): upsert, then the fields of this device's still-unacknowledged edits are
  laid back on top, but only where the edit is newer than HQ's row (so an edit that will lose
  at HQ is not shown here forever: HQ would not send the row again).
- tombstones delete by id (soft deletes arrive as rows with ``deleted_at``).

Rows of another organization (or, for store-scoped entities, another store) are refused:
scope is HQ's job, this is a second lock. Entities and columns this terminal does not know
(a newer HQ) are ignored and logged. The rows' effects the caller must follow up on (loyalty
caches, negative stock) are collected in the ``ApplyReport``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.store.base import Base
from pos_desktop.store.database import TerminalIdentity
from sync.client.convert import RowError, TableCodec, codec_for
from sync.client.effects import StockWatch
from sync.client.outbox_io import pending_customer_edits, pending_entity_ids
from sync.client.table_writer import TableWriter, WriteResult
from sync.entities import EntityRule, rule_for
from sync.protocol import Change

log = logging.getLogger(__name__)

MAX_REASONS = 50  # skipped-row reasons kept per report (the count is exact)
_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
_NOT_LAID = frozenset({"id", "_changed", "organization_id", "created_at", "updated_at", "hlc"})


@dataclass
class ApplyReport:
    rows: int = 0  # rows written (inserted or updated)
    deleted: int = 0
    skipped: int = 0
    reasons: list[str] = field(default_factory=list)
    ignored_entities: set[str] = field(default_factory=set)
    loyalty_customers: set[str] = field(default_factory=set)
    stock: StockWatch = field(default_factory=StockWatch)
    max_hlc: str | None = None  # newest HLC among pulled customers (the clock observes it)
    # Receipt numbers of this device's own sales that arrived (a till restored from an old
    # backup gets them back in its snapshot): the receipt counter must move past them.
    own_receipts: list[str] = field(default_factory=list)
    # Snapshot pages arrive in id order, not in time order per product: a product's sales may
    # come a page before its deliveries, so "went negative" is only judged on pull pages.
    watch_stock: bool = True

    def skip(self, reason: str) -> None:
        self.skipped += 1
        if len(self.reasons) < MAX_REASONS:
            self.reasons.append(reason)

    def merge_write(self, result: WriteResult) -> None:
        self.rows += len(result.inserted) + len(result.updated)
        self.deleted += result.deleted
        for reason in result.skipped:
            self.skip(reason)


class Applier:
    """Applies HQ's rows for one terminal identity (its organization, store and device)."""

    def __init__(self, identity: TerminalIdentity) -> None:
        self.identity = identity
        self.protected = frozenset(
            {identity.organization_id, identity.store_id, identity.device_id}
        )

    # -- pull pages ---------------------------------------------------------------------------

    def apply_changes(self, session: Session, changes: Sequence[Change]) -> ApplyReport:
        report = ApplyReport()
        upserts: dict[str, dict[str, dict[str, Any]]] = {}
        deletes: dict[str, set[str]] = {}
        # A later change of the same row wins (pages come in version order).
        for change in changes:
            if change.op == "upsert" and change.row is not None:
                deletes.get(change.entity, set()).discard(change.entity_id)
                upserts.setdefault(change.entity, {})[change.entity_id] = change.row
            else:
                upserts.get(change.entity, {}).pop(change.entity_id, None)
                deletes.setdefault(change.entity, set()).add(change.entity_id)
        for entity in sorted(upserts, key=self._order):
            self.apply_rows(session, entity, list(upserts[entity].values()), report)
        for entity in sorted(deletes, key=self._order, reverse=True):
            self.apply_deletes(session, entity, sorted(deletes[entity]), report)
        return report

    # -- snapshot pages -----------------------------------------------------------------------

    def apply_snapshot_page(
        self,
        session: Session,
        entity: str,
        rows: list[dict[str, Any]],
        *,
        prune_range: tuple[str, str | None] | None,
    ) -> ApplyReport:
        """Upsert a keyset page. With ``prune_range`` (after_id, last_id or None for "to the
        end"), HQ-owned rows in that id range that HQ did not send are deleted: they no longer
        exist at HQ (a resnapshot after a restore or a purge of tombstones)."""
        report = ApplyReport(watch_stock=False)
        self.apply_rows(session, entity, rows, report)
        target = self._target(entity, report)
        if prune_range is not None and target is not None:
            rule, codec = target
            if rule.kind in ("hq", "view"):
                self._prune(session, codec, rows, prune_range, report)
        return report

    def _prune(
        self,
        session: Session,
        codec: TableCodec,
        rows: list[dict[str, Any]],
        prune_range: tuple[str, str | None],
        report: ApplyReport,
    ) -> None:
        table = codec.table
        low, high = prune_range
        query = select(table.c.id).where(table.c.id > low)
        if high is not None:
            query = query.where(table.c.id <= high)
        sent = {r.get("id") for r in rows}
        local = set(session.execute(query).scalars())
        gone = local - sent
        if not gone:
            return
        gone -= pending_entity_ids(session, table.name)  # local proposals not yet pushed
        writer = TableWriter(session, codec, replace_colliding=True, protected=self.protected)
        result = WriteResult()
        writer.delete_each(sorted(gone), result)
        report.merge_write(result)

    # -- shared -------------------------------------------------------------------------------

    @staticmethod
    def _order(entity: str) -> int:
        return _ORDER.get(entity, len(_ORDER))

    def _target(self, entity: str, report: ApplyReport) -> tuple[EntityRule, TableCodec] | None:
        rule = rule_for(entity)
        codec = codec_for(entity) if rule is not None else None
        if rule is None or codec is None:
            if entity not in report.ignored_entities:
                log.info("HQ sent entity %r, which this terminal does not sync: ignored", entity)
            report.ignored_entities.add(entity)
            return None
        return rule, codec

    def _in_scope(self, entity: str, rule: EntityRule, values: dict[str, Any]) -> bool:
        ident = self.identity
        if entity == "organizations":
            return bool(values["id"] == ident.organization_id)
        org = values.get("organization_id")
        if org is not None and org != ident.organization_id:
            return False
        store = values.get("store_id")
        return not (rule.down == "store" and store is not None and store != ident.store_id)

    def apply_rows(
        self, session: Session, entity: str, rows: list[dict[str, Any]], report: ApplyReport
    ) -> None:
        target = self._target(entity, report)
        if target is None or not rows:
            return
        rule, codec = target
        decoded: list[dict[str, Any]] = []
        for raw in rows:
            try:
                values = codec.decode(raw)
            except RowError as exc:
                report.skip(str(exc))
                continue
            if not self._in_scope(entity, rule, values):
                report.skip(f"{entity} {values['id']}: outside this terminal's scope")
                continue
            decoded.append(values)
        if not decoded:
            return
        writer = TableWriter(
            session,
            codec,
            replace_colliding=rule.kind in ("hq", "view"),
            protected=self.protected,
        )
        result = WriteResult()
        if rule.kind == "ledger":
            watch = entity == "stock_movements" and report.watch_stock
            if watch:
                report.stock.before(session, decoded, self.identity.store_id)
            writer.insert_new(decoded, result)
            if watch:
                report.stock.inserted(result.inserted, self.identity.store_id)
            if entity == "sales":
                report.own_receipts.extend(
                    str(r["receipt_number"])
                    for r in result.inserted
                    if r.get("device_id") == self.identity.device_id and r.get("receipt_number")
                )
            if entity == "loyalty_transactions":
                report.loyalty_customers.update(
                    str(r["customer_id"]) for r in result.inserted if r.get("customer_id")
                )
        else:
            writer.upsert(decoded, result)
            if rule.kind == "lww":
                self._after_lww(session, codec, [*result.inserted, *result.updated], report)
        report.merge_write(result)

    def _after_lww(
        self, session: Session, codec: TableCodec, rows: list[dict[str, Any]], report: ApplyReport
    ) -> None:
        for row in rows:
            hlc = row.get("hlc")
            if isinstance(hlc, str) and (report.max_hlc is None or hlc > report.max_hlc):
                report.max_hlc = hlc
            merged_into = row.get("merged_into_id")
            if merged_into:  # the survivor's merge group (and balance) changed
                report.loyalty_customers.update((str(merged_into), str(row["id"])))
        self._lay_pending_edits(session, codec, {str(r["id"]): r for r in rows})

    def _lay_pending_edits(
        self, session: Session, codec: TableCodec, rows: dict[str, dict[str, Any]]
    ) -> None:
        edits = pending_customer_edits(session, sorted(rows))
        laid: dict[str, dict[str, Any]] = {}
        for entity_id, operation, payload, hlc in edits:
            if operation == "delete" or not isinstance(payload, dict):
                continue
            row_hlc = rows[entity_id].get("hlc")
            if isinstance(row_hlc, str) and hlc <= row_hlc:
                continue  # HQ's row is newer: this edit may lose there, so HQ's copy stands
            names: Iterable[Any] = (
                payload.get("_changed") or [] if operation == "update" else payload.keys()
            )
            fields = {
                n: payload[n]
                for n in names
                if isinstance(n, str) and n in payload and n not in _NOT_LAID
            }
            if fields:
                laid.setdefault(entity_id, {}).update(fields)
        writer = TableWriter(session, codec, replace_colliding=False)
        for entity_id, fields in laid.items():
            try:
                values = codec.decode({**fields, "id": entity_id})
            except RowError as exc:
                log.warning("pending edit of %s not laid back: %s", entity_id, exc)
                continue
            writer.update_fields(entity_id, values)

    def apply_deletes(
        self, session: Session, entity: str, ids: list[str], report: ApplyReport
    ) -> None:
        target = self._target(entity, report)
        if target is None or not ids:
            return
        rule, codec = target
        if rule.kind == "ledger":
            report.skip(f"{entity}: HQ sent tombstones for ledger rows; facts are never deleted")
            return
        writer = TableWriter(session, codec, replace_colliding=False, protected=self.protected)
        result = WriteResult()
        writer.delete_each(ids, result)
        report.merge_write(result)
