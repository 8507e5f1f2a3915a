"""Loyalty campaigns: birthday, anniversary, purchase and referral bonuses and multipliers,
which the till applies when a customer's sale earns points."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos_desktop.services import loyalty_catalog as catalog
from pos_desktop.services.context import Changes
from pos_desktop.ui.backoffice.campaign_dialog import CampaignDialog
from pos_desktop.ui.backoffice.formats import when_text
from pos_desktop.ui.backoffice.loyalty_common import label
from pos_desktop.ui.backoffice.widgets import (
    READ,
    button,
    error_text,
    fill_table,
    make_table,
    selected_ids,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text
from pos_desktop.ui.shell import Shell


class CampaignsPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.campaigns: dict[str, catalog.CampaignView] = {}
        self.dialog: CampaignDialog | None = None
        self.table = make_table(
            "campaignsTable",
            [
                self.tr("Campaign"),
                self.tr("Type"),
                self.tr("Bonus"),
                self.tr("Multiplier"),
                self.tr("Minimum spend"),
                self.tr("Tiers"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Active"),
            ],
            multi=True,
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.message = QLabel()
        self.message.setObjectName("campaignsMessage")
        self.message.setWordWrap(True)
        title = QLabel(self.tr("Campaigns"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        actions = QHBoxLayout()
        actions.addWidget(title, 1)
        actions.addWidget(button(self.tr("New campaign…"), "campaignsNew", self.new))
        actions.addWidget(button(self.tr("Edit…"), "campaignsEdit", self.edit_selected))
        actions.addWidget(button(self.tr("Switch on/off"), "campaignsToggle", self.toggle_selected))
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def on_shown(self) -> None:
        ctx = self.ui.ctx
        self.ui.run(lambda: catalog.list_campaigns(ctx), self._loaded, self._failed, lane=READ)

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches("loyalty_campaigns"):
            self.on_shown()

    def _loaded(self, campaigns: list[catalog.CampaignView]) -> None:
        self.campaigns = {c.id: c for c in campaigns}
        fill_table(
            self.table,
            [
                (
                    c.id,
                    [
                        c.name,
                        label(c.type),
                        f"{c.bonus_points:,}" if c.bonus_points else "",
                        f"×{c.multiplier}" if c.multiplier != 1 else "",
                        money_text(c.min_purchase) if c.min_purchase else "",
                        ", ".join(label(t.value) for t in sorted(c.tiers)) if c.tiers else "",
                        when_text(c.valid_from, time=False),
                        when_text(c.valid_to, time=False),
                        self.tr("Yes") if c.is_active else self.tr("No"),
                    ],
                )
                for c in campaigns
            ],
            right=(2, 3, 4),
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def _selected(self) -> catalog.CampaignView | None:
        ids = selected_ids(self.table)
        if not ids:
            self.message.setText(self.tr("Select a campaign first."))
            return None
        return self.campaigns.get(ids[0])

    def new(self) -> CampaignDialog:
        return self._open(None)

    def edit_selected(self) -> CampaignDialog | None:
        campaign = self._selected()
        return self._open(campaign) if campaign is not None else None

    def _open(self, campaign: catalog.CampaignView | None) -> CampaignDialog:
        self.dialog = CampaignDialog(self.ui, campaign, self)
        self.dialog.open()
        return self.dialog

    def toggle_selected(self) -> None:
        campaign = self._selected()
        if campaign is None:
            return
        data = dataclasses.replace(
            catalog.campaign_input_of(campaign), is_active=not campaign.is_active
        )
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: catalog.save_campaign(ctx, actor, data, campaign.id),
            lambda _r: self.message.setText(self.tr("Saved.")),
            self._failed,
        )
