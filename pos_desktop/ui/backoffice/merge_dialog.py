"""Merge customers who are the same person: pick the one to keep, give a reason, merge.

The merge is ``customer_admin.merge_group`` (each merge through ``customers.merge_customers``,
as the sync inbox does). Nothing is deleted and no points entry moves: the ones merged point
at the one kept, whose balance becomes the sum of everyone's ledger.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services import customer_admin
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, button, error_text
from pos_desktop.ui.context import UiContext


class MergeCustomersDialog(QDialog):
    def __init__(
        self, ui: UiContext, people: list[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        """``people``: (id, name, phone) of the customers selected, oldest-listed first."""
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("mergeCustomersDialog")
        self.setWindowTitle(self.tr("Merge customers"))
        self.ids = [p[0] for p in people]
        self.choice = QButtonGroup(self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Keep one customer; the others are merged into it. Their points, purchases "
                "and card count for the one kept. Nothing is deleted."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for index, (customer_id, name, phone) in enumerate(people):
            radio = QRadioButton(f"{name}  {phone}".strip())
            radio.setObjectName(f"mergeKeep_{index}")
            radio.setMinimumHeight(MIN_HEIGHT)
            radio.setProperty("customer_id", customer_id)
            self.choice.addButton(radio, index)
            layout.addWidget(radio)
            if index == 0:
                radio.setChecked(True)
        self.reason = QLineEdit(self.tr("Same person"))
        self.reason.setObjectName("mergeReason")
        self.reason.setMinimumHeight(MIN_HEIGHT)
        self.reason.setMaxLength(200)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Reason")))
        row.addWidget(self.reason, 1)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("mergeError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.merge_button = button(self.tr("Merge"), "mergeConfirm", self.merge)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def survivor_id(self) -> str:
        return self.ids[max(self.choice.checkedId(), 0)]

    def merge(self) -> None:
        survivor = self.survivor_id()
        others = [i for i in self.ids if i != survivor]
        reason = self.reason.text()
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.merge_button.setEnabled(False)
        self.ui.run(
            lambda: customer_admin.merge_group(ctx, actor, survivor, others, reason),
            self._merged,
            self._failed,
        )

    def _merged(self, _result: customer_admin.MergeGroupResult) -> None:
        self.merge_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.merge_button.setEnabled(True)
        self.error.setText(error_text(error))
