"""The kiosk setting: a counter till that starts full screen and cannot be left by a cashier.

``ui.kiosk`` (bool, default false) is a setting like any other: set it for one device (the
usual case), a store or the whole organization. ``pos run --kiosk`` forces it on for one run.
The window behaviour lives in ``pos_desktop/ui/kiosk.py``.
"""

from __future__ import annotations

from typing import Final

from pos_desktop.services.context import ServiceContext
from pos_desktop.services.settings import SettingSpec, get_setting, register_setting

KIOSK_SETTING: Final = register_setting(
    SettingSpec(
        "ui.kiosk",
        bool,
        False,
        description="start the till full screen; closing it or leaving needs a manager",
    )
)


def kiosk_enabled(ctx: ServiceContext) -> bool:
    """Whether this device's setting in force asks for kiosk mode (reads the database)."""
    with ctx.db.read() as session:
        return bool(get_setting(session, ctx, KIOSK_SETTING.key))
