"""Monthly totals: what the stored months say is always what the rows say."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.analysis import markers
from reconnect.data import service as data_service
from reconnect.journal import emotions, rollups, service, stats
from reconnect.journal.models import CheckIn, JournalEntry, MonthlyTotal
from tests.factories import make_user

WORDS = ["calm", "tired", "hopeful", "lonely", "numb"]
EMOTIONS = ["joy", "sadness", "neutral", "gratitude", "fear"]
TODAY = dt.datetime.now(dt.UTC).date()


def _life(db: Session, user: User, days: int, seed: int = 3) -> None:
    """A check-in most days and an entry every other day, going back ``days`` days."""
    rnd = random.Random(seed)
    for n in range(days):
        day = TODAY - dt.timedelta(days=n)
        if rnd.random() < 0.8:
            note = rnd.choice([None, "always so tired", "we laughed a lot"])
            checkin = CheckIn(
                user_id=user.id,
                pleasantness=rnd.randint(-4, 4),
                energy=rnd.randint(-4, 4),
                words=rnd.sample(WORDS, rnd.randint(0, 2)),
                note=note,
                detected_emotions=rnd.sample(EMOTIONS, 1) if note else [],
                emotion_scores={},
                created_at=dt.datetime.combine(day, dt.time(20, 15), tzinfo=dt.UTC),
            )
            emotions.store_counts(checkin, note)
            db.add(checkin)
        if n % 2 == 0:
            body = rnd.choice(["I never feel anything.", "We walked together.", "A long day."])
            entry = JournalEntry(
                user_id=user.id,
                entry_date=day,
                body=body,
                word_count=len(body.split()),
                detected_emotions=rnd.sample(EMOTIONS, 2),
                emotion_scores={},
                tags=[],
            )
            emotions.store_counts(entry, body)
            db.add(entry)
    db.commit()


def _tallies(found: list[tuple[dt.date, markers.Tally]]) -> list[tuple[dt.date, object]]:
    return [(d, (t.samples, t.with_text, t.flat, t.counts, dict(t.emotions))) for d, t in found]


def _assert_same_as_the_rows(db: Session, user: User, start: dt.date, end: dt.date) -> None:
    """Every rolled-up statistic over the range equals the same statistic from the rows."""
    args = {"db": db, "user": user, "start": start, "end": end}
    assert rollups.activity(**args) == stats.activity(**args)
    assert rollups.mood_by_bucket(**args, bucket="month") == stats.mood_by_bucket(
        **args, bucket="month"
    )
    rolled = rollups.labels_by_bucket(**args, bucket="month")
    live = stats.labels_by_bucket(**args, bucket="month")
    assert (rolled.shown, rolled.chosen) == (live.shown, live.chosen)
    assert _tallies(rollups.marker_tallies(**args, bucket="month")) == _tallies(
        stats.marker_tallies(**args, bucket="month")
    )


def _stored_months(db: Session, user: User) -> int:
    return (
        db.scalar(
            select(func.count())
            .select_from(MonthlyTotal)
            .where(MonthlyTotal.user_id == user.id, MonthlyTotal.part == rollups.INSIGHTS)
        )
        or 0
    )


def _ranges(user: User, db: Session) -> list[tuple[dt.date, dt.date]]:
    first = stats.first_day(db=db, user=user)
    assert first is not None
    return [
        (first, TODAY),  # everything
        (first + dt.timedelta(days=17), TODAY - dt.timedelta(days=40)),  # partial months
        (dt.date(TODAY.year - 1, 3, 1), dt.date(TODAY.year - 1, 5, 31)),  # whole months
    ]


def test_past_months_are_stored_at_commit_and_read_back_the_same(db: Session, alice: User) -> None:
    _life(db, alice, 800)
    months_before_this_one = (TODAY.year * 12 + TODAY.month) - (
        (TODAY - dt.timedelta(days=799)).year * 12 + (TODAY - dt.timedelta(days=799)).month
    )
    assert _stored_months(db, alice) == months_before_this_one
    for start, end in _ranges(alice, db):
        _assert_same_as_the_rows(db, alice, start, end)


def test_edits_deletes_moves_and_back_dated_rows_keep_them_exact(db: Session, alice: User) -> None:
    _life(db, alice, 500)
    entries = list(db.scalars(select(JournalEntry).where(JournalEntry.user_id == alice.id)))
    checkins = list(db.scalars(select(CheckIn).where(CheckIn.user_id == alice.id)))
    old = entries[-1]
    service.update_entry(db=db, user=alice, entry_id=old.id, body="Nothing, always nothing.")
    emotions.correct_emotions(db=db, item=entries[-20], emotions=["anger", "fear"])
    entries[-30].entry_date -= dt.timedelta(days=45)  # moved into an earlier month
    service.delete_checkin(db=db, user=alice, checkin_id=checkins[-5].id)
    service.delete_entry(db=db, user=alice, entry_id=entries[-40].id)
    back_dated = service.create_entry(
        db=db, user=alice, body="Remembering that summer.", entry_date=TODAY - dt.timedelta(400)
    )
    assert back_dated.id
    db.commit()
    for start, end in _ranges(alice, db):
        _assert_same_as_the_rows(db, alice, start, end)


def test_an_import_is_totalled_again(db: Session, alice: User) -> None:
    _life(db, alice, 300)
    exported = data_service.export_document(db=db, user=alice)
    dana = make_user(db, "dana")
    data_service.import_file(db=db, user=dana, data=json.dumps(exported).encode())
    db.commit()
    assert _stored_months(db, dana) == _stored_months(db, alice) > 8
    for start, end in _ranges(dana, db):
        _assert_same_as_the_rows(db, dana, start, end)


def test_a_month_that_ends_is_stored_at_the_next_save(
    db: Session, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    _life(db, alice, 90)
    stored = _stored_months(db, alice)
    later = rollups.next_month(rollups.this_month())
    monkeypatch.setattr(rollups, "this_month", lambda: later)
    service.create_checkin(db=db, user=alice, pleasantness=1, energy=1)
    db.commit()
    assert _stored_months(db, alice) == stored + 1
    month = rollups.this_month()
    _assert_same_as_the_rows(db, alice, month - dt.timedelta(days=120), month - dt.timedelta(1))


def test_reading_the_totals_writes_nothing(db: Session, alice: User) -> None:
    _life(db, alice, 200)
    db.execute(MonthlyTotal.__table__.delete())  # as just after migration 0010
    first = stats.first_day(db=db, user=alice)
    assert first is not None
    _assert_same_as_the_rows(db, alice, first, TODAY)  # read from the rows, none stored
    assert not db.new and not db.dirty and _stored_months(db, alice) == 0


def test_a_check_in_given_in_another_zone_counts_in_its_utc_month(db: Session, alice: User) -> None:
    _life(db, alice, 120)
    first_of_last = rollups.previous_month(rollups.this_month())
    east = dt.timezone(dt.timedelta(hours=2))
    at = dt.datetime.combine(first_of_last, dt.time(0, 30), tzinfo=east)  # UTC: the month before
    service.create_checkin(db=db, user=alice, pleasantness=3, energy=3, at=at)
    db.commit()
    first = stats.first_day(db=db, user=alice)
    assert first is not None
    _assert_same_as_the_rows(db, alice, first, TODAY)


def test_a_rollback_forgets_what_it_would_have_recomputed(db: Session, alice: User) -> None:
    _life(db, alice, 60)
    old = db.scalars(
        select(CheckIn).where(CheckIn.user_id == alice.id).order_by(CheckIn.id)
    ).first()
    assert old is not None
    old.pleasantness = -old.pleasantness
    db.flush()
    assert db.info.get(rollups.PENDING)
    db.rollback()
    assert not db.info.get(rollups.PENDING)
