"""The backup settings (``services/settings.py`` keys) and reading them as one policy.

- ``backup.interval_hours`` (default 4; 0 turns scheduled backups off): while the app runs, a
  backup every so many hours, only when something changed since the newest backup.
- ``backup.at_shift_close`` (default on): a backup right after each Z report.
- ``backup.keep_last`` (default 14) and ``backup.keep_weeks`` (default 8): retention, see
  ``ops/backup.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from pos_desktop.ops.backup import DEFAULT_KEEP_LAST, DEFAULT_KEEP_WEEKS, RetentionPolicy
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.settings import SettingSpec, get_settings, register_setting

INTERVAL_HOURS: Final = "backup.interval_hours"
AT_SHIFT_CLOSE: Final = "backup.at_shift_close"
KEEP_LAST: Final = "backup.keep_last"
KEEP_WEEKS: Final = "backup.keep_weeks"

for _spec in (
    SettingSpec(
        INTERVAL_HOURS, int, 4, 0, 7 * 24, description="hours between automatic backups (0: off)"
    ),
    SettingSpec(AT_SHIFT_CLOSE, bool, True, description="back up after each shift close"),
    SettingSpec(
        KEEP_LAST, int, DEFAULT_KEEP_LAST, 1, 1000, description="newest backups always kept"
    ),
    SettingSpec(
        KEEP_WEEKS, int, DEFAULT_KEEP_WEEKS, 0, 520, description="weeks with one backup kept"
    ),
):
    register_setting(_spec)


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    interval_hours: int = 4
    at_shift_close: bool = True
    retention: RetentionPolicy = field(default_factory=RetentionPolicy)


def backup_policy(ctx: ServiceContext) -> BackupPolicy:
    with ctx.db.read() as s:
        values = get_settings(s, ctx, (INTERVAL_HOURS, AT_SHIFT_CLOSE, KEEP_LAST, KEEP_WEEKS))
    return BackupPolicy(
        interval_hours=int(values[INTERVAL_HOURS]),
        at_shift_close=bool(values[AT_SHIFT_CLOSE]),
        retention=RetentionPolicy(int(values[KEEP_LAST]), int(values[KEEP_WEEKS])),
    )
