"""The personal safety plan: the person's own words, encrypted at rest."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from reconnect.db import Base, EncryptedText, TimestampMixin, UTCDateTime, utcnow

PLAN_SECTIONS: tuple[str, ...] = (
    "warning_signs",
    "coping_steps",
    "distractions",
    "people_to_ask",
    "professionals",
    "safe_surroundings",
    "reasons_to_live",
)


class SafetyPlan(TimestampMixin, Base):
    """One plan per person, every section free text they wrote."""

    __tablename__ = "safety_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    warning_signs: Mapped[str] = mapped_column(EncryptedText(), default="")
    coping_steps: Mapped[str] = mapped_column(EncryptedText(), default="")
    distractions: Mapped[str] = mapped_column(EncryptedText(), default="")
    people_to_ask: Mapped[str] = mapped_column(EncryptedText(), default="")
    professionals: Mapped[str] = mapped_column(EncryptedText(), default="")
    safe_surroundings: Mapped[str] = mapped_column(EncryptedText(), default="")
    reasons_to_live: Mapped[str] = mapped_column(EncryptedText(), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
