"""Cross-cutting records: audit log, settings, notifications, translations, exchange rates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.store.base import (
    ID,
    Base,
    CreatedAt,
    DeviceMade,
    HlcStamped,
    OrgScoped,
    Timestamps,
)
from pos_desktop.store.types import DecimalText, JSONText


class AuditLog(OrgScoped, DeviceMade, CreatedAt, Base):
    """Who did what, approved by whom. Append-only."""

    __tablename__ = "audit_logs"
    __sync_kind__ = "ledger"
    __table_args__ = (Index("ix_audit_logs_resource", "resource", "resource_id"),)

    store_id: Mapped[str | None] = mapped_column(ID, index=True)
    user_id: Mapped[str | None] = mapped_column(ID, index=True)
    approved_by_id: Mapped[str | None] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(64), index=True)
    resource: Mapped[str] = mapped_column(String(64))
    resource_id: Mapped[str | None] = mapped_column(ID)
    old_values: Mapped[dict[str, Any] | None] = mapped_column()
    new_values: Mapped[dict[str, Any] | None] = mapped_column()
    reason: Mapped[str | None] = mapped_column(String(500))
    ip_address: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(200))


class Setting(OrgScoped, Timestamps, HlcStamped, Base):
    """Key/value settings; ``store_id``/``device_id`` None means organization- or store-wide."""

    __tablename__ = "settings"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("organization_id", "store_id", "device_id", "key"),)

    store_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str | None] = mapped_column(ID)
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSONText())


class Notification(OrgScoped, DeviceMade, CreatedAt, Base):
    """Alerts for staff (low/negative stock, quarantined sync entries, over/short...)."""

    __tablename__ = "notifications"
    __sync_kind__ = "ledger"
    __table_args__ = (Index("ix_notifications_unread", "store_id", "is_read"),)

    store_id: Mapped[str | None] = mapped_column(ID)
    user_id: Mapped[str | None] = mapped_column(ID)
    type: Mapped[str] = mapped_column(String(32))  # STOCK, ORDER, PAYMENT, DELIVERY, SYSTEM, ...
    title: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(String(1000))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    is_read: Mapped[bool] = mapped_column(Boolean, default=False)
    read_at: Mapped[datetime | None] = mapped_column()


class NotificationSetting(OrgScoped, Timestamps, Base):
    __tablename__ = "notification_settings"
    __sync_kind__ = "hq"

    user_id: Mapped[str] = mapped_column(ID, index=True)
    email_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    push_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    stock_notifications: Mapped[bool] = mapped_column(Boolean, default=True)
    order_notifications: Mapped[bool] = mapped_column(Boolean, default=True)
    payment_notifications: Mapped[bool] = mapped_column(Boolean, default=True)
    delivery_notifications: Mapped[bool] = mapped_column(Boolean, default=True)
    system_notifications: Mapped[bool] = mapped_column(Boolean, default=True)
    promotion_notifications: Mapped[bool] = mapped_column(Boolean, default=False)


class Translation(OrgScoped, Timestamps, Base):
    """A translated field of a record, e.g. (product, id, 'name', 'si') -> Sinhala name."""

    __tablename__ = "translations"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("resource", "resource_id", "field", "language"),)

    language: Mapped[str] = mapped_column(String(2))  # en / si / ta
    resource: Mapped[str] = mapped_column(String(64))
    resource_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)


class CurrencyExchangeRate(OrgScoped, CreatedAt, Base):
    __tablename__ = "currency_exchange_rates"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("from_currency", "to_currency", "rate_date"),)

    from_currency: Mapped[str] = mapped_column(String(3))
    to_currency: Mapped[str] = mapped_column(String(3))
    # An exchange rate is a ratio, not money: exact Decimal, never float.
    rate: Mapped[Decimal] = mapped_column(DecimalText())
    rate_date: Mapped[date] = mapped_column(Date)
