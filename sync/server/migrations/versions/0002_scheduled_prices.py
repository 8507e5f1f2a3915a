"""HQ: scheduled price changes (catalog)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Reserved for the back-office issue (5) so that work in parallel has a fixed place in the chain;
filled in by the slice that owns it (autogenerate against a database at the previous revision,
then check expression indexes and FTS by hand).
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

import pos_desktop.store.types  # noqa: F401

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
