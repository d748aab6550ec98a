"""Journal search over encrypted text: keyed hashes of words and their beginnings.

Entry text is encrypted at rest, so reading it to search would mean opening every entry
ever written. Instead, when an entry is saved, the words of its title and body are
normalised (case, accents and apostrophes folded) and each word's beginnings, from
``MIN_PREFIX`` letters up to ``MAX_PREFIX``, are stored as keyed hashes: HMAC-SHA256
under a search key derived from the encryption key (``Keyring.search_key``), over the
person's id and the beginning, cut to 64 bits. Only the hashes are stored, never a word.

A search hashes each of its words the same way, under every key in the keyring (so entries
indexed before a rotation are still found while it re-indexes them), asks the database for
the entries that hold each of them or have a tag with a word beginning with it (tag names
are stored in the clear, so they are matched as they are, never hashed), newest first,
and opens only those to confirm the match: a 64-bit hash can collide, and a long word is
indexed by its first letters only. A word of the query shorter than ``MIN_PREFIX`` cannot
narrow the search; it is checked when the candidates are opened. What the index tells
someone who holds only the database file is in docs/privacy.md.
"""

from __future__ import annotations

import hmac
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, cast

from sqlalchemy import ColumnElement, Select, Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from reconnect.core.crypto import Keyring
from reconnect.db import get_keyring
from reconnect.journal.models import JournalEntry, SearchTerm, Tag, entry_tags

MIN_PREFIX: Final = 3
MAX_PREFIX: Final = 16
WORD: Final = re.compile(r"\w+")
CHUNK: Final = 500  # rows per statement when writing the index
WINDOW: Final = 50  # candidate entries opened at a time while confirming matches


def words(text: str) -> list[str]:
    """The text's words, lowercase, without accents or apostrophes (``Don't`` -> ``dont``)."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("'", "").replace("\u2019", ""))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return WORD.findall(plain)


def beginnings(text: str) -> set[str]:
    """Every word beginning the index keeps for a text."""
    found: set[str] = set()
    for word in words(text):
        found.update(word[:n] for n in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1))
    return found


def term_hash(key: bytes, user_id: int, beginning: str) -> int:
    """A word beginning's keyed hash, as the signed 64-bit integer the index stores."""
    digest = hmac.digest(key, f"{user_id}\x00{beginning}".encode(), "sha256")
    return int.from_bytes(digest[:8], "big", signed=True)


def searchable_text(entry: JournalEntry) -> str:
    """What a search reads of an entry: its title, body and tag names."""
    return " ".join([indexed_text(entry), *(tag.name for tag in entry.tags)])


def indexed_text(entry: JournalEntry) -> str:
    """What the index holds of an entry: its title and body. Tag names are stored in the
    clear, so hashing them beside the text would show which hashes stand for those words;
    a search matches tags in SQL instead."""
    return f"{entry.title or ''} {entry.body}"


def index_entries(db: Session, entries: Sequence[JournalEntry], *, new: bool = False) -> None:
    """(Re)write these entries' index rows under the active key (after they are flushed;
    ``new`` entries have none to replace)."""
    ring = get_keyring()
    key = ring.search_key()
    for start in range(0, len(entries), CHUNK):
        part = entries[start : start + CHUNK]
        ids = [entry.id for entry in part]
        if not new:
            db.execute(delete(SearchTerm).where(SearchTerm.entry_id.in_(ids)))
        rows = [
            {
                "user_id": entry.user_id,
                "term": term_hash(key, entry.user_id, b),
                "entry_id": entry.id,
            }
            for entry in part
            for b in beginnings(indexed_text(entry))
        ]
        for row_start in range(0, len(rows), CHUNK):
            db.execute(insert(SearchTerm), rows[row_start : row_start + CHUNK])
        _mark_indexed(db, part, ring.active)


def _mark_indexed(db: Session, entries: Sequence[JournalEntry], key_id: str) -> None:
    """Record which key indexed these entries, leaving ``updated_at`` alone: indexing is
    not an edit."""
    table = cast(Table, JournalEntry.__table__)
    db.execute(
        update(table)
        .where(table.c.id.in_([entry.id for entry in entries]))
        .values(search_key=key_id, updated_at=table.c.updated_at)
    )
    for entry in entries:
        set_committed_value(entry, "search_key", key_id)


def matches(entry: JournalEntry, terms: Sequence[str]) -> bool:
    """Whether every term begins some word of the entry (the exact test, on opened text)."""
    found = words(searchable_text(entry))
    return all(any(word.startswith(term) for word in found) for term in terms)


def _holding(
    ring: Keyring, user_id: int, term: str, tags: dict[int, list[str]]
) -> ColumnElement[bool]:
    """Entries whose index holds this term (under any key), that have a tag with a word
    beginning with it, or that are not indexed yet."""
    beginning = term[:MAX_PREFIX]
    hashes = {term_hash(ring.search_key(k), user_id, beginning) for k in ring.keys}
    holders = select(SearchTerm.entry_id).where(
        SearchTerm.user_id == user_id, SearchTerm.term.in_(hashes)
    )
    tagged = [tag_id for tag_id, found in tags.items() if any(w.startswith(term) for w in found)]
    either = [JournalEntry.search_key.is_(None), JournalEntry.id.in_(holders)]
    if tagged:
        either.append(
            JournalEntry.id.in_(
                select(entry_tags.c.entry_id).where(entry_tags.c.tag_id.in_(tagged))
            )
        )
    return or_(*either)


def candidates(db: Session, user_id: int, terms: Sequence[str]) -> Select[JournalEntry]:
    """The person's entries that may hold every term, newest first."""
    ring = get_keyring()
    tags = {
        tag_id: words(name)
        for tag_id, name in db.execute(select(Tag.id, Tag.name).where(Tag.user_id == user_id))
    }
    query = select(JournalEntry).where(JournalEntry.user_id == user_id)
    for term in terms:
        if len(term) >= MIN_PREFIX:
            query = query.where(_holding(ring, user_id, term, tags))
    return query.order_by(JournalEntry.entry_date.desc(), JournalEntry.id.desc())


def search(db: Session, user_id: int, query: str) -> Iterator[JournalEntry]:
    """The person's entries holding a word beginning with each word of the query, newest
    first; opens only the candidates the index leaves, a window at a time."""
    terms = sorted(set(words(query)), key=len, reverse=True)
    if not terms:
        return
    statement = candidates(db, user_id, terms)
    offset = 0
    while True:
        window = list(db.scalars(statement.limit(WINDOW).offset(offset)))
        yield from (entry for entry in window if matches(entry, terms))
        if len(window) < WINDOW:
            return
        offset += WINDOW


def reindex(db: Session, *, batch: int = CHUNK) -> int:
    """Index every entry not yet indexed under the active key (after a rotation, or entries
    a migration could not open); returns how many. Safe to run again after an interruption."""
    active = get_keyring().active
    stale = or_(JournalEntry.search_key.is_(None), JournalEntry.search_key != active)
    count, last = 0, 0
    while True:
        part = list(
            db.scalars(
                select(JournalEntry)
                .where(stale, JournalEntry.id > last)
                .order_by(JournalEntry.id)
                .limit(batch)
            )
        )
        if not part:
            return count
        index_entries(db, part)
        count, last = count + len(part), part[-1].id


def index_ids(db: Session, entry_ids: Iterable[int]) -> None:
    """Index the entries with these ids (the importer stores rows without the ORM)."""
    ids = list(entry_ids)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        index_entries(db, list(db.scalars(select(JournalEntry).where(JournalEntry.id.in_(part)))))
