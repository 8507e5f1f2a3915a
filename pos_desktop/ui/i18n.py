"""Qt translations: one language installed at a time, switched at run time, plus translators
for receipts that never touch the UI's.

``Translations.use(code)`` replaces the installed catalogue (``resources/i18n/pos_<code>.qm``,
built by ``pos_desktop.i18n.build``) and sets Qt's default locale. PySide6 ships no qtbase
catalogue for Sinhala or Tamil, so Qt's own words (standard dialog buttons such as "Cancel",
"Close") are carried in our catalogue under Qt's context "QPlatformTheme" (ui/qt_strings.py);
a qtbase_<code>.qm in Qt's translations directory is loaded too, should a Qt release ever
ship one.

Qt's installed translators are process-wide, so the language in force is too:
``current_language()`` says which one, and the money/number helpers below format for it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from pos_desktop.core.locale_format import (
    NBSP,
    format_money,
    format_money_amount,
    format_quantity,
)
from pos_desktop.core.money import Money
from pos_desktop.i18n.languages import DEFAULT, I18N_DIR, language
from pos_desktop.i18n.markers import Translate


def current_language() -> str:
    """The language the UI speaks now ("en", "si" or "ta"): the application's Translations
    object holds it (no module state); English before one exists."""
    app = QCoreApplication.instance()
    found = app.findChild(Translations, "translations") if app is not None else None
    return found.language if isinstance(found, Translations) else DEFAULT


def money_text(money: Money) -> str:
    """An amount for the screen in the current language ("1,250.00"), no currency symbol."""
    return format_money_amount(money, current_language())


def money_with_symbol(money: Money) -> str:
    """An amount with the language's currency symbol: "LKR 1,250.00", "රු. 1,250.00"."""
    return format_money(money, current_language()).replace(NBSP, " ")


def quantity_text_for(quantity_milli: int, *, weighed: bool = False) -> str:
    return format_quantity(quantity_milli, current_language(), weighed=weighed)


def qt_translate(context: str, text: str) -> str:
    """The installed catalogue (the UI's language) as a ``Translate`` for Qt-free helpers."""
    return QCoreApplication.translate(context, text)


def load_translator(code: str, directory: Path = I18N_DIR) -> QTranslator | None:
    """A translator loaded with our catalogue for ``code`` (None for English or no .qm)."""
    lang = language(code)
    if not lang.has_catalogue:
        return None
    translator = QTranslator()
    if not translator.load(str(directory / lang.qm_file.name)):
        return None
    return translator


def _qt_translator(code: str) -> QTranslator | None:
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if translator.load(f"qtbase_{code}", qt_dir):
        return translator
    return None


class Translations(QObject):
    """Owns the installed translators of the application (one object per QApplication)."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, directory: Path = I18N_DIR) -> None:
        super().__init__(app)
        self.setObjectName("translations")
        self.app = app
        self.directory = directory
        self._installed: list[QTranslator] = []
        self.language = DEFAULT

    def use(self, code: str | None) -> bool:
        """Speak ``code`` from now on; True when that changed the language."""
        lang = language(code)
        if lang.code == self.language:
            return False
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed = []
        if lang.has_catalogue:
            ours = load_translator(lang.code, self.directory)
            for new in (ours, _qt_translator(lang.code)):
                if new is not None:
                    self.app.installTranslator(new)
                    self._installed.append(new)
        QLocale.setDefault(QLocale(lang.qt_locale))
        self.language = lang.code
        self.language_changed.emit(lang.code)
        return True


def translations() -> Translations:
    """The application's Translations (made on first use)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication yet")
    found = app.findChild(Translations, "translations")
    if isinstance(found, Translations):
        return found
    return Translations(app)


# -- receipts: translators that are never installed (any language, any thread) ----------------
_receipt_lock = threading.Lock()
_receipt_translators: dict[str, QTranslator | None] = {}


def receipt_translate(code: str) -> Translate:
    """(context, text) -> text in ``code``, for Qt-free code such as the receipt layout.

    The translator is loaded once per language and only read afterwards (from the print
    worker's thread too); an untranslated message stays English.
    """
    lang = language(code)
    with _receipt_lock:
        if lang.code not in _receipt_translators:
            _receipt_translators[lang.code] = load_translator(lang.code)
        loaded = _receipt_translators[lang.code]

    def translate(context: str, text: str) -> str:
        if loaded is None:
            return text
        return loaded.translate(context, text) or text

    return translate


def forget_receipt_translators() -> None:
    """Drop the cached receipt translators (after the catalogues were rebuilt)."""
    with _receipt_lock:
        _receipt_translators.clear()
