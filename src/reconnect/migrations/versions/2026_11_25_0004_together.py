"""together: partner links and invites, relationship check-ins, the vulnerability ladder,
shared activities and shared journal entries

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import reconnect.db

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "together_invites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inviter_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.Column("used_at", reconnect.db.UTCDateTime(), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inviter_id"],
            ["users.id"],
            name=op.f("fk_together_invites_inviter_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_together_invites")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_together_invites_code_hash")),
    )
    with op.batch_alter_table("together_invites", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_together_invites_inviter_id"), ["inviter_id"], unique=False
        )

    op.create_table(
        "together_ladder",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.SmallInteger(), nullable=False),
        sa.Column("updated_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_together_ladder_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_together_ladder")),
    )
    op.create_table(
        "together_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("unlinked_at", reconnect.db.UTCDateTime(), nullable=True),
        sa.Column("weekday", sa.SmallInteger(), nullable=True),
        sa.Column("time_of_day", sa.String(length=5), nullable=True),
        sa.Column("every_weeks", sa.SmallInteger(), nullable=True),
        sa.Column("schedule_from", sa.Date(), nullable=True),
        sa.Column("schedule_changed_by", sa.Integer(), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["first_id"],
            ["users.id"],
            name=op.f("fk_together_links_first_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["schedule_changed_by"],
            ["users.id"],
            name=op.f("fk_together_links_schedule_changed_by_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["second_id"],
            ["users.id"],
            name=op.f("fk_together_links_second_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_together_links")),
    )
    with op.batch_alter_table("together_links", schema=None) as batch_op:
        batch_op.create_index(
            "ix_together_links_first_id", ["first_id", "unlinked_at"], unique=False
        )
        batch_op.create_index(
            "ix_together_links_second_id", ["second_id", "unlinked_at"], unique=False
        )

    op.create_table(
        "together_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=False),
        sa.Column("idea_key", sa.String(length=40), nullable=True),
        sa.Column("title", reconnect.db.EncryptedText(), nullable=True),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("safety_level", sa.String(length=16), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"],
            ["users.id"],
            name=op.f("fk_together_activities_added_by_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["link_id"],
            ["together_links.id"],
            name=op.f("fk_together_activities_link_id_together_links"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_together_activities")),
    )
    with op.batch_alter_table("together_activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_together_activities_link_id"), ["link_id"], unique=False
        )

    op.create_table(
        "together_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("revealed_at", reconnect.db.UTCDateTime(), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["link_id"],
            ["together_links.id"],
            name=op.f("fk_together_rounds_link_id_together_links"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_together_rounds")),
    )
    with op.batch_alter_table("together_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_together_rounds_link_id"), ["link_id"], unique=False)
        batch_op.create_index(
            "uq_together_rounds_open",
            ["link_id"],
            unique=True,
            sqlite_where=sa.text("revealed_at IS NULL"),
            postgresql_where=sa.text("revealed_at IS NULL"),
        )

    op.create_table(
        "together_shared_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entries.id"],
            name=op.f("fk_together_shared_entries_entry_id_journal_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["link_id"],
            ["together_links.id"],
            name=op.f("fk_together_shared_entries_link_id_together_links"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_together_shared_entries_owner_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_together_shared_entries")),
        sa.UniqueConstraint("link_id", "entry_id", name=op.f("uq_together_shared_entries_link_id")),
    )
    with op.batch_alter_table("together_shared_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_together_shared_entries_entry_id"), ["entry_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_together_shared_entries_owner_id"), ["owner_id"], unique=False
        )

    op.create_table(
        "together_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("feeling_words", sa.JSON(), nullable=False),
        sa.Column("feeling_note", reconnect.db.EncryptedText(), nullable=True),
        sa.Column("appreciation", reconnect.db.EncryptedText(), nullable=False),
        sa.Column("need", reconnect.db.EncryptedText(), nullable=False),
        sa.Column("vulnerable_share", reconnect.db.EncryptedText(), nullable=False),
        sa.Column("ladder_step", sa.SmallInteger(), nullable=False),
        sa.Column("together_wish", reconnect.db.EncryptedText(), nullable=False),
        sa.Column("safety_level", sa.String(length=16), nullable=True),
        sa.Column("safety_reason", sa.String(length=120), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["together_rounds.id"],
            name=op.f("fk_together_answers_round_id_together_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_together_answers_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_together_answers")),
        sa.UniqueConstraint("round_id", "user_id", name=op.f("uq_together_answers_round_id")),
    )
    with op.batch_alter_table("together_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_together_answers_user_id"), ["user_id"], unique=False)

    op.create_table(
        "together_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("body", reconnect.db.EncryptedText(), nullable=False),
        sa.Column("safety_level", sa.String(length=16), nullable=True),
        sa.Column("safety_reason", sa.String(length=120), nullable=True),
        sa.Column("created_at", reconnect.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["together_rounds.id"],
            name=op.f("fk_together_replies_round_id_together_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_together_replies_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_together_replies")),
    )
    with op.batch_alter_table("together_replies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_together_replies_round_id"), ["round_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("together_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_together_replies_round_id"))

    op.drop_table("together_replies")
    with op.batch_alter_table("together_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_together_answers_user_id"))

    op.drop_table("together_answers")
    with op.batch_alter_table("together_shared_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_together_shared_entries_owner_id"))
        batch_op.drop_index(batch_op.f("ix_together_shared_entries_entry_id"))

    op.drop_table("together_shared_entries")
    with op.batch_alter_table("together_rounds", schema=None) as batch_op:
        batch_op.drop_index("uq_together_rounds_open")
        batch_op.drop_index(batch_op.f("ix_together_rounds_link_id"))

    op.drop_table("together_rounds")
    with op.batch_alter_table("together_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_together_activities_link_id"))

    op.drop_table("together_activities")
    with op.batch_alter_table("together_links", schema=None) as batch_op:
        batch_op.drop_index("ix_together_links_second_id")
        batch_op.drop_index("ix_together_links_first_id")

    op.drop_table("together_links")
    op.drop_table("together_ladder")
    with op.batch_alter_table("together_invites", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_together_invites_inviter_id"))

    op.drop_table("together_invites")
