"""Settings (typed, scoped, audited) and the notification inbox."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import PermissionDenied, ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.services.notifications import (
    add_notification,
    count_unread,
    list_notifications,
    mark_all_read,
    mark_read,
)
from pos_desktop.services.settings import (
    OVER_SHORT_LIMIT,
    get_int,
    get_setting,
    set_setting,
)
from pos_desktop.store.models import AuditLog, Notification, Setting
from tests.auth.clock import MovableClock, with_clock
from tests.support.terminal import Terminal


def _get(terminal: Terminal, key: str) -> object:
    with terminal.db.read() as s:
        return get_setting(s, terminal.ctx, key)


def test_defaults_when_nothing_is_set(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        assert get_int(s, terminal.ctx, OVER_SHORT_LIMIT) == 500_00
        assert get_int(s, terminal.ctx, "auth.lockout_attempts") == 5
        assert get_setting(s, terminal.ctx, "no.such.key") is None
        assert get_setting(s, terminal.ctx, "no.such.key", 7) == 7


def test_device_beats_store_beats_organization(terminal: Terminal) -> None:
    ctx, admin = terminal.ctx, terminal.admin
    set_setting(ctx, admin, OVER_SHORT_LIMIT, 100_00, scope="organization")
    assert _get(terminal, OVER_SHORT_LIMIT) == 100_00
    set_setting(ctx, admin, OVER_SHORT_LIMIT, 200_00, scope="store")
    assert _get(terminal, OVER_SHORT_LIMIT) == 200_00
    set_setting(ctx, admin, OVER_SHORT_LIMIT, 300_00, scope="device")
    assert _get(terminal, OVER_SHORT_LIMIT) == 300_00
    set_setting(ctx, admin, OVER_SHORT_LIMIT, 250_00, scope="store")  # updates, not duplicates
    with terminal.db.read() as s:
        rows = s.execute(select(func.count(Setting.id)).where(Setting.key == OVER_SHORT_LIMIT))
        assert rows.scalar_one() == 3
        audits = s.execute(select(AuditLog).where(AuditLog.action == "setting.set")).scalars()
        last = list(audits)[-1]
    assert last.old_values == {"key": OVER_SHORT_LIMIT, "value": 200_00}
    assert last.new_values is not None and last.new_values["value"] == 250_00
    assert _get(terminal, OVER_SHORT_LIMIT) == 300_00


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("no.such.key", 1),
        (OVER_SHORT_LIMIT, -1),
        (OVER_SHORT_LIMIT, True),
        (OVER_SHORT_LIMIT, 12.5),
        (OVER_SHORT_LIMIT, "500"),
        ("auth.lockout_attempts", 0),
        ("receipt.show_tax_breakdown", 1),
        ("loyalty.policy", {"rate": 0.5}),
    ],
)
def test_bad_settings_are_refused(terminal: Terminal, key: str, value: object) -> None:
    with pytest.raises(ValidationError):
        set_setting(terminal.ctx, terminal.admin, key, value)
    with terminal.db.read() as s:
        assert s.execute(select(func.count(Setting.id))).scalar_one() == 0


def test_only_settings_managers_may_set(terminal: Terminal) -> None:
    for actor in (terminal.cashier, terminal.manager):
        with pytest.raises(PermissionDenied):
            set_setting(terminal.ctx, actor, OVER_SHORT_LIMIT, 0)


def test_a_corrupt_row_falls_back_to_the_default(terminal: Terminal) -> None:
    ident = terminal.ctx.terminal
    with terminal.db.uow() as uow:
        uow.session.add(
            Setting(organization_id=ident.organization_id, key=OVER_SHORT_LIMIT, value="lots")
        )
        uow.commit()
    assert _get(terminal, OVER_SHORT_LIMIT) == 500_00


def _notify(terminal: Terminal, title: str, *, store_id: str | None = "mine") -> str:
    ctx = terminal.ctx
    with terminal.db.uow() as uow:
        row = add_notification(uow.session, ctx, "STOCK", title, f"{title} is low")
        if store_id != "mine":
            row.store_id = store_id
        uow.commit()
        return row.id


def test_notification_inbox(terminal: Terminal) -> None:
    clock = MovableClock()
    terminal.ctx = with_clock(terminal.ctx, clock)
    first = _notify(terminal, "Rice")
    clock.advance(minutes=1)
    second = _notify(terminal, "Dhal")
    clock.advance(minutes=1)
    org_wide = _notify(terminal, "Sync quarantine", store_id=None)
    _notify(terminal, "Other store", store_id=new_id())
    ctx = terminal.ctx
    with terminal.db.read() as s:
        listed = list_notifications(s, ctx)
        assert [n.id for n in listed] == [org_wide, second, first]
        assert count_unread(s, ctx) == 3
    result = mark_read(ctx, terminal.cashier, [first, "unknown-id"])
    assert result.marked == 1 and result.changes.touches("notifications")
    assert mark_read(ctx, terminal.cashier, [first]).marked == 0  # already read
    with terminal.db.read() as s:
        unread = list_notifications(s, ctx, unread_only=True)
        assert {n.id for n in unread} == {second, org_wide}
        read = next(n for n in list_notifications(s, ctx) if n.id == first)
        assert read.is_read and read.read_at == clock.now
        assert count_unread(s, ctx) == 2
    assert mark_all_read(ctx, terminal.cashier).marked == 2
    with terminal.db.read() as s:
        assert count_unread(s, ctx) == 0
        # The other store's notification was never visible and stays unread.
        others = s.execute(select(Notification).where(Notification.is_read.is_(False))).scalars()
        assert [n.title for n in others] == ["Other store"]
    with terminal.db.read() as s, pytest.raises(ValidationError):
        list_notifications(s, ctx, limit=0)
