"""plan and practices

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reconnect.db

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("feed_token_hash", sa.String(length=64), nullable=True),
        sa.Column("feed_created_at", reconnect.db.UTCDateTime(), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_plans_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
    )
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plans_feed_token_hash"), ["feed_token_hash"], unique=True
        )
        batch_op.create_index(batch_op.f("ix_plans_user_id"), ["user_id"], unique=True)

    op.create_table(
        "plan_practices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("practice", sa.String(length=60), nullable=False),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("at_time", sa.String(length=5), nullable=False),
        sa.Column("reason", sa.String(length=60), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_plan_practices_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_practices")),
    )
    with op.batch_alter_table("plan_practices", schema=None) as batch_op:
        batch_op.create_index(
            "uq_plan_practices_user_practice", ["user_id", "practice"], unique=True
        )

    op.create_table(
        "practice_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("practice", sa.String(length=60), nullable=False),
        sa.Column("strategy", sa.String(length=40), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("rating", sa.SmallInteger(), nullable=True),
        sa.Column("note", reconnect.db.EncryptedText(), nullable=True),
        sa.Column("answers", reconnect.db.EncryptedText(), nullable=True),
        sa.Column("safety_level", sa.String(length=16), nullable=True),
        sa.Column("safety_reason", sa.String(length=120), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_practice_logs_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_logs")),
    )
    with op.batch_alter_table("practice_logs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_practice_logs_user_day", ["user_id", "done_on", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("practice_logs", schema=None) as batch_op:
        batch_op.drop_index("ix_practice_logs_user_day")
    op.drop_table("practice_logs")
    with op.batch_alter_table("plan_practices", schema=None) as batch_op:
        batch_op.drop_index("uq_plan_practices_user_practice")
    op.drop_table("plan_practices")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plans_user_id"))
        batch_op.drop_index(batch_op.f("ix_plans_feed_token_hash"))
    op.drop_table("plans")
