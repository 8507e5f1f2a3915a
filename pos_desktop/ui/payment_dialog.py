"""Taking the money: cash with quick-tender notes and change due, card with the terminal's
reference, bank transfer / COD / PayHere / LankaQR with a reference (the service records them
as pending verification), loyalty points when a customer is attached, and any mix of them.

Completing runs the checkout on the "db" lane against the cart frozen when the dialog opened
(``TillSession.begin_payment``): the sale commits first; only then are the receipt and (for
cash) the drawer kick queued for the printer, so a printer problem can never undo a sale. The
dialog then shows the change due in large type while the till is already cleared for the next
customer. A refused checkout shows the reason and leaves the cart as it was. The complete
button is disabled while the checkout runs, and the checkout is idempotent on the cart id, so
Enter pressed twice never makes two sales.

Keyboard: type the amount and press Enter (an empty amount is the exact amount due); a
tender that covers the sale completes it. Quick-tender buttons add cash and complete when
covered.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import InvalidOperation
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.services.checkout import CheckoutResult
from pos_desktop.services.context import Changes
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.print_queue import ENTITY as PRINT_ENTITY
from pos_desktop.services.print_queue import PrintJobView, QueuedJobs
from pos_desktop.services.till import TillSession, checkout_cart, print_jobs, queue_receipt
from pos_desktop.store.models.printing import PrintJobKind, PrintJobStatus
from pos_desktop.store.models.sales import PaymentMethodCode as M
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import current_language, money_with_symbol
from pos_desktop.ui.tasks import DB

MIN_HEIGHT: Final = 48
QUICK_NOTES: Final = (100, 500, 1000, 2000, 5000)  # LKR notes
READ: Final = "read"
REFERENCE_METHODS: Final = frozenset({M.CARD, M.BANK_TRANSFER, M.COD, M.PAYHERE, M.LANKAQR})


@dataclass(frozen=True, slots=True)
class Tender:
    """A tender as entered: ``amount_minor`` is money (points: their value), ``points`` for
    a loyalty tender."""

    method: str
    amount_minor: int
    reference: str | None = None
    points: int | None = None

    def request(self) -> PaymentRequest:
        if self.method == M.LOYALTY_POINTS:
            return PaymentRequest(self.method, 0, None, self.points)
        return PaymentRequest(self.method, self.amount_minor, self.reference)


def _big(widget: QLabel, factor: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    widget.setFont(font)


class PaymentDialog(QDialog):
    completed = Signal(object)  # CheckoutResult, as soon as the sale is committed

    def __init__(self, ui: UiContext, till: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.till = till
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Payment"))
        self.setMinimumSize(720, 560)
        totals = till.totals()
        self.currency = totals.currency
        self.due = totals.grand_total.minor
        self.points_allowed = till.redeemable_points(totals)
        self.cart = till.begin_payment()  # frozen: the sale paid is the sale shown
        self.tenders: list[Tender] = []
        self.sale: CheckoutResult | None = None
        self._running = False
        self._print_jobs: tuple[str, ...] = ()
        self.method: str = M.CASH.value

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_entry())
        self.pages.addWidget(self._build_done())
        QVBoxLayout(self).addWidget(self.pages)
        self._select(M.CASH.value)
        self._refresh()

    # -- layout ------------------------------------------------------------------------
    def _money(self, minor: int) -> str:
        return money_with_symbol(Money(minor, self.currency))

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(MIN_HEIGHT)
        button.setAutoDefault(False)
        return button

    def _build_entry(self) -> QWidget:
        page = QWidget()
        self.due_label = QLabel(self.tr("Total due {}").format(self._money(self.due)))
        self.due_label.setObjectName("payDue")
        _big(self.due_label, 1.8)
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("payRemaining")
        _big(self.remaining_label, 1.3)
        self.change_label = QLabel()
        self.change_label.setObjectName("payChange")
        _big(self.change_label, 1.3)
        self.change_label.setStyleSheet("color: #1b5e20;")

        methods = QGridLayout()
        self.method_group = QButtonGroup(self)
        checked = "QPushButton:checked { background: #1565c0; color: white; font-weight: bold; }"
        self.method_group.setExclusive(True)
        names = [
            (M.CASH, self.tr("Cash")),
            (M.CARD, self.tr("Card")),
            (M.LANKAQR, self.tr("LankaQR")),
            (M.PAYHERE, self.tr("PayHere")),
            (M.BANK_TRANSFER, self.tr("Bank transfer")),
            (M.COD, self.tr("Cash on delivery")),
        ]
        if self.points_allowed > 0:
            names.append((M.LOYALTY_POINTS, self.tr("Points")))
        self.method_buttons: dict[str, QPushButton] = {}
        for i, (code, text) in enumerate(names):
            button = self._button(text, f"payMethod_{code.value}")
            button.setCheckable(True)
            button.setStyleSheet(checked)
            button.clicked.connect(lambda _=False, c=code.value: self._select(c))
            self.method_group.addButton(button)
            methods.addWidget(button, i // 4, i % 4)
            self.method_buttons[code.value] = button

        self.amount = QLineEdit()
        self.amount.setObjectName("payAmount")
        self.amount.setMinimumHeight(MIN_HEIGHT)
        self.amount.setMaxLength(16)
        self.reference = QLineEdit()
        self.reference.setObjectName("payReference")
        self.reference.setMinimumHeight(MIN_HEIGHT)
        self.reference.setMaxLength(128)
        self.reference.setPlaceholderText(self.tr("Reference (terminal slip, transaction id)"))
        self.add_button = self._button(self.tr("Add"), "payAdd")
        self.add_button.clicked.connect(self.add_tender)
        entry = QHBoxLayout()
        entry.addWidget(self.amount, 2)
        entry.addWidget(self.reference, 3)
        entry.addWidget(self.add_button)

        self.quick = QWidget()
        quick = QHBoxLayout(self.quick)
        quick.setContentsMargins(0, 0, 0, 0)
        exact = self._button(self.tr("Exact"), "payQuick_exact")
        exact.clicked.connect(lambda: self.quick_tender(None))
        quick.addWidget(exact)
        for note in QUICK_NOTES:
            button = self._button(f"{note:,}", f"payQuick_{note}")
            button.clicked.connect(lambda _=False, n=note: self.quick_tender(n * 100))
            quick.addWidget(button)

        self.tenders_title = QLabel(self.tr("Tenders"))
        self.tender_list = QListWidget()
        self.tender_list.setObjectName("payTenders")
        self.tender_list.setStyleSheet("QListWidget::item { padding: 6px; }")
        self.remove_button = self._button(self.tr("Remove tender"), "payRemoveTender")
        self.remove_button.clicked.connect(self.remove_tender)

        self.error = QLabel()
        self.error.setObjectName("payError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        self.complete_button = self._button(self.tr("Complete sale (Enter)"), "payComplete")
        self.complete_button.clicked.connect(self.complete)
        self.cancel_button = self._button(self.tr("Cancel (Esc)"), "payCancel")
        self.cancel_button.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.complete_button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.due_label)
        figures = QHBoxLayout()
        figures.addWidget(self.remaining_label)
        figures.addStretch(1)
        figures.addWidget(self.change_label)
        layout.addLayout(figures)
        layout.addLayout(methods)
        layout.addLayout(entry)
        layout.addWidget(self.quick)
        layout.addWidget(self.tenders_title)
        layout.addWidget(self.tender_list, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        return page

    def _build_done(self) -> QWidget:
        page = QWidget()
        self.done_change = QLabel()
        self.done_change.setObjectName("payDoneChange")
        self.done_change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(self.done_change, 3.0)
        self.done_change.setStyleSheet("color: #1b5e20;")
        self.done_summary = QLabel()
        self.done_summary.setObjectName("payDoneSummary")
        self.done_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_summary.setWordWrap(True)
        _big(self.done_summary, 1.2)
        self.print_status = QLabel(self.tr("Queueing the receipt…"))
        self.print_status.setObjectName("payPrintStatus")
        self.print_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_status.setWordWrap(True)
        self.done_button = self._button(self.tr("Next customer (Enter)"), "payDone")
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_change)
        layout.addWidget(self.done_summary)
        layout.addWidget(self.print_status)
        layout.addStretch(1)
        layout.addWidget(self.done_button)
        return page

    # -- tenders -------------------------------------------------------------------------
    def _select(self, method: str) -> None:
        self.method = method
        button = self.method_buttons.get(method)
        if button is not None:
            button.setChecked(True)
        needs_reference = method in REFERENCE_METHODS
        self.reference.setVisible(needs_reference)
        self.quick.setVisible(method == M.CASH)
        if method == M.LOYALTY_POINTS:
            most = self._points_left()
            self.amount.setPlaceholderText(self.tr("Points (up to {})").format(most))
            self.amount.setText(str(most) if most > 0 else "")
        elif method == M.CASH:
            self.amount.setPlaceholderText(self.tr("Cash received (empty: exact)"))
            self.amount.clear()
        else:
            self.amount.setPlaceholderText(self.tr("Amount"))
            left = max(self._remaining(), 0)
            self.amount.setText(format_amount(Money(left, self.currency)) if left else "")
        self.reference.clear()
        (self.reference if needs_reference and self.amount.text() else self.amount).setFocus()

    def _non_cash(self) -> int:
        return sum(t.amount_minor for t in self.tenders if t.method != M.CASH)

    def _cash(self) -> int:
        return sum(t.amount_minor for t in self.tenders if t.method == M.CASH)

    def _remaining(self) -> int:
        return self.due - self._non_cash() - self._cash()

    def _points_left(self) -> int:
        used = sum(t.points or 0 for t in self.tenders if t.method == M.LOYALTY_POINTS)
        loyalty = self.till.loyalty
        if used or loyalty is None:
            return 0  # one points tender per sale
        most = min(
            self.points_allowed,
            (self.due - self._non_cash()) // max(1, loyalty.policy.point_value_minor),
        )
        return most if most >= loyalty.policy.min_redeem_points else 0

    @property
    def covered(self) -> bool:
        return self._remaining() <= 0

    def _parse(self) -> Tender | None:
        text = self.amount.text().strip().replace(",", "")
        method = self.method
        if method == M.LOYALTY_POINTS:
            loyalty = self.till.loyalty
            if loyalty is None or not text.isdigit() or int(text) <= 0:
                raise DomainError(self.tr("Enter the number of points to redeem."))
            points = int(text)
            if points > self._points_left():
                raise DomainError(
                    self.tr("At most {} points can be redeemed on this sale.").format(
                        self._points_left()
                    )
                )
            return Tender(method, loyalty.value_of(points).minor, None, points)
        if not text:  # empty: the exact amount still due
            amount = self._remaining()
            if amount <= 0:
                return None
        else:
            try:
                amount = Money.of(text, self.currency).minor
            except (ValueError, InvalidOperation) as exc:
                raise DomainError(self.tr("{} is not an amount.").format(text)) from exc
        if amount <= 0:
            raise DomainError(self.tr("The amount must be more than zero."))
        if method != M.CASH and amount > self.due - self._non_cash():
            raise DomainError(
                self.tr("Only cash can be more than what is due: at most {}.").format(
                    self._money(max(self.due - self._non_cash(), 0))
                )
            )
        reference = self.reference.text().strip() or None
        if method in REFERENCE_METHODS and reference is None:
            self.reference.setFocus()
            raise DomainError(self.tr("Enter the reference (terminal slip or transaction id)."))
        return Tender(method, amount, reference)

    def add_tender(self) -> bool:
        """Add what is typed as a tender; True if one was added."""
        if self._running or self.sale is not None:
            return False
        try:
            tender = self._parse()
        except DomainError as exc:
            self._show_error(exc.message)
            return False
        if tender is None:
            return False
        self._add(tender)
        return True

    def _add(self, tender: Tender) -> None:
        if tender.method == M.CASH:  # one cash tender: notes handed over add up
            cash = self._cash() + tender.amount_minor
            self.tenders = [t for t in self.tenders if t.method != M.CASH]
            tender = Tender(M.CASH.value, cash)
        self.tenders.append(tender)
        self.error.hide()
        self._refresh()
        self._select(M.CASH.value if not self.covered else self.method)

    def quick_tender(self, amount_minor: int | None) -> None:
        """A cash note (or the exact amount, None); completes the sale once it is covered."""
        if self._running or self.sale is not None:
            return
        left = self._remaining()
        amount = left if amount_minor is None else amount_minor
        if amount > 0:
            self._add(Tender(M.CASH.value, amount))
        if self.covered:
            self.complete()

    def remove_tender(self) -> None:
        row = self.tender_list.currentRow()
        if self._running or row < 0 or row >= len(self.tenders):
            return
        del self.tenders[row]
        self._refresh()

    def enter(self) -> None:
        """Enter: add what is typed; complete when the sale is covered."""
        if self._running:
            return
        if self.sale is not None:
            self.accept()
            return
        if self.amount.text().strip() or not self.covered:
            self.add_tender()
        if self.covered:
            self.complete()

    def _refresh(self) -> None:
        self.tender_list.clear()
        names = {code: button.text() for code, button in self.method_buttons.items()}
        for t in self.tenders:
            text = f"{names.get(t.method, t.method)}   {self._money(t.amount_minor)}"
            if t.points:
                text += "   " + self.tr("({} points)").format(t.points)
            if t.reference:
                text += f"   ref {t.reference}"
            self.tender_list.addItem(text)
        remaining = self._remaining()
        if remaining > 0:
            self.remaining_label.setText(self.tr("Remaining {}").format(self._money(remaining)))
            self.change_label.clear()
        else:
            self.remaining_label.setText(self.tr("Paid"))
            self.change_label.setText(self.tr("Change {}").format(self._money(-remaining)))
        self.complete_button.setEnabled(self.covered and not self._running)
        self.remove_button.setEnabled(bool(self.tenders) and not self._running)

    # -- completing ----------------------------------------------------------------------
    def complete(self) -> None:
        if self._running or self.sale is not None or not self.covered:
            return
        actor = self.ui.actor
        if actor is None:
            self._show_error(self.tr("Nobody is signed in."))
            return
        self._running = True
        self._set_inputs(False)
        self.error.hide()
        ctx, cart, approver = self.ui.ctx, self.cart, self.till.approver
        requests = [t.request() for t in self.tenders]
        self.ui.run(
            lambda: checkout_cart(ctx, actor, cart, requests, approver),
            self._committed,
            self._refused,
            lane=DB,
        )

    def _set_inputs(self, on: bool) -> None:
        for widget in (
            self.amount,
            self.reference,
            self.add_button,
            self.quick,
            self.cancel_button,
        ):
            widget.setEnabled(on)
        for button in self.method_buttons.values():
            button.setEnabled(on)
        self._refresh()

    def _committed(self, result: CheckoutResult) -> None:
        self._running = False
        self.sale = result
        self.till.complete_sale(result)  # the till is ready for the next customer now
        self.completed.emit(result)
        change = Money(result.change_minor, result.currency)
        self.done_change.setText(self.tr("Change {}").format(self._money(change.minor)))
        summary = self.tr("Receipt {number} · total {total}").format(
            number=result.receipt_number, total=self._money(result.total_minor)
        )
        if result.pending_verification_minor:
            summary += "\n" + self.tr("{} awaits verification").format(
                self._money(result.pending_verification_minor)
            )
        if result.points_earned:
            summary += "\n" + self.tr("Points earned {}").format(result.points_earned)
        self.done_summary.setText(summary)
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()
        actor, ctx, language = self.ui.actor, self.ui.ctx, current_language()
        self.ui.run(
            lambda: queue_receipt(ctx, actor, result.sale_id, language=language),
            self._queued,
            self._print_failed,
            lane=DB,
        )

    def _queued(self, jobs: QueuedJobs) -> None:
        self._print_jobs = jobs.job_ids
        self.print_status.setText(self.tr("Receipt sent to the printer…"))
        worker = getattr(self.ui.hardware, "print_worker", None)
        if worker is not None:
            worker.wake()  # print now rather than at the worker's next look at the queue
        self.ui.changed.connect(self._print_changed)

    def _print_changed(self, changes: Changes) -> None:
        """The print worker reported on a job: say whether the receipt came out."""
        if not changes.touches(PRINT_ENTITY) or not changes.ids & set(self._print_jobs):
            return
        ctx, ids = self.ui.ctx, self._print_jobs
        self.ui.run(lambda: print_jobs(ctx, ids), self._show_print, lambda _e: None, lane=READ)

    def _show_print(self, jobs: list[PrintJobView]) -> None:
        receipt = [j for j in jobs if j.kind != PrintJobKind.DRAWER_KICK.value]
        if not receipt:
            return
        job = receipt[0]
        if job.status == PrintJobStatus.DONE.value:
            self.print_status.setText(self.tr("Receipt printed."))
        elif job.status == PrintJobStatus.FAILED.value or job.attempts > 0:
            self.print_status.setText(
                self.tr(
                    "Receipt queued — the printer is not ready ({}). The sale is saved; "
                    "reprint from the Till menu if it does not print."
                ).format(job.last_error or self.tr("no answer"))
            )

    def _print_failed(self, error: BaseException) -> None:
        reason = error.message if isinstance(error, DomainError) else str(error)
        self.print_status.setText(
            self.tr(
                "Receipt not queued ({}). The sale is saved: reprint from the Till menu."
            ).format(reason)
        )

    def _refused(self, error: BaseException) -> None:
        self._running = False
        self._set_inputs(True)
        reason = error.message if isinstance(error, DomainError) else str(error)
        self._show_error(self.tr("Not completed: {}").format(reason))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self._running:
            return  # the checkout's answer must be seen: never close under it
        if self.sale is not None:
            self.accept()
            return
        self.till.end_payment()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter()
            return
        super().keyPressEvent(event)
