"""indexes for the back-office product list (sort and filter)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Reserved for the back-office issue (5); filled in by the slice that owns it.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

import pos_desktop.store.types  # noqa: F401

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
