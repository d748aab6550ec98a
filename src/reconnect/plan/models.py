"""Tables for the personal plan: its settings, chosen practices, and practice logs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from reconnect.db import Base, EncryptedText, TimestampMixin, UTCDateTime


class Plan(TimestampMixin, Base):
    """A person's plan settings: the calendar feed's token (reminder times are read in the
    person's own time zone, ``User.time_zone``)."""

    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), unique=True, index=True
    )
    feed_token_hash: Mapped[str | None] = mapped_column(
        String(64), unique=True, index=True, nullable=True
    )
    feed_created_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class PlanPractice(TimestampMixin, Base):
    """A practice in someone's plan: on which weekdays, at what time, and why it is there."""

    __tablename__ = "plan_practices"
    __table_args__ = (Index("uq_plan_practices_user_practice", "user_id", "practice", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    practice: Mapped[str] = mapped_column(String(60))
    days: Mapped[list[str]] = mapped_column(JSON, default=list)  # weekday codes, e.g. ["MO"]
    at_time: Mapped[str] = mapped_column(String(5), default="19:00")  # HH:MM, local
    reason: Mapped[str | None] = mapped_column(String(60), nullable=True)  # Plan.REASONS key


class PracticeLog(TimestampMixin, Base):
    """A practice done: when, how it felt, and the person's own words (encrypted)."""

    __tablename__ = "practice_logs"
    __table_args__ = (Index("ix_practice_logs_user_day", "user_id", "done_on", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    practice: Mapped[str] = mapped_column(String(60))
    strategy: Mapped[str] = mapped_column(String(40))
    done_on: Mapped[dt.date] = mapped_column(Date)
    rating: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)  # 1 to 5
    note: Mapped[str | None] = mapped_column(EncryptedText(), nullable=True)
    answers: Mapped[str | None] = mapped_column(EncryptedText(), nullable=True)  # JSON object
    safety_level: Mapped[str | None] = mapped_column(String(16), nullable=True)
    safety_reason: Mapped[str | None] = mapped_column(String(120), nullable=True)
