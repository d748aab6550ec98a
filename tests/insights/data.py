"""Quick test data for insights: rows written directly, analysis fields filled by hand."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import emotions
from reconnect.journal.models import CheckIn, JournalEntry

TODAY = dt.date(2026, 11, 20)


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)


def add_checkin(
    db: Session,
    user: User,
    day: dt.date,
    pleasantness: int = 0,
    energy: int = 0,
    words: list[str] | None = None,
    *,
    note: str | None = None,
    detected: list[str] | None = None,
    corrected: list[str] | None = None,
    counted: bool = True,
) -> CheckIn:
    checkin = CheckIn(
        user_id=user.id,
        pleasantness=pleasantness,
        energy=energy,
        words=words or [],
        note=note,
        detected_emotions=detected,
        corrected_emotions=corrected,
        created_at=at(day),
    )
    if counted:  # as the save path does; False leaves them NULL, like an unmigrated row
        emotions.store_counts(checkin, note)
    db.add(checkin)
    db.flush()
    return checkin


def add_entry(
    db: Session,
    user: User,
    day: dt.date,
    body: str = "A quiet day.",
    *,
    title: str | None = None,
    detected: list[str] | None = None,
    corrected: list[str] | None = None,
    counted: bool = True,
) -> JournalEntry:
    entry = JournalEntry(
        user_id=user.id,
        entry_date=day,
        body=body,
        title=title,
        word_count=len(body.split()),
        detected_emotions=detected,
        corrected_emotions=corrected,
        tags=[],
    )
    if counted:
        emotions.store_counts(entry, emotions.text_of(entry))
    db.add(entry)
    db.flush()
    return entry
