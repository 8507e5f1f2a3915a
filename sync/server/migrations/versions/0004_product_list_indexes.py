"""HQ: the product-list indexes copied from the terminal's schema

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

The terminal's 0007: ``products(name, id)``, ``(price_minor, id)``, ``(status, name, id)``, and
the category and tax-class indexes widened to ``(column, name, id)``. HQ copies the terminal's
tables with their indexes (sync/server/schema.py), so its schema carries them too; HQ itself
does not list products this way, and a catalog's write rate makes their upkeep negligible.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op

import pos_desktop.store.types  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_products_category_id", table_name="products")
    op.drop_index("ix_products_tax_class_id", table_name="products")
    op.create_index("ix_products_name", "products", ["name", "id"], unique=False)
    op.create_index("ix_products_price", "products", ["price_minor", "id"], unique=False)
    op.create_index("ix_products_status", "products", ["status", "name", "id"], unique=False)
    op.create_index(
        "ix_products_category_id", "products", ["category_id", "name", "id"], unique=False
    )
    op.create_index(
        "ix_products_tax_class_id", "products", ["tax_class_id", "name", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_products_tax_class_id", table_name="products")
    op.drop_index("ix_products_category_id", table_name="products")
    op.drop_index("ix_products_status", table_name="products")
    op.drop_index("ix_products_price", table_name="products")
    op.drop_index("ix_products_name", table_name="products")
    op.create_index("ix_products_tax_class_id", "products", ["tax_class_id"], unique=False)
    op.create_index("ix_products_category_id", "products", ["category_id"], unique=False)
