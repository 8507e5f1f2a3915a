"""Movement history of one product (Inventory > Stock > History): every movement, newest
first, a page at a time ("Older…" reads the next page)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pos_desktop.services.stock_history import MovementPage, MovementView, movement_history
from pos_desktop.services.stock_list import StockRow
from pos_desktop.ui.backoffice.formats import when_text
from pos_desktop.ui.backoffice.inventory_common import REASON_LABELS, label_of, qty
from pos_desktop.ui.backoffice.widgets import READ, button, error_text, fill_table, make_table
from pos_desktop.ui.context import UiContext

PAGE = 100


class StockHistoryDialog(QDialog):
    def __init__(
        self,
        ui: UiContext,
        row: StockRow,
        warehouse_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.row = row
        self.warehouse_id = warehouse_id
        self.rows: list[MovementView] = []
        self.next_before: tuple[datetime, str] | None = None
        self.setObjectName("stockHistoryDialog")
        self.setWindowTitle(self.tr("Movements of {}").format(row.name))
        self.resize(1000, 560)
        self.table = make_table(
            "stockHistoryTable",
            [
                self.tr("Time"),
                self.tr("Type"),
                self.tr("Reason"),
                self.tr("Quantity"),
                self.tr("Warehouse"),
                self.tr("Reference"),
                self.tr("User"),
                self.tr("Note"),
            ],
        )
        self.status = QLabel()
        self.status.setObjectName("stockHistoryStatus")
        self.more = button(self.tr("Older…"), "stockHistoryMore", self.load_more)
        self.more.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{row.name} ({row.sku})"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.more)
        layout.addWidget(buttons)
        self.load_more()

    def load_more(self) -> None:
        ctx, pid, wid, before = (
            self.ui.ctx,
            self.row.product_id,
            self.warehouse_id,
            self.next_before,
        )

        def load() -> MovementPage:
            with ctx.db.read() as s:
                return movement_history(s, ctx, pid, warehouse_id=wid, before=before, limit=PAGE)

        self.more.setEnabled(False)
        self.ui.run(load, self._loaded, lambda e: self.status.setText(error_text(e)), lane=READ)

    def _loaded(self, page: MovementPage) -> None:
        self.rows.extend(page.rows)
        self.next_before = page.next_before
        self.more.setEnabled(page.next_before is not None)
        unit = self.row.unit
        fill_table(
            self.table,
            [
                (
                    m.id,
                    [
                        when_text(m.created_at),
                        m.movement_type,
                        label_of(REASON_LABELS, m.reason),
                        qty(m.quantity_milli, unit),
                        m.warehouse_name,
                        m.reference,
                        m.user_name,
                        m.note or "",
                    ],
                )
                for m in self.rows
            ],
            right=(3,),
            selection="clear",
        )
        self.status.setText(self.tr("%n movement(s) shown", "", len(self.rows)))
