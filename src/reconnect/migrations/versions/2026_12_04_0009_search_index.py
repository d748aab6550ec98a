"""search index: keyed hashes of the journal's words, so search opens only what matches

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

Adds ``search_terms`` (a person, a keyed hash of a word beginning, an entry) and
``journal_entries.search_key`` (the id of the key that indexed the entry; NULL until then),
and indexes existing entries with ``reconnect.journal.search``. The text is encrypted, so
indexing needs the keyring: when it is not installed (or an entry cannot be opened) those
entries keep NULL, a search opens them as before, and ``reconnect keys rotate`` or saving
the entry again indexes them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from reconnect.core.crypto import Keyring, KeyringError
from reconnect.db import get_keyring
from reconnect.journal.search import beginnings, term_hash

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500


def upgrade() -> None:
    op.create_table(
        "search_terms",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entries.id"],
            name=op.f("fk_search_terms_entry_id_journal_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_search_terms_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "term", "entry_id", name=op.f("pk_search_terms")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_search_terms_entry", "search_terms", ["entry_id"], unique=False)
    with op.batch_alter_table("journal_entries") as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.String(length=8), nullable=True))
    _backfill()


def downgrade() -> None:
    with op.batch_alter_table("journal_entries") as batch_op:
        batch_op.drop_column("search_key")
    op.drop_index("ix_search_terms_entry", table_name="search_terms")
    op.drop_table("search_terms")


def _backfill() -> None:
    try:
        keyring = get_keyring()
    except KeyringError:
        return  # no key here: searched by opening them until they are indexed
    bind = op.get_bind()
    entries = sa.table(
        "journal_entries",
        sa.column("id", sa.Integer()),
        sa.column("user_id", sa.Integer()),
        sa.column("title", sa.LargeBinary()),
        sa.column("body", sa.LargeBinary()),
        sa.column("search_key", sa.String()),
    )
    terms = sa.table(
        "search_terms",
        sa.column("user_id", sa.Integer()),
        sa.column("term", sa.BigInteger()),
        sa.column("entry_id", sa.Integer()),
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(entries.c.id, entries.c.user_id, entries.c.title, entries.c.body)
            .where(entries.c.id > last)
            .order_by(entries.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        last = rows[-1][0]
        indexed, values = [], []
        for entry_id, user_id, title, body in rows:
            text = _text(keyring, title, body)
            if text is None:
                continue
            key = keyring.search_key()
            found = beginnings(text)  # title and body; tags are matched in the clear
            values += [
                {"user_id": user_id, "term": term_hash(key, user_id, b), "entry_id": entry_id}
                for b in found
            ]
            indexed.append(entry_id)
        for start in range(0, len(values), BATCH):
            bind.execute(terms.insert(), values[start : start + BATCH])
        if indexed:
            bind.execute(
                entries.update().where(entries.c.id.in_(indexed)).values(search_key=keyring.active)
            )


def _text(keyring: Keyring, title: bytes | None, body: bytes | None) -> str | None:
    """An entry's title and body, or None if they cannot be opened here."""
    try:
        parts = [keyring.decrypt(bytes(b)) if b is not None else "" for b in (title, body)]
    except KeyringError:
        return None
    return " ".join(parts)
