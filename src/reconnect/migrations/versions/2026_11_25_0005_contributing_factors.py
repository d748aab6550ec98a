"""contributing factors

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "factor_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("sleep_hours", sa.Float(), nullable=True),
        sa.Column("sleep_quality", sa.String(length=8), nullable=True),
        sa.Column("movement", sa.String(length=8), nullable=True),
        sa.Column("people", sa.JSON(), nullable=False),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("activities", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_factor_sets_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkins.id"],
            name=op.f("fk_factor_sets_checkin_id_checkins"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entries.id"],
            name=op.f("fk_factor_sets_entry_id_journal_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factor_sets")),
        sa.UniqueConstraint("checkin_id", name=op.f("uq_factor_sets_checkin_id")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_factor_sets_entry_id")),
    )
    with op.batch_alter_table("factor_sets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_factor_sets_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("factor_sets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_factor_sets_user_id"))
    op.drop_table("factor_sets")
