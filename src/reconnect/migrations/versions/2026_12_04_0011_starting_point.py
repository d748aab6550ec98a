"""starting point: where a person starts, for themselves or for someone close

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

Adds ``users.starting_point`` (nullable: "self", "supporting", "both" or "neither"; NULL
until the person chose, so Today asks once).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("starting_point", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("starting_point")
