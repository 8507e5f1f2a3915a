"""All ORM models. Importing this package registers every table on ``Base.metadata``."""

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
