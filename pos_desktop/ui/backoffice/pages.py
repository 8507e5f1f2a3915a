"""Every back-office page, in sidebar order: one line per page.

A page is a QWidget subclass built from ``(ui: UiContext, shell: Shell)``, like a screen, with
the same optional hooks (``on_shown()``, ``on_changed(changes)``). The factory is named by its
import path and loaded when the page is first opened, so the back office costs nothing at start
and a page module may import whatever it needs. ``permission`` hides the page from roles that
may not use it; the services enforce the rules regardless.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pos_desktop.core.permissions import Permission
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pos_desktop.ui.context import UiContext
    from pos_desktop.ui.shell import Shell

CONTEXT = "BackOffice"


@dataclass(frozen=True, slots=True)
class Page:
    key: str  # stable id, e.g. "catalog.products" (tests and menus open pages by it)
    title: str  # English source text marked with QT_TRANSLATE_NOOP("BackOffice", ...)
    permission: Permission
    factory: str  # "package.module:ClassName"
    group: str = ""  # English source text of the sidebar section, same context

    def build(self, ui: UiContext, shell: Shell) -> QWidget:
        module_name, _, attr = self.factory.partition(":")
        factory: Callable[[UiContext, Shell], QWidget] = getattr(
            importlib.import_module(module_name), attr
        )
        return factory(ui, shell)


def back_office_pages() -> list[Page]:
    """The pages, in the order the sidebar lists them (grouped by ``group``)."""
    return [
        Page(
            "overview",
            QT_TRANSLATE_NOOP("BackOffice", "Overview"),
            Permission.USE_BACK_OFFICE,
            "pos_desktop.ui.backoffice.overview:OverviewPage",
        ),
        Page(
            "catalog.products",
            QT_TRANSLATE_NOOP("BackOffice", "Products"),
            Permission.MANAGE_CATALOG,
            "pos_desktop.ui.backoffice.catalog_products:ProductsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Catalog"),
        ),
        Page(
            "catalog.categories",
            QT_TRANSLATE_NOOP("BackOffice", "Categories"),
            Permission.MANAGE_CATALOG,
            "pos_desktop.ui.backoffice.catalog_categories:CategoriesPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Catalog"),
        ),
        Page(
            "catalog.price_changes",
            QT_TRANSLATE_NOOP("BackOffice", "Price changes"),
            Permission.MANAGE_CATALOG,
            "pos_desktop.ui.backoffice.price_changes_page:PriceChangesPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Catalog"),
        ),
        Page(
            "catalog.import",
            QT_TRANSLATE_NOOP("BackOffice", "Import and export"),
            Permission.MANAGE_CATALOG,
            "pos_desktop.ui.backoffice.import_page:ImportPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Catalog"),
        ),
        Page(
            "catalog.labels",
            QT_TRANSLATE_NOOP("BackOffice", "Barcode labels"),
            Permission.MANAGE_CATALOG,
            "pos_desktop.ui.backoffice.labels_page:LabelsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Catalog"),
        ),
        Page(
            "inventory.stock",
            QT_TRANSLATE_NOOP("BackOffice", "Stock"),
            Permission.MANAGE_INVENTORY,
            "pos_desktop.ui.backoffice.inventory_stock:StockPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Inventory"),
        ),
        Page(
            "inventory.stock_take",
            QT_TRANSLATE_NOOP("BackOffice", "Stock take"),
            Permission.MANAGE_INVENTORY,
            "pos_desktop.ui.backoffice.inventory_stock_take:StockTakePage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Inventory"),
        ),
        Page(
            "inventory.warehouses",
            QT_TRANSLATE_NOOP("BackOffice", "Warehouses"),
            Permission.MANAGE_INVENTORY,
            "pos_desktop.ui.backoffice.inventory_warehouses:WarehousesPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Inventory"),
        ),
        Page(
            "customers.list",
            QT_TRANSLATE_NOOP("BackOffice", "Customers"),
            Permission.MANAGE_CUSTOMERS,
            "pos_desktop.ui.backoffice.customers_page:CustomersPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Customers"),
        ),
        Page(
            "loyalty.settings",
            QT_TRANSLATE_NOOP("BackOffice", "Loyalty settings"),
            Permission.MANAGE_LOYALTY,
            "pos_desktop.ui.backoffice.loyalty_settings_page:LoyaltySettingsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Customers"),
        ),
        Page(
            "loyalty.rewards",
            QT_TRANSLATE_NOOP("BackOffice", "Rewards"),
            Permission.MANAGE_LOYALTY,
            "pos_desktop.ui.backoffice.rewards_page:RewardsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Customers"),
        ),
        Page(
            "loyalty.campaigns",
            QT_TRANSLATE_NOOP("BackOffice", "Campaigns"),
            Permission.MANAGE_LOYALTY,
            "pos_desktop.ui.backoffice.campaigns_page:CampaignsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Customers"),
        ),
        Page(
            "loyalty.coupons",
            QT_TRANSLATE_NOOP("BackOffice", "Coupons"),
            Permission.MANAGE_COUPONS,
            "pos_desktop.ui.backoffice.coupons_page:CouponsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Customers"),
        ),
        Page(
            "purchasing.orders",
            QT_TRANSLATE_NOOP("BackOffice", "Purchase orders"),
            Permission.MANAGE_PURCHASING,
            "pos_desktop.ui.backoffice.purchase_orders_page:PurchaseOrdersPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Purchasing"),
        ),
        Page(
            "purchasing.suppliers",
            QT_TRANSLATE_NOOP("BackOffice", "Suppliers"),
            Permission.MANAGE_PURCHASING,
            "pos_desktop.ui.backoffice.suppliers_page:SuppliersPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Purchasing"),
        ),
        Page(
            "purchasing.suggested",
            QT_TRANSLATE_NOOP("BackOffice", "Suggested orders"),
            Permission.MANAGE_PURCHASING,
            "pos_desktop.ui.backoffice.reorder_page:SuggestedOrdersPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Purchasing"),
        ),
        Page(
            "delivery.orders",
            QT_TRANSLATE_NOOP("BackOffice", "Delivery orders"),
            Permission.MANAGE_DELIVERIES,
            "pos_desktop.ui.backoffice.delivery_orders_page:DeliveryOrdersPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Delivery"),
        ),
        Page(
            "delivery.couriers",
            QT_TRANSLATE_NOOP("BackOffice", "Couriers"),
            Permission.MANAGE_DELIVERIES,
            "pos_desktop.ui.backoffice.delivery_couriers_page:CouriersPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Delivery"),
        ),
        Page(
            "admin.users",
            QT_TRANSLATE_NOOP("BackOffice", "Users"),
            Permission.MANAGE_USERS,
            "pos_desktop.ui.backoffice.users_page:UsersPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Administration"),
        ),
        Page(
            "admin.roles",
            QT_TRANSLATE_NOOP("BackOffice", "Permissions"),
            Permission.MANAGE_USERS,
            "pos_desktop.ui.backoffice.roles_page:RolesPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Administration"),
        ),
        Page(
            "settings.store",
            QT_TRANSLATE_NOOP("BackOffice", "Store profile"),
            Permission.MANAGE_SETTINGS,
            "pos_desktop.ui.backoffice.settings_store_page:StoreProfilePage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Settings"),
        ),
        Page(
            "settings.taxes",
            QT_TRANSLATE_NOOP("BackOffice", "Taxes"),
            Permission.MANAGE_SETTINGS,
            "pos_desktop.ui.backoffice.settings_taxes_page:TaxesPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Settings"),
        ),
        Page(
            "settings.currencies",
            QT_TRANSLATE_NOOP("BackOffice", "Currencies"),
            Permission.MANAGE_SETTINGS,
            "pos_desktop.ui.backoffice.settings_currencies_page:CurrenciesPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Settings"),
        ),
        Page(
            "settings.payments",
            QT_TRANSLATE_NOOP("BackOffice", "Payment methods"),
            Permission.MANAGE_SETTINGS,
            "pos_desktop.ui.backoffice.settings_payments_page:PaymentMethodsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Settings"),
        ),
        Page(
            "settings.hardware",
            QT_TRANSLATE_NOOP("BackOffice", "Hardware"),
            Permission.MANAGE_SETTINGS,
            "pos_desktop.ui.backoffice.settings_hardware_page:HardwarePage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Settings"),
        ),
        Page(
            "settings.language",
            QT_TRANSLATE_NOOP("BackOffice", "Language"),
            Permission.USE_BACK_OFFICE,
            "pos_desktop.ui.backoffice.settings_language_page:LanguagePage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Settings"),
        ),
        Page(
            "settings.notifications",
            QT_TRANSLATE_NOOP("BackOffice", "Notifications"),
            Permission.USE_BACK_OFFICE,
            "pos_desktop.ui.backoffice.settings_notifications_page:NotificationsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Settings"),
        ),
        Page(
            "reports.sales",
            QT_TRANSLATE_NOOP("BackOffice", "Sales reports"),
            Permission.VIEW_REPORTS,
            "pos_desktop.ui.backoffice.reports:SalesReportsPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Reports"),
        ),
        Page(
            "reports.stock",
            QT_TRANSLATE_NOOP("BackOffice", "Inventory valuation"),
            Permission.VIEW_REPORTS,
            "pos_desktop.ui.backoffice.reports:StockValuationPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Reports"),
        ),
        Page(
            "reports.loyalty",
            QT_TRANSLATE_NOOP("BackOffice", "Loyalty liability"),
            Permission.VIEW_REPORTS,
            "pos_desktop.ui.backoffice.reports:LoyaltyLiabilityPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Reports"),
        ),
        Page(
            "reports.shifts",
            QT_TRANSLATE_NOOP("BackOffice", "Shift history"),
            Permission.VIEW_REPORTS,
            "pos_desktop.ui.backoffice.reports_shifts:ShiftHistoryPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Reports"),
        ),
        Page(
            "reports.audit",
            QT_TRANSLATE_NOOP("BackOffice", "Audit log"),
            Permission.VIEW_REPORTS,
            "pos_desktop.ui.backoffice.reports_audit:AuditLogPage",
            group=QT_TRANSLATE_NOOP("BackOffice", "Reports"),
        ),
    ]
