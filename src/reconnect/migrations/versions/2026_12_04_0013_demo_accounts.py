"""demo accounts: the accounts ``reconnect demo`` made, marked so

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04

Adds ``users.is_demo`` (false for every account that exists, and for every account made
later except by ``reconnect demo``), so that the demo replaces or removes only its own
accounts, never a person who picked the same name.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN, never a batch: on SQLite a batch with a default rebuilds the table,
    # and dropping the old ``users`` would cascade-delete everything people own.
    op.add_column(
        "users", sa.Column("is_demo", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    op.drop_column("users", "is_demo")  # plain ALTER TABLE too (SQLite 3.35 and later)
