"""Sinhala and Tamil in the PDFs are shaped by HarfBuzz (conjuncts and vowel signs as the fonts
draw them, not one glyph per character), measured on the shaped advances, and still read back
exactly by pdftotext (each shaped run carries its text as ActualText)."""

from __future__ import annotations

import base64
import re
import subprocess
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from pos_desktop.core.money import Money
from pos_desktop.reports.label_sheet_pdf import SheetGrid, SheetLabel, write_label_sheet
from pos_desktop.reports.purchase_order_pdf import export_purchase_order_pdf
from pos_desktop.reports.report_export import ReportMeta
from pos_desktop.reports.report_pdf import write_report_pdf
from pos_desktop.reports.report_tables import Chart, Column, Kind, ReportTable
from pos_desktop.reports.script_text import register_fonts, runs, shaped, width
from pos_desktop.reports.shift_report_pdf import write_shift_report_pdf
from pos_desktop.reports.shift_report_rows import load_header
from pos_desktop.services import shifts
from tests.purchasing.support import draft_po, product, supplier
from tests.reports.test_shift_report_pdf import _shift_with_sales
from tests.support.terminal import Terminal

SRI_LANKA = "ශ්\u200dරී ලංකා"  # a ZWJ conjunct (ශ්‍රී) and vowel signs
COCONUT_OIL = "පොල් තෙල්"  # two-part vowel sign ො, kombuva ෙ drawn before its consonant
TAMIL_OIL = "தேங்காய் எண்ணெய்"  # vowel signs ே/ெ drawn before their consonant
WORDS = {SRI_LANKA: "NotoSansSinhala", COCONUT_OIL: "NotoSansSinhala", TAMIL_OIL: "NotoSansTamil"}


def _glyph_ids(font: str, text: str) -> list[int]:
    face = pdfmetrics.getFont(font).face
    return [face.charToGlyph[ord(ch)] for ch in text]


def _content(pdf: Path) -> str:
    """Every Flate stream of ``pdf`` (page contents among them), inflated, as latin-1 text."""
    out = []
    pattern = rb"<<([^<>]*)>>\s*stream\r?\n(.*?)endstream"
    for match in re.finditer(pattern, pdf.read_bytes(), re.S):
        head, body = match.groups()
        if b"/FlateDecode" not in head:
            continue
        if b"/ASCII85Decode" in head:  # reportlab's default for page streams
            body = base64.a85decode(body.strip(), adobe=True)
        out.append(zlib.decompress(body).decode("latin-1"))
    return "\n".join(out)


def _actual_text(word: str) -> str:
    return "/ActualText <FEFF" + word.encode("utf-16-be").hex().upper() + ">"


def _pdftotext(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return done.stdout.decode()


@pytest.mark.parametrize("word", list(WORDS))
def test_shaping_changes_the_glyphs_and_the_width(word: str) -> None:
    register_fonts()
    font = WORDS[word]
    drawn, advance = shaped(font, word, 10)
    # HarfBuzz ran: the glyph sequence is not the character-by-character cmap lookup (a
    # conjunct is one glyph, a vowel sign moves in front of its consonant).
    assert _glyph_ids(font, drawn) != _glyph_ids(font, word)
    assert getattr(drawn, "__shapeData__", None), "not shaped: is uharfbuzz installed?"
    assert advance != pytest.approx(pdfmetrics.stringWidth(word, font, 10))


def test_the_kombuva_is_drawn_before_its_consonant() -> None:
    register_fonts()
    drawn, _ = shaped("NotoSansSinhala", "තෙ", 10)
    face = pdfmetrics.getFont("NotoSansSinhala").face
    assert face.charToGlyph[ord(drawn[0])] == face.charToGlyph[0x0DD9]  # ෙ first, then ත


def test_mixed_text_is_measured_run_by_run() -> None:
    register_fonts()
    pieces = runs(f"{COCONUT_OIL} 1L")
    assert [font for font, _ in pieces] == ["NotoSansSinhala", "Helvetica"]
    assert width(pieces, 9) == pytest.approx(
        shaped("NotoSansSinhala", f"{COCONUT_OIL} ", 9)[1]
        + pdfmetrics.stringWidth("1L", "Helvetica", 9)
    )


def _report(tmp_path: Path) -> Path:
    table = ReportTable(
        "product",
        "Sales by product",
        (Column("Product", Kind.TEXT), Column("Sales", Kind.MONEY)),
        (
            (f"{SRI_LANKA} tea", Money(125_000, "LKR")),
            (COCONUT_OIL, Money(98_000, "LKR")),
            (TAMIL_OIL, Money(76_500, "LKR")),
        ),
        ("Total", Money(299_500, "LKR")),
        Chart("bar", 0, 1),
        "LKR",
    )
    meta = ReportMeta("Kade", (COCONUT_OIL,), "2025-03-01 to 2025-03-31", "2025-03-31 18:05")
    return write_report_pdf(table, meta, tmp_path / "report.pdf")


def test_report_pdf_draws_shaped_runs_and_reads_back_exactly(tmp_path: Path) -> None:
    pdf = _report(tmp_path)
    text = _pdftotext(pdf)
    content = _content(pdf)
    for word in WORDS:
        assert word in text, word
        assert _actual_text(word) in content or _actual_text(word + " ") in content
    # The table cell, the chart label and the header line: each word is in a shaped span.
    assert content.count(_actual_text(COCONUT_OIL)) >= 3


def test_label_sheet_draws_shaped_runs_and_reads_back_exactly(tmp_path: Path) -> None:
    labels = [
        SheetLabel(word, "LKR 1,250.00", "4792000000019", f"SKU-{i}")
        for i, word in enumerate(WORDS)
    ]
    pdf = tmp_path / "labels.pdf"
    assert write_label_sheet(labels, SheetGrid(3, 8), pdf) == 1
    text = _pdftotext(pdf)
    content = _content(pdf)
    for word in WORDS:
        assert word in text, word
        assert _actual_text(word) in content


def test_purchase_order_pdf_shapes_item_and_supplier_names(
    terminal: Terminal, tmp_path: Path
) -> None:
    sid = supplier(terminal, SRI_LANKA + " Foods", contact_person=COCONUT_OIL)
    oil = product(terminal, 41_000, name=TAMIL_OIL, sku="OIL1")
    tea = product(terminal, 52_550, name="Dilmah Tea", sku="TEA1")
    po = draft_po(terminal, sid, [(oil, 2, None), (tea, 1, None)])
    pdf = export_purchase_order_pdf(terminal.ctx, terminal.manager, po.id, tmp_path)
    text, content = _pdftotext(pdf), _content(pdf)
    for word in (f"{SRI_LANKA} Foods", f"Attn: {COCONUT_OIL}", TAMIL_OIL, "Dilmah Tea"):
        assert word in text, word
    for word in WORDS:
        assert _actual_text(word) in content or _actual_text(word + " ") in content, word


def test_shift_report_pdf_shapes_store_and_cashier_names(
    terminal: Terminal, tmp_path: Path
) -> None:
    _shift_with_sales(terminal)
    closed = shifts.close_shift(terminal.ctx, terminal.cashier, {1000: 2, 100: 1, 50: 1, 20: 1})
    with terminal.db.read() as s:
        header = load_header(s, terminal.ctx, closed.report)
    names = {uid: TAMIL_OIL for uid in header.names}
    header = replace(header, store_name=COCONUT_OIL, store_lines=(SRI_LANKA,), names=names)
    pdf = write_shift_report_pdf(closed.report, header, tmp_path / "z.pdf")
    text, content = _pdftotext(pdf), _content(pdf)
    for word in (*WORDS, "Z report No. 1", "Expected in drawer", "LKR 2,180.00"):
        assert word in text, word
    for word in WORDS:
        assert _actual_text(word) in content or _actual_text(word + " ") in content, word
