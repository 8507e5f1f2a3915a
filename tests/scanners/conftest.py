"""Scanner tests reuse the Qt UiContext fixture of the UI tests."""

from __future__ import annotations

from tests.ui.conftest import ui

__all__ = ["ui"]
