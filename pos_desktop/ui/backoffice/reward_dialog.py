"""Create or edit a loyalty reward (name, points cost, type and value, stock, active)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import RewardType
from pos_desktop.core.money import Money
from pos_desktop.services import loyalty_catalog as catalog
from pos_desktop.ui.backoffice.loyalty_common import label
from pos_desktop.ui.backoffice.widgets import (
    button,
    error_text,
    form_rows,
    status_label,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text


class RewardDialog(QDialog):
    def __init__(
        self, ui: UiContext, reward: catalog.RewardView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.reward = reward
        self.setObjectName("rewardDialog")
        self.setWindowTitle(self.tr("New reward") if reward is None else self.tr("Edit reward"))
        self.name = QLineEdit(reward.name if reward else "")
        self.name.setObjectName("rewardName")
        self.points = QSpinBox()
        self.points.setObjectName("rewardPoints")
        self.points.setRange(0, 10_000_000)
        self.points.setValue(reward.points_required if reward else 100)
        self.type = QComboBox()
        self.type.setObjectName("rewardType")
        for kind in RewardType:
            self.type.addItem(label(kind.value), kind.value)
        if reward is not None:
            self.type.setCurrentIndex(max(self.type.findData(reward.type), 0))
        self.value = QLineEdit(money_text(reward.value) if reward and reward.value else "")
        self.value.setObjectName("rewardValue")
        self.value.setPlaceholderText(self.tr("LKR, for a discount or cashback"))
        self.product = QLineEdit(reward.product_id or "" if reward else "")
        self.product.setObjectName("rewardProduct")
        self.product.setPlaceholderText(self.tr("Product id, for a free product"))
        self.stock = QSpinBox()
        self.stock.setObjectName("rewardStock")
        self.stock.setRange(0, 10_000_000)
        self.stock.setSpecialValueText(self.tr("Unlimited"))
        self.stock.setValue(reward.usage_limit or 0 if reward else 0)
        self.category = QLineEdit(reward.category or "" if reward else "")
        self.category.setObjectName("rewardCategory")
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("rewardActive")
        self.active.setChecked(reward.is_active if reward else True)
        form = form_rows(
            (
                (self.tr("Name"), self.name),
                (self.tr("Points needed"), self.points),
                (self.tr("Type"), self.type),
                (self.tr("Value (LKR)"), self.value),
                (self.tr("Product"), self.product),
                (self.tr("Stock (times it can be taken)"), self.stock),
                (self.tr("Category"), self.category),
            )
        )
        form.addRow("", self.active)
        self.error = status_label("rewardError")
        buttons = QDialogButtonBox()
        self.save_button = button(self.tr("Save"), "rewardSave", self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def data(self) -> catalog.RewardInput:
        kind = RewardType(self.type.currentData())
        value = None
        text = self.value.text().replace(",", "").strip()
        if text:
            try:
                value = Money.of(text, self.ui.ctx.terminal.currency)
            except (ValueError, ArithmeticError, ValidationError):
                raise ValidationError(self.tr("The value is not an amount.")) from None
        return catalog.RewardInput(
            name=self.name.text(),
            points_required=self.points.value(),
            type=kind,
            value=value,
            product_id=self.product.text().strip() or None,
            usage_limit=self.stock.value() or None,
            category=self.category.text(),
            is_active=self.active.isChecked(),
            description=self.reward.description if self.reward else None,
            valid_from=self.reward.valid_from if self.reward else None,
            valid_to=self.reward.valid_to if self.reward else None,
        )

    def save(self) -> None:
        try:
            data = self.data()
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        reward_id = self.reward.id if self.reward else None
        self.ui.run(
            lambda: catalog.save_reward(ctx, actor, data, reward_id),
            lambda _r: self.accept(),
            lambda error: self.error.setText(error_text(error)),
        )
