"""Tenancy and people: organizations (businesses), stores, devices, users."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.store.base import ID, Base, OrgScoped, SoftDelete, Timestamps


class Organization(Timestamps, Base):
    """SmartStore 'organizations' = Sell Sync 'businesses'."""

    __tablename__ = "organizations"
    __sync_kind__ = "hq"

    name: Mapped[str] = mapped_column(String(200))
    domain: Mapped[str | None] = mapped_column(String(200), unique=True)
    plan: Mapped[str] = mapped_column(String(16), default="FREE")  # FREE/BASIC/PRO/ENTERPRISE
    status: Mapped[str] = mapped_column(String(16), default="ACTIVE")  # ACTIVE/SUSPENDED/CANCELLED
    subscription_status: Mapped[str] = mapped_column(String(16), default="active")
    currency: Mapped[str] = mapped_column(String(3), default="LKR")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Colombo")
    tax_inclusive: Mapped[bool] = mapped_column(Boolean, default=True)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    features: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Store(OrgScoped, Timestamps, Base):
    __tablename__ = "stores"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("organization_id", "code"),)

    code: Mapped[str] = mapped_column(String(8))  # e.g. "S01", printed in receipt numbers
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(32))
    vat_registration_number: Mapped[str | None] = mapped_column(String(32))
    operating_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    receipt_header: Mapped[str | None] = mapped_column(String(500))
    receipt_footer: Mapped[str | None] = mapped_column(String(500))


class Device(OrgScoped, Timestamps, Base):
    """A terminal. Its id is made on the device at init and confirmed by HQ at enrollment."""

    __tablename__ = "devices"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("store_id", "code"),)

    store_id: Mapped[str] = mapped_column(ForeignKey("stores.id"), index=True)
    code: Mapped[str] = mapped_column(String(8))  # e.g. "T02"
    name: Mapped[str] = mapped_column(String(100))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    enrolled_at: Mapped[datetime | None] = mapped_column()


class User(OrgScoped, Timestamps, SoftDelete, Base):
    __tablename__ = "users"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("organization_id", "username"),)

    store_id: Mapped[str | None] = mapped_column(ID, index=True)  # None: all stores
    username: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # admin / manager / cashier
    permissions: Mapped[list[Any]] = mapped_column(default=list)  # grants beyond the role
    password_hash: Mapped[str | None] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(2), default="en")  # en / si / ta
    discount_limit_percent: Mapped[int | None] = mapped_column(Integer)  # None: role default
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    mfa_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    mfa_secret: Mapped[str | None] = mapped_column(String(64))
    mfa_backup_codes: Mapped[list[Any]] = mapped_column(default=list)
    last_login_at: Mapped[datetime | None] = mapped_column()
