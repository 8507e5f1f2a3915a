"""Changing lines on the sell screen: quantity and weight (F7), line discount (F8), removing a
line (Del) or every line (void the sale in progress).

Rules come from the TillSession (core rules, the actor's limits); this module only gathers the
input and asks a manager when the session says so (``ask_approval``: username and PIN over the
cashier's session). Taking something off the sale is audited first, on the "db" lane, and
comes off the cart only once the audit row is written, so no removal goes unrecorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from pos_desktop.core.cart import CartLine
from pos_desktop.core.discounts import Discount, amount_off, percent_off
from pos_desktop.core.errors import ApprovalRequired, DomainError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import parse_quantity
from pos_desktop.services.context import Actor, Changes
from pos_desktop.services.till import DiscountStatus, audit_removal
from pos_desktop.ui.approval_dialog import ask_approval
from pos_desktop.ui.tasks import DB

if TYPE_CHECKING:
    from pos_desktop.ui.sell_screen import SellScreen


def parse_discount(text: str, currency: str) -> Discount | None:
    """ "10%" is a percentage, "150" or "150.00" an amount, "" clears the discount."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    if text.endswith("%"):
        return percent_off(text[:-1])
    try:
        return amount_off(Money.of(text, currency))
    except (ValueError, ArithmeticError) as exc:
        raise ValidationError(f"not a discount: {text!r} (type 10% or an amount)") from exc


class LineEditing(QObject):
    def __init__(self, screen: SellScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ui = screen.ui
        self.till = screen.till
        self._removing: set[str] = set()  # lines whose removal is being audited
        # The line F7 put in the quantity field; None while the field holds a quantity for
        # the next product chosen ("3", then the product).
        self.editing_line: str | None = None
        screen.quantity.returnPressed.connect(self.apply_quantity)
        screen.quantity.textChanged.connect(self._quantity_text)
        screen.discount.returnPressed.connect(self.apply_discount)

    @property
    def busy(self) -> bool:
        """A removal is being audited: the sale must not be paid or held under it."""
        return bool(self._removing)

    def _error(self, error: BaseException) -> None:
        self.screen.feedback.error(getattr(error, "message", None) or str(error))

    def _line(self) -> CartLine | None:
        line_id = self.screen.selected_line_id()
        if line_id is None:
            self.screen.feedback.error(self.tr("There is no line to change: scan an item first."))
            return None
        return self.till.cart.line(line_id)

    def _done_editing(self) -> None:
        self.screen.search.focus()

    # -- quantity ------------------------------------------------------------------------
    def _quantity_text(self, text: str) -> None:
        if not text:
            self.editing_line = None

    def focus_quantity(self) -> None:
        line = self._line()
        if line is None:
            return
        field = self.screen.quantity
        field.setText(f"{line.quantity:.3f}" if line.weighed else str(int(line.quantity)))
        self.editing_line = line.line_id
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def ask_weight(self, name: str) -> None:
        """A weighed product went on with 1 kg: ask for the real weight."""
        self.focus_quantity()
        self.screen.feedback.notify(
            self.tr("Weigh {}: type the weight in kg and press Enter.").format(name), "warning"
        )

    def apply_quantity(self) -> None:
        field = self.screen.quantity
        text = field.text().strip()
        if not text:
            return
        line: CartLine | None = None
        if self.editing_line is not None:  # F7's line, even if a scan selected another since
            line = next((ln for ln in self.till.lines if ln.line_id == self.editing_line), None)
        line = line or self._line()
        if line is None:
            return
        try:
            wanted = parse_quantity(text, allow_zero=True)
            if wanted < line.quantity:
                field.clear()
                self.remove(line.line_id, quantity=text)
                self._done_editing()
                return
            change = self.till.set_quantity(line.line_id, text)
        except DomainError as exc:
            self._error(exc)
            field.selectAll()
            return
        field.clear()
        self.screen.cart_changed(change)
        self._done_editing()

    # -- discount ------------------------------------------------------------------------
    def focus_discount(self) -> None:
        if self._line() is None:
            return
        self.screen.discount.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.screen.discount.selectAll()

    def apply_discount(self) -> None:
        line = self._line()
        if line is None:
            return
        try:
            discount = parse_discount(self.screen.discount.text(), self.till.currency)
        except DomainError as exc:
            self._error(exc)
            return
        self.give_discount(line.line_id, discount)

    def give_discount(
        self, line_id: str, discount: Discount | None, approver: Actor | None = None
    ) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        try:
            outcome = self.till.set_line_discount(actor, line_id, discount, approver)
        except DomainError as exc:
            self._error(exc)
            return
        if outcome.status is DiscountStatus.NEEDS_APPROVAL:
            reason = self.tr(
                "A discount of {percent}% is above {name}'s limit of {limit}%."
            ).format(percent=outcome.percent, name=actor.name, limit=outcome.limit)
            ask_approval(
                self.ui,
                self.screen,
                Permission.APPROVE_DISCOUNT,
                reason,
                lambda manager: self.give_discount(line_id, discount, manager),
            )
            return
        assert outcome.change is not None
        self.screen.discount.clear()
        self.screen.cart_changed(outcome.change)
        self._done_editing()

    # -- removing ------------------------------------------------------------------------
    def remove_selected(self) -> None:
        line = self._line()
        if line is not None:
            self.remove(line.line_id)

    def remove(
        self, line_id: str, *, quantity: str | None = None, approver: Actor | None = None
    ) -> None:
        """Take a line (or, with ``quantity``, part of it) off: audited first, then removed."""
        actor = self.ui.actor
        if actor is None or line_id in self._removing:
            return
        try:
            removed = self.till.check_removal(actor, line_id, quantity=quantity, approver=approver)
        except ApprovalRequired as exc:
            ask_approval(
                self.ui,
                self.screen,
                Permission.REMOVE_CART_LINE,
                exc.message,
                lambda manager: self.remove(line_id, quantity=quantity, approver=manager),
            )
            return
        except DomainError as exc:
            self._error(exc)
            return
        ctx, cart_id = self.ui.ctx, self.till.cart.cart_id
        self._removing.add(line_id)

        def audited(_changes: Changes) -> None:
            self._removing.discard(line_id)
            try:
                change = self.till.apply_removal(removed)
            except DomainError:
                return  # the line went another way meanwhile (the sale was voided)
            self.screen.cart_changed(change)

        def failed(error: BaseException) -> None:
            self._removing.discard(line_id)
            self._error(error)

        self.ui.run(
            lambda: audit_removal(ctx, actor, cart_id, removed, approver=approver),
            audited,
            failed,
            lane=DB,
        )

    def remove_all(self, approver: Actor | None = None) -> None:
        """Void the sale in progress: every line audited (one transaction each), then a new
        empty sale."""
        actor = self.ui.actor
        lines = self.till.lines
        if actor is None or not lines or self._removing:
            return
        try:
            removed = [
                self.till.check_removal(actor, ln.line_id, approver=approver) for ln in lines
            ]
        except ApprovalRequired as exc:
            ask_approval(
                self.ui, self.screen, Permission.REMOVE_CART_LINE, exc.message, self.remove_all
            )
            return
        except DomainError as exc:
            self._error(exc)
            return
        ctx, cart_id = self.ui.ctx, self.till.cart.cart_id
        ids = {line.line_id for line in removed}
        self._removing |= ids

        def write() -> Changes:
            changes = Changes()
            for line in removed:
                changes = changes | audit_removal(
                    ctx, actor, cart_id, line, approver=approver, reason="sale voided"
                )
            return changes

        def audited(_changes: Changes) -> None:
            self._removing -= ids
            for line in removed:
                try:
                    self.till.apply_removal(line)
                except DomainError:
                    continue
            if self.till.is_empty:
                self.till.reset()  # a new sale: new cart id, no customer or coupon
            self.screen.cart_replaced()

        def failed(error: BaseException) -> None:
            self._removing -= ids
            self._error(error)
            self.screen.cart_replaced()  # some lines may be audited and still shown: fine

        self.ui.run(write, audited, failed, lane=DB)
