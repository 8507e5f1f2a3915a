"""Suggested orders: what to order for a warehouse from its reorder levels, by supplier (on
hand, on order, level, maximum, suggested quantity, cost), and draft orders made from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services import purchase_order_views as views
from pos_desktop.services import reorder
from pos_desktop.services.context import Changes
from pos_desktop.services.purchase_order_views import EditorChoices
from pos_desktop.services.reorder import DraftsResult, Suggestions
from pos_desktop.ui.backoffice.formats import money, qty
from pos_desktop.ui.backoffice.purchasing_common import button
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, READ, error_text, page_title
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

WATCHED = frozenset({"purchase_orders", "stock_movements", "warehouse_inventory", "products"})
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SuggestedOrdersPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.suggestions: Suggestions | None = None
        self.warehouse = QComboBox()
        self.warehouse.setObjectName("reorderWarehouse")
        self.warehouse.setMinimumHeight(MIN_HEIGHT)
        self.warehouse.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree = QTreeWidget()
        self.tree.setObjectName("reorderTree")
        self.tree.setHeaderLabels(
            [
                self.tr("Supplier / item"),
                self.tr("SKU"),
                self.tr("On hand"),
                self.tr("On order"),
                self.tr("Reorder at"),
                self.tr("Maximum"),
                self.tr("Suggested"),
                self.tr("Unit cost"),
                self.tr("Amount"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        self.refresh_button = button(self.tr("Refresh"), "reorderRefresh", self.refresh)
        self.create_button = button(
            self.tr("Create draft orders"), "reorderCreate", self.create_drafts
        )
        self.summary = QLabel()
        self.summary.setObjectName("reorderSummary")
        self.status = QLabel()
        self.status.setObjectName("reorderStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Warehouse")))
        top.addWidget(self.warehouse, 1)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Suggested orders")))
        hint = QLabel(
            self.tr(
                "Items at or below their reorder level, counting what is already on open "
                "orders; the suggestion fills them up to their maximum."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        self.create_button.setEnabled(False)

    def on_shown(self) -> None:
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: views.editor_choices(ctx, actor), self._choices, self._failed, lane=READ
        )

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.entities & WATCHED:
            self.refresh()

    def _choices(self, choices: EditorChoices) -> None:
        current = self.warehouse.currentData()
        self.warehouse.blockSignals(True)
        self.warehouse.clear()
        for w in choices.warehouses:
            self.warehouse.addItem(w.name, w.id)
        index = self.warehouse.findData(current)
        self.warehouse.setCurrentIndex(max(0, index))
        self.warehouse.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        actor, ctx, wid = self.ui.require_actor(), self.ui.ctx, self.warehouse.currentData()
        self.ui.run(
            lambda: reorder.suggest_orders(ctx, actor, wid), self._show, self._failed, lane=READ
        )

    def _show(self, suggestions: Suggestions) -> None:
        self.suggestions = suggestions
        self.tree.clear()
        orderable = 0
        for group in suggestions.groups:
            name = group.supplier_name or self.tr("No supplier (set one on the product)")
            top = QTreeWidgetItem([name, "", "", "", "", "", "", "", money(group.total.minor)])
            font = top.font(0)
            font.setBold(True)
            for col in (0, 8):
                top.setFont(col, font)
            top.setTextAlignment(8, RIGHT)
            for line in group.lines:
                w = line.weighed
                child = QTreeWidgetItem(
                    [
                        line.name,
                        line.sku,
                        qty(line.on_hand_milli, w),
                        qty(line.on_order_milli, w),
                        qty(line.reorder_level_milli, w),
                        qty(line.max_level_milli, w) if line.max_level_milli is not None else "-",
                        qty(line.quantity_milli, w),
                        money(line.unit_cost_minor, line.currency),
                        money(line.total.minor, line.currency),
                    ]
                )
                for col in range(2, 9):
                    child.setTextAlignment(col, RIGHT)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if group.supplier_id is not None:
                orderable += 1
        items = sum(len(g.lines) for g in suggestions.groups)
        self.summary.setText(
            self.tr("%n item(s) to reorder", "", items)
            + " · "
            + self.tr("%n supplier(s)", "", orderable)
        )
        self.create_button.setEnabled(orderable > 0)

    def create_drafts(self) -> None:
        if self.suggestions is None:
            return
        actor, ctx, suggestions = self.ui.require_actor(), self.ui.ctx, self.suggestions
        self.create_button.setEnabled(False)
        self.ui.run(
            lambda: reorder.create_suggested_drafts(ctx, actor, suggestions),
            self._created,
            self._failed,
        )

    def _created(self, result: DraftsResult) -> None:
        text = self.tr("Draft orders created: {}.").format(", ".join(result.po_numbers))
        if result.skipped_without_supplier:
            text += " " + self.tr(
                "%n item(s) have no supplier and were left out.",
                "",
                result.skipped_without_supplier,
            )
        self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
