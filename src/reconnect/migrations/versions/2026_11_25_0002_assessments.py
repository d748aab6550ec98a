"""assessments

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reconnect.db

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "assessment_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(length=20), nullable=False),
        sa.Column("taken_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("max_total", sa.Float(), nullable=False),
        sa.Column("band", sa.String(length=120), nullable=False),
        sa.Column("at_referral", sa.Boolean(), nullable=False),
        sa.Column("subscales", sa.JSON(), nullable=False),
        sa.Column("safety_level", sa.String(length=16), nullable=False),
        sa.Column("safety_reason", sa.String(length=120), nullable=True),
        sa.Column("note", reconnect.db.EncryptedText(), nullable=True),
        sa.Column("note_safety_level", sa.String(length=16), nullable=True),
        _user_fk("assessment_results"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_results")),
    )
    with op.batch_alter_table("assessment_results", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_results_user_instrument",
            ["user_id", "instrument", "taken_at"],
            unique=False,
        )
        batch_op.create_index(
            "ix_assessment_results_user_taken", ["user_id", "taken_at"], unique=False
        )

    op.create_table(
        "assessment_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(length=20), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("updated_at", reconnect.db.UTCDateTime(), nullable=False),
        _user_fk("assessment_drafts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_drafts")),
    )
    with op.batch_alter_table("assessment_drafts", schema=None) as batch_op:
        batch_op.create_index(
            "uq_assessment_drafts_user_instrument", ["user_id", "instrument"], unique=True
        )

    op.create_table(
        "assessment_reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(length=20), nullable=False),
        sa.Column("every_days", sa.SmallInteger(), nullable=False),
        _user_fk("assessment_reminders"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_reminders")),
    )
    with op.batch_alter_table("assessment_reminders", schema=None) as batch_op:
        batch_op.create_index(
            "uq_assessment_reminders_user_instrument", ["user_id", "instrument"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("assessment_reminders", schema=None) as batch_op:
        batch_op.drop_index("uq_assessment_reminders_user_instrument")
    op.drop_table("assessment_reminders")
    with op.batch_alter_table("assessment_drafts", schema=None) as batch_op:
        batch_op.drop_index("uq_assessment_drafts_user_instrument")
    op.drop_table("assessment_drafts")
    with op.batch_alter_table("assessment_results", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_results_user_taken")
        batch_op.drop_index("ix_assessment_results_user_instrument")
    op.drop_table("assessment_results")
