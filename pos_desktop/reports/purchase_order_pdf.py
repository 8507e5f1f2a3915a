"""A purchase order as a PDF for the supplier (reportlab, A4), Qt-free.

``load_po_document`` gathers what the page shows (the order, the supplier's details, the store's
name, address, phone and VAT number, who prepared it); ``write_purchase_order_pdf`` renders it
atomically (written beside its final name, then renamed), so a half-written file never looks
complete. Amounts are LKR with two decimals, formatted from integer minor units. Names in
Sinhala or Tamil (items, supplier, store) are drawn shaped (script_text.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pos_desktop.core.money import format_amount
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli
from pos_desktop.reports.script_text import cell, paragraph
from pos_desktop.services.context import Actor, ServiceContext, require
from pos_desktop.services.purchase_order_views import PoView, load_po, po_view
from pos_desktop.services.suppliers import SupplierView, load_supplier, phone_display, view
from pos_desktop.store.models import Store, User

PURCHASE_ORDERS_FOLDER = "purchase-orders"


@dataclass(frozen=True, slots=True)
class PoDocument:
    po: PoView
    supplier: SupplierView | None
    store_name: str
    store_lines: tuple[str, ...]
    prepared_by: str


def load_po_document(ctx: ServiceContext, actor: Actor, po_id: str) -> PoDocument:
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.read() as s:
        po = load_po(s, ctx, po_id)
        supplier = view(load_supplier(s, ctx, po.supplier_id)) if po.supplier_id else None
        store = s.get(Store, po.store_id)
        author = s.get(User, po.created_by_id) if po.created_by_id else None
        lines: list[str] = []
        if store is not None:
            lines += [x for x in (store.address or "").splitlines() if x.strip()]
            if store.phone:
                lines.append(f"Tel. {store.phone}")
            if store.vat_registration_number:
                lines.append(f"VAT reg. no. {store.vat_registration_number}")
        return PoDocument(
            po=po_view(s, ctx, po),
            supplier=supplier,
            store_name=store.name if store is not None else ctx.terminal.store_code,
            store_lines=tuple(lines),
            prepared_by=author.name if author is not None else "",
        )


def po_filename(po: PoView) -> str:
    return f"{po.po_number}.pdf"


def _para(text: str, style: ParagraphStyle) -> Flowable:
    return paragraph(text, style)


def _supplier_block(doc: PoDocument, style: ParagraphStyle) -> list[Flowable]:
    s = doc.supplier
    style = ParagraphStyle("block", parent=style, spaceBefore=0)  # lines of one block
    out = [Paragraph("<b>Supplier</b>", style)]
    if s is None:
        return [*out, Paragraph("-", style)]
    out.append(paragraph(s.name, style, bold=True))
    lines = [f"Attn: {s.contact_person}"] if s.contact_person else []
    lines += [x for x in (s.address or "").splitlines() if x.strip()]
    if s.phone:
        lines.append(f"Tel. {phone_display(s.phone)}")
    if s.email:
        lines.append(s.email)
    return out + [paragraph(line, style) for line in lines]


def write_purchase_order_pdf(doc: PoDocument, path: Path) -> Path:
    """Render ``doc`` to ``path`` (atomically); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    po = doc.po
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
    right = ParagraphStyle("right", parent=body, alignment=2)
    facts = [
        ["PO number", po.po_number],
        ["Date", (po.ordered_at or po.created_at).date().isoformat()],
        ["Expected delivery", po.expected_delivery.isoformat() if po.expected_delivery else "-"],
        ["Deliver to", po.warehouse_name or "-"],
        ["Status", po.status.value.replace("_", " ").title()],
    ]
    if doc.supplier is not None and doc.supplier.payment_terms:
        facts.append(["Payment terms", doc.supplier.payment_terms])
    head = Table(
        [
            [
                [
                    paragraph(doc.store_name, styles["Heading2"], bold=True),
                    *(_para(x, small) for x in doc.store_lines),
                ],
                Paragraph("<b>PURCHASE ORDER</b>", ParagraphStyle("t", parent=right, fontSize=16)),
            ]
        ],
        colWidths=[110 * mm, 64 * mm],
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    facts_table = Table([[k, cell(v, small)] for k, v in facts], colWidths=[32 * mm, 52 * mm])
    facts_table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    parties = Table(
        [[_supplier_block(doc, small), facts_table]],
        colWidths=[90 * mm, 84 * mm],
    )
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    rows: list[list[object]] = [["#", "SKU", "Item", "Qty", f"Unit cost ({po.currency})", "Amount"]]
    for line in po.lines:
        rows.append(
            [
                str(line.line_number),
                line.sku,
                _para(line.name, small),
                f"{from_milli(line.ordered_milli)}{' kg' if line.weighed else ''}",
                format_amount(line.unit_cost),
                format_amount(line.total),
            ]
        )
    rows.append(["", "", "", "", f"Total {po.currency}", format_amount(po.total)])
    table = Table(
        rows,
        colWidths=[8 * mm, 28 * mm, 68 * mm, 18 * mm, 26 * mm, 26 * mm],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.lightgrey),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    story: list[Flowable] = [head, Spacer(1, 4 * mm), parties, Spacer(1, 6 * mm), table]
    if po.notes:
        story += [Spacer(1, 4 * mm), Paragraph("<b>Notes</b>", small), _para(po.notes, small)]
    story += [
        Spacer(1, 10 * mm),
        _para(
            "Please quote the PO number on your invoice and delivery note."
            + (f"\nPrepared by {doc.prepared_by}" if doc.prepared_by else ""),
            small,
        ),
    ]
    partial = path.with_name(path.name + ".part")
    SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        title=f"Purchase order {po.po_number}",
        author=doc.store_name,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    ).build(story)
    os.replace(partial, path)
    return path


def export_purchase_order_pdf(ctx: ServiceContext, actor: Actor, po_id: str, folder: Path) -> Path:
    """Write ``<folder>/<PO number>.pdf`` and return its path."""
    doc = load_po_document(ctx, actor, po_id)
    return write_purchase_order_pdf(doc, folder / po_filename(doc.po))
