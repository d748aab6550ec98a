"""The factors picked on one check-in or one journal entry."""

from __future__ import annotations

from sqlalchemy import JSON, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from reconnect.db import Base


class FactorSet(Base):
    """Sleep, movement, people, places, activities and own tags for one check-in or entry.

    Values come from fixed lists (see patterns/factors.py), so they are stored in the clear
    like journal tags; deleting the check-in or entry deletes its row.
    """

    __tablename__ = "factor_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkins.id", ondelete="CASCADE"), unique=True, nullable=True
    )
    entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_entries.id", ondelete="CASCADE"), unique=True, nullable=True
    )
    sleep_hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    sleep_quality: Mapped[str | None] = mapped_column(String(8), nullable=True)
    movement: Mapped[str | None] = mapped_column(String(8), nullable=True)
    people: Mapped[list[str]] = mapped_column(JSON, default=list)
    places: Mapped[list[str]] = mapped_column(JSON, default=list)
    activities: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
