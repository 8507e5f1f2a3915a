"""sync/entities.py and the terminal models must agree on how every table travels."""

from __future__ import annotations

from pos_desktop.store import models  # noqa: F401  (registers every table)
from pos_desktop.store.base import Base
from sync.entities import ENTITY_RULES, SNAPSHOT_ORDER


def _terminal_kinds() -> dict[str, str | None]:
    return {m.class_.__tablename__: m.class_.__sync_kind__ for m in Base.registry.mappers}


def test_every_synced_terminal_table_has_a_rule_of_the_same_kind() -> None:
    for table, kind in _terminal_kinds().items():
        if kind is None:
            continue
        assert table in ENTITY_RULES, f"{table} is synced ({kind}) but has no rule"
        assert ENTITY_RULES[table].kind == kind, table


def test_every_rule_names_a_terminal_table_and_views_are_never_pushed() -> None:
    kinds = _terminal_kinds()
    for entity, rule in ENTITY_RULES.items():
        assert entity in kinds, f"rule for {entity}, which the terminal does not have"
        if rule.kind == "view":
            assert kinds[entity] is None and not rule.up
        else:
            assert kinds[entity] == rule.kind


def test_snapshot_order_puts_parents_before_children() -> None:
    position = {name: i for i, name in enumerate(SNAPSHOT_ORDER)}
    for table in Base.metadata.sorted_tables:
        if table.name not in position:
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent in position and parent != table.name:
                assert position[parent] < position[table.name], (parent, table.name)


def test_ledgers_that_never_go_down_are_still_pushed() -> None:
    for entity, rule in ENTITY_RULES.items():
        assert rule.up or rule.down is not None, entity
