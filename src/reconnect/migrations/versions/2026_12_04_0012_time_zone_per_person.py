"""one time zone per person

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

Adds ``users.time_zone`` (an IANA name, not null). A person whose plan had a time zone
other than UTC keeps it (UTC was every plan's default, so it says nothing was chosen);
everyone else gets this server's own zone when it has an IANA name, else "UTC".
The plan's own column goes: there is one setting, the person's. The stored monthly totals
are dropped, as their months were UTC months and are now the person's own; they are
computed again on the next write (and read from the rows until then).

The downgrade gives each plan its person's zone back.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from reconnect.core.dates import machine_zone_name

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, never batch mode's copy of the table: on SQLite, dropping the old
# "users" with foreign keys on would delete everything that belongs to its people.


def upgrade() -> None:
    column = sa.Column("time_zone", sa.String(length=64), nullable=False, server_default="UTC")
    op.add_column("users", column)
    op.execute(sa.text("UPDATE users SET time_zone = :zone").bindparams(zone=machine_zone_name()))
    op.execute(
        sa.text(
            "UPDATE users SET time_zone = (SELECT plans.time_zone FROM plans "
            "WHERE plans.user_id = users.id) WHERE EXISTS (SELECT 1 FROM plans "
            "WHERE plans.user_id = users.id AND plans.time_zone <> 'UTC')"
        )
    )
    if op.get_bind().dialect.name == "postgresql":  # SQLite cannot drop a default
        op.alter_column("users", "time_zone", server_default=None)
    op.drop_column("plans", "time_zone")
    op.execute(sa.text("DELETE FROM monthly_totals"))


def downgrade() -> None:
    column = sa.Column("time_zone", sa.String(length=64), nullable=False, server_default="UTC")
    op.add_column("plans", column)
    op.execute(
        sa.text(
            "UPDATE plans SET time_zone = "
            "(SELECT users.time_zone FROM users WHERE users.id = plans.user_id)"
        )
    )
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("plans", "time_zone", server_default=None)
    op.drop_column("users", "time_zone")
    op.execute(sa.text("DELETE FROM monthly_totals"))
