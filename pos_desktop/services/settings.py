"""Typed settings over the ``settings`` table.

A setting is a JSON value under a dotted key, set for the whole organization, for one store or
for one device; the most specific row wins (device, then store, then organization), and a key
with no row at all takes the default declared here. Known keys are declared as ``SettingSpec``
so that a typo or a value of the wrong type is refused when it is set, not when a cashier meets
it. Other slices declare their keys with ``register_setting`` at import time.

Values are JSON scalars (int, bool, str) or objects; floats are refused (money is minor units,
rates are decimal strings).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final, Literal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.permissions import DEFAULT_DISCOUNT_LIMIT_PERCENT, Permission, Role
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.store.models import Setting

Scope = Literal["organization", "store", "device"]
_UNSET: Final = object()


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    kind: type  # int, bool, str or dict
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None
    description: str = ""

    def validate(self, value: Any) -> Any:
        if _has_float(value):
            raise ValidationError(f"setting {self.key} refuses fractional numbers; use text")
        # bool is an int subclass: check it first so True is never accepted as 1.
        if self.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValidationError(f"setting {self.key} must be a whole number")
        if not isinstance(value, self.kind):
            raise ValidationError(f"setting {self.key} must be a {self.kind.__name__}")
        if isinstance(value, int) and self.minimum is not None and value < self.minimum:
            raise ValidationError(f"setting {self.key} must be at least {self.minimum}")
        if isinstance(value, int) and self.maximum is not None and value > self.maximum:
            raise ValidationError(f"setting {self.key} must be at most {self.maximum}")
        if self.choices is not None and value not in self.choices:
            raise ValidationError(f"setting {self.key} must be one of {', '.join(self.choices)}")
        return value


def _has_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_has_float(v) for v in value)
    return False


# Keys the auth, shift and receipt code read; loyalty and hardware keys for their slices.
LOCKOUT_ATTEMPTS: Final = "auth.lockout_attempts"
LOCKOUT_MINUTES: Final = "auth.lockout_minutes"
OVER_SHORT_LIMIT: Final = "shift.over_short_limit_minor"
CASH_OUT_APPROVAL_LIMIT: Final = "shift.cash_out_approval_limit_minor"
LOYALTY_POLICY: Final = "loyalty.policy"


def discount_limit_key(role: Role | str) -> str:
    return f"discount.limit_percent.{Role(role).value}"


_SPECS: dict[str, SettingSpec] = {}


def register_setting(spec: SettingSpec) -> SettingSpec:
    """Declare a key (idempotent for an identical spec; a conflicting redeclaration is a bug)."""
    existing = _SPECS.get(spec.key)
    if existing is not None and existing != spec:
        raise ValueError(f"setting {spec.key} is already declared differently")
    spec.validate(spec.default)
    _SPECS[spec.key] = spec
    return spec


def setting_spec(key: str) -> SettingSpec | None:
    return _SPECS.get(key)


for _spec in (
    SettingSpec(LOCKOUT_ATTEMPTS, int, 5, 1, 20, description="wrong PINs/passwords before lock"),
    SettingSpec(
        LOCKOUT_MINUTES, int, 15, 1, 24 * 60, description="minutes an account stays locked"
    ),
    *(
        SettingSpec(
            discount_limit_key(role), int, pct, 0, 100, description="max % without approval"
        )
        for role, pct in DEFAULT_DISCOUNT_LIMIT_PERCENT.items()
    ),
    SettingSpec(
        OVER_SHORT_LIMIT, int, 500_00, 0, description="over/short allowed without approval"
    ),
    SettingSpec(CASH_OUT_APPROVAL_LIMIT, int, 5_000_00, 0, description="cash out needing approval"),
    SettingSpec("receipt.show_tax_breakdown", bool, True),
    SettingSpec("receipt.print_barcode", bool, True),
    SettingSpec("receipt.copies", int, 1, 0, 5),
    SettingSpec("receipt.paper_width_mm", int, 80, 58, 80),
    SettingSpec("receipt.footer", str, "Thank you! Please come again."),
    SettingSpec("loyalty.enabled", bool, True),
    # The LoyaltyPolicy (earn rate, tiers, point value, the per-customer daily offline
    # redemption cap...) as core.loyalty.policy_to_dict writes it; {} means its defaults.
    SettingSpec(LOYALTY_POLICY, dict, {}, description="loyalty policy"),
):
    register_setting(_spec)


# Built once: settings are read on hot paths (the loyalty policy on every customer's sale).
_ROWS_OF_KEYS = select(Setting.key, Setting.store_id, Setting.device_id, Setting.value).where(
    Setting.organization_id == bindparam("organization_id"),
    Setting.key.in_(bindparam("keys", expanding=True)),
)


def get_setting(session: Session, ctx: ServiceContext, key: str, default: Any = _UNSET) -> Any:
    """The value in force on this device: device row, else store row, else organization row,
    else ``default`` if given, else the declared default (``None`` for an undeclared key)."""
    rows = session.execute(
        _ROWS_OF_KEYS, {"organization_id": ctx.terminal.organization_id, "keys": [key]}
    )
    return _in_force(
        ctx, key, [(store, device, value) for _, store, device, value in rows], default
    )


def get_settings(session: Session, ctx: ServiceContext, keys: Iterable[str]) -> dict[str, Any]:
    """``get_setting`` (declared defaults) for several keys in one query."""
    wanted = list(dict.fromkeys(keys))
    found: dict[str, list[tuple[Any, ...]]] = {key: [] for key in wanted}
    for key, store_id, device_id, value in session.execute(
        _ROWS_OF_KEYS, {"organization_id": ctx.terminal.organization_id, "keys": wanted}
    ):
        found[key].append((store_id, device_id, value))
    return {key: _in_force(ctx, key, rows, _UNSET) for key, rows in found.items()}


def _in_force(ctx: ServiceContext, key: str, rows: list[tuple[Any, ...]], default: Any) -> Any:
    ident = ctx.terminal
    best: tuple[int, Any] | None = None
    for store_id, device_id, value in rows:
        if device_id not in (None, ident.device_id) or store_id not in (None, ident.store_id):
            continue
        rank = 0 if device_id else 1 if store_id else 2
        if best is None or rank < best[0]:
            best = (rank, value)
    if best is not None:
        spec = _SPECS.get(key)
        if spec is None:
            return best[1]
        try:
            return spec.validate(best[1])
        except ValidationError:
            pass  # a bad row pulled from HQ must not break the till: fall back to the default
    if default is not _UNSET:
        return default
    spec = _SPECS.get(key)
    return spec.default if spec is not None else None


def get_int(session: Session, ctx: ServiceContext, key: str) -> int:
    value = get_setting(session, ctx, key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"setting {key} is not a whole number")
    return value


@dataclass(frozen=True, slots=True)
class SettingResult:
    key: str
    value: Any
    scope: Scope
    changes: Changes


def set_setting(
    ctx: ServiceContext, actor: Actor, key: str, value: Any, *, scope: Scope = "store"
) -> SettingResult:
    """Set a declared key at the given scope (MANAGE_SETTINGS; audited with old and new value)."""
    require(actor, Permission.MANAGE_SETTINGS)
    spec = _SPECS.get(key)
    if spec is None:
        raise ValidationError(f"unknown setting {key!r}")
    if scope not in ("organization", "store", "device"):
        raise ValidationError(f"unknown setting scope {scope!r}")
    value = spec.validate(value)
    ident = ctx.terminal
    store_id = None if scope == "organization" else ident.store_id
    device_id = ident.device_id if scope == "device" else None
    with ctx.db.uow() as uow:
        s = uow.session
        # NULLs are distinct in the unique constraint, so find the row explicitly.
        row = s.execute(
            select(Setting).where(
                Setting.organization_id == ident.organization_id,
                Setting.key == key,
                Setting.store_id.is_(None) if store_id is None else Setting.store_id == store_id,
                Setting.device_id.is_(None)
                if device_id is None
                else Setting.device_id == device_id,
            )
        ).scalar_one_or_none()
        old = None if row is None else row.value
        if row is None:
            row = Setting(
                organization_id=ident.organization_id,
                store_id=store_id,
                device_id=device_id,
                key=key,
                value=value,
            )
            s.add(row)
        else:
            row.value = value
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="setting.set",
                resource="setting",
                resource_id=row.id,
                old_values={"key": key, "value": old},
                new_values={"key": key, "value": value, "scope": scope},
            ),
        )
        uow.commit()
    return SettingResult(key, value, scope, Changes.of("settings", ids=(row.id,)))
