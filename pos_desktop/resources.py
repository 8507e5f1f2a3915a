"""Where the app's read-only resources (fonts, sounds, translations, icons) are on disk.

From a source checkout or an editable install they are the repository's ``resources/`` folder
beside the package. In the PyInstaller bundle (``installer/pos-desktop.spec``) the spec copies
that folder to ``<bundle>/_internal/resources``, and ``sys._MEIPASS`` names ``_internal``.
Code never builds these paths itself: it asks ``resource_dir`` so both layouts work.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

_SOURCE_ROOT: Final = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_root() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]  # set by PyInstaller
    return _SOURCE_ROOT / "resources"


def resource_dir(*parts: str) -> Path:
    """``resource_dir("fonts")`` -> the folder holding the bundled fonts (not created)."""
    return resources_root().joinpath(*parts)
