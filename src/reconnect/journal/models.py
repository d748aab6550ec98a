"""Tables for check-ins, journal entries and their tags."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reconnect.db import Base, EncryptedText, TimestampMixin, UTCDateTime, utcnow


class AnalysisMixin:
    """What the on-device analysis found in a text, and what the person corrected."""

    detected_emotions: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    emotion_scores: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    corrected_emotions: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    analysis_version: Mapped[str | None] = mapped_column(String(64), nullable=True)
    safety_level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    safety_reason: Mapped[str | None] = mapped_column(String(120), nullable=True)
    # Word tallies of the text for the markers (analysis.markers.counts), kept at save time
    # so the dashboard sums them in SQL instead of decrypting. Stored unencrypted: small
    # integers, no words. NULL until counted (rows from before migration 0006 whose text
    # the migration could not decrypt; ``reconnect analyze --all`` fills them).
    marker_words: Mapped[int | None] = mapped_column(Integer, nullable=True)
    marker_absolutist: Mapped[int | None] = mapped_column(Integer, nullable=True)
    marker_singular: Mapped[int | None] = mapped_column(Integer, nullable=True)
    marker_plural: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CheckIn(TimestampMixin, AnalysisMixin, Base):
    """A moment on the pleasantness x energy grid, with words and an optional note."""

    __tablename__ = "checkins"
    __table_args__ = (Index("ix_checkins_user_created", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    pleasantness: Mapped[int] = mapped_column(SmallInteger)
    energy: Mapped[int] = mapped_column(SmallInteger)
    words: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(EncryptedText(), nullable=True)


entry_tags = Table(
    "entry_tags",
    Base.metadata,
    Column("entry_id", ForeignKey("journal_entries.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    """A person's own label for entries."""

    __tablename__ = "tags"
    __table_args__ = (Index("uq_tags_user_name", "user_id", "name", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(40))


class JournalEntry(TimestampMixin, AnalysisMixin, Base):
    """A free-text entry; title and body are encrypted at rest."""

    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_entries_user_date", "user_id", "entry_date", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    entry_date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(EncryptedText(), nullable=True)
    body: Mapped[str] = mapped_column(EncryptedText())
    prompt_key: Mapped[str | None] = mapped_column(String(40), nullable=True)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    tags: Mapped[list[Tag]] = relationship(secondary=entry_tags, lazy="selectin", order_by=Tag.name)
    # The id of the key whose search key indexed this entry (journal.search); NULL until
    # indexed, and such an entry is searched by opening it.
    search_key: Mapped[str | None] = mapped_column(String(8), nullable=True)


class SearchTerm(Base):
    """One word or word beginning of an entry, as a keyed hash (journal.search): never the word."""

    __tablename__ = "search_terms"
    __table_args__ = (
        Index("ix_search_terms_entry", "entry_id"),
        {"sqlite_with_rowid": False},  # the key is the row: half the size on disk
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    term: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("journal_entries.id", ondelete="CASCADE"), primary_key=True
    )


class MonthlyTotal(Base):
    """One person's totals for one past UTC month (journal.rollups), per part (the
    dashboard's, the patterns'): counts and averages, never text. Recomputed whenever a row
    of that month changes."""

    __tablename__ = "monthly_totals"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    part: Mapped[str] = mapped_column(String(16), primary_key=True)  # whose totals
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    totals: Mapped[Any] = mapped_column(JSON)
