"""Entities of the source documents the terminal does not have (wishlists, marketing,
integrations, analytics). HQ-only: edited with an organization API key, never pushed or pulled.
Delivery orders and couriers are terminal tables now (pos_desktop/store/models/delivery.py),
copied into HQ's metadata by schema.py like every synced table. Fields follow
../shared/sources; ``organization_id`` on every row, money in ``*_minor`` integers beside a
``currency``, quantities in ``*_milli``.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from sync.server.meta import (
    HQ_METADATA,
    ID_LEN,
    flag,
    id_col,
    json_col,
    moment,
    org_col,
    ref,
    text,
    timestamps,
)


def _parent(name: str, target: str) -> Column[str]:
    return Column(name, String(ID_LEN), ForeignKey(f"{target}.id"), nullable=False, index=True)


Table(
    "wishlists",
    HQ_METADATA,
    id_col(),
    org_col(),
    ref("customer_id", nullable=False, index=True),
    text("name", 200, nullable=False),
    flag("is_public", False),
    text("share_code", 32),
    *timestamps(),
    UniqueConstraint("organization_id", "share_code"),
)

Table(
    "wishlist_items",
    HQ_METADATA,
    id_col(),
    org_col(),
    _parent("wishlist_id", "wishlists"),
    ref("product_id", nullable=False),
    Column("notes", Text(), nullable=True),
    moment("added_at", nullable=False, now=True),
)

Table(
    "analytics",
    HQ_METADATA,
    id_col(),
    org_col(),
    text("type", 16, nullable=False),  # REVENUE/ORDERS/CUSTOMERS/PRODUCTS/COURIER/PAYMENT
    json_col("data", nullable=False, default=lambda: {}),
    text("period", 8, nullable=False),  # DAILY/WEEKLY/MONTHLY/YEARLY
    Column("date", String(10), nullable=False),  # ISO date of the period's start
    moment("created_at", nullable=False, now=True),
)

Table(
    "reports",
    HQ_METADATA,
    id_col(),
    org_col(),
    text("name", 200, nullable=False),
    text("type", 16, nullable=False),  # SALES/INVENTORY/CUSTOMER/COURIER/PAYMENT
    json_col("data"),
    text("format", 8, nullable=False, default="CSV"),  # PDF/CSV/EXCEL
    text("status", 16, nullable=False, default="GENERATING"),  # GENERATING/COMPLETED/FAILED
    ref("created_by_id"),
    moment("created_at", nullable=False, now=True),
    moment("completed_at"),
)

Table(
    "woo_commerce_integrations",
    HQ_METADATA,
    id_col(),
    org_col(),
    text("store_url", 500, nullable=False),
    text("consumer_key", 200),
    text("consumer_secret", 200),
    flag("is_active", True),
    moment("last_sync_at"),
    json_col("settings", nullable=False, default=lambda: {}),
    *timestamps(),
)

Table(
    "whatsapp_integrations",
    HQ_METADATA,
    id_col(),
    org_col(),
    text("phone_number_id", 64, nullable=False),
    text("access_token", 500),
    text("webhook_token", 200),
    flag("is_active", True),
    json_col("settings", nullable=False, default=lambda: {}),
    *timestamps(),
)

Table(
    "social_commerce",
    HQ_METADATA,
    id_col(),
    org_col(),
    text("platform", 16, nullable=False),  # FACEBOOK/INSTAGRAM/TIKTOK/WHATSAPP/TWITTER
    text("platform_account_id", 128),
    text("access_token", 500),
    flag("is_connected", False),
    json_col("settings", nullable=False, default=lambda: {}),
    moment("last_sync_at"),
    *timestamps(),
)

Table(
    "social_products",
    HQ_METADATA,
    id_col(),
    org_col(),
    ref("product_id", nullable=False, index=True),
    _parent("social_commerce_id", "social_commerce"),
    text("platform_product_id", 128),
    text("status", 16, nullable=False, default="PENDING"),  # ACTIVE/INACTIVE/PENDING/REJECTED
    moment("last_sync_at"),
    json_col("metadata"),
    *timestamps(),
)

Table(
    "social_posts",
    HQ_METADATA,
    id_col(),
    org_col(),
    _parent("social_commerce_id", "social_commerce"),
    text("platform_post_id", 128),
    text("type", 16, nullable=False),  # PRODUCT/PROMOTION/STORY/REEL/LIVE
    json_col("content"),
    json_col("product_ids", nullable=False, default=lambda: []),
    moment("scheduled_at"),
    moment("published_at"),
    text("status", 16, nullable=False, default="DRAFT"),  # DRAFT/SCHEDULED/PUBLISHED/FAILED
    json_col("metrics"),
    *timestamps(),
)

Table(
    "campaigns",
    HQ_METADATA,
    id_col(),
    org_col(),
    text("name", 200, nullable=False),
    Column("description", Text(), nullable=True),
    text("type", 16, nullable=False),  # EMAIL/SMS/PUSH/SOCIAL
    text("status", 16, nullable=False, default="DRAFT"),  # DRAFT/ACTIVE/PAUSED/COMPLETED
    json_col("target_audience"),
    json_col("content"),
    json_col("schedule"),
    json_col("metrics"),
    ref("created_by_id"),
    *timestamps(),
)

Table(
    "campaign_recipients",
    HQ_METADATA,
    id_col(),
    org_col(),
    _parent("campaign_id", "campaigns"),
    ref("customer_id", nullable=False, index=True),
    text("status", 16, nullable=False, default="PENDING"),  # PENDING/SENT/.../FAILED
    moment("sent_at"),
    moment("delivered_at"),
    moment("opened_at"),
    moment("clicked_at"),
)

Table(
    "device_tokens",
    HQ_METADATA,
    id_col(),
    org_col(),
    ref("user_id", nullable=False, index=True),
    text("token", 500, nullable=False),
    text("platform", 8, nullable=False),  # IOS/ANDROID/WEB
    flag("is_active", True),
    moment("last_used_at"),
    *timestamps(),
)

Table(
    "pwa_subscriptions",
    HQ_METADATA,
    id_col(),
    org_col(),
    ref("user_id", nullable=False, index=True),
    text("endpoint", 1000, nullable=False),
    json_col("keys", nullable=False, default=lambda: {}),
    flag("is_active", True),
    *timestamps(),
)

TABLE_NAMES: tuple[str, ...] = (
    "wishlists",
    "wishlist_items",
    "analytics",
    "reports",
    "woo_commerce_integrations",
    "whatsapp_integrations",
    "social_commerce",
    "social_products",
    "social_posts",
    "campaigns",
    "campaign_recipients",
    "device_tokens",
    "pwa_subscriptions",
)

for _name in TABLE_NAMES:
    # Every HQ-only business table is listed by organization in id order (API key pages).
    _table = HQ_METADATA.tables[_name]
    Index(f"ix_{_name}_org_id", _table.c.organization_id, _table.c.id)
