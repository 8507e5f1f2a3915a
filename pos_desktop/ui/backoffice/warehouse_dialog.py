"""The small form for a new warehouse or a new name (Inventory > Warehouses)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.warehouses import WarehouseView


class WarehouseDialog(QDialog):
    """Name, code (new only) and address of a warehouse."""

    def __init__(self, current: WarehouseView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warehouseDialog")
        self.setWindowTitle(self.tr("New warehouse") if current is None else self.tr("Rename"))
        self.name = QLineEdit(current.name if current else "")
        self.name.setObjectName("warehouseName")
        self.code = QLineEdit(current.code if current else "")
        self.code.setObjectName("warehouseCode")
        self.code.setMaxLength(16)
        self.code.setEnabled(current is None)  # the code is printed on labels: fixed once made
        self.address = QLineEdit((current.address or "") if current else "")
        self.address.setObjectName("warehouseAddress")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Address"), self.address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
