"""Patterns over years add stored months: the same report as reading every row."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.journal import rollups
from reconnect.journal import service as journal_service
from reconnect.journal.models import CheckIn, MonthlyTotal
from reconnect.patterns import history, service
from tests.patterns.helpers import seed_sleep_pattern

TODAY = dt.datetime.now(dt.UTC).date()


def _assert_same_as_the_rows(db: Session, user: User) -> None:
    for period, days in service.PERIODS.items():
        since = None if days is None else TODAY - dt.timedelta(days=days - 1)
        rolled = history.summary(db=db, user=user, since=since, today=TODAY)
        read = history.read(db, user, since, None)
        assert (rolled.summary, rolled.checkins, rolled.entries) == (
            read.summary,
            read.checkins,
            read.entries,
        ), period


def _stored_with_patterns(db: Session, user: User) -> int:
    """How many months' running totals are stored, and usable in the person's time zone."""
    rows = db.scalars(
        select(MonthlyTotal.totals).where(
            MonthlyTotal.user_id == user.id, MonthlyTotal.part == history.PART
        )
    )
    return sum(1 for totals in rows if history._usable(user, totals))


def test_a_report_over_years_adds_the_stored_months(db: Session, alice: User) -> None:
    seed_sleep_pattern(db, alice, days=430)
    journal_service.create_entry(
        db=db, user=alice, body="Old notes.", entry_date=TODAY - dt.timedelta(days=200)
    )
    db.commit()
    assert _stored_with_patterns(db, alice) >= 12
    _assert_same_as_the_rows(db, alice)
    report = service.report(db=db, user=alice, period="all", today=TODAY)
    assert any(f.feature.startswith("sleep") for f in report.patterns)


def test_changing_an_old_check_ins_factors_or_deleting_it_keeps_them_exact(
    db: Session, alice: User
) -> None:
    seed_sleep_pattern(db, alice, days=200)
    oldest = db.scalars(
        select(CheckIn).where(CheckIn.user_id == alice.id).order_by(CheckIn.created_at).limit(3)
    ).all()
    chosen = service.clean_factors(sleep_hours=3, places=["outdoors"])
    service.save_for_checkin(db=db, user=alice, checkin_id=oldest[0].id, chosen=chosen)
    db.commit()
    _assert_same_as_the_rows(db, alice)
    journal_service.delete_checkin(db=db, user=alice, checkin_id=oldest[1].id)
    service.save_for_checkin(
        db=db, user=alice, checkin_id=oldest[2].id, chosen=service.clean_factors()
    )
    db.commit()
    _assert_same_as_the_rows(db, alice)


def test_months_stored_under_another_time_zone_are_read_from_the_rows(
    db: Session, alice: User
) -> None:
    seed_sleep_pattern(db, alice, days=120)
    assert _stored_with_patterns(db, alice) >= 3
    alice.time_zone = "Asia/Tokyo"  # behind the service's back: the totals stay as they were
    db.info.clear()
    assert _stored_with_patterns(db, alice) == 0
    _assert_same_as_the_rows(db, alice)


def test_totals_from_another_time_zone_are_not_built_on(
    db: Session, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_sleep_pattern(db, alice, days=120)
    alice.time_zone = "Asia/Tokyo"
    later = rollups.next_month(rollups.this_month())
    monkeypatch.setattr(rollups, "this_month", lambda: later)
    journal_service.create_checkin(db=db, user=alice, pleasantness=1, energy=1)
    db.commit()
    assert _stored_with_patterns(db, alice) >= 4  # every month again, in this zone
    _assert_same_as_the_rows(db, alice)


def test_the_totals_follow_the_persons_new_time_zone(db: Session, alice: User) -> None:
    seed_sleep_pattern(db, alice, days=120)
    accounts_service.set_time_zone(db=db, user=alice, time_zone="Pacific/Auckland")
    db.commit()
    stored = db.scalars(
        select(MonthlyTotal.totals).where(
            MonthlyTotal.user_id == alice.id, MonthlyTotal.part == history.PART
        )
    ).all()
    assert len(stored) >= 3 and {totals["zone"] for totals in stored} == {"Pacific/Auckland"}
    _assert_same_as_the_rows(db, alice)


def test_a_late_evening_in_auckland_is_read_on_its_own_weekday(db: Session, alice: User) -> None:
    accounts_service.set_time_zone(db=db, user=alice, time_zone="Pacific/Auckland")
    # Friday 4 December 2026, 23:30 in Auckland (UTC+13) is Friday 10:30 in UTC ...
    friday_night = dt.datetime(2026, 12, 4, 10, 30, tzinfo=dt.UTC)
    # ... and Saturday 00:30 in Auckland is still Friday 11:30 in UTC.
    saturday = dt.datetime(2026, 12, 4, 11, 30, tzinfo=dt.UTC)
    for moment in (friday_night, saturday):
        journal_service.create_checkin(db=db, user=alice, pleasantness=2, energy=2, at=moment)
    db.flush()
    found = list(history.checkin_observations(db, alice, dt.date(2026, 12, 4), None))
    assert [day for day, _ in found] == [dt.date(2026, 12, 4), dt.date(2026, 12, 5)]
    assert "weekday:4" in found[0][1].features and "time:night" in found[0][1].features
    assert "weekday:5" in found[1][1].features
