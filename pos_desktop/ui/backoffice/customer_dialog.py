"""A customer's file: profile (edit), purchases (receipts, totals, returns), the points ledger
with the balance after each entry, the tier, and a manual points adjustment with a reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services import customer_admin, customers, loyalty
from pos_desktop.store.models.customers import CustomerStatus
from pos_desktop.ui.backoffice.formats import when_text
from pos_desktop.ui.backoffice.loyalty_common import label
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    button,
    error_text,
    fill_table,
    make_table,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text

MAX_ADJUST = 10_000_000


class CustomerDialog(QDialog):
    def __init__(self, ui: UiContext, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.customer_id = customer_id
        self.file: customer_admin.CustomerFile | None = None
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Customer"))
        self.resize(1000, 680)
        self.heading = QLabel()
        self.heading.setObjectName("customerHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.loyalty_line = QLabel()
        self.loyalty_line.setObjectName("customerLoyalty")
        self.loyalty_line.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.purchases = make_table(
            "customerPurchases",
            [
                self.tr("Date"),
                self.tr("Receipt"),
                self.tr("Kind"),
                self.tr("Of receipt"),
                self.tr("Total"),
                self.tr("Points earned"),
                self.tr("Points used"),
                self.tr("Status"),
            ],
            multi=True,
        )
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        self.tabs.addTab(self._points_tab(), self.tr("Points"))
        self.message = QLabel()
        self.message.setObjectName("customerMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.loyalty_line)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _profile_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.phone = QLineEdit()
        self.phone.setObjectName("customerPhone")
        self.email = QLineEdit()
        self.email.setObjectName("customerEmail")
        self.card = QLineEdit()
        self.card.setObjectName("customerCard")
        self.birthday = QLineEdit()
        self.birthday.setObjectName("customerBirthday")
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.status = QComboBox()
        self.status.setObjectName("customerStatus")
        for status in CustomerStatus:
            self.status.addItem(label(status.value), status.value)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("customerNotes")
        self.notes.setMaximumHeight(90)
        self.since = QLabel()
        for widget in (self.name, self.phone, self.email, self.card, self.birthday, self.status):
            widget.setMinimumHeight(MIN_HEIGHT)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Loyalty card"), self.card)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Customer since"), self.since)
        self.save_button = button(self.tr("Save profile"), "customerSave", self.save_profile)
        form.addRow("", self.save_button)
        return tab

    def _points_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.ledger = make_table(
            "customerLedger",
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Points"),
                self.tr("Balance after"),
                self.tr("Reason"),
                self.tr("Receipt"),
                self.tr("By"),
                self.tr("Expires"),
            ],
            multi=True,
        )
        layout.addWidget(self.ledger, 1)
        self.adjust_points = QSpinBox()
        self.adjust_points.setObjectName("adjustPoints")
        self.adjust_points.setRange(-MAX_ADJUST, MAX_ADJUST)
        self.adjust_points.setMinimumHeight(MIN_HEIGHT)
        self.adjust_reason = QLineEdit()
        self.adjust_reason.setObjectName("adjustReason")
        self.adjust_reason.setPlaceholderText(self.tr("Reason (required)"))
        self.adjust_reason.setMaxLength(500)
        self.adjust_reason.setMinimumHeight(MIN_HEIGHT)
        self.allow_negative = QCheckBox(self.tr("Allow the balance to go below zero"))
        self.allow_negative.setObjectName("adjustAllowNegative")
        self.adjust_button = button(self.tr("Adjust points"), "adjustApply", self.adjust)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Add (+) or remove (−) points")))
        row.addWidget(self.adjust_points)
        row.addWidget(self.adjust_reason, 1)
        row.addWidget(self.allow_negative)
        row.addWidget(self.adjust_button)
        layout.addLayout(row)
        can_adjust = self.ui.can(Permission.MANAGE_LOYALTY)
        for widget in (self.adjust_points, self.adjust_reason, self.allow_negative):
            widget.setEnabled(can_adjust)
        self.adjust_button.setVisible(can_adjust)
        return tab

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, actor, cid = self.ui.ctx, self.ui.require_actor(), self.customer_id
        self.ui.run(
            lambda: customer_admin.load_customer_file(ctx, actor, cid),
            self._loaded,
            self._failed,
            lane=READ,
        )

    def _loaded(self, file: customer_admin.CustomerFile) -> None:
        self.file = file
        self.customer_id = file.customer.id
        c, s = file.customer, file.summary
        self.heading.setText(c.name)
        parts = [
            self.tr("Tier: {}").format(label(s.tier.value)),
            self.tr("Points: {}").format(f"{s.balance:,}"),
            self.tr("worth {}").format(money_text(s.balance_value)),
            self.tr("lifetime earned {}").format(f"{s.total_earned:,}"),
        ]
        if s.next_tier is not None and s.points_to_next_tier is not None:
            parts.append(
                self.tr("{} more to {}").format(f"{s.points_to_next_tier:,}", label(s.next_tier))
            )
        if s.next_expiry_at is not None:
            parts.append(self.tr("next expiry {}").format(when_text(s.next_expiry_at, time=False)))
        if file.merged_ids:
            parts.append(self.tr("%n customer(s) merged into this one", "", len(file.merged_ids)))
        self.loyalty_line.setText(" · ".join(parts))
        self.name.setText(c.name)
        self.phone.setText(c.phone or "")
        self.email.setText(c.email or "")
        self.card.setText(c.loyalty_card_number or "")
        self.birthday.setText(c.birthday.isoformat() if c.birthday else "")
        self.status.setCurrentIndex(max(self.status.findData(c.status), 0))
        self.notes.setPlainText(c.notes or "")
        self.since.setText(when_text(c.created_at, time=False))
        fill_table(
            self.purchases,
            [
                (
                    p.sale_id,
                    [
                        when_text(p.created_at),
                        p.receipt_number,
                        label(p.kind),
                        p.original_receipt or "",
                        money_text(p.total),
                        str(p.points_earned or ""),
                        str(p.points_redeemed or ""),
                        label(p.status),
                    ],
                )
                for p in file.purchases
            ],
            right=(4, 5, 6),
        )
        fill_table(
            self.ledger,
            [
                (
                    e.id,
                    [
                        when_text(e.created_at),
                        label(e.type),
                        f"{e.points:+,}",
                        f"{e.balance_after:,}",
                        e.reason or "",
                        e.receipt_number or "",
                        e.created_by or "",
                        when_text(e.expires_at, time=False),
                    ],
                )
                for e in file.ledger
            ],
            right=(2, 3),
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    # -- actions ----------------------------------------------------------------------------
    def _profile_changes(self) -> dict[str, Any]:
        assert self.file is not None
        c = self.file.customer
        text = self.birthday.text().strip()
        try:
            birthday = date.fromisoformat(text) if text else None
        except ValueError:
            raise ValidationError(self.tr("Write the birthday as YYYY-MM-DD.")) from None
        wanted: dict[str, Any] = {
            "name": self.name.text(),
            "phone": self.phone.text().strip() or None,
            "email": self.email.text().strip() or None,
            "loyalty_card_number": self.card.text().strip() or None,
            "birthday": birthday,
            "notes": self.notes.toPlainText().strip() or None,
            "status": self.status.currentData(),
        }
        current = {
            "name": c.name,
            "phone": c.phone,
            "email": c.email,
            "loyalty_card_number": c.loyalty_card_number,
            "birthday": c.birthday,
            "notes": c.notes,
            "status": c.status,
        }
        return {k: v for k, v in wanted.items() if v != current[k]}

    def save_profile(self) -> None:
        if self.file is None:
            return
        try:
            changes = self._profile_changes()
        except ValidationError as exc:
            self.message.setText(exc.message)
            return
        if not changes:
            self.message.setText(self.tr("Nothing to save."))
            return
        ctx, actor, cid = self.ui.ctx, self.ui.require_actor(), self.customer_id
        self.ui.run(
            lambda: customers.update_customer(ctx, actor, cid, changes),
            lambda _r: self._done(self.tr("Profile saved.")),
            self._failed,
        )

    def adjust(self) -> None:
        points = self.adjust_points.value()
        reason = self.adjust_reason.text()
        allow = self.allow_negative.isChecked()
        ctx, actor, cid = self.ui.ctx, self.ui.require_actor(), self.customer_id
        self.adjust_button.setEnabled(False)
        self.ui.run(
            lambda: loyalty.adjust_points(ctx, actor, cid, points, reason, allow_negative=allow),
            self._adjusted,
            self._adjust_failed,
        )

    def _adjusted(self, result: loyalty.LoyaltyResult) -> None:
        self.adjust_button.setEnabled(True)
        self.adjust_points.setValue(0)
        self.adjust_reason.clear()
        self.allow_negative.setChecked(False)
        self._done(self.tr("Points adjusted; the balance is {}.").format(result.summary.balance))

    def _adjust_failed(self, error: BaseException) -> None:
        self.adjust_button.setEnabled(True)
        self._failed(error)

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.reload()
