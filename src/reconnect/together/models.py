"""Tables for partner links, invites, relationship check-ins, activities and shared entries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from reconnect.db import Base, EncryptedText, TimestampMixin, UTCDateTime


class PartnerInvite(TimestampMixin, Base):
    """A single-use code one person gives another; only its hash is stored."""

    __tablename__ = "together_invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    inviter_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class PartnerLink(TimestampMixin, Base):
    """Two people who chose to check in together, and the schedule they picked."""

    __tablename__ = "together_links"
    __table_args__ = (
        Index("ix_together_links_first_id", "first_id", "unlinked_at"),
        Index("ix_together_links_second_id", "second_id", "unlinked_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    second_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    unlinked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    weekday: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)  # 0 is Monday
    time_of_day: Mapped[str | None] = mapped_column(String(5), nullable=True)  # "HH:MM"
    every_weeks: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    schedule_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    schedule_changed_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )


class CheckinRound(TimestampMixin, Base):
    """One relationship check-in: open until both partners answered, then revealed."""

    __tablename__ = "together_rounds"
    # One open check-in per couple, even when both partners start one at the same moment.
    __table_args__ = (
        Index(
            "uq_together_rounds_open",
            "link_id",
            unique=True,
            sqlite_where=text("revealed_at IS NULL"),
            postgresql_where=text("revealed_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(
        ForeignKey("together_links.id", ondelete="CASCADE"), index=True
    )
    opened_on: Mapped[dt.date] = mapped_column(Date)
    revealed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class CheckinAnswer(TimestampMixin, Base):
    """One partner's private answer; free text encrypted, the safety result never shown to
    the other partner."""

    __tablename__ = "together_answers"
    __table_args__ = (UniqueConstraint("round_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("together_rounds.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    feeling_words: Mapped[list[str]] = mapped_column(JSON, default=list)
    feeling_note: Mapped[str | None] = mapped_column(EncryptedText(), nullable=True)
    appreciation: Mapped[str] = mapped_column(EncryptedText())
    need: Mapped[str] = mapped_column(EncryptedText())
    vulnerable_share: Mapped[str] = mapped_column(EncryptedText())
    ladder_step: Mapped[int] = mapped_column(SmallInteger)
    together_wish: Mapped[str] = mapped_column(EncryptedText())
    safety_level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    safety_reason: Mapped[str | None] = mapped_column(String(120), nullable=True)


class CheckinReply(TimestampMixin, Base):
    """A reply one partner writes after the reveal."""

    __tablename__ = "together_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("together_rounds.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(EncryptedText())
    safety_level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    safety_reason: Mapped[str | None] = mapped_column(String(120), nullable=True)


class LadderStep(Base):
    """Where a person stands on the vulnerability ladder; only they see it."""

    __tablename__ = "together_ladder"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    step: Mapped[int] = mapped_column(SmallInteger)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class SharedActivity(TimestampMixin, Base):
    """Something the couple wants to do together: an idea from the list or their own."""

    __tablename__ = "together_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(
        ForeignKey("together_links.id", ondelete="CASCADE"), index=True
    )
    added_by: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    idea_key: Mapped[str | None] = mapped_column(String(40), nullable=True)
    title: Mapped[str | None] = mapped_column(EncryptedText(), nullable=True)
    planned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    safety_level: Mapped[str | None] = mapped_column(String(16), nullable=True)


class SharedEntry(TimestampMixin, Base):
    """One journal entry its writer chose to show their partner, until they unshare it."""

    __tablename__ = "together_shared_entries"
    __table_args__ = (UniqueConstraint("link_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("together_links.id", ondelete="CASCADE"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("journal_entries.id", ondelete="CASCADE"), index=True
    )
