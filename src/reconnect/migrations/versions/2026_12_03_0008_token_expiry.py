"""token expiry: a personal access token may end by itself

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Adds ``api_tokens.expires_at`` (nullable: tokens made before never expire, as before).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reconnect.db

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("api_tokens") as batch_op:
        batch_op.add_column(sa.Column("expires_at", reconnect.db.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("api_tokens") as batch_op:
        batch_op.drop_column("expires_at")
