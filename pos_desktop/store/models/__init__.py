"""All ORM models. Importing this package registers every table on ``Base.metadata``.

Each slice keeps its models in its own submodule; every submodule is imported here so that
``Base.metadata`` (migrations, create_all, sync) always sees the whole schema.
"""

import importlib
import pkgutil

from pos_desktop.store.models.identity import Device, Organization, Store, User
from pos_desktop.store.models.system import (
    AuditLog,
    CurrencyExchangeRate,
    Notification,
    NotificationSetting,
    Setting,
    Translation,
)
from pos_desktop.store.outbox import OutboxEntry, SyncCursor, SyncMeta

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

__all__ = [
    "AuditLog",
    "CurrencyExchangeRate",
    "Device",
    "Notification",
    "NotificationSetting",
    "Organization",
    "OutboxEntry",
    "Setting",
    "Store",
    "SyncCursor",
    "SyncMeta",
    "Translation",
    "User",
]
