from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.journal import service as journal_service
from reconnect.patterns import service
from reconnect.patterns.factors import Factors
from reconnect.patterns.models import FactorSet
from tests.patterns.helpers import seed_sleep_pattern

TODAY = dt.date.today()


def _factor_rows(db: Session) -> int:
    return int(db.scalar(select(func.count()).select_from(FactorSet)) or 0)


def test_factors_are_checked_against_their_lists() -> None:
    chosen = service.clean_factors(
        sleep_hours=7.26,
        sleep_quality="Good",
        people=["friends", "partner", "partner"],
        tags="A, b",
    )
    assert chosen.sleep_hours == 7.25 and chosen.sleep_quality == "good"
    assert chosen.people == ("partner", "friends") and chosen.tags == ("a", "b")
    for bad in ({"sleep_hours": 24.5}, {"sleep_hours": -1}, {"sleep_hours": float("nan")}):
        with pytest.raises(ValidationFailed) as refused:
            service.clean_factors(**bad)  # type: ignore[arg-type]
        assert refused.value.field == "sleep_hours"
    with pytest.raises(ValidationFailed, match="not one of the choices for movement today"):
        service.clean_factors(movement="marathon")


def test_saving_nothing_stores_no_row_and_clearing_removes_it(db: Session, alice: User) -> None:
    checkin = journal_service.create_checkin(db=db, user=alice, pleasantness=0, energy=0)
    service.save_for_checkin(db=db, user=alice, checkin_id=checkin.id, chosen=Factors())
    assert _factor_rows(db) == 0
    chosen = service.clean_factors(places=["work"])
    service.save_for_checkin(db=db, user=alice, checkin_id=checkin.id, chosen=chosen)
    assert _factor_rows(db) == 1
    service.save_for_checkin(db=db, user=alice, checkin_id=checkin.id, chosen=Factors())
    assert _factor_rows(db) == 0


def test_deleting_a_check_in_or_entry_deletes_its_factors(db: Session, alice: User) -> None:
    chosen = service.clean_factors(sleep_hours=8)
    checkin = journal_service.create_checkin(db=db, user=alice, pleasantness=0, energy=0)
    entry = journal_service.create_entry(db=db, user=alice, body="Slept well")
    service.save_for_checkin(db=db, user=alice, checkin_id=checkin.id, chosen=chosen)
    service.save_for_entry(db=db, user=alice, entry_id=entry.id, chosen=chosen)
    assert _factor_rows(db) == 2
    journal_service.delete_checkin(db=db, user=alice, checkin_id=checkin.id)
    journal_service.delete_entry(db=db, user=alice, entry_id=entry.id)
    db.expire_all()
    assert _factor_rows(db) == 0


def test_charlie_cannot_read_or_write_factors_on_alices_things(
    db: Session, alice: User, charlie: User
) -> None:
    checkin = journal_service.create_checkin(db=db, user=alice, pleasantness=0, energy=0)
    entry = journal_service.create_entry(db=db, user=alice, body="Mine")
    chosen = service.clean_factors(people=["partner"])
    service.save_for_checkin(db=db, user=alice, checkin_id=checkin.id, chosen=chosen)
    with pytest.raises(NotFound):
        service.save_for_checkin(db=db, user=charlie, checkin_id=checkin.id, chosen=chosen)
    with pytest.raises(NotFound):
        service.save_for_entry(db=db, user=charlie, entry_id=entry.id, chosen=chosen)
    with pytest.raises(NotFound):
        service.factors_for_entry(db=db, user=charlie, entry_id=entry.id)
    assert service.factors_for_checkins(db=db, user=charlie, checkin_ids=[checkin.id]) == {}
    assert service.choice_order(db=db, user=charlie)["people"][0] == "partner"  # list order
    assert service.choice_order(db=db, user=alice)["people"][0] == "partner"


def test_alices_factors_never_reach_charlies_report(
    db: Session, alice: User, charlie: User
) -> None:
    seed_sleep_pattern(db, alice)
    seed_sleep_pattern(db, charlie, days=12)
    mine = service.report(db=db, user=alice, today=TODAY)
    theirs = service.report(db=db, user=charlie, today=TODAY)
    assert (mine.checkins, theirs.checkins) == (40, 12)
    assert mine.patterns and not theirs.patterns
    assert all(f.n_with + f.n_without <= 12 for f in theirs.not_enough)


def test_entries_with_no_feeling_detected_are_compared_by_factor(
    db: Session, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(30):
        alone = day % 2 == 0
        entry = journal_service.create_entry(
            db=db,
            user=alice,
            body="Went through the day." if alone else "Laughed a lot with friends, felt grateful.",
            tags=["quiet"] if alone else [],
            entry_date=TODAY - dt.timedelta(days=day),
        )
        # The person's own reading stands in for the model, so the planted answer is exact.
        entry.corrected_emotions = ["neutral"] if alone else ["joy", "gratitude"]
        chosen = service.clean_factors(people=["alone"] if alone else ["friends"])
        service.save_for_entry(db=db, user=alice, entry_id=entry.id, chosen=chosen)
    db.flush()
    report = service.report(db=db, user=alice, today=TODAY)
    found = {(f.feature, f.outcome, f.direction) for f in report.patterns}
    assert ("people:alone", "no_emotion", "higher") in found
    assert ("tag:quiet", "no_emotion", "higher") in found  # the entry's own tags count too
    assert report.entries == 30 and report.checkins == 0


def test_the_period_limits_what_is_looked_at(db: Session, alice: User) -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=200)
    journal_service.create_checkin(db=db, user=alice, pleasantness=1, energy=1, at=old)
    journal_service.create_checkin(db=db, user=alice, pleasantness=1, energy=1)
    assert service.report(db=db, user=alice, period="90", today=TODAY).checkins == 1
    assert service.report(db=db, user=alice, period="365", today=TODAY).checkins == 2


def test_check_ins_are_grouped_by_local_weekday_and_time_of_day(db: Session, alice: User) -> None:
    at = dt.datetime(2026, 11, 2, 8, 30).astimezone()  # a Monday morning, local time
    for _ in range(3):
        journal_service.create_checkin(db=db, user=alice, pleasantness=2, energy=-1, at=at)
    report = service.report(db=db, user=alice, period="all", today=TODAY)
    groups = {g.feature: (g.n, g.pleasantness, g.energy) for g in report.when}
    assert groups == {"weekday:0": (3, 2.0, -1.0), "time:morning": (3, 2.0, -1.0)}
    assert [service.time_of_day(h) for h in (4, 5, 12, 17, 22)] == [
        "night", "morning", "afternoon", "evening", "night"
    ]  # fmt: skip
