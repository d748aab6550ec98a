"""sign-in counts: the per-address sign-in limit, shared by every worker

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

Adds ``sign_in_counts`` (a keyed hash of the address, the start of its current minute and
the attempts in it). The limit used to live in each worker's memory, which gave N
workers N times the limit.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reconnect.db

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sign_in_counts",
        sa.Column("address_hash", sa.String(length=64), nullable=False),
        sa.Column("window_start", reconnect.db.UTCDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("address_hash", name=op.f("pk_sign_in_counts")),
    )
    op.create_index(
        op.f("ix_sign_in_counts_window_start"), "sign_in_counts", ["window_start"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_sign_in_counts_window_start"), table_name="sign_in_counts")
    op.drop_table("sign_in_counts")
