"""HQ: the product-list indexes copied from the terminal's schema

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Reserved for the back-office issue (5); filled in by the slice that owns it.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

import pos_desktop.store.types  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
