"""monthly totals: each past month's insight totals, so long ranges read one row a month

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

Adds ``monthly_totals`` (a person, a part such as the dashboard's or the patterns', a
month, and that part's totals as JSON: counts, averages and emotion labels, never text),
kept by ``reconnect.journal.rollups``. It starts empty: until a person's next save
computes them, their long ranges are read from the rows as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "monthly_totals",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(length=16), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("totals", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_monthly_totals_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "part", "month", name=op.f("pk_monthly_totals")),
    )


def downgrade() -> None:
    op.drop_table("monthly_totals")
