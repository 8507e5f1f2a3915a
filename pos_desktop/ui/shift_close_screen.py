"""Closing the shift: the X report so far, the drawer counted by note and coin, expected vs
counted and over/short live, then the Z report printed, saved as PDF, and the user signed out.

The shift service does the sums that count and enforces the over/short limit: when it answers
"manager approval needed" the approval dialog opens and the close is retried with the approver.
The live figures here are a preview of the same subtraction (counted - expected).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import ApprovalRequired, DomainError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.permissions import Permission
from pos_desktop.reports.shift_report_pdf import save_shift_report_pdf
from pos_desktop.reports.shift_report_rows import over_short_word
from pos_desktop.services.context import Actor, Changes, ServiceContext
from pos_desktop.services.settings import OVER_SHORT_LIMIT, get_int
from pos_desktop.services.shifts import ShiftCloseResult, close_shift
from pos_desktop.ui.approval_dialog import ApprovalDialog, ask_approval
from pos_desktop.ui.backup_controller import backup_after_shift_close
from pos_desktop.ui.cash_count import DenominationCount
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import qt_translate
from pos_desktop.ui.print_hooks import queue_shift_report
from pos_desktop.ui.report_view import LoadedReport, ShiftReportView, load_report
from pos_desktop.ui.session import sign_out
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shortcuts import key_for
from pos_desktop.ui.tasks import DB
from pos_desktop.ui.unsynced_warning import CLOSE_SHIFT, confirm_unsynced_sales

BUTTON_HEIGHT = 48
FILES = "files"  # lane for writing report files


@dataclass(frozen=True, slots=True)
class _Reading:
    loaded: LoadedReport
    limit_minor: int


def _read(ctx: ServiceContext, actor: Actor) -> _Reading:
    loaded = load_report(ctx, actor, "X")
    with ctx.db.read() as s:
        limit = get_int(s, ctx, OVER_SHORT_LIMIT)
    return _Reading(loaded, limit)


class ShiftCloseScreen(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.currency = ui.ctx.terminal.currency
        self.expected: Money | None = None
        self.limit_minor = 0
        self.approval: ApprovalDialog | None = None  # the open approval request, if any
        self.last_close: ShiftCloseResult | None = None
        self.last_pdf: Path | None = None
        self._busy = False

        self.report_view = ShiftReportView()
        refresh = QPushButton(self.tr("Refresh X report"))
        refresh.setObjectName("refreshXReport")
        refresh.setMinimumHeight(BUTTON_HEIGHT)
        refresh.clicked.connect(self.refresh)
        print_x = QPushButton(self.tr("Print X report"))
        print_x.setObjectName("printXReport")
        print_x.setMinimumHeight(BUTTON_HEIGHT)
        print_x.clicked.connect(self._print_x)
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(refresh)
        report_buttons.addWidget(print_x)
        report_box = QGroupBox(self.tr("X report (the shift so far)"))
        report_layout = QVBoxLayout(report_box)
        report_layout.addWidget(self.report_view, 1)
        report_layout.addLayout(report_buttons)

        self.count = DenominationCount(self.currency)
        self.count.total_changed.connect(self._update_figures)
        self.expected_label = self._figure("expectedCash")
        self.counted_label = self._figure("countedCash")
        self.over_short_label = self._figure("overShort")
        self.over_short_name = QLabel(over_short_word(0, qt_translate))
        self.approval_hint = QLabel()
        self.approval_hint.setObjectName("approvalHint")
        self.approval_hint.setWordWrap(True)
        figures = QFormLayout()
        figures.addRow(self.tr("Expected in drawer"), self.expected_label)
        figures.addRow(self.tr("Counted"), self.counted_label)
        figures.addRow(self.over_short_name, self.over_short_label)

        self.note = QLineEdit()
        self.note.setObjectName("closeNote")
        self.note.setPlaceholderText(self.tr("note (optional): why the drawer is over or short"))
        self.note.setMaxLength(500)
        self.note.setMinimumHeight(BUTTON_HEIGHT)

        self.close_button = QPushButton(self.tr("Close shift and print Z report"))
        self.close_button.setObjectName("closeShift")
        self.close_button.setMinimumHeight(BUTTON_HEIGHT)
        self.close_button.clicked.connect(lambda: self.close_shift())
        back = QPushButton(self.tr("Back to selling"))
        back.setObjectName("backToSell")
        back.setMinimumHeight(BUTTON_HEIGHT)
        back.clicked.connect(lambda: self.shell.show_screen("sell"))
        actions = QHBoxLayout()
        actions.addWidget(back)
        actions.addWidget(self.close_button, 1)

        self.error = QLabel()
        self.error.setObjectName("shiftCloseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        count_box = QGroupBox(self.tr("Count the drawer"))
        count_layout = QVBoxLayout(count_box)
        count_layout.addWidget(self.count)
        count_layout.addLayout(figures)
        count_layout.addWidget(self.approval_hint)
        count_layout.addWidget(self.note)
        count_layout.addWidget(self.error)
        count_layout.addStretch(1)
        count_layout.addLayout(actions)

        layout = QHBoxLayout(self)
        layout.addWidget(report_box, 5)
        layout.addWidget(count_box, 6)

        confirm = QShortcut(QKeySequence(key_for("shift_close.confirm")), self)
        confirm.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        confirm.activated.connect(lambda: self.close_shift())
        self._update_figures(self.count.total())

    def _figure(self, name: str) -> QLabel:
        label = QLabel("-")
        label.setObjectName(name)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        label.setFont(font)
        return label

    # -- screen life -----------------------------------------------------------------------
    def on_shown(self) -> None:
        self.error.clear()
        self.count.clear()
        self.note.clear()
        self._set_busy(False)
        self.refresh()
        self.count.first_field().setFocus()

    def on_changed(self, changes: Changes) -> None:
        # A sale or cash movement changes what the drawer should hold.
        if (
            self.isVisible()
            and not self._busy
            and changes.entities & {"sales", "payments", "cash_movements"}
        ):
            self.refresh()

    def refresh(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        ctx = self.ui.ctx
        self.ui.run(lambda: _read(ctx, actor), self._read_done, self._show_failure, lane="read")

    def _read_done(self, reading: _Reading) -> None:
        self.report_view.show_report(reading.loaded)
        self.expected = Money(reading.loaded.report.expected_cash_minor, self.currency)
        self.limit_minor = reading.limit_minor
        self._update_figures(self.count.total())

    def _money(self, money: Money) -> str:
        return f"{money.currency} {format_amount(money)}"

    def _update_figures(self, counted: Money) -> None:
        self.counted_label.setText(self._money(counted))
        if self.expected is None:
            self.expected_label.setText("-")
            self.over_short_label.setText("-")
            return
        self.expected_label.setText(self._money(self.expected))
        over = counted - self.expected
        self.over_short_name.setText(over_short_word(over.minor, qt_translate))
        self.over_short_label.setText(self._money(over))
        colour = "#1b5e20" if over.minor == 0 else "#b00020" if over.minor < 0 else "#e65100"
        self.over_short_label.setStyleSheet(f"color: {colour};")
        if abs(over.minor) > self.limit_minor:
            limit = self._money(Money(self.limit_minor, self.currency))
            self.approval_hint.setText(
                self.tr("Beyond the {} limit: a manager must approve this count.").format(limit)
            )
        else:
            self.approval_hint.setText("")

    # -- closing ---------------------------------------------------------------------------
    def close_shift(self, approver: Actor | None = None) -> None:
        actor = self.ui.actor
        if actor is None or self._busy:
            return
        if approver is None:  # the first press (a retry with an approver was asked already)
            # On an enrolled terminal, say first when sales have not reached HQ yet.
            confirm_unsynced_sales(
                self.ui, self, lambda: self._close(actor, None), action=CLOSE_SHIFT
            )
            return
        self._close(actor, approver)

    def _close(self, actor: Actor, approver: Actor | None) -> None:
        if self._busy:
            return
        counts = self.count.counts()
        note = self.note.text().strip() or None
        ctx = self.ui.ctx
        self._set_busy(True)
        self.error.clear()
        self.ui.run(
            lambda: close_shift(ctx, actor, counts, approver, note=note),
            self._closed,
            self._close_failed,
            lane=DB,
        )

    def _close_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ApprovalRequired):
            self.approval = ask_approval(
                self.ui,
                self,
                Permission.APPROVE_OVER_SHORT,
                self._approval_text(),
                self.close_shift,
                self._approval_cancelled,
            )
            return
        self._show_failure(error)

    def _approval_text(self) -> str:
        # Whole sentences per case: a translated "over" cannot be lower-cased into another one.
        gap = self.count.total() - self.expected if self.expected is not None else None
        if gap is not None and gap.minor > 0:
            text = self.tr(
                "The drawer is over by {}. A manager must approve closing with this count."
            )
        else:
            text = self.tr(
                "The drawer is short by {}. A manager must approve closing with this count."
            )
        return text.format(self._gap_text())

    def _gap_text(self) -> str:
        if self.expected is None:
            return ""
        gap = self.count.total() - self.expected
        return self._money(Money(abs(gap.minor), gap.currency))

    def _approval_cancelled(self) -> None:
        self.approval = None
        self.error.setText(self.tr("Not closed: the over/short needs a manager's approval."))

    def _closed(self, result: ShiftCloseResult) -> None:
        self._set_busy(False)
        self.approval = None
        self.last_close = result
        queue_shift_report(self.ui, result.report)
        ctx, data_dir = self.ui.ctx, self.ui.services.paths.data_dir
        z, over = result.z_report_number, result.over_short
        if over.minor > 0:
            summary = self.tr("Shift closed: Z report {}, over by {}.").format(z, self._money(over))
        elif over.minor < 0:
            summary = self.tr("Shift closed: Z report {}, short by {}.").format(
                z, self._money(Money(-over.minor, over.currency))
            )
        else:
            summary = self.tr("Shift closed: Z report {}, the drawer balanced.").format(z)

        def saved(path: Path) -> None:
            self.last_pdf = path
            self.ui.message.emit("info", summary + " " + self.tr("Saved as {}").format(path))

        def not_saved(error: BaseException) -> None:
            self.ui.message.emit(
                "error", summary + " " + self.tr("The PDF could not be saved: {}").format(error)
            )

        self.ui.run(
            lambda: save_shift_report_pdf(ctx, result.report, data_dir),
            saved,
            not_saved,
            lane=FILES,
        )
        self.ui.message.emit("info", summary)
        backup_after_shift_close(self.ui)  # after the commit; a failure is only a warning
        sign_out(self.ui, self.shell)

    def _show_failure(self, error: BaseException) -> None:
        self.error.setText(error.message if isinstance(error, DomainError) else str(error))

    def _print_x(self) -> None:
        loaded = self.report_view.loaded
        if loaded is not None:
            queue_shift_report(self.ui, loaded.report)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.close_button.setEnabled(not busy)
