"""Translation markers for Qt-free code (core, services, hardware, reports).

lupdate finds ``QT_TRANSLATE_NOOP("Context", "text")`` by name in any Python file, so Qt-free
modules mark their fixed labels with this identity function; whoever shows the label
translates it later with the same context (Qt: ``QCoreApplication.translate``, receipts: the
injected ``Translate`` callable of ``hardware.printing.layout``).
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""(context, English source text) -> text in the wanted language."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


def untranslated(context: str, text: str) -> str:
    """The ``Translate`` that keeps English (tests, CSV, a missing catalogue)."""
    del context
    return text
