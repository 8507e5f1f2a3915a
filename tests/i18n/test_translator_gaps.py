"""Gaps the translators found: plural messages lupdate did not see as plural, receipt and shift
report words that were never extracted or printed in English whatever the language, and words
lower-cased after translation."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pos_desktop.core.money import Money
from pos_desktop.core.receipt import ReceiptLoyalty
from pos_desktop.hardware.printing.layout import Text, receipt_blocks
from pos_desktop.hardware.printing.profiles import PAPER_80
from pos_desktop.hardware.printing.shift_text import (
    shift_report_blocks,
    shift_report_lines,
    shift_report_title,
)
from pos_desktop.hardware.printing.worker import render_job
from pos_desktop.i18n.build import SOURCES, extract
from pos_desktop.i18n.markers import Translate
from pos_desktop.i18n.payment_methods import STANDARD_LABELS, method_label
from pos_desktop.reports.shift_report_rows import (
    ReportHeader,
    over_short_word,
    report_sections,
    title,
)
from pos_desktop.services import print_queue as pq
from pos_desktop.services.payments import DEFAULT_PAYMENT_METHODS
from pos_desktop.services.printer_config import PrinterConfig
from pos_desktop.services.receipt_builder import build_receipt
from pos_desktop.services.shift_reports import ShiftReport, x_report
from pos_desktop.services.shifts import require_open_shift
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.login_screen import LoginScreen
from tests.printing.support import cash_sale
from tests.sales.conftest import Shop

Messages = dict[tuple[str, str], bool]  # (context, source) -> numerus


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Messages:
    """What lupdate extracts from the code now, into a fresh .ts (the committed ones untouched)."""
    ts = tmp_path_factory.mktemp("plural") / "pos_ta.ts"
    extract([ts])
    out: Messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return out


# -- 1. plurals --------------------------------------------------------------------------------
def test_every_percent_n_message_is_extracted_as_plural(extracted: Messages) -> None:
    with_n = {key: numerus for key, numerus in extracted.items() if "%n" in key[1]}
    assert ("LoginScreen", next(s for c, s in with_n if c == "LoginScreen")) in with_n
    assert ("HeldDialog", "%n line(s)") in with_n
    not_plural = sorted(key for key, numerus in with_n.items() if not numerus)
    assert not_plural == [], f"%n messages lupdate does not see as plural: {not_plural}"


def _string_constants(path: Path) -> list[str]:
    """Every string literal (implicitly concatenated ones arrive joined, as lupdate sees them)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def test_every_percent_n_in_the_code_is_extracted(extracted: Messages) -> None:
    # A %n string lupdate did not extract at all would escape the numerus check above.
    sources = {source for _, source in extracted}
    in_code = {
        text
        for path in SOURCES.rglob("*.py")
        for text in _string_constants(path)
        if "%n" in text and "\n" not in text
    }
    assert in_code, "no %n message found in the code"
    assert sorted(in_code - sources) == []


def test_lockout_minutes_use_the_plural_forms_in_tamil(qtbot: QtBot, ui: UiContext) -> None:
    # pos_ta.ts already carries the numerus forms: the self.tr(text, "", n) call reaches them.
    from pos_desktop.ui.i18n import translations
    from tests.ui.till_flows import make_shell

    shell = make_shell(qtbot, ui)
    screen = LoginScreen(ui, shell)
    qtbot.addWidget(screen)
    english = screen.locked_message(5)
    assert "Try again in 5 minutes" in english
    assert "1 minute," in screen.locked_message(1)
    translations().use("ta")
    tamil = screen.locked_message(5)
    assert tamil != english and "5" in tamil and "minutes" not in tamil


# -- 2. receipts -------------------------------------------------------------------------------
FAKE = {
    ("Receipt", "Coupon"): "KUPON",
    ("Receipt", "Tier"): "PADIYA",
    ("Receipt", "Gold"): "RAN",
    ("Receipt", "Refund {method}"): "AAPASU {method}",
    ("PaymentMethod", "Cash"): "MUDAL",
    ("PaymentMethod", "Card"): "KAADPATH",
    ("ShiftReport", "Sales ({count})"): "VIKUNUM ({count})",
    ("ShiftReport", "Returns ({count})"): "AAPASU ({count})",
    ("ShiftReport", "Voids ({count})"): "AWALANGU ({count})",
    ("ShiftReport", "{method} ({count})"): "{method} - {count}",
    ("ShiftReport", "{when} by {name}"): "{name} visin {when}",
    ("ShiftReport", "{taxable} / tax {tax}"): "{taxable} / BADU {tax}",
    ("ShiftReport", "Z report No. {number}"): "Z VARTHAWA {number}",
    ("ShiftReport", "X report (reading, not final)"): "X VARTHAWA",
    ("ShiftReport", "Over"): "WAEDI",
    ("ShiftReport", "Short"): "ADU",
    ("ShiftReport", "Net total"): "SHUDDHA EKATHUWA",
    ("ShiftReport", "Expected in drawer"): "ATHIYA YUTHU",
}


def fake(context: str, text: str) -> str:
    return FAKE.get((context, text), text)


@pytest.mark.parametrize(
    ("context", "source"),
    [
        ("Receipt", "Coupon"),
        ("Receipt", "Bronze"),
        ("Receipt", "Silver"),
        ("Receipt", "Gold"),
        ("Receipt", "Platinum"),
        *(("PaymentMethod", label) for label in STANDARD_LABELS.values()),
    ],
)
def test_receipt_words_are_extracted(extracted: Messages, context: str, source: str) -> None:
    assert (context, source) in extracted


def test_standard_method_names_are_the_seeded_ones() -> None:
    seeded = {code.value: name for code, name, _provider, _drawer in DEFAULT_PAYMENT_METHODS}
    assert seeded == STANDARD_LABELS


def test_method_label_translates_only_the_standard_name() -> None:
    assert method_label("CASH", "Cash", fake) == "MUDAL"
    assert method_label("CASH", "Cash money", fake) == "Cash money"  # the shop's own name
    assert method_label("CARD", "Cash", fake) == "Cash"  # not CARD's standard name
    assert method_label("CARD", None, fake) == "KAADPATH"
    assert method_label("VOUCHER", None, fake) == "VOUCHER"


def test_receipt_prints_coupon_tier_and_method_in_its_language(shop: Shop) -> None:
    sale = cash_sale(shop)
    with shop.term.db.read() as s:
        doc = build_receipt(s, shop.ctx, sale.sale_id, language="si")
    totals = replace(doc.totals, coupon_discount=Money(100_00), coupon_code="SAVE100")
    doc = replace(doc, totals=totals, loyalty=ReceiptLoyalty(10, 0, 110, "GOLD"))
    texts = [b.text for b in receipt_blocks(doc, PAPER_80, translate=fake) if isinstance(b, Text)]
    joined = "\n".join(texts)
    assert "KUPON SAVE100" in joined and "Coupon" not in joined
    assert "RAN" in joined and "Gold" not in joined and "PADIYA" in joined
    assert "MUDAL" in joined and not re.search(r"^Cash\b", joined, re.MULTILINE)
    # The shop's own name for its cash tender prints as written.
    renamed = replace(doc, payments=tuple(replace(p, label="Salli") for p in doc.payments))
    texts = [
        b.text for b in receipt_blocks(renamed, PAPER_80, translate=fake) if isinstance(b, Text)
    ]
    assert any(t.startswith("Salli") for t in texts) and not any("MUDAL" in t for t in texts)


# -- 3. shift reports --------------------------------------------------------------------------
SHIFT_WORDS = [
    "Sales ({count})",
    "Returns ({count})",
    "Voids ({count})",
    "{method} ({count})",
    "{taxable} / tax {tax}",
    "{when} by {name}",
    "Z report No. {number}",
    "X report (reading, not final)",
    "Over",
    "Short",
    "Over/short",
]


@pytest.mark.parametrize("source", SHIFT_WORDS)
def test_shift_report_words_are_extracted(extracted: Messages, source: str) -> None:
    assert ("ShiftReport", source) in extracted


def _x_report(shop: Shop) -> ShiftReport:
    cash_sale(shop)
    with shop.term.db.read() as s:
        return x_report(s, shop.ctx, require_open_shift(s, shop.ctx).id)


def test_screen_rows_come_out_in_the_language(shop: Shop) -> None:
    report = _x_report(shop)
    header = ReportHeader("Test Store", (), "S01-T01", "Asia/Colombo")
    english = [r.label for sec in report_sections(report, header) for r in sec.rows]
    assert "Sales (1)" in english and "Cash (1)" in english
    rows = {r.label: r.value for sec in report_sections(report, header, fake) for r in sec.rows}
    assert "VIKUNUM (1)" in rows and "AAPASU (0)" in rows and "AWALANGU (0)" in rows
    assert "MUDAL - 1" in rows and "SHUDDHA EKATHUWA" in rows
    assert title(report, fake) == "X VARTHAWA"
    assert over_short_word(5, fake) == "WAEDI" and over_short_word(-5, fake) == "ADU"
    assert over_short_word(0) == "Over/short"


def test_printed_shift_report_is_in_the_jobs_language(shop: Shop) -> None:
    report = _x_report(shop)
    pq.enqueue_shift_report(shop.ctx, shop.term.cashier, report, language="si")
    with shop.term.db.read() as s:
        job = s.query(PrintJob).filter_by(kind="SHIFT_REPORT").one()
        payload = dict(job.payload)
    assert payload["language"] == "si"
    data = payload["report"]
    assert shift_report_title(data, fake) == "X VARTHAWA"
    lines = shift_report_lines(data, 48, translate=fake)
    assert any(line.startswith("VIKUNUM (1)") for line in lines)
    assert any(line.startswith("  MUDAL - 1") for line in lines)
    assert not any("Sales" in line or "NET TOTAL" in line for line in lines)
    asked: list[str] = []

    def translator_for(code: str) -> Translate:
        asked.append(code)
        return fake

    out = render_job("SHIFT_REPORT", payload, PrinterConfig(), None, translator_for)
    assert asked == ["si"] and b"VIKUNUM (1)" in out and b"Sales" not in out


def test_non_latin_shift_labels_keep_their_amount_apart(shop: Shop) -> None:
    data = _x_report(shop).to_dict()

    def sinhala(context: str, text: str) -> str:
        return "ශුද්ධ එකතුව" if text == "Net total" else text

    blocks = shift_report_blocks(data, PAPER_80, translate=sinhala)
    net = next(b for b in blocks if isinstance(b, Text) and b.text == "ශුද්ධ එකතුව")
    assert net.right == "2,595.50"


def test_no_case_games_on_translated_words() -> None:
    # .lower()/.upper()/.title() on a translated word means nothing in Sinhala or Tamil.
    root = SOURCES
    offenders = []
    for path in [root / "ui/shift_close_screen.py", root / "ui/report_view.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"lower", "upper", "title", "capitalize"}
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
