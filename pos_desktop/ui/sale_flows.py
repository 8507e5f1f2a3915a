"""Whole-sale actions of the sell screen: hold, recall, void the sale in progress, reprint,
and paying (discount approval, a coupon quoted again, then the payment dialog).

Each one freezes the TillSession while its write runs on the "db" lane (``begin_hold``,
``begin_recall``, ``begin_payment``), so a scan meanwhile is refused with a message instead of
landing on a cart that is being parked, replaced or paid; a failure unfreezes it unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from pos_desktop.core.errors import ApprovalRequired, DomainError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.permissions import Permission
from pos_desktop.services.checkout import CheckoutResult
from pos_desktop.services.context import Actor
from pos_desktop.services.held_tickets import HoldResult
from pos_desktop.services.till import Recalled, hold_cart, recall_ticket, reprint_receipt
from pos_desktop.ui.approval_dialog import ask_approval
from pos_desktop.ui.held_dialog import HeldDialog
from pos_desktop.ui.payment_dialog import PaymentDialog
from pos_desktop.ui.tasks import DB

if TYPE_CHECKING:
    from pos_desktop.ui.sell_screen import SellScreen


class SaleFlows(QObject):
    def __init__(self, screen: SellScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ui = screen.ui
        self.till = screen.till
        self.payment: PaymentDialog | None = None

    def hold(self) -> None:
        actor = self.ui.actor
        if actor is None or self.screen.lines.busy:
            return
        try:
            cart = self.till.begin_hold()
        except DomainError as exc:
            self.screen.feedback.error(exc.message)
            return
        ctx = self.ui.ctx

        def failed(error: BaseException) -> None:
            self.till.unlock()
            self.screen.feedback.error(getattr(error, "message", None) or str(error))

        self.ui.run(lambda: hold_cart(ctx, actor, cart), self.held, failed, lane=DB)

    def show_held_tickets(self) -> HeldDialog:
        """The held tickets of this till (the shell's F6 calls this too)."""
        dialog = HeldDialog(self.ui, self.screen)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.recall_requested.connect(self.recall)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def recall(self, ticket_id: str) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        try:
            self.till.begin_recall()
        except DomainError as exc:
            self.screen.feedback.error(exc.message)
            return
        ctx = self.ui.ctx

        def recalled(result: Recalled) -> None:
            self.till.load_recalled(result.cart, result.customer, result.loyalty)
            self.screen.cart_replaced()
            if self.till.coupon is not None:  # quoted on another day: ask the rules again
                self.screen.apply_coupon(code=self.till.coupon.code)

        def failed(error: BaseException) -> None:
            self.till.unlock()
            self.screen.feedback.error(getattr(error, "message", None) or str(error))

        self.ui.run(lambda: recall_ticket(ctx, actor, ticket_id), recalled, failed, lane=DB)

    # -- void, reprint -------------------------------------------------------------------
    def void_sale(self) -> None:
        """Cancel the sale in progress: every line comes off (each one audited)."""
        if self.till.is_empty or self.till.paying:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Void sale"),
            self.tr("Take every item off this sale?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.screen,
        )
        box.setObjectName("sellVoidConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter alone never voids
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.accepted.connect(self.screen.lines.remove_all)
        box.finished.connect(box.deleteLater)
        box.open()

    def reprint_last(self) -> None:
        actor = self.ui.actor
        last = self.till.last_sale
        ctx = self.ui.ctx
        number = last.receipt_number if last is not None else None
        self.ui.run(
            lambda: reprint_receipt(ctx, actor, number),
            lambda _c: self.screen.feedback.notify(
                self.tr("Receipt copy queued for printing."), "info"
            ),
            self.screen.warn,
            lane=DB,
        )

    # -- paying ----------------------------------------------------------------------------
    def pay(self, approver: Actor | None = None) -> None:
        """F12: check discounts (a manager may be asked), re-check a coupon quoted on another
        basket, then open the payment dialog."""
        actor = self.ui.actor
        if actor is None or self.payment is not None or self.till.paying or self.screen.lines.busy:
            return
        if self.till.is_empty:
            self.screen.feedback.error(self.tr("The sale is empty: scan or add an item first."))
            return
        if approver is not None:
            self.till.approver = approver
        try:
            self.till.authorise(actor)
        except ApprovalRequired as exc:
            ask_approval(
                self.ui,
                self.screen,
                Permission.APPROVE_DISCOUNT,
                exc.message,
                lambda a: self.pay(a),
            )
            return
        except DomainError as exc:
            self.screen.feedback.error(exc.message)
            return
        if self.till.coupon_is_stale() and self.till.coupon is not None:
            self.screen.apply_coupon(then=self._open_payment, code=self.till.coupon.code)
            return
        self._open_payment()

    def _open_payment(self) -> None:
        if self.payment is not None or self.till.paying or self.till.is_empty:
            return
        dialog = PaymentDialog(self.ui, self.till, self.screen)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.completed.connect(self._sale_completed)
        dialog.finished.connect(lambda _r: self._payment_closed(dialog))
        self.payment = dialog
        dialog.open()

    def _sale_completed(self, result: CheckoutResult) -> None:
        self.screen.cart_replaced()
        total = Money(result.total_minor, result.currency)
        paid = Money(result.paid_minor + result.change_minor, result.currency)
        self.screen.customer_change.emit(total, paid, Money(result.change_minor, result.currency))
        self.screen.feedback.notify(
            self.tr("Sale {number} saved. Change {change}.").format(
                number=result.receipt_number,
                change=format_amount(Money(result.change_minor, result.currency)),
            ),
            "info",
        )

    def _payment_closed(self, dialog: PaymentDialog) -> None:
        if self.payment is dialog:
            self.payment = None
        dialog.deleteLater()
        self.screen.search.focus()

    def held(self, result: HoldResult) -> None:
        """A hold finished: the till starts a new sale."""
        self.till.reset()
        self.screen.cart_replaced()
        self.screen.feedback.notify(self.tr("Held as “{}”.").format(result.ticket.label), "info")
        self.screen.search.focus()
