"""Settings > Hardware: the cash drawer's pin and pulse, and its Test button.

The drawer hangs off the receipt printer, so its pin (2 or 5) and pulse length are part of the
``hardware.printer`` setting (services/printer_config.py); saving them keeps the rest of the
printer's set-up as it is. A test kick goes through the print queue like every drawer open (the
worker sends ESC p with the saved pin and pulse) and is audited: a drawer that opens without a
sale is something a manager wants to be able to trace.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, AuditEntry, ServiceContext, audit, require
from pos_desktop.services.print_queue import QueuedJobs, _kick_job, _queued
from pos_desktop.services.printer_config import (
    PrinterConfig,
    get_printer_config,
    save_printer_config,
)
from pos_desktop.services.settings import SettingResult


@dataclass(frozen=True, slots=True)
class DrawerConfig:
    pin: int = 2
    pulse_ms: int = 100


def get_drawer_config(ctx: ServiceContext) -> DrawerConfig:
    with ctx.db.read() as s:
        config = get_printer_config(s, ctx)
    return DrawerConfig(config.drawer_pin, config.drawer_pulse_ms)


def save_drawer_config(ctx: ServiceContext, actor: Actor, drawer: DrawerConfig) -> SettingResult:
    """Store the drawer's pin and pulse in this device's printer setting (MANAGE_SETTINGS)."""
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.db.read() as s:
        try:
            printer = get_printer_config(s, ctx)
        except ValidationError:
            printer = PrinterConfig()  # an unreadable printer setting: start from no printer
    updated = dataclasses.replace(printer, drawer_pin=drawer.pin, drawer_pulse_ms=drawer.pulse_ms)
    PrinterConfig.from_setting(updated.to_setting())  # the pin and pulse rules, before writing
    return save_printer_config(ctx, actor, updated)


def kick_drawer_for_test(ctx: ServiceContext, actor: Actor) -> QueuedJobs:
    """Queue a drawer kick from the settings page (MANAGE_SETTINGS; audited)."""
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.db.uow() as uow:
        s = uow.session
        job = _kick_job(ctx, actor, "test", None, ctx.clock())
        s.add(job)
        s.flush()
        audit(s, ctx, actor, AuditEntry("drawer.test_kick", "print_job", job.id))
        uow.commit()
    return _queued([job])
