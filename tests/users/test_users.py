"""User management on a real terminal database."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.core.permissions import Permission, Role
from pos_desktop.services.auth import login_with_password, login_with_pin
from pos_desktop.services.context import Actor
from pos_desktop.services.users import (
    NewUser,
    change_role,
    create_user,
    disable_user,
    enable_user,
    list_users,
    reset_password,
    set_extra_permissions,
    set_language,
    unlock_user,
)
from pos_desktop.store.models import AuditLog, OutboxEntry, User
from tests.support.terminal import CASHIER_PIN, Terminal


def _count_users(terminal: Terminal) -> int:
    with terminal.db.read() as s:
        return int(s.execute(select(func.count(User.id))).scalar_one())


def _user(terminal: Terminal, user_id: str) -> User:
    with terminal.db.read() as s:
        user = s.get(User, user_id)
        assert user is not None
        return user


def test_admin_creates_a_cashier_who_can_sign_in(terminal: Terminal) -> None:
    result = create_user(
        terminal.ctx,
        terminal.admin,
        NewUser(username="Nimal", name="Nimal Perera", role="cashier", pin="4455", language="si"),
    )
    assert result.username == "nimal"
    assert result.changes.touches("users")
    actor = login_with_pin(terminal.ctx, "NIMAL", "4455")
    assert actor.user_id == result.user_id and actor.role == "cashier"
    user = _user(terminal, result.user_id)
    assert user.language == "si" and user.password_hash is None
    with terminal.db.read() as s:
        entry = s.execute(select(AuditLog).where(AuditLog.action == "user.create")).scalar_one()
        outbox = s.execute(
            select(OutboxEntry).where(OutboxEntry.entity_id == result.user_id)
        ).scalar_one()
    assert entry.user_id == terminal.admin.user_id
    assert entry.new_values is not None and entry.new_values["role"] == "cashier"
    assert "4455" not in json.dumps(entry.new_values)
    assert (outbox.entity, outbox.operation) == ("users", "insert")


@pytest.mark.parametrize("who", ["cashier", "manager"])
def test_cashier_and_manager_cannot_create_users(terminal: Terminal, who: str) -> None:
    actor: Actor = getattr(terminal, who)
    before = _count_users(terminal)
    with pytest.raises(PermissionDenied):
        create_user(terminal.ctx, actor, NewUser("sneaky", "Sneaky", "cashier", "1234"))
    assert _count_users(terminal) == before


@pytest.mark.parametrize(
    ("spec", "error"),
    [
        (NewUser("ab", "Too Short", "cashier", "1234"), ValidationError),
        (NewUser("bad name", "Space", "cashier", "1234"), ValidationError),
        (NewUser("newbie", "", "cashier", "1234"), ValidationError),
        (NewUser("newbie", "PIN letters", "cashier", "12a4"), ValidationError),
        (NewUser("newbie", "PIN short", "cashier", "123"), ValidationError),
        (NewUser("newbie", "PIN long", "cashier", "123456789"), ValidationError),
        (NewUser("newbie", "No such role", "owner", "1234"), ValidationError),
        (NewUser("newbie", "Admin no pw", "admin", "1234"), ValidationError),
        (NewUser("newbie", "Admin short pw", "admin", "1234", password="short"), ValidationError),
        (NewUser("newbie", "Lang", "cashier", "1234", language="fr"), ValidationError),
        (
            NewUser("newbie", "Limit", "cashier", "1234", discount_limit_percent=150),
            ValidationError,
        ),
        (
            NewUser("newbie", "Grant", "cashier", "1234", permissions=frozenset({"fly"})),
            ValidationError,
        ),
        (NewUser("Cashier", "Duplicate", "cashier", "1234"), ConflictError),
    ],
)
def test_bad_new_users_are_refused_and_nothing_is_written(
    terminal: Terminal, spec: NewUser, error: type[DomainError]
) -> None:
    before = _count_users(terminal)
    with pytest.raises(error):
        create_user(terminal.ctx, terminal.admin, spec)
    assert _count_users(terminal) == before


def test_admin_needs_a_password_and_signs_in_with_it(terminal: Terminal) -> None:
    result = create_user(
        terminal.ctx,
        terminal.admin,
        NewUser("owner", "Owner", Role.ADMIN, "5678", password="owner-pass-9"),
    )
    assert login_with_password(terminal.ctx, "owner", "owner-pass-9").user_id == result.user_id


def test_last_active_admin_cannot_be_disabled_or_demoted(terminal: Terminal) -> None:
    admin_id = terminal.admin.user_id
    with pytest.raises(ConflictError, match="last active administrator"):
        disable_user(terminal.ctx, terminal.admin, admin_id)
    with pytest.raises(ConflictError, match="last active administrator"):
        change_role(terminal.ctx, terminal.admin, admin_id, Role.MANAGER)
    assert _user(terminal, admin_id).is_active and _user(terminal, admin_id).role == "admin"

    second = create_user(
        terminal.ctx,
        terminal.admin,
        NewUser("second", "Second Admin", "admin", "5678", password="second-pass"),
    )
    change_role(terminal.ctx, terminal.admin, admin_id, Role.MANAGER)  # now allowed
    assert _user(terminal, admin_id).role == "manager"
    second_actor = login_with_password(terminal.ctx, "second", "second-pass")
    with pytest.raises(ConflictError):
        disable_user(terminal.ctx, second_actor, second.user_id)


def test_a_disabled_admin_does_not_count_as_the_spare(terminal: Terminal) -> None:
    second = create_user(
        terminal.ctx,
        terminal.admin,
        NewUser("second", "Second Admin", "admin", "5678", password="second-pass"),
    )
    disable_user(terminal.ctx, terminal.admin, second.user_id, reason="left the company")
    with pytest.raises(ConflictError):
        disable_user(terminal.ctx, terminal.admin, terminal.admin.user_id)
    enable_user(terminal.ctx, terminal.admin, second.user_id)
    disable_user(terminal.ctx, terminal.admin, terminal.admin.user_id)
    assert not _user(terminal, terminal.admin.user_id).is_active


def test_disable_and_enable_are_audited(terminal: Terminal) -> None:
    disable_user(terminal.ctx, terminal.admin, terminal.cashier.user_id, reason="on leave")
    with pytest.raises(ConflictError):
        disable_user(terminal.ctx, terminal.admin, terminal.cashier.user_id)
    enable_user(terminal.ctx, terminal.admin, terminal.cashier.user_id)
    assert login_with_pin(terminal.ctx, "cashier", CASHIER_PIN).username == "cashier"
    with terminal.db.read() as s:
        actions = s.execute(
            select(AuditLog.action, AuditLog.reason).where(AuditLog.action.like("user.%"))
        ).all()
    assert [tuple(a) for a in actions] == [("user.disable", "on leave"), ("user.enable", None)]


def test_a_manager_granted_manage_users_cannot_escalate(terminal: Terminal) -> None:
    set_extra_permissions(
        terminal.ctx, terminal.admin, terminal.manager.user_id, [Permission.MANAGE_USERS]
    )
    from pos_desktop.services.auth import login_with_pin as login

    manager = login(terminal.ctx, "manager", "2222")
    assert manager.can(Permission.MANAGE_USERS)
    create_user(terminal.ctx, manager, NewUser("helper", "Helper", "cashier", "1357"))
    with pytest.raises(PermissionDenied):
        create_user(
            terminal.ctx, manager, NewUser("boss", "Boss", "admin", "1357", password="boss-pass-1")
        )
    with pytest.raises(PermissionDenied):
        set_extra_permissions(terminal.ctx, manager, manager.user_id, [Permission.MANAGE_SETTINGS])
    with pytest.raises(PermissionDenied):
        change_role(terminal.ctx, manager, terminal.cashier.user_id, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        disable_user(terminal.ctx, manager, terminal.admin.user_id)
    with pytest.raises(PermissionDenied):
        reset_password(terminal.ctx, manager, terminal.admin.user_id, "taken-over-1")
    # Within their own powers they may grant: e.g. open drawer to a cashier.
    set_extra_permissions(terminal.ctx, manager, terminal.cashier.user_id, ["open_drawer"])
    assert login(terminal.ctx, "cashier", CASHIER_PIN).can(Permission.OPEN_DRAWER)


def test_promoting_to_admin_needs_a_password(terminal: Terminal) -> None:
    with pytest.raises(ValidationError, match="password"):
        change_role(terminal.ctx, terminal.admin, terminal.manager.user_id, "admin")
    change_role(
        terminal.ctx, terminal.admin, terminal.manager.user_id, "admin", password="mgr-admin-1"
    )
    assert login_with_password(terminal.ctx, "manager", "mgr-admin-1").role == "admin"
    with pytest.raises(ConflictError):
        change_role(terminal.ctx, terminal.admin, terminal.manager.user_id, "admin")


def test_language_self_service_and_for_others(terminal: Terminal) -> None:
    set_language(terminal.ctx, terminal.cashier, terminal.cashier.user_id, "ta")
    assert _user(terminal, terminal.cashier.user_id).language == "ta"
    with pytest.raises(PermissionDenied):
        set_language(terminal.ctx, terminal.cashier, terminal.manager.user_id, "si")
    with pytest.raises(ValidationError):
        set_language(terminal.ctx, terminal.cashier, terminal.cashier.user_id, "de")
    set_language(terminal.ctx, terminal.admin, terminal.manager.user_id, "si")
    assert _user(terminal, terminal.manager.user_id).language == "si"


def test_unlock_and_unknown_user(terminal: Terminal) -> None:
    with terminal.db.uow() as uow:
        user = uow.session.get(User, terminal.cashier.user_id)
        assert user is not None
        user.failed_attempts = 5
        uow.commit()
    unlock_user(terminal.ctx, terminal.admin, terminal.cashier.user_id)
    assert _user(terminal, terminal.cashier.user_id).failed_attempts == 0
    with pytest.raises(NotFoundError):
        disable_user(terminal.ctx, terminal.admin, "no-such-id")


def test_list_users_shows_no_secrets(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        users = list_users(s, terminal.ctx)
    assert [u.username for u in users] == ["admin", "cashier", "manager"]
    assert not any(hasattr(u, "pin_hash") for u in users)
