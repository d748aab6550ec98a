"""Tables for questionnaire results, unfinished answers and reminder choices."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from reconnect.db import Base, EncryptedText, UTCDateTime, utcnow


class AssessmentResult(Base):
    """One finished answer set, scored when it was taken."""

    __tablename__ = "assessment_results"
    __table_args__ = (
        Index("ix_assessment_results_user_instrument", "user_id", "instrument", "taken_at"),
        Index("ix_assessment_results_user_taken", "user_id", "taken_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    instrument: Mapped[str] = mapped_column(String(20))
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    answers: Mapped[dict[str, int]] = mapped_column(JSON)
    total: Mapped[float] = mapped_column(Float)
    max_total: Mapped[float] = mapped_column(Float)
    band: Mapped[str] = mapped_column(String(120))
    at_referral: Mapped[bool] = mapped_column(Boolean, default=False)
    subscales: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    safety_level: Mapped[str] = mapped_column(String(16), default="none")
    safety_reason: Mapped[str | None] = mapped_column(String(120), nullable=True)
    note: Mapped[str | None] = mapped_column(EncryptedText(), nullable=True)
    note_safety_level: Mapped[str | None] = mapped_column(String(16), nullable=True)


class AssessmentDraft(Base):
    """Answers given so far to a questionnaire not yet finished (one per person and instrument)."""

    __tablename__ = "assessment_drafts"
    __table_args__ = (
        Index("uq_assessment_drafts_user_instrument", "user_id", "instrument", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    instrument: Mapped[str] = mapped_column(String(20))
    answers: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class AssessmentReminder(Base):
    """How often the person wants to be reminded of an instrument (0 = never)."""

    __tablename__ = "assessment_reminders"
    __table_args__ = (
        Index("uq_assessment_reminders_user_instrument", "user_id", "instrument", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    instrument: Mapped[str] = mapped_column(String(20))
    every_days: Mapped[int] = mapped_column(SmallInteger)
