"""Fixtures for the language tests: the printing shop and loopback printer, English after each
test (Qt's installed translators are process-wide), and a tiny Sinhala catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from pos_desktop.i18n.build import build_one
from tests.printing.conftest import printer
from tests.sales.conftest import Shop, _shop_template, shop
from tests.ui.conftest import ui

__all__ = ["Shop", "_shop_template", "printer", "shop", "ui"]  # re-exported fixtures


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from pos_desktop.ui.i18n import translations

        translations().use("en")


def write_catalogue(directory: Path, language: str, messages: dict[tuple[str, str], str]) -> Path:
    """A .qm made by the real lrelease from (context, source) -> translation."""
    contexts: dict[str, list[str]] = {}
    for (context, source), text in messages.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(text)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{escape(name)}</name>{''.join(items)}</context>"
        for name, items in contexts.items()
    )
    ts = directory / f"pos_{language}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="{language}_LK">{body}</TS>',
        encoding="utf-8",
    )
    return build_one(ts)
