"""The languages the app speaks, and the locale names Babel and Qt know them by.

Babel has no ``en_LK`` locale, so English uses plain ``en`` (its currency spacing and grouping
are fixed in ``core.locale_format`` the same way as for the Sri Lankan locales).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pos_desktop.resources import resources_root

RESOURCES: Final = resources_root()  # the repository's resources/, or the bundle's copy
I18N_DIR: Final = RESOURCES / "i18n"
CATALOGUE_PREFIX: Final = "pos_"  # resources/i18n/pos_si.ts -> pos_si.qm


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # what users.language and ReceiptDocument.language hold
    native_name: str  # how the language names itself (menus show it so)
    babel_locale: str
    qt_locale: str
    has_catalogue: bool  # English is the source language: no .ts/.qm

    @property
    def ts_file(self) -> Path:
        return I18N_DIR / f"{CATALOGUE_PREFIX}{self.code}.ts"

    @property
    def qm_file(self) -> Path:
        return I18N_DIR / f"{CATALOGUE_PREFIX}{self.code}.qm"


ENGLISH: Final = Language("en", "English", "en", "en_LK", False)
SINHALA: Final = Language("si", "සිංහල", "si_LK", "si_LK", True)
TAMIL: Final = Language("ta", "தமிழ்", "ta_LK", "ta_LK", True)

LANGUAGES: Final[tuple[Language, ...]] = (ENGLISH, SINHALA, TAMIL)
CODES: Final[tuple[str, ...]] = tuple(lang.code for lang in LANGUAGES)
DEFAULT: Final = ENGLISH.code
_BY_CODE: Final = {lang.code: lang for lang in LANGUAGES}


def language(code: str | None) -> Language:
    """The language for ``code``; English for anything unknown (a bad row must not break)."""
    return _BY_CODE.get(code or "", ENGLISH)


def normalize(code: str | None) -> str:
    return language(code).code
