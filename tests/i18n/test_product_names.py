"""Product names in the cashier's language: search hits, scans and quick keys carry the
translated name (one extra indexed query), the catalog name stays what the ledger records."""

from __future__ import annotations

from pos_desktop.services.languages import localize_hits, translated_names
from pos_desktop.services.till_io import resolve, search
from pos_desktop.store.models import Translation
from tests.support.terminal import Terminal
from tests.till.shop import TillShop, build_shop

RICE_TA = "அரிசி 5kg"


def _translate(terminal: Terminal, shop: TillShop) -> None:
    with terminal.db.uow() as uow:
        org = terminal.ctx.terminal.organization_id
        uow.session.add(
            Translation(
                organization_id=org,
                resource="products",
                resource_id=shop.rice.product_id,
                field="name",
                language="ta",
                value=RICE_TA,
            )
        )
        uow.commit()


def test_search_and_scan_carry_the_translated_name(terminal: Terminal) -> None:
    shop = build_shop(terminal)
    _translate(terminal, shop)
    hits = search(terminal.ctx, "Rice", language="ta")
    rice = next(h for h in hits if h.product_id == shop.rice.product_id)
    assert rice.shown_name == RICE_TA and rice.name == "Rice 5kg"
    soap = search(terminal.ctx, "Soap", language="ta")[0]
    assert soap.display_name is None and soap.shown_name == "Soap bar"  # no translation
    english = search(terminal.ctx, "Rice", language="en")[0]
    assert english.display_name is None
    scanned = resolve(terminal.ctx, shop.rice.barcode or "", language="ta")
    assert scanned.action.hit.shown_name == RICE_TA  # type: ignore[union-attr]


def test_one_query_for_a_whole_list(terminal: Terminal) -> None:
    shop = build_shop(terminal)
    _translate(terminal, shop)
    statements: list[str] = []
    from sqlalchemy import event

    engine = terminal.db.engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        with terminal.db.read() as s:
            hits = localize_hits(s, terminal.ctx, [shop.rice, shop.soap, shop.tea], "ta")
            names = translated_names(s, terminal.ctx, "ta", [shop.rice.product_id, None])
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert [h.shown_name for h in hits] == [RICE_TA, "Soap bar", shop.tea.name]
    assert names == {shop.rice.product_id: RICE_TA}
    assert len([q for q in statements if "translations" in q]) == 2  # one per call
