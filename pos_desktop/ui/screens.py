"""The screens of the app and where the shell finds them (one registry, wired explicitly)."""

from __future__ import annotations

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import ScreenFactory, Shell


def screen_factories() -> dict[str, ScreenFactory]:
    """Every screen by name. Each entry builds its widget from (UiContext, Shell)."""
    return {}


def build_shell(ui: UiContext) -> Shell:
    return Shell(ui, screen_factories())
