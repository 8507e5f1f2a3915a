"""Two days of trading rung up through the real services, for the report tests.

Asia/Colombo (+05:30). Products: rice (VAT 18 %, cost 1,000.00), soap (VAT 18 %, no cost),
red dhal (weighed, EXEMPT). Day 1 (1 March 2025): a cash sale with change, a card + cash split
with weighed dhal, a LankaQR sale (pending verification), a cash sale voided five minutes later.
Day 2 (2 March): a return of one rice from the first sale (cash refund), and at 23:50 local time
a sale to a loyalty customer. Day 3 (3 March) 00:20 local, still 2 March in UTC: a soap sale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from pos_desktop.core.clock import fixed_clock
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.receipts import load_sale
from pos_desktop.services.returns import return_items
from pos_desktop.services.voids import void_sale
from pos_desktop.store.models.sales import PaymentMethodCode as M
from tests.sales.conftest import Shop, _build
from tests.support.terminal import Terminal

COLOMBO = ZoneInfo("Asia/Colombo")


def local(day: int, hour: int, minute: int) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=COLOMBO)


@dataclass
class Scenario:
    shop: Shop
    sales: list[CheckoutResult] = field(default_factory=list)
    voided: str = ""
    returned: str = ""


def at(shop: Shop, moment: datetime) -> ServiceContext:
    ctx = shop.term.ctx
    return ServiceContext(db=ctx.db, terminal=ctx.terminal, clock=fixed_clock(moment))


def build_scenario(term: Terminal) -> Scenario:
    shop = _build(term)
    sc = Scenario(shop)
    cashier, manager = term.cashier, term.manager

    def sell(moment: datetime, cart: object, pays: list[PaymentRequest]) -> CheckoutResult:
        result = checkout(at(shop, moment), cashier, cart, pays)  # type: ignore[arg-type]
        sc.sales.append(result)
        return result

    first = sell(
        local(1, 10, 15),
        shop.cart((shop.rice, 2), (shop.soap, 3)),
        [PaymentRequest(M.CASH, 3000_00)],
    )
    dhal = shop.cart((shop.dhal, "0.750"), (shop.rice, 1))  # 360.00 + 1,250.00
    sell(
        local(1, 11, 40),
        dhal,
        [PaymentRequest(M.CARD, 1000_00, reference="AUTH-77"), PaymentRequest(M.CASH, 700_00)],
    )
    sell(local(1, 12, 5), shop.cart((shop.soap, 1)), [PaymentRequest(M.LANKAQR, 95_50, "LQR-1")])
    doomed = sell(local(1, 13, 0), shop.cart((shop.rice, 1)), [PaymentRequest(M.CASH, 1250_00)])
    void_sale(at(shop, local(1, 13, 5)), manager, doomed.receipt_number, "rang up twice")
    sc.voided = doomed.sale_id

    with term.db.read() as s:
        view = load_sale(s, first.receipt_number)
    rice_line = next(line.id for line in view.lines if line.name == "Rice 5kg")
    ret = return_items(
        at(shop, local(2, 9, 0)),
        manager,
        first.receipt_number,
        [(rice_line, 1, True)],
        "CASH",
        reason="torn bag",
    )
    sc.returned = ret.return_id
    loyal = shop.cart((shop.rice, 1))
    loyal.set_customer(shop.customer_id)
    sell(local(2, 23, 50), loyal, [PaymentRequest(M.CASH, 1250_00)])
    sell(local(3, 0, 20), shop.cart((shop.soap, 2)), [PaymentRequest(M.CASH, 200_00)])
    return sc
