"""The rewards catalog: what customers can take for their points (list, new, edit, on/off)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos_desktop.services import loyalty_catalog as catalog
from pos_desktop.services.context import Changes
from pos_desktop.ui.backoffice.loyalty_common import label
from pos_desktop.ui.backoffice.reward_dialog import RewardDialog
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


class RewardsPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.rewards: dict[str, catalog.RewardView] = {}
        self.dialog: RewardDialog | None = None
        self.table = make_table(
            "rewardsTable",
            [
                self.tr("Reward"),
                self.tr("Points"),
                self.tr("Type"),
                self.tr("Value"),
                self.tr("Taken / stock"),
                self.tr("Category"),
                self.tr("Active"),
            ],
            multi=True,
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.message = QLabel()
        self.message.setObjectName("rewardsMessage")
        self.message.setWordWrap(True)
        title = QLabel(self.tr("Rewards"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        actions = QHBoxLayout()
        actions.addWidget(title, 1)
        actions.addWidget(button(self.tr("New reward…"), "rewardsNew", self.new))
        actions.addWidget(button(self.tr("Edit…"), "rewardsEdit", self.edit_selected))
        actions.addWidget(button(self.tr("Switch on/off"), "rewardsToggle", self.toggle_selected))
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def on_shown(self) -> None:
        ctx = self.ui.ctx
        self.ui.run(lambda: catalog.list_rewards(ctx), self._loaded, self._failed, lane=READ)

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches("loyalty_rewards"):
            self.on_shown()

    def _loaded(self, rewards: list[catalog.RewardView]) -> None:
        self.rewards = {r.id: r for r in rewards}
        fill_table(
            self.table,
            [
                (
                    r.id,
                    [
                        r.name,
                        f"{r.points_required:,}",
                        label(r.type),
                        money_text(r.value) if r.value else "",
                        f"{r.used_count} / {r.usage_limit if r.usage_limit else '∞'}",
                        r.category or "",
                        self.tr("Yes") if r.is_active else self.tr("No"),
                    ],
                )
                for r in rewards
            ],
            right=(1, 3),
        )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def _selected(self) -> catalog.RewardView | None:
        ids = selected_ids(self.table)
        if not ids:
            self.message.setText(self.tr("Select a reward first."))
            return None
        return self.rewards.get(ids[0])

    def new(self) -> RewardDialog:
        return self._open(None)

    def edit_selected(self) -> RewardDialog | None:
        reward = self._selected()
        return self._open(reward) if reward is not None else None

    def _open(self, reward: catalog.RewardView | None) -> RewardDialog:
        self.dialog = RewardDialog(self.ui, reward, self)
        self.dialog.open()
        return self.dialog

    def toggle_selected(self) -> None:
        reward = self._selected()
        if reward is None:
            return
        data = dataclasses.replace(catalog.reward_input_of(reward), is_active=not reward.is_active)
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: catalog.save_reward(ctx, actor, data, reward.id),
            lambda _r: self.message.setText(self.tr("Saved.")),
            self._failed,
        )
