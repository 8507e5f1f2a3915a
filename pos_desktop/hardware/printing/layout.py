"""Receipt document -> printable blocks (text lines, codes, cut) for one paper width.

Pure: no escpos, no Qt. ``render.py`` turns the blocks into ESC/POS bytes and decides which
text lines must go out as raster images (scripts the printer's code page cannot print).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Literal

from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.receipt import ReceiptDocument, ReceiptKind, ReceiptLine
from pos_desktop.hardware.printing.profiles import PaperProfile
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP, Translate, untranslated
from pos_desktop.i18n.payment_methods import method_label

Align = Literal["left", "center", "right"]


@dataclass(frozen=True, slots=True)
class Text:
    text: str  # may be longer than a line: the renderer wraps it (or rasterizes it whole)
    bold: bool = False
    double: bool = False  # double width and height (half as many characters per line)
    align: Align = "left"
    fallback: str | None = None  # printable stand-in when text needs a raster and none exists
    right: str | None = None  # a right-aligned column (an amount) on the same line as ``text``


@dataclass(frozen=True, slots=True)
class Barcode:
    data: str  # printed as CODE128


@dataclass(frozen=True, slots=True)
class QrCode:
    data: str


@dataclass(frozen=True, slots=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True, slots=True)
class Cut:
    pass


Block = Text | Barcode | QrCode | Feed | Cut


def columns(left: str, right: str, width: int) -> list[str]:
    """``left`` and ``right`` on one line of ``width``; right part on its own line if needed."""
    if len(left) + 1 + len(right) <= width:
        return [left + " " * (width - len(left) - len(right)) + right]
    return [*wrap(left, width), right.rjust(width)]


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, width, break_long_words=True) or [""])
    return lines


def rule(width: int, char: str = "-") -> Text:
    return Text(char * width)


def _amount(money: Money) -> str:
    return format_amount(money)


def _neg(money: Money) -> str:
    return "-" + format_amount(money)


def _quantity(line: ReceiptLine) -> str:
    if line.weighed:
        return f"{Decimal(line.quantity_milli).scaleb(-3):.3f} kg"
    q = line.quantity
    return f"{q:f}" if q == q.to_integral_value() else f"{q.normalize():f}"


def _pairs(rows: list[tuple[str, str]], width: int, *, bold: bool = False) -> list[Block]:
    out: list[Block] = []
    for left, right in rows:
        if left.isascii():
            out.extend(Text(t, bold=bold) for t in columns(left, right, width))
        else:
            # A translated label in a script the printer may not have: one block with the amount
            # apart, so the renderer can draw the label as an image and keep the amount in the
            # right-hand column (a text line padded with spaces would not align in an image).
            out.append(Text(left, bold=bold, right=right))
    return out


pair_blocks = _pairs  # (label, amount) rows as blocks, for the other printed documents


def _big_total(label: str, amount: str, paper: PaperProfile) -> list[Block]:
    half = paper.chars_per_line // 2
    if label.isascii() and len(label) + 1 + len(amount) <= half:
        return [Text(columns(label, amount, half)[0], bold=True, double=True)]
    return _pairs([(label, amount)], paper.chars_per_line, bold=True)


# Receipt words (context "Receipt"): lupdate extracts them, ``translate`` gives them in the
# receipt's language when the blocks are made.
CONTEXT: Final = "Receipt"
DEFAULT_FOOTER: Final = QT_TRANSLATE_NOOP("Receipt", "Thank you! Please come again.")
_TITLES: Final = {
    ReceiptKind.SALE: QT_TRANSLATE_NOOP("Receipt", "RECEIPT"),
    ReceiptKind.REFUND: QT_TRANSLATE_NOOP("Receipt", "REFUND"),
    ReceiptKind.VOID: QT_TRANSLATE_NOOP("Receipt", "VOID"),
}
# Loyalty tiers (core.loyalty.Tier values) as the receipt names them.
_TIERS: Final = {
    "BRONZE": QT_TRANSLATE_NOOP("Receipt", "Bronze"),
    "SILVER": QT_TRANSLATE_NOOP("Receipt", "Silver"),
    "GOLD": QT_TRANSLATE_NOOP("Receipt", "Gold"),
    "PLATINUM": QT_TRANSLATE_NOOP("Receipt", "Platinum"),
}


def receipt_blocks(
    doc: ReceiptDocument,
    paper: PaperProfile,
    *,
    copy: bool = False,
    translate: Translate = untranslated,
) -> list[Block]:
    """The receipt as blocks; its fixed words go through ``translate`` (context "Receipt")
    for ``doc.language`` (English when the caller has no catalogue to offer)."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    w = paper.chars_per_line
    cur = doc.currency
    out: list[Block] = []
    h = doc.header
    out.append(Text(h.store_name, bold=True, double=True, align="center"))
    phone = h.phone and tr(QT_TRANSLATE_NOOP("Receipt", "Tel: {phone}")).format(phone=h.phone)
    for extra in (h.address, phone, h.header_text):
        if extra:
            out.append(Text(extra, align="center"))
    if h.vat_registration_number:
        vat = tr(QT_TRANSLATE_NOOP("Receipt", "VAT Reg No: {number}"))
        out.append(Text(vat.format(number=h.vat_registration_number), align="center"))
    out.append(Feed())
    title = tr(_TITLES.get(doc.kind, doc.title)) + (
        tr(QT_TRANSLATE_NOOP("Receipt", " - COPY")) if copy else ""
    )
    out.append(Text(title, bold=True, double=doc.kind is not ReceiptKind.SALE, align="center"))
    m = doc.meta
    meta = [
        (tr(QT_TRANSLATE_NOOP("Receipt", "Receipt")), m.receipt_number),
        (tr(QT_TRANSLATE_NOOP("Receipt", "Date")), m.issued_at.strftime("%Y-%m-%d %H:%M")),
        (tr(QT_TRANSLATE_NOOP("Receipt", "Cashier")), m.cashier),
        (tr(QT_TRANSLATE_NOOP("Receipt", "Terminal")), m.terminal),
    ]
    if m.customer:
        meta.append((tr(QT_TRANSLATE_NOOP("Receipt", "Customer")), m.customer))
    if doc.original_receipt_number:
        meta.append(
            (tr(QT_TRANSLATE_NOOP("Receipt", "Original receipt")), doc.original_receipt_number)
        )
    out.extend(_pairs(meta, w))
    if doc.reason:
        out.append(
            Text(tr(QT_TRANSLATE_NOOP("Receipt", "Reason: {reason}")).format(reason=doc.reason))
        )
    out.append(rule(w))
    for line in doc.lines:
        out.append(Text(line.name, fallback=line.fallback_name))
        qty = f"  {_quantity(line)} x {_amount(line.unit_price)}"
        out.extend(_pairs([(qty, _amount(line.gross))], w))
        if not line.discount.is_zero():
            out.extend(
                _pairs(
                    [("  " + tr(QT_TRANSLATE_NOOP("Receipt", "Discount")), _neg(line.discount))], w
                )
            )
    out.append(rule(w))
    t = doc.totals
    rows = [(tr(QT_TRANSLATE_NOOP("Receipt", "Subtotal")), _amount(t.subtotal))]
    if not t.line_discount.is_zero():
        rows.append((tr(QT_TRANSLATE_NOOP("Receipt", "Item discounts")), _neg(t.line_discount)))
    if not t.order_discount.is_zero():
        rows.append((tr(QT_TRANSLATE_NOOP("Receipt", "Bill discount")), _neg(t.order_discount)))
    if not t.coupon_discount.is_zero():
        # The marker outside any f-string: lupdate does not look inside f-strings.
        coupon = tr(QT_TRANSLATE_NOOP("Receipt", "Coupon"))
        if t.coupon_code:
            coupon = f"{coupon} {t.coupon_code}"
        rows.append((coupon, _neg(t.coupon_discount)))
    if not t.tax_inclusive and not t.tax_total.is_zero():
        rows.append((tr(QT_TRANSLATE_NOOP("Receipt", "Tax")), _amount(t.tax_total)))
    out.extend(_pairs(rows, w))
    sale = doc.kind is ReceiptKind.SALE
    label = (
        tr(QT_TRANSLATE_NOOP("Receipt", "TOTAL"))
        if sale
        else tr(QT_TRANSLATE_NOOP("Receipt", "REFUNDED"))
    )
    out.extend(_big_total(label, f"{cur} {_amount(t.total)}", paper))
    if doc.show_tax_breakdown and t.taxes:
        heading = (
            tr(QT_TRANSLATE_NOOP("Receipt", "Tax included in prices:"))
            if t.tax_inclusive
            else tr(QT_TRANSLATE_NOOP("Receipt", "Tax breakdown:"))
        )
        out.append(Text(heading))
        on = tr(QT_TRANSLATE_NOOP("Receipt", "{code} {percent} on {amount}"))
        out.extend(
            _pairs(
                [
                    (
                        "  " + on.format(code=x.code, percent=x.percent, amount=_amount(x.taxable)),
                        _amount(x.tax),
                    )
                    for x in t.taxes
                ],
                w,
            )
        )
    elif t.tax_inclusive and not t.tax_total.is_zero():
        out.extend(
            _pairs([(tr(QT_TRANSLATE_NOOP("Receipt", "Tax included")), _amount(t.tax_total))], w)
        )
    out.append(rule(w))
    for p in doc.payments:
        method = method_label(p.method, p.label, translate)
        label = (
            method
            if sale
            else tr(QT_TRANSLATE_NOOP("Receipt", "Refund {method}")).format(method=method)
        )
        shown = p.tendered if p.method == "CASH" and sale else p.amount
        out.extend(_pairs([(label, _amount(shown))], w))
        if p.points:
            out.extend(
                _pairs([("  " + tr(QT_TRANSLATE_NOOP("Receipt", "Points used")), str(p.points))], w)
            )
        if p.reference:
            out.append(
                Text(
                    "  "
                    + tr(QT_TRANSLATE_NOOP("Receipt", "Ref: {reference}")).format(
                        reference=p.reference
                    )
                )
            )
        if p.pending_verification:
            out.append(Text("  " + tr(QT_TRANSLATE_NOOP("Receipt", "(pending verification)"))))
    if not doc.change.is_zero():
        change = tr(QT_TRANSLATE_NOOP("Receipt", "CHANGE"))
        out.extend(_pairs([(change, f"{cur} {_amount(doc.change)}")], w, bold=True))
    if doc.loyalty is not None:
        lo = doc.loyalty
        out.append(rule(w))
        earned = (
            QT_TRANSLATE_NOOP("Receipt", "Points earned")
            if sale
            else QT_TRANSLATE_NOOP("Receipt", "Points reversed")
        )
        rows = [(tr(earned), str(lo.earned))]
        if lo.redeemed:
            redeemed = (
                QT_TRANSLATE_NOOP("Receipt", "Points redeemed")
                if sale
                else QT_TRANSLATE_NOOP("Receipt", "Points restored")
            )
            rows.append((tr(redeemed), str(lo.redeemed)))
        rows.append((tr(QT_TRANSLATE_NOOP("Receipt", "Points balance")), f"{lo.balance:,}"))
        if lo.tier:
            tier = _TIERS.get(lo.tier.upper())
            rows.append(
                (tr(QT_TRANSLATE_NOOP("Receipt", "Tier")), tr(tier) if tier else lo.tier.title())
            )
        out.extend(_pairs(rows, w))
    out.append(Feed())
    if doc.print_barcode:
        out.append(Barcode(doc.receipt_number))
        out.append(QrCode(doc.receipt_number))
    if doc.footer:
        # The shop's own footer is printed as written; the default one speaks the language.
        footer = tr(DEFAULT_FOOTER) if doc.footer == DEFAULT_FOOTER else doc.footer
        out.append(Text(footer, align="center"))
    out.append(Cut())
    return out


def report_blocks(title: str, lines: list[str], paper: PaperProfile) -> list[Block]:
    """A report already laid out as lines of text (X/Z report) under a bold title."""
    out: list[Block] = [Text(title, bold=True, double=True, align="center"), Feed()]
    out.extend(Text(line) for line in lines)
    out.append(Cut())
    return out
