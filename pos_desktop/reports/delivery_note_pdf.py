"""A printable delivery note / parcel label (A6 portrait, reportlab), Qt-free.

What a rider and the customer need on the parcel: the store, the order number, the tracking
number as text and as a Code 128 barcode (scanned at hand-over), who receives it and where,
what is inside, and in large type the cash to collect (or PREPAID). The file is written beside
its final name and renamed, so a crash never leaves a half-written label. Names and addresses
in Sinhala or Tamil are drawn shaped (script_text.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pos_desktop.core.money import format_amount
from pos_desktop.core.quantity import from_milli
from pos_desktop.reports.script_text import cell, is_plain, paragraph
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.delivery_queries import OrderDetail, order_detail
from pos_desktop.services.suppliers import phone_display
from pos_desktop.store.models import Store


@dataclass(frozen=True, slots=True)
class StoreHeader:
    name: str
    phone: str | None = None
    address: str | None = None


def note_filename(detail: OrderDetail) -> str:
    return f"delivery-{detail.order_number}.pdf"


def address_lines(address: dict[str, str]) -> list[str]:
    parts = [address.get("line1", ""), address.get("line2", "")]
    city = ", ".join(p for p in (address.get("city", ""), address.get("district", "")) if p)
    postal = address.get("postal_code", "")
    parts.append(f"{city} {postal}".strip())
    return [p for p in parts if p]


def _barcode(value: str) -> Flowable:
    return Code128(value, barHeight=14 * mm, barWidth=0.38 * mm, humanReadable=False)


def _customer(detail: OrderDetail, style: ParagraphStyle) -> Flowable:
    name, phone = detail.customer_name, phone_display(detail.customer_phone)
    if is_plain(name):
        return Paragraph(f"<b>{escape(name)}</b>  {escape(phone)}", style)
    return paragraph(f"{name}  {phone}", style)  # one weight: a ScriptParagraph has no markup


def write_delivery_note(detail: OrderDetail, store: StoreHeader, path: Path) -> Path:
    """Render the note for ``detail`` (its active or last delivery) to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["BodyText"], fontSize=7.5, leading=9)
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=9, leading=11)
    big = ParagraphStyle("big", parent=body, fontSize=15, leading=18, fontName="Helvetica-Bold")
    delivery = detail.active_delivery or (detail.deliveries[-1] if detail.deliveries else None)
    story: list[Flowable] = [
        paragraph(store.name, body, bold=True),
        paragraph(" · ".join(p for p in (store.address, store.phone) if p), small),
        Spacer(1, 2 * mm),
        Paragraph(f"Order {escape(detail.order_number)}", big),
    ]
    if delivery is not None:
        story += [
            _barcode(delivery.tracking_number),
            Paragraph(
                f"<b>{escape(delivery.tracking_number)}</b> · {escape(delivery.courier_name)}",
                body,
            ),
        ]
    story += [
        Spacer(1, 2 * mm),
        Paragraph("<b>Deliver to</b>", small),
        _customer(detail, body),
        *(paragraph(line, body) for line in address_lines(detail.address)),
    ]
    if delivery is not None and delivery.special_instructions:
        note = delivery.special_instructions
        story.append(
            Paragraph(f"<i>{escape(note)}</i>", small) if is_plain(note) else paragraph(note, small)
        )
    rows: list[list[object]] = []
    for i in detail.items:
        qty = f"{from_milli(i.quantity_milli).normalize():f} x"
        rows.append([qty, cell(i.name, small), format_amount(i.total)])
    rows.append(["", "Delivery", format_amount(detail.delivery_fee)])
    rows.append(["", "Total", format_amount(detail.total)])
    table = Table(rows, colWidths=[12 * mm, 54 * mm, 22 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("LINEABOVE", (0, -2), (-1, -2), 0.4, colors.grey),
                ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story += [Spacer(1, 2 * mm), table, Spacer(1, 3 * mm)]
    if detail.cod_amount.minor:
        due = f"COLLECT {detail.cod_amount.currency} {format_amount(detail.cod_amount)}"
        story.append(KeepTogether([Paragraph("Cash on delivery", small), Paragraph(due, big)]))
    else:
        story.append(Paragraph(f"PREPAID ({escape(detail.payment_method)})", big))
    partial = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(
        str(partial),
        pagesize=A6,
        leftMargin=7 * mm,
        rightMargin=7 * mm,
        topMargin=6 * mm,
        bottomMargin=6 * mm,
        title=f"Delivery note {detail.order_number}",
    )
    doc.build(story)
    os.replace(partial, path)
    return path


NOTES_FOLDER = "delivery-notes"


def save_delivery_note(ctx: ServiceContext, actor: Actor, order_id: str, data_dir: Path) -> Path:
    """Write the note of ``order_id`` into ``data_dir/delivery-notes/`` and return its path."""
    detail = order_detail(ctx, actor, order_id)
    with ctx.db.read() as s:
        store = s.get(Store, ctx.terminal.store_id)
        header = StoreHeader(
            store.name if store is not None else ctx.terminal.store_code,
            store.phone if store is not None else None,
            store.address if store is not None else None,
        )
    return write_delivery_note(detail, header, data_dir / NOTES_FOLDER / note_filename(detail))
