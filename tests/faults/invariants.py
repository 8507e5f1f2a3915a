"""The checks every fault test ends with (DESIGN.md section 4, I1-I4), against HQ's database
and every terminal file, computed independently of the sync code.

- I1 nothing lost: every outbox entry of every terminal is recorded at HQ under its op id and
  seq, every ledger row it carried is in HQ's table (or the entry is in HQ's quarantine), every
  sale of the oracle is at HQ with its total.
- I2 nothing duplicated: per device, HQ's ``applied_ops`` holds exactly the terminal's entries,
  seqs gapless from 1 and ``last_seq`` equal to the last; HQ's sales are exactly the oracle's;
  stock on hand at HQ (a derived view) equals both the sum of HQ's movements and the oracle.
- Every outbox drained.
- I3 convergence: after quiescence each terminal holds its store's sales, and the same
  customers, products and stock levels as HQ.
- I4 helper: ``dump`` of a terminal's replicated tables, to compare a resumed pull with an
  uninterrupted one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Table, func, select

from pos_desktop.store.base import Base
from pos_desktop.store.database import Database
from pos_desktop.store.models import OutboxEntry
from sync.entities import ENTITY_RULES, SNAPSHOT_ORDER
from sync.server.hq_models import APPLIED_OPS, DEVICE_CREDENTIALS, QUARANTINE
from sync.server.schema import table as hq_table
from sync.server.service import HqDatabase
from tests.faults.world import FaultWorld, Till

CUSTOMER_FIELDS = ("name", "phone", "email", "notes", "status", "merged_into_id")
NOT_COMPARED = ("devices", "notifications")
"""Each terminal has its own device row; notifications are raised locally by each terminal."""


def local(name: str) -> Table:
    return Base.metadata.tables[name]


def outbox(db: Database) -> list[Any]:
    with db.read() as s:
        return list(
            s.execute(
                select(
                    OutboxEntry.id,
                    OutboxEntry.seq,
                    OutboxEntry.entity,
                    OutboxEntry.entity_id,
                    OutboxEntry.ack_status,
                    OutboxEntry.acked_at,
                ).order_by(OutboxEntry.seq)
            ).all()
        )


def hq_ops(hq: HqDatabase, org_id: str, device_id: str) -> dict[str, tuple[int, str]]:
    c = APPLIED_OPS.c
    with hq.transaction(readonly=True) as s:
        rows = s.execute(
            select(c.op_id, c.seq, c.status).where(
                c.organization_id == org_id, c.device_id == device_id
            )
        ).all()
    return {r.op_id: (int(r.seq), r.status) for r in rows}


def hq_last_seq(hq: HqDatabase, device_id: str) -> int:
    c = DEVICE_CREDENTIALS.c
    with hq.transaction(readonly=True) as s:
        return int(s.execute(select(c.last_seq).where(c.device_id == device_id)).scalar_one())


def hq_quarantine(hq: HqDatabase, org_id: str, device_id: str) -> dict[str, dict[str, Any]]:
    c = QUARANTINE.c
    with hq.transaction(readonly=True) as s:
        rows = s.execute(
            select(QUARANTINE).where(c.organization_id == org_id, c.device_id == device_id)
        ).mappings()
        found: dict[str, dict[str, Any]] = {}
        for row in rows:
            assert row["op_id"] not in found, f"op {row['op_id']} quarantined twice"
            found[row["op_id"]] = dict(row)
    return found


def hq_ids(hq: HqDatabase, name: str, ids: list[str]) -> set[str]:
    t = hq_table(name)
    found: set[str] = set()
    with hq.transaction(readonly=True) as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found |= set(s.execute(select(t.c.id).where(t.c.id.in_(chunk))).scalars())
    return found


def hq_sales(hq: HqDatabase, org_id: str) -> dict[str, tuple[str, int]]:
    """sale id -> (store id, total_minor) of the organization."""
    t = hq_table("sales")
    with hq.transaction(readonly=True) as s:
        rows = s.execute(
            select(t.c.id, t.c.store_id, t.c.total_minor).where(t.c.organization_id == org_id)
        ).all()
    return {r[0]: (r[1], int(r[2])) for r in rows}


def check_device(hq: HqDatabase, org_id: str, till: Till, *, drained: bool = True) -> None:
    """I1 and I2 for one terminal: its outbox against HQ's record of its device."""
    entries = outbox(till.db)
    seqs = [e.seq for e in entries]
    assert seqs == list(range(1, len(seqs) + 1)), f"{till.name}: local seqs not gapless"
    pending = [e for e in entries if e.acked_at is None]
    if drained:
        assert not pending, f"{till.name}: {len(pending)} outbox entries never drained"
    acked = [e for e in entries if e.acked_at is not None]
    ops = hq_ops(hq, org_id, till.device_id)
    held = sorted(seq for seq, _ in ops.values())
    assert held == list(range(1, len(held) + 1)), f"{till.name}: HQ seqs not gapless"
    assert hq_last_seq(hq, till.device_id) == len(held)
    for e in acked:
        assert e.id in ops, f"{till.name}: acknowledged op {e.id} ({e.entity}) not at HQ"
        seq, status = ops[e.id]
        assert seq == e.seq, f"{till.name}: op {e.id} is seq {e.seq} here, {seq} at HQ"
        expected = "quarantined" if e.ack_status == "quarantined" else "applied"
        assert status == expected, (till.name, e.entity, e.ack_status, status)
    if drained:
        assert set(ops) == {e.id for e in entries}, f"{till.name}: HQ holds ops not in the outbox"
    quarantined = hq_quarantine(hq, org_id, till.device_id)
    assert set(quarantined) == {op for op, (_, st) in ops.items() if st == "quarantined"}
    # Every ledger row the terminal made and HQ applied is in HQ's table.
    by_entity: dict[str, list[str]] = defaultdict(list)
    for e in acked:
        if e.ack_status != "quarantined" and ENTITY_RULES[e.entity].kind == "ledger":
            by_entity[e.entity].append(e.entity_id)
    for name, ids in by_entity.items():
        missing = set(ids) - hq_ids(hq, name, ids)
        assert not missing, f"{till.name}: {len(missing)} {name} rows lost at HQ"


def check_org(world: FaultWorld, tills: list[Till]) -> None:
    """I1/I2 across the organization: the sales and the stock HQ holds are the oracle's."""
    hq, org = world.hq.db, world.org
    oracle: dict[str, tuple[str, int]] = {}
    for till in tills:
        # A sale HQ quarantined (e.g. a receipt number a cloned file reused) is kept whole in
        # HQ's quarantine (check_device), not among its sales.
        refused = {e.entity_id for e in outbox(till.db) if e.ack_status == "quarantined"}
        for sale_id, total in till.sales.items():
            if sale_id not in refused:
                oracle[sale_id] = (org.stores[till.store], total)
    assert hq_sales(hq, org.id) == oracle
    # Lines and payments: as many at HQ as in the terminal that made the sale (but those HQ
    # quarantined, which stay in the terminal and in HQ's quarantine).
    for till in tills:
        refused = {e.entity_id for e in outbox(till.db) if e.ack_status == "quarantined"}
        for name in ("sale_lines", "payments"):
            with till.db.read() as s:
                t = local(name)
                mine = set(
                    s.execute(select(t.c.id).where(t.c.sale_id.in_(list(till.sales)))).scalars()
                )
            mine -= refused
            assert hq_ids(hq, name, list(mine)) == mine, f"{till.name}: {name} lost"
    check_stock(world, tills)


def check_stock(world: FaultWorld, tills: list[Till]) -> None:
    """HQ's stock view = the sum of HQ's movements = what the oracle sold (nothing counted
    twice, nothing missed)."""
    hq, org = world.hq.db, world.org
    expected: dict[tuple[str, str], int] = defaultdict(int)
    for till in tills:
        for product, milli in till.sold_milli.items():
            expected[(org.stores[till.store], product)] -= milli
    levels, moves = hq_table("stock_levels"), hq_table("stock_movements")
    with hq.transaction(readonly=True) as s:
        view = {
            (r[0], r[1]): int(r[2])
            for r in s.execute(
                select(levels.c.store_id, levels.c.product_id, func.sum(levels.c.on_hand_milli))
                .where(levels.c.organization_id == org.id)
                .group_by(levels.c.store_id, levels.c.product_id)
            )
        }
        summed = {
            (r[0], r[1]): int(r[2])
            for r in s.execute(
                select(moves.c.store_id, moves.c.product_id, func.sum(moves.c.quantity_milli))
                .where(moves.c.organization_id == org.id)
                .group_by(moves.c.store_id, moves.c.product_id)
            )
        }
    nonzero = {k: v for k, v in expected.items() if v}
    assert {k: v for k, v in summed.items() if v} == nonzero
    assert {k: v for k, v in view.items() if v} == nonzero


def _rows(
    session: Any, t: Table, columns: tuple[str, ...], *where: Any
) -> dict[str, tuple[Any, ...]]:
    stmt = select(t.c.id, *(t.c[c] for c in columns))
    if where:
        stmt = stmt.where(*where)
    return {r[0]: tuple(r[1:]) for r in session.execute(stmt)}


def check_converged(world: FaultWorld, tills: list[Till]) -> None:
    """I3: after quiescence every terminal holds what HQ holds for its scope."""
    hq, org = world.hq.db, world.org
    with hq.transaction(readonly=True) as s:
        org_id = hq_table("customers").c.organization_id == org.id
        hq_customers = _rows(s, hq_table("customers"), CUSTOMER_FIELDS, org_id)
        products = hq_table("products")
        hq_products = _rows(
            s, products, ("sku", "price_minor"), products.c.organization_id == org.id
        )
        levels = hq_table("stock_levels")
        hq_levels = _rows(s, levels, ("on_hand_milli",), levels.c.organization_id == org.id)
    sales = hq_sales(hq, org.id)
    for till in tills:
        store_id = org.stores[till.store]
        with till.db.read() as s:
            assert _rows(s, local("customers"), CUSTOMER_FIELDS) == hq_customers, till.name
            assert _rows(s, local("products"), ("sku", "price_minor")) == hq_products, till.name
            assert _rows(s, local("stock_levels"), ("on_hand_milli",)) == hq_levels, till.name
            t = local("sales")
            here = set(s.execute(select(t.c.id)).scalars())
        assert here == {k for k, (store, _) in sales.items() if store == store_id}, till.name


def check_all(world: FaultWorld, tills: list[Till] | None = None, *, quiesce: bool = True) -> None:
    """Sync everything to quiescence, then I1, I2, drained outboxes and I3."""
    tills = world.tills if tills is None else tills
    if quiesce:
        world.quiesce(tills)
    for till in tills:
        check_device(world.hq.db, world.org.id, till)
    check_org(world, tills)
    check_converged(world, tills)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every replicated table's rows, for comparing two terminals (I4)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as s:
        for entity in SNAPSHOT_ORDER:
            if entity in NOT_COMPARED:
                continue
            t = local(entity)
            out[entity] = sorted((tuple(r) for r in s.execute(select(t))), key=repr)
    return out
