"""Back-office tests use the Qt tests' UiContext fixture; helpers are in support.py."""

from tests.ui.conftest import ui  # noqa: F401 - the Qt tests' UiContext fixture
