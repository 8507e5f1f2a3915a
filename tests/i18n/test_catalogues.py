"""The committed .ts files against the code, and how complete the translations are.

These compare the committed catalogues with what lupdate extracts from the code now; they fail
(listing the strings) until the .ts files are refreshed and translated.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pos_desktop.i18n.build import extract, ts_files
from pos_desktop.i18n.languages import I18N_DIR

# What a cashier sees, what a receipt prints, and the menus: complete in every language.
CASHIER_CONTEXTS = frozenset(
    {
        "ApprovalDialog",
        "CartTableModel",
        "CustomerDialog",
        "HeldDialog",
        "LineEditing",
        "LoginScreen",
        "PaymentDialog",
        "PaymentMethod",
        "QPlatformTheme",
        "Receipt",
        "Roles",
        "SaleFlows",
        "SearchPanel",
        "SellScreen",
        "Shell",
        "ShellMenus",
        "ShiftOpenDialog",
        "TotalsPanel",
        "UnsyncedWarning",
        "shortcuts",
    }
)
GONE = {"vanished", "obsolete"}


def messages(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation type ("" when finished) of the live messages."""
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = (translation.get("type") or "") if translation is not None else "unfinished"
            if kind not in GONE:
                out[(name, message.findtext("source") or "")] = kind
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[tuple[str, str], str]]:
    directory = tmp_path_factory.mktemp("lupdate")
    copies = []
    for ts in ts_files():
        copy = directory / ts.name
        shutil.copy(ts, copy)
        copies.append(copy)
    extract(copies)
    return {copy.name: messages(copy) for copy in copies}


@pytest.mark.parametrize("name", ["pos_si.ts", "pos_ta.ts"])
def test_committed_catalogue_holds_every_string_of_the_code(
    name: str, extracted: dict[str, dict[tuple[str, str], str]]
) -> None:
    committed = messages(I18N_DIR / name)
    missing = sorted(set(extracted[name]) - set(committed))
    assert missing == [], f"{len(missing)} strings are not in {name}: run lupdate ({missing})"


def test_no_string_has_an_empty_context(
    extracted: dict[str, dict[tuple[str, str], str]],
) -> None:
    empty = sorted(src for ctx, src in extracted["pos_si.ts"] if not ctx)
    assert empty == []


@pytest.mark.parametrize("name", ["pos_si.ts", "pos_ta.ts"])
def test_cashier_screens_receipts_and_menus_are_translated(
    name: str, extracted: dict[str, dict[tuple[str, str], str]]
) -> None:
    committed = messages(I18N_DIR / name)
    wanted = [key for key in extracted[name] if key[0] in CASHIER_CONTEXTS]
    assert wanted, "no cashier strings found"
    untranslated = sorted(key for key in wanted if committed.get(key, "unfinished") != "")
    assert untranslated == [], f"{len(untranslated)} untranslated in {name}: {untranslated}"
