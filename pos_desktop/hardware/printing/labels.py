"""Product labels on the receipt (or an ESC/POS label) printer: one label per product copy, with
the name (rasterized when the code page cannot print it: Sinhala, Tamil), the price in double
size and the barcode in its own symbology (GS k: EAN-13, EAN-8, UPC-A; Code 128 of the SKU for
a product without one), its digits printed below (HRI). A cut after each label on a receipt
printer; a label printer with gap sensing feeds to the next label on the same command.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from escpos.printer import Dummy

from pos_desktop.hardware.printing.layout import Barcode, Block, Cut, Feed, Text
from pos_desktop.hardware.printing.profiles import PaperProfile, escpos_profile
from pos_desktop.hardware.printing.render import Rasterize, render_blocks

BAR_HEIGHT: Final = 80  # dots (10 mm at 203 dpi)
MAX_LABELS: Final = 500  # per job: a job is one send; more would hold the printer for minutes


def _symbology(code: str) -> tuple[str, str] | None:
    """(escpos barcode type, data) for a GTIN the printer draws natively, else None."""
    if not (code.isascii() and code.isdigit()):
        return None
    if len(code) == 13:
        return "EAN13", code
    if len(code) == 8:
        return "EAN8", code
    if len(code) == 12:
        return "UPC-A", code
    return None


def _gtin_bytes(kind: str, code: str, paper: PaperProfile) -> bytes:
    p = Dummy(profile=escpos_profile(paper))
    modules = 113 if kind != "EAN8" else 81  # symbol plus quiet zones
    width = 3 if modules * 3 <= paper.pixel_width else 2
    # _hw_barcode: the public barcode() prints a notice to stdout on every call (escpos 3.1).
    p._hw_barcode(
        code,
        kind,
        height=BAR_HEIGHT,
        width=width,
        pos="BELOW",
        font="A",
        align_ct=True,
        function_type="B",  # GS k m n d1..dn: the data length is sent, no NUL terminator
    )
    p.ln()
    return bytes(p.output)


def render_labels(
    labels: Sequence[Mapping[str, Any]],
    paper: PaperProfile,
    rasterize: Rasterize | None = None,
    *,
    cut_each: bool = True,
) -> bytes:
    """ESC/POS bytes for ``labels`` (dicts with ``name``, ``price``, ``barcode``, ``sku``)."""
    out = bytearray()
    for label in labels[:MAX_LABELS]:
        name, price = str(label.get("name") or ""), str(label.get("price") or "")
        code, sku = str(label.get("barcode") or ""), str(label.get("sku") or "")
        head: list[Block] = [
            Text(name, bold=True, align="center", fallback=sku),
            Text(price, double=True, align="center"),
        ]
        out += render_blocks(head, paper, rasterize)
        native = _symbology(code)
        if native is not None:
            out += _gtin_bytes(*native, paper)
            tail: list[Block] = [Feed()]
        else:
            tail = [Barcode(sku), Text(sku, align="center"), Feed()]
        if cut_each:
            tail.append(Cut())
        out += render_blocks(tail, paper, rasterize)
    return bytes(out)
