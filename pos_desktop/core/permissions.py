"""Roles and permissions (Sell Sync roles admin/manager/cashier; SmartStore ADMIN/STAFF/USER).

Services enforce these; the UI only hides what a role cannot do.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    CASHIER = "cashier"


class Permission(StrEnum):
    PROCESS_SALES = "process_sales"
    APPLY_DISCOUNT = "apply_discount"  # within the role's discount limit
    APPROVE_DISCOUNT = "approve_discount"  # above a cashier's limit
    OVERRIDE_PRICE = "override_price"
    REMOVE_CART_LINE = "remove_cart_line"
    VOID_SALE = "void_sale"
    PROCESS_RETURNS = "process_returns"
    APPROVE_REFUND = "approve_refund"
    OPEN_DRAWER = "open_drawer"  # no-sale drawer open
    MANAGE_SHIFT = "manage_shift"  # open/close own shift, cash in/out
    APPROVE_OVER_SHORT = "approve_over_short"
    CREATE_CUSTOMER = "create_customer"
    MANAGE_CUSTOMERS = "manage_customers"
    MANAGE_LOYALTY = "manage_loyalty"
    MANAGE_COUPONS = "manage_coupons"
    MANAGE_INVENTORY = "manage_inventory"
    MANAGE_CATALOG = "manage_catalog"
    MANAGE_PURCHASING = "manage_purchasing"
    MANAGE_DELIVERIES = "manage_deliveries"  # delivery orders, couriers, COD settlement
    VIEW_REPORTS = "view_reports"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    LEAVE_KIOSK = "leave_kiosk"  # close the till app or leave its full-screen kiosk mode
    USE_BACK_OFFICE = "use_back_office"  # open the back office (its pages need their own)


_CASHIER: Final = frozenset(
    {
        Permission.PROCESS_SALES,
        Permission.APPLY_DISCOUNT,
        Permission.REMOVE_CART_LINE,
        Permission.PROCESS_RETURNS,
        Permission.MANAGE_SHIFT,
        Permission.CREATE_CUSTOMER,
    }
)
_MANAGER: Final = _CASHIER | {
    Permission.APPROVE_DISCOUNT,
    Permission.OVERRIDE_PRICE,
    Permission.VOID_SALE,
    Permission.APPROVE_REFUND,
    Permission.OPEN_DRAWER,
    Permission.APPROVE_OVER_SHORT,
    Permission.MANAGE_CUSTOMERS,
    Permission.MANAGE_LOYALTY,
    Permission.MANAGE_COUPONS,
    Permission.MANAGE_INVENTORY,
    Permission.MANAGE_CATALOG,
    Permission.MANAGE_PURCHASING,
    Permission.MANAGE_DELIVERIES,
    Permission.VIEW_REPORTS,
    Permission.LEAVE_KIOSK,
    Permission.USE_BACK_OFFICE,
}
ROLE_PERMISSIONS: Final[dict[Role, frozenset[Permission]]] = {
    Role.CASHIER: _CASHIER,
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(Permission),
}

# Largest line/order discount a role may give without approval, in percent.
DEFAULT_DISCOUNT_LIMIT_PERCENT: Final[dict[Role, int]] = {
    Role.CASHIER: 10,
    Role.MANAGER: 50,
    Role.ADMIN: 100,
}


def permissions_for(role: Role, extra: frozenset[str] | set[str] = frozenset()) -> frozenset[str]:
    """A user's effective permissions: the role's plus any individually granted ones."""
    return frozenset(p.value for p in ROLE_PERMISSIONS[role]) | frozenset(extra)


# What a permission lets someone do, phrased to finish "not allowed to ..." and
# "manager approval needed to ..." in messages a cashier reads.
_ACTION_PHRASES: Final[dict[Permission, str]] = {
    Permission.APPROVE_DISCOUNT: "give a discount above the cashier's limit",
    Permission.OVERRIDE_PRICE: "change a price",
    Permission.REMOVE_CART_LINE: "remove a line from the sale",
    Permission.VOID_SALE: "void a sale",
    Permission.PROCESS_RETURNS: "take returns",
    Permission.APPROVE_REFUND: "approve a refund",
    Permission.OPEN_DRAWER: "open the drawer without a sale",
    Permission.APPROVE_OVER_SHORT: "accept a cash difference beyond the limit",
}


def action_phrase(permission: Permission) -> str:
    return _ACTION_PHRASES.get(permission, permission.value.replace("_", " "))
