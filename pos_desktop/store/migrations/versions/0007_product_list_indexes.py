"""indexes for the back-office product list (sort and filter)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

``products(name, id)`` and ``products(price_minor, id)`` let "ORDER BY name|price, id LIMIT n"
read in index order; ``(status, name, id)`` is new, and the category and tax-class indexes widen
to ``(column, name, id)`` (same names) so a filter on one value sorted by name also reads in
index order (services/catalog_list.py). Plain CREATE/DROP INDEX: no table rebuild, so the FTS
triggers on ``products`` stay. On 200,000 products this takes a few seconds at upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op

import pos_desktop.store.types  # noqa: F401

revision = "0007"
down_revision = "0006"
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
