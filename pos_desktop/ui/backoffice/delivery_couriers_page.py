"""Couriers: the riders and courier companies orders are handed to. A list and a form; a
courier is never deleted (old deliveries name it), only taken off the list (inactive)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.context import Changes
from pos_desktop.services.delivery_couriers import (
    VEHICLES,
    CourierInput,
    CourierResult,
    CourierView,
    create_courier,
    list_couriers,
    update_courier,
)
from pos_desktop.services.suppliers import phone_display
from pos_desktop.store.models.delivery import CourierStatus
from pos_desktop.ui.backoffice.delivery_common import button, courier_status_label
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    append_row,
    error_text,
    make_table,
    page_title,
    select_id,
    selected_id,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell


class CouriersPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.couriers: dict[str, CourierView] = {}
        self.editing: str | None = None
        self.table = make_table(
            "couriersTable",
            [self.tr("Name"), self.tr("Phone"), self.tr("Vehicle"), self.tr("Status")],
            stretch=0,
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.show_inactive = QCheckBox(self.tr("Show inactive couriers"))
        self.show_inactive.setObjectName("couriersShowInactive")
        self.show_inactive.toggled.connect(lambda _on: self.reload())

        def field(name: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMinimumHeight(MIN_HEIGHT)
            return edit

        self.name = field("courierName")
        self.phone = field("courierPhone")
        self.email = field("courierEmail")
        self.vehicle = QComboBox()
        self.vehicle.setObjectName("courierVehicle")
        self.vehicle.setEditable(True)
        self.vehicle.setMinimumHeight(MIN_HEIGHT)
        self.vehicle.addItems(["", *VEHICLES])
        self.state = QComboBox()
        self.state.setObjectName("courierStatus")
        self.state.setMinimumHeight(MIN_HEIGHT)
        for status in CourierStatus:
            self.state.addItem(courier_status_label(status.value), status.value)
        self.active = QCheckBox(self.tr("Active (can be assigned)"))
        self.active.setObjectName("courierActive")
        self.active.setChecked(True)
        self.new_button = button(self.tr("New courier"), "courierNew", self.new_courier)
        self.save_button = button(self.tr("Save courier"), "courierSave", self.save)
        self.status = QLabel()
        self.status.setObjectName("couriersStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Vehicle"), self.vehicle)
        form.addRow(self.tr("Status"), self.state)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.show_inactive)
        left.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Couriers")))
        layout.addLayout(body, 1)
        layout.addWidget(self.status)

    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches("couriers"):
            self.reload()

    def reload(self) -> None:
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        inactive = self.show_inactive.isChecked()
        self.ui.run(
            lambda: list_couriers(ctx, actor, include_inactive=inactive),
            self._loaded,
            self._failed,
            lane=READ,
        )

    def _loaded(self, couriers: list[CourierView]) -> None:
        keep = self.editing
        self.couriers = {c.id: c for c in couriers}
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for c in couriers:
            state = courier_status_label(c.status)
            if not c.is_active:
                state = self.tr("{} (inactive)").format(state)
            append_row(
                self.table,
                c.id,
                [c.name, phone_display(c.phone), c.vehicle_type or "", state],
            )
        self.table.blockSignals(False)
        if keep:
            select_id(self.table, keep)

    def _selected(self) -> None:
        chosen = selected_id(self.table)
        courier = self.couriers.get(chosen) if chosen else None
        if courier is None:
            return
        self.editing = courier.id
        self.name.setText(courier.name)
        self.phone.setText(phone_display(courier.phone))
        self.email.setText(courier.email or "")
        self.vehicle.setCurrentText(courier.vehicle_type or "")
        self.state.setCurrentIndex(max(0, self.state.findData(courier.status)))
        self.active.setChecked(courier.is_active)

    def new_courier(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for edit in (self.name, self.phone, self.email):
            edit.clear()
        self.vehicle.setCurrentText("")
        self.state.setCurrentIndex(0)
        self.active.setChecked(True)
        self.name.setFocus()

    def save(self) -> None:
        data = CourierInput(
            name=self.name.text(),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            vehicle_type=self.vehicle.currentText() or None,
            status=str(self.state.currentData()),
            is_active=self.active.isChecked(),
        )
        actor, ctx, editing = self.ui.require_actor(), self.ui.ctx, self.editing
        if editing is None:
            self.ui.run(lambda: create_courier(ctx, actor, data), self._saved, self._failed)
        else:
            self.ui.run(
                lambda: update_courier(ctx, actor, editing, data), self._saved, self._failed
            )

    def _saved(self, result: CourierResult) -> None:
        self.editing = result.courier.id
        self.status.setText(self.tr("Saved {}").format(result.courier.name))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
