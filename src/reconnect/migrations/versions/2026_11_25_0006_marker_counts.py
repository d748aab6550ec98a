"""marker counts: per-text word tallies for the markers, stored beside each text

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

Adds ``marker_words``, ``marker_absolutist``, ``marker_singular`` and ``marker_plural``
(nullable integers) to ``journal_entries`` and ``checkins`` and fills them for existing
rows with ``reconnect.analysis.markers.counts``. The text is encrypted, so filling needs
the keyring: when it is not installed (or a text cannot be opened) those rows keep NULL,
the dashboard counts them on the fly, and ``reconnect analyze --all`` stores them.
Check-ins without a note need no key: their counts are zero.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from reconnect.analysis import markers
from reconnect.core.crypto import Keyring, KeyringError
from reconnect.db import get_keyring

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("marker_words", "marker_absolutist", "marker_singular", "marker_plural")
TABLES = ("journal_entries", "checkins")
BATCH = 500


def upgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column in COLUMNS:
                batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
    _backfill()


def downgrade() -> None:
    for name in TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column in reversed(COLUMNS):
                batch_op.drop_column(column)


def _backfill() -> None:
    bind = op.get_bind()
    entries = sa.table(
        "journal_entries",
        sa.column("id", sa.Integer()),
        sa.column("title", sa.LargeBinary()),
        sa.column("body", sa.LargeBinary()),
        *(sa.column(c, sa.Integer()) for c in COLUMNS),
    )
    checkins = sa.table(
        "checkins",
        sa.column("id", sa.Integer()),
        sa.column("note", sa.LargeBinary()),
        *(sa.column(c, sa.Integer()) for c in COLUMNS),
    )
    bind.execute(checkins.update().where(checkins.c.note.is_(None)).values({c: 0 for c in COLUMNS}))
    try:
        keyring = get_keyring()
    except KeyringError:
        return  # no key here: counted on the fly, stored by ``reconnect analyze --all``
    for table, columns in ((entries, ("title", "body")), (checkins, ("note",))):
        update = (
            table.update()
            .where(table.c.id == sa.bindparam("row_id"))
            .values({c: sa.bindparam(f"new_{c}") for c in COLUMNS})
        )
        last = 0
        while True:
            rows = bind.execute(
                sa.select(table.c.id, *(table.c[c] for c in columns))
                .where(table.c.id > last, table.c.marker_words.is_(None))
                .order_by(table.c.id)
                .limit(BATCH)
            ).all()
            if not rows:
                break
            last = rows[-1][0]
            counted = [(row_id, _counts(keyring, blobs)) for row_id, *blobs in rows]
            values = [{"row_id": i, **found} for i, found in counted if found is not None]
            if values:
                bind.execute(update, values)


def _counts(keyring: Keyring, blobs: Sequence[bytes | None]) -> dict[str, int] | None:
    """The stored counts of one row's text, or None if it cannot be opened here."""
    try:
        parts = [keyring.decrypt(bytes(b)) if b is not None else None for b in blobs]
    except KeyringError:
        return None
    if len(parts) == 2:  # an entry: read as "title. body", like the analysis
        title, body = parts
        text = f"{title}. {body}" if title else body or ""
    else:
        text = parts[0] or ""
    c = markers.counts(text)
    found = (c.words, c.absolutist, c.singular, c.plural)
    return {f"new_{name}": n for name, n in zip(COLUMNS, found, strict=True)}
