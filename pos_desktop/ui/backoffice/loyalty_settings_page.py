"""Loyalty settings: earn rate, point value, tier thresholds, expiry; and running expiry now
with a preview of what would expire. The service checks everything (``loyalty_admin``);
saving settings changes every till of the organization, so it needs MANAGE_SETTINGS too."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import Tier, TierRule
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services import loyalty_admin
from pos_desktop.services.context import Changes
from pos_desktop.ui.backoffice.formats import when_text
from pos_desktop.ui.backoffice.loyalty_common import label
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    ROW_ID,
    button,
    error_text,
    fill_table,
    make_table,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text
from pos_desktop.ui.shell import Shell

MAX_POINTS = 100_000_000


def _spin(name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setMinimumHeight(MIN_HEIGHT)
    spin.setGroupSeparatorShown(True)
    if suffix:
        spin.setSuffix(suffix)
    return spin


class LoyaltySettingsPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.loaded: loyalty_admin.LoyaltySettings | None = None
        self.enabled = QCheckBox(self.tr("Loyalty programme switched on"))
        self.enabled.setObjectName("loyaltyEnabled")
        self.earn_spend = QLineEdit()
        self.earn_spend.setObjectName("loyaltyEarnSpend")
        self.earn_points = _spin("loyaltyEarnPoints", 0, 10_000)
        self.point_value = QLineEdit()
        self.point_value.setObjectName("loyaltyPointValue")
        self.min_redeem = _spin("loyaltyMinRedeem", 1, MAX_POINTS)
        self.daily_cap = _spin("loyaltyDailyCap", 0, MAX_POINTS)
        self.daily_cap.setSpecialValueText(self.tr("No cap"))
        self.daily_cap.setMinimum(-1)
        self.expire_days = _spin("loyaltyExpireDays", 0, loyalty_admin.MAX_EXPIRY_DAYS)
        self.expire_days.setSpecialValueText(self.tr("Never"))
        self.expire_days.setSuffix(self.tr(" days"))
        self.expire_hint = QLabel()
        self.expire_days.valueChanged.connect(self._expiry_hint)
        for edit in (self.earn_spend, self.point_value):
            edit.setMinimumHeight(MIN_HEIGHT)
        self.tiers = make_table(
            "loyaltyTiers",
            [self.tr("Tier"), self.tr("From lifetime points"), self.tr("Points multiplier")],
            multi=True,
        )
        self.tiers.setRowCount(len(Tier))
        self.tiers.setMinimumHeight(190)
        self.tiers.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers)
        earn_row = QHBoxLayout()
        earn_row.addWidget(self.earn_points)
        earn_row.addWidget(QLabel(self.tr("point(s) for every LKR")))
        earn_row.addWidget(self.earn_spend, 1)
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Earn rate"), earn_row)
        form.addRow(self.tr("One point is worth (LKR)"), self.point_value)
        form.addRow(self.tr("Smallest redemption (points)"), self.min_redeem)
        form.addRow(self.tr("Most points one customer may redeem per day"), self.daily_cap)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expire_days)
        expiry_row.addWidget(self.expire_hint, 1)
        form.addRow(self.tr("Points expire after"), expiry_row)
        settings_box = QGroupBox(self.tr("Settings"))
        box_layout = QVBoxLayout(settings_box)
        box_layout.addLayout(form)
        tier_note = QLabel(
            self.tr(
                "Tiers follow the points a customer has earned in total (net of returns): "
                "they go up when an earning crosses a threshold and down when a return or an "
                "adjustment takes them below it. Spending or expiring points keeps the tier."
            )
        )
        tier_note.setWordWrap(True)
        box_layout.addWidget(self.tiers)
        box_layout.addWidget(tier_note)
        self.save_button = button(self.tr("Save settings"), "loyaltySave", self.save)
        self.save_note = QLabel()
        self.save_note.setObjectName("loyaltySaveNote")
        self.save_note.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_note, 1)
        save_row.addWidget(self.save_button)
        box_layout.addLayout(save_row)

        expiry_box = QGroupBox(self.tr("Point expiry"))
        self.preview = make_table(
            "expiryPreview", [self.tr("Customer"), self.tr("Points")], multi=True
        )
        self.preview_summary = QLabel()
        self.preview_summary.setObjectName("expirySummary")
        self.preview_summary.setWordWrap(True)
        self.preview_button = button(self.tr("Preview"), "expiryPreviewButton", self.load_preview)
        self.run_button = button(self.tr("Run expiry now"), "expiryRun", self.run_expiry)
        expiry_layout = QVBoxLayout(expiry_box)
        expiry_layout.addWidget(self.preview_summary)
        expiry_layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.run_button)
        expiry_layout.addLayout(buttons)

        self.message = QLabel()
        self.message.setObjectName("loyaltyMessage")
        self.message.setWordWrap(True)
        title = QLabel(self.tr("Loyalty settings"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        columns = QHBoxLayout()
        columns.addWidget(settings_box, 3)
        columns.addWidget(expiry_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)

    # -- loading ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        may_save = self.ui.can(Permission.MANAGE_SETTINGS)
        self.save_button.setEnabled(may_save)
        self.save_note.setText(
            ""
            if may_save
            else self.tr(
                "Only an administrator can change these settings (they apply to every till)."
            )
        )
        ctx = self.ui.ctx
        self.ui.run(lambda: loyalty_admin.load_settings(ctx), self._show, self._failed, lane=READ)
        self.load_preview()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.entities & {"settings", "loyalty_transactions"}:
            self.on_shown()

    def _show(self, settings: loyalty_admin.LoyaltySettings) -> None:
        self.loaded = settings
        self.enabled.setChecked(settings.enabled)
        self.earn_points.setValue(settings.earn_points)
        self.earn_spend.setText(money_text(settings.earn_spend))
        self.point_value.setText(money_text(settings.point_value))
        self.min_redeem.setValue(settings.min_redeem_points)
        cap = settings.daily_redeem_cap_points
        self.daily_cap.setValue(-1 if cap is None else cap)
        self.expire_days.setValue(settings.expire_days or 0)
        self._expiry_hint(self.expire_days.value())
        for row, rule in enumerate(settings.tiers):
            name = QTableWidgetItem(label(rule.tier.value))
            name.setData(ROW_ID, rule.tier.value)
            self.tiers.setItem(row, 0, name)
            self.tiers.setItem(row, 1, QTableWidgetItem(f"{rule.threshold}"))
            self.tiers.setItem(row, 2, QTableWidgetItem(f"{rule.multiplier}"))

    def _expiry_hint(self, days: int) -> None:
        self.expire_hint.setText(
            self.tr(
                "about %n month(s); applies to points earned from now on", "", round(days / 30.44)
            )
            if days
            else ""
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    # -- saving -----------------------------------------------------------------------------
    def _money(self, edit: QLineEdit, what: str) -> Money:
        try:
            return Money.of(
                edit.text().replace(",", "").strip() or "0", self.ui.ctx.terminal.currency
            )
        except (ValueError, ArithmeticError, ValidationError):
            raise ValidationError(self.tr("{} is not an amount").format(what)) from None

    def form_settings(self) -> loyalty_admin.LoyaltySettings:
        rules = []
        for row, tier in enumerate(Tier):
            try:
                threshold = int(
                    (self.tiers.item(row, 1) or QTableWidgetItem("")).text().replace(",", "")
                )
                multiplier = Decimal((self.tiers.item(row, 2) or QTableWidgetItem("")).text())
            except (ValueError, InvalidOperation):
                raise ValidationError(
                    self.tr("{}: the threshold and multiplier must be numbers").format(label(tier))
                ) from None
            rules.append(TierRule(tier, threshold, multiplier))
        cap = self.daily_cap.value()
        days = self.expire_days.value()
        return loyalty_admin.LoyaltySettings(
            enabled=self.enabled.isChecked(),
            earn_spend=self._money(self.earn_spend, self.tr("The spend per point")),
            earn_points=self.earn_points.value(),
            point_value=self._money(self.point_value, self.tr("A point's value")),
            min_redeem_points=self.min_redeem.value(),
            daily_redeem_cap_points=None if cap < 0 else cap,
            expire_days=days or None,
            tiers=tuple(rules),
        )

    def save(self) -> None:
        try:
            settings = self.form_settings()
        except ValidationError as exc:
            self.message.setText(exc.message)
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: loyalty_admin.save_settings(ctx, actor, settings),
            self._saved,
            self._failed,
        )

    def _saved(self, result: loyalty_admin.SettingsResult) -> None:
        self._show(result.settings)
        self.message.setText(self.tr("Loyalty settings saved."))

    # -- expiry -----------------------------------------------------------------------------
    def load_preview(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: loyalty_admin.preview_expiry(ctx, actor),
            self._preview_loaded,
            self._failed,
            lane=READ,
        )

    def _preview_loaded(self, preview: loyalty_admin.ExpiryPreview) -> None:
        fill_table(
            self.preview,
            [(line.customer_id, [line.name, f"{line.points:,}"]) for line in preview.lines],
            right=(1,),
        )
        self.preview_summary.setText(
            self.tr(
                "At {}: {} points of %n customer(s) would expire.", "", len(preview.lines)
            ).format(when_text(preview.at), f"{preview.points:,}")
            if preview.lines
            else self.tr("Nothing is due to expire now.")
        )
        self.run_button.setEnabled(bool(preview.lines))

    def run_expiry(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.run_button.setEnabled(False)
        self.ui.run(
            lambda: loyalty_admin.run_expiry(ctx, actor),
            self._expired,
            self._failed,
        )

    def _expired(self, run: loyalty_admin.ExpiryRun) -> None:
        self.message.setText(
            self.tr("Expired {} points of %n customer(s).", "", run.customers).format(
                f"{run.points:,}"
            )
        )
        self.load_preview()
