"""Create or edit a loyalty campaign: type, bonus points or multiplier, dates, conditions."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import CampaignType, Tier
from pos_desktop.core.money import Money
from pos_desktop.services import loyalty_catalog as catalog
from pos_desktop.ui.backoffice.loyalty_common import label, qdate_to_utc
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    button,
    error_text,
    form_rows,
    status_label,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumHeight(MIN_HEIGHT)
    return edit


class CampaignDialog(QDialog):
    def __init__(
        self,
        ui: UiContext,
        campaign: catalog.CampaignView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.campaign = campaign
        c = campaign
        self.setObjectName("campaignDialog")
        self.setWindowTitle(self.tr("New campaign") if c is None else self.tr("Edit campaign"))
        self.name = QLineEdit(c.name if c else "")
        self.name.setObjectName("campaignName")
        self.type = QComboBox()
        self.type.setObjectName("campaignType")
        for kind in catalog.CAMPAIGN_TYPES:
            self.type.addItem(label(kind.value), kind.value)
        if c is not None:
            self.type.setCurrentIndex(max(self.type.findData(c.type), 0))
        self.bonus = QSpinBox()
        self.bonus.setObjectName("campaignBonus")
        self.bonus.setRange(0, 1_000_000)
        self.bonus.setValue(c.bonus_points if c else 0)
        self.multiplier = QLineEdit(str(c.multiplier) if c else "1")
        self.multiplier.setObjectName("campaignMultiplier")
        self.min_spend = QLineEdit(money_text(c.min_purchase) if c and c.min_purchase else "")
        self.min_spend.setObjectName("campaignMinSpend")
        self.min_spend.setPlaceholderText(self.tr("No minimum"))
        self.window_days = QSpinBox()
        self.window_days.setObjectName("campaignWindow")
        self.window_days.setRange(0, 31)
        self.window_days.setValue(c.window_days if c else 0)
        self.window_days.setSuffix(self.tr(" days either side"))
        self.tier_boxes: dict[Tier, QCheckBox] = {}
        tiers_row = QHBoxLayout()
        for tier in Tier:
            box = QCheckBox(label(tier.value))
            box.setObjectName(f"campaignTier_{tier.value}")
            box.setChecked(c is None or c.tiers is None or tier in c.tiers)
            self.tier_boxes[tier] = box
            tiers_row.addWidget(box)
        self.dated = QCheckBox(self.tr("Only between these dates"))
        self.dated.setObjectName("campaignDated")
        self.start = _date_edit("campaignStart")
        self.end = _date_edit("campaignEnd")
        today = QDate.currentDate()
        start = c.valid_from.astimezone() if c and c.valid_from else None
        end = c.valid_to.astimezone() if c and c.valid_to else None
        self.start.setDate(QDate(start.year, start.month, start.day) if start else today)
        self.end.setDate(QDate(end.year, end.month, end.day) if end else today.addDays(30))
        self.dated.setChecked(start is not None or end is not None)
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("campaignActive")
        self.active.setChecked(c.is_active if c else True)
        form = form_rows(
            (
                (self.tr("Name"), self.name),
                (self.tr("Type"), self.type),
                (self.tr("Bonus points"), self.bonus),
                (self.tr("Points multiplier"), self.multiplier),
                (self.tr("Minimum spend (LKR)"), self.min_spend),
                (self.tr("Birthday/anniversary window"), self.window_days),
            )
        )
        form.addRow(self.tr("Tiers"), tiers_row)
        form.addRow(self.tr("Dates"), dates)
        form.addRow("", self.active)
        note = QLabel(
            self.tr(
                "Purchase: every sale over the minimum. Birthday: sales within the window "
                "around the customer's birthday. Anniversary: around the day they became a "
                "customer. Referral: defined here, awarded once customers record who referred "
                "them (not yet available)."
            )
        )
        note.setWordWrap(True)
        self.error = status_label("campaignError")
        buttons = QDialogButtonBox()
        self.save_button = button(self.tr("Save"), "campaignSave", self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def data(self) -> catalog.CampaignInput:
        try:
            multiplier = Decimal(self.multiplier.text().strip() or "1")
        except InvalidOperation:
            raise ValidationError(self.tr("The multiplier is not a number.")) from None
        minimum = None
        text = self.min_spend.text().replace(",", "").strip()
        if text:
            try:
                minimum = Money.of(text, self.ui.ctx.terminal.currency)
            except (ValueError, ArithmeticError, ValidationError):
                raise ValidationError(self.tr("The minimum spend is not an amount.")) from None
        chosen = frozenset(t for t, box in self.tier_boxes.items() if box.isChecked())
        if not chosen:
            raise ValidationError(self.tr("Choose at least one tier."))
        dated = self.dated.isChecked()
        return catalog.CampaignInput(
            name=self.name.text(),
            type=CampaignType(self.type.currentData()),
            multiplier=multiplier,
            bonus_points=self.bonus.value(),
            min_purchase=minimum,
            tiers=None if len(chosen) == len(Tier) else chosen,
            window_days=self.window_days.value(),
            valid_from=qdate_to_utc(self.start.date()) if dated else None,
            valid_to=qdate_to_utc(self.end.date(), end_of_day=True) if dated else None,
            usage_limit=self.campaign.usage_limit if self.campaign else None,
            description=self.campaign.description if self.campaign else None,
            is_active=self.active.isChecked(),
        )

    def save(self) -> None:
        try:
            data = self.data()
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        campaign_id = self.campaign.id if self.campaign else None
        self.ui.run(
            lambda: catalog.save_campaign(ctx, actor, data, campaign_id),
            lambda _r: self.accept(),
            lambda error: self.error.setText(error_text(error)),
        )
