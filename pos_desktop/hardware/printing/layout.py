"""Receipt document -> printable blocks (text lines, codes, cut) for one paper width.

Pure: no escpos, no Qt. ``render.py`` turns the blocks into ESC/POS bytes and decides which
text lines must go out as raster images (scripts the printer's code page cannot print).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.receipt import ReceiptDocument, ReceiptKind, ReceiptLine
from pos_desktop.hardware.printing.profiles import PaperProfile

Align = Literal["left", "center", "right"]


@dataclass(frozen=True, slots=True)
class Text:
    text: str  # may be longer than a line: the renderer wraps it (or rasterizes it whole)
    bold: bool = False
    double: bool = False  # double width and height (half as many characters per line)
    align: Align = "left"
    fallback: str | None = None  # printable stand-in when text needs a raster and none exists


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
        out.extend(Text(t, bold=bold) for t in columns(left, right, width))
    return out


def _big_total(label: str, amount: str, paper: PaperProfile) -> list[Block]:
    half = paper.chars_per_line // 2
    if len(label) + 1 + len(amount) <= half:
        return [Text(columns(label, amount, half)[0], bold=True, double=True)]
    return _pairs([(label, amount)], paper.chars_per_line, bold=True)


def receipt_blocks(doc: ReceiptDocument, paper: PaperProfile, *, copy: bool = False) -> list[Block]:
    w = paper.chars_per_line
    cur = doc.currency
    out: list[Block] = []
    h = doc.header
    out.append(Text(h.store_name, bold=True, double=True, align="center"))
    for extra in (h.address, h.phone and f"Tel: {h.phone}", h.header_text):
        if extra:
            out.append(Text(extra, align="center"))
    if h.vat_registration_number:
        out.append(Text(f"VAT Reg No: {h.vat_registration_number}", align="center"))
    out.append(Feed())
    title = doc.title + (" - COPY" if copy else "")
    out.append(Text(title, bold=True, double=doc.kind is not ReceiptKind.SALE, align="center"))
    m = doc.meta
    meta = [
        ("Receipt", m.receipt_number),
        ("Date", m.issued_at.strftime("%Y-%m-%d %H:%M")),
        ("Cashier", m.cashier),
        ("Terminal", m.terminal),
    ]
    if m.customer:
        meta.append(("Customer", m.customer))
    if doc.original_receipt_number:
        meta.append(("Original receipt", doc.original_receipt_number))
    out.extend(_pairs(meta, w))
    if doc.reason:
        out.append(Text(f"Reason: {doc.reason}"))
    out.append(rule(w))
    for line in doc.lines:
        out.append(Text(line.name, fallback=line.fallback_name))
        qty = f"  {_quantity(line)} x {_amount(line.unit_price)}"
        out.extend(_pairs([(qty, _amount(line.gross))], w))
        if not line.discount.is_zero():
            out.extend(_pairs([("  Discount", _neg(line.discount))], w))
    out.append(rule(w))
    t = doc.totals
    rows = [("Subtotal", _amount(t.subtotal))]
    if not t.line_discount.is_zero():
        rows.append(("Item discounts", _neg(t.line_discount)))
    if not t.order_discount.is_zero():
        rows.append(("Bill discount", _neg(t.order_discount)))
    if not t.coupon_discount.is_zero():
        rows.append((f"Coupon {t.coupon_code or ''}".strip(), _neg(t.coupon_discount)))
    if not t.tax_inclusive and not t.tax_total.is_zero():
        rows.append(("Tax", _amount(t.tax_total)))
    out.extend(_pairs(rows, w))
    label = "TOTAL" if doc.kind is ReceiptKind.SALE else "REFUNDED"
    out.extend(_big_total(label, f"{cur} {_amount(t.total)}", paper))
    if doc.show_tax_breakdown and t.taxes:
        out.append(Text("Tax included in prices:" if t.tax_inclusive else "Tax breakdown:"))
        out.extend(
            _pairs(
                [
                    (f"  {x.code} {x.percent} on {_amount(x.taxable)}", _amount(x.tax))
                    for x in t.taxes
                ],
                w,
            )
        )
    elif t.tax_inclusive and not t.tax_total.is_zero():
        out.extend(_pairs([("Tax included", _amount(t.tax_total))], w))
    out.append(rule(w))
    for p in doc.payments:
        label = p.label if doc.kind is ReceiptKind.SALE else f"Refund {p.label}"
        shown = p.tendered if p.method == "CASH" and doc.kind is ReceiptKind.SALE else p.amount
        out.extend(_pairs([(label, _amount(shown))], w))
        if p.points:
            out.extend(_pairs([("  Points used", str(p.points))], w))
        if p.reference:
            out.append(Text(f"  Ref: {p.reference}"))
        if p.pending_verification:
            out.append(Text("  (pending verification)"))
    if not doc.change.is_zero():
        out.extend(_pairs([("CHANGE", f"{cur} {_amount(doc.change)}")], w, bold=True))
    if doc.loyalty is not None:
        lo = doc.loyalty
        out.append(rule(w))
        sale = doc.kind is ReceiptKind.SALE
        rows = [("Points earned" if sale else "Points reversed", str(lo.earned))]
        if lo.redeemed:
            rows.append(("Points redeemed" if sale else "Points restored", str(lo.redeemed)))
        rows.append(("Points balance", f"{lo.balance:,}"))
        if lo.tier:
            rows.append(("Tier", lo.tier.title()))
        out.extend(_pairs(rows, w))
    out.append(Feed())
    if doc.print_barcode:
        out.append(Barcode(doc.receipt_number))
        out.append(QrCode(doc.receipt_number))
    if doc.footer:
        out.append(Text(doc.footer, align="center"))
    out.append(Cut())
    return out


def report_blocks(title: str, lines: list[str], paper: PaperProfile) -> list[Block]:
    """A report already laid out as lines of text (X/Z report) under a bold title."""
    out: list[Block] = [Text(title, bold=True, double=True, align="center"), Feed()]
    out.extend(Text(line) for line in lines)
    out.append(Cut())
    return out
