"""Inventory > Warehouses: this store's stock locations; new, rename, deactivate/reactivate.
The refusals (the default warehouse, one still holding stock) come from the service and show
under the table as the manager reads them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos_desktop.services import warehouses
from pos_desktop.services.context import Changes
from pos_desktop.services.warehouses import WarehouseView
from pos_desktop.ui.backoffice.inventory_common import DB
from pos_desktop.ui.backoffice.warehouse_dialog import WarehouseDialog
from pos_desktop.ui.backoffice.widgets import (
    READ,
    button,
    error_text,
    fill_table,
    make_table,
    page_title,
    selected_id,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell


class WarehousesPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.items: list[WarehouseView] = []
        self.table = make_table(
            "warehouseTable",
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Default"),
                self.tr("Active"),
                self.tr("Address"),
            ],
        )
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.show_inactive.setObjectName("warehouseShowInactive")
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.status = QLabel()
        self.status.setObjectName("warehouseStatus")
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(button(self.tr("New warehouse…"), "warehouseNew", self.new))
        actions.addWidget(button(self.tr("Rename…"), "warehouseRename", self.rename))
        actions.addWidget(button(self.tr("Deactivate"), "warehouseDeactivate", self.deactivate))
        actions.addWidget(button(self.tr("Reactivate"), "warehouseReactivate", self.reactivate))
        actions.addStretch(1)
        actions.addWidget(self.show_inactive)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Warehouses")))
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("warehouses") or changes.touches("stock_movements"):
            self.reload()

    def reload(self) -> None:
        ctx, inactive = self.ui.ctx, self.show_inactive.isChecked()

        def load() -> list[WarehouseView]:
            with ctx.db.read() as s:
                return warehouses.list_warehouses(s, ctx, include_inactive=inactive)

        self.ui.run(load, self._show, lane=READ)

    def _show(self, items: list[WarehouseView]) -> None:
        self.items = items
        yes, no = self.tr("Yes"), self.tr("No")
        fill_table(
            self.table,
            [
                (
                    w.id,
                    [
                        w.code,
                        w.name,
                        yes if w.is_default else "",
                        yes if w.is_active else no,
                        w.address or "",
                    ],
                )
                for w in items
            ],
            selection="clear",
        )

    def _selected(self) -> WarehouseView | None:
        wid = selected_id(self.table)
        found = next((w for w in self.items if w.id == wid), None)
        if found is None:
            self.status.setText(self.tr("Choose a warehouse in the list first."))
        return found

    def _run(self, fn: object, done_text: str) -> None:
        assert callable(fn)
        self.ui.run(
            fn,
            lambda _r: self.status.setText(done_text),
            lambda e: self.status.setText(error_text(e)),
            lane=DB,
        )

    def new(self) -> None:
        dialog = WarehouseDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        name, code, address = dialog.name.text(), dialog.code.text(), dialog.address.text()
        self._run(
            lambda: warehouses.create_warehouse(ctx, actor, name, code, address=address or None),
            self.tr("Warehouse {} created.").format(name.strip()),
        )

    def rename(self) -> None:
        current = self._selected()
        if current is None:
            return
        dialog = WarehouseDialog(current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        name, address = dialog.name.text(), dialog.address.text()
        self._run(
            lambda: warehouses.rename_warehouse(ctx, actor, current.id, name, address=address),
            self.tr("Warehouse renamed."),
        )

    def deactivate(self) -> None:
        current = self._selected()
        if current is not None:
            ctx, actor = self.ui.ctx, self.ui.require_actor()
            self._run(
                lambda: warehouses.deactivate_warehouse(ctx, actor, current.id),
                self.tr("{} is now inactive.").format(current.name),
            )

    def reactivate(self) -> None:
        current = self._selected()
        if current is not None:
            ctx, actor = self.ui.ctx, self.ui.require_actor()
            self._run(
                lambda: warehouses.reactivate_warehouse(ctx, actor, current.id),
                self.tr("{} is active again.").format(current.name),
            )
