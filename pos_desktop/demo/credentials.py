"""The demo store's identity and sign-in credentials: the one place README and tests read them.

These are demo secrets for a demo database, printed by ``pos demo`` on purpose. Never reuse them
for a real store (``pos init`` asks for real ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from pos_desktop.core.permissions import Role
from pos_desktop.services.setup import StoreSetup


@dataclass(frozen=True, slots=True)
class DemoUser:
    username: str
    name: str
    role: Role
    pin: str
    password: str | None = None  # admins sign in with a password; the till uses PINs


DEMO_USERS: Final = (
    DemoUser("admin", "Amal Perera", Role.ADMIN, pin="1234", password="lankamart-admin"),
    DemoUser("manager", "Nadeesha Fernando", Role.MANAGER, pin="2580"),
    DemoUser("cashier", "Kasun Silva", Role.CASHIER, pin="1111"),
)

DEMO_ADMIN: Final = DEMO_USERS[0]


@dataclass(frozen=True, slots=True)
class DemoStore:
    organization: str = "Lanka Mart (Pvt) Ltd"
    store: str = "Lanka Mart - Colombo 03"
    store_code: str = "S01"
    device_code: str = "T01"
    vat_registration_number: str = "114523678-7000"
    address: str = "No. 125, Galle Road, Colombo 03"
    phone: str = "+94 11 257 3690"


DEMO_STORE: Final = DemoStore()


def credentials_text() -> str:
    """What ``pos demo`` prints (and what the README lists)."""
    lines = ["Demo sign-in:"]
    for user in DEMO_USERS:
        secret = f"password {user.password}, PIN {user.pin}" if user.password else f"PIN {user.pin}"
        lines.append(f"  {user.role.value:<8} {user.username:<8} {secret}")
    return "\n".join(lines)


def demo_store_setup() -> StoreSetup:
    """The set-up of the demo store and its admin (used by ``pos demo`` and the bench data)."""
    return StoreSetup(
        organization_name=DEMO_STORE.organization,
        store_name=DEMO_STORE.store,
        admin_username=DEMO_ADMIN.username,
        admin_password=DEMO_ADMIN.password or "",
        admin_pin=DEMO_ADMIN.pin,
        admin_name=DEMO_ADMIN.name,
        store_code=DEMO_STORE.store_code,
        device_code=DEMO_STORE.device_code,
        vat_registration_number=DEMO_STORE.vat_registration_number,
        address=DEMO_STORE.address,
        phone=DEMO_STORE.phone,
    )
