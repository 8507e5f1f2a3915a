"""Which entities travel which way, merged by which rule, seen by whom.

Shared by the client engine and the HQ server so the two can never disagree. The kinds match
``__sync_kind__`` on the terminal models (a test checks they agree):

- ``ledger``: append-only facts. Insert-if-new by id on both sides; never updated.
- ``lww``: edited on many devices (customers). HQ merges field by field by HLC.
- ``hq``: HQ-authoritative reference data. A terminal's edit is a proposal HQ applies row-level
  last-writer-wins and re-broadcasts; terminals apply whatever HQ sends.
- ``view``: derived by HQ from the ledgers (stock on hand, loyalty balances); only sent down.

``down`` is the pull scope: ``org`` rows go to every device of the organization, ``store`` rows
only to the devices of the row's store, ``None`` never goes down. Ledger rows never return to
the device that made them (it has them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["ledger", "lww", "hq", "view"]
DownScope = Literal["org", "store"] | None


@dataclass(frozen=True, slots=True)
class EntityRule:
    kind: Kind
    up: bool  # terminals may push it
    down: DownScope


ENTITY_RULES: dict[str, EntityRule] = {
    # Tenancy: HQ owns organizations and devices; a store's own profile may be edited there.
    "organizations": EntityRule("hq", up=False, down="org"),
    "stores": EntityRule("hq", up=True, down="org"),
    "devices": EntityRule("hq", up=False, down="org"),
    "users": EntityRule("hq", up=True, down="org"),
    # Catalog and reference data.
    "categories": EntityRule("hq", up=True, down="org"),
    "tax_classes": EntityRule("hq", up=True, down="org"),
    "suppliers": EntityRule("hq", up=True, down="org"),
    "products": EntityRule("hq", up=True, down="org"),
    "product_variants": EntityRule("hq", up=True, down="org"),
    "scheduled_prices": EntityRule("hq", up=True, down="org"),
    "warehouses": EntityRule("hq", up=True, down="org"),
    "warehouse_inventory": EntityRule("hq", up=True, down="org"),
    "purchase_orders": EntityRule("hq", up=True, down="store"),
    "purchase_order_lines": EntityRule("hq", up=True, down="org"),
    "payment_methods": EntityRule("hq", up=True, down="org"),
    "coupons": EntityRule("hq", up=True, down="org"),
    "loyalty_rewards": EntityRule("hq", up=True, down="org"),
    "loyalty_campaigns": EntityRule("hq", up=True, down="org"),
    "settings": EntityRule("hq", up=True, down="org"),
    "notification_settings": EntityRule("hq", up=True, down="org"),
    "translations": EntityRule("hq", up=True, down="org"),
    "currency_exchange_rates": EntityRule("hq", up=True, down="org"),
    "couriers": EntityRule("hq", up=True, down="org"),
    # Customers: last-writer-wins per field.
    "customers": EntityRule("lww", up=True, down="org"),
    # Ledgers. Points and coupon uses follow the customer across stores; stock and sales stay
    # in their store (returns at another till of the same store need the original sale).
    "loyalty_transactions": EntityRule("ledger", up=True, down="org"),
    "coupon_usages": EntityRule("ledger", up=True, down="org"),
    "stock_movements": EntityRule("ledger", up=True, down="store"),
    "sales": EntityRule("ledger", up=True, down="store"),
    "sale_lines": EntityRule("ledger", up=True, down="store"),
    "sale_taxes": EntityRule("ledger", up=True, down="store"),
    "payments": EntityRule("ledger", up=True, down="store"),
    "sale_status_history": EntityRule("ledger", up=True, down="store"),
    "notifications": EntityRule("ledger", up=True, down="store"),
    # Delivery orders are documents of their store (see store/models/delivery.py).
    "orders": EntityRule("ledger", up=True, down="store"),
    "order_items": EntityRule("ledger", up=True, down="store"),
    "order_status_history": EntityRule("ledger", up=True, down="store"),
    "deliveries": EntityRule("ledger", up=True, down="store"),
    "delivery_status_history": EntityRule("ledger", up=True, down="store"),
    "order_payments": EntityRule("ledger", up=True, down="store"),
    "shifts": EntityRule("ledger", up=True, down=None),
    "shift_closings": EntityRule("ledger", up=True, down=None),
    "cash_movements": EntityRule("ledger", up=True, down=None),
    "audit_logs": EntityRule("ledger", up=True, down=None),
    # Derived by HQ, sent down for display (other stores' stock, confirmed balances).
    "stock_levels": EntityRule("view", up=False, down="org"),
    "loyalty_balances": EntityRule("view", up=False, down="org"),
}

SNAPSHOT_ORDER: tuple[str, ...] = tuple(
    name for name, rule in ENTITY_RULES.items() if rule.down is not None
)
"""Entities of a snapshot, in this order (parents before children)."""


def rule_for(entity: str) -> EntityRule | None:
    return ENTITY_RULES.get(entity)
