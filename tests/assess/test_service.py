"""The service: results and history per the contract, drafts, reminders, help signals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import service
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.safety import consider
from tests.assess.conftest import PHQ9_ITEM_9, PHQ9_MODERATE, answers_for

NOW = dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)


def _take(db: Session, user: User, slug: str, values: list[int], days_ago: int = 0):  # type: ignore[no-untyped-def]
    return service.submit(
        db=db,
        user=user,
        instrument=slug,
        answers=answers_for(slug, values),
        at=NOW - dt.timedelta(days=days_ago),
    )


def test_results_summaries_follow_the_contract(db: Session, alice: User) -> None:
    _take(db, alice, "phq9", [0] * 9, days_ago=20)
    newest = _take(db, alice, "phq9", PHQ9_MODERATE, days_ago=2)
    _take(db, alice, "signs", [1] * 9, days_ago=5)
    latest = service.latest_results(db=db, user=alice)
    assert [s.instrument for s in latest] == ["signs", "phq9"]
    phq = latest[1]
    assert phq.result_id == newest.id and phq.title == "PHQ-9"
    assert (phq.total, phq.max_total, phq.band, phq.at_referral) == (10, 27, "moderate", True)
    assert phq.answers["1"] == 2 and phq.reflective is False and phq.taken_at.tzinfo is not None
    assert latest[0].reflective is True
    with pytest.raises(dataclasses.FrozenInstanceError):
        phq.total = 3  # type: ignore[misc]
    totals = [s.total for s in service.history(db=db, user=alice, instrument="phq9")]
    assert totals == [0, 10]


def test_history_is_private_to_each_person(db: Session, alice: User, charlie: User) -> None:
    result = _take(db, alice, "gad7", [1] * 7)
    assert service.history(db=db, user=charlie, instrument="gad7") == []
    with pytest.raises(NotFound):
        service.get_result_for_user(db=db, user=charlie, result_id=result.id)


def test_item_9_goes_through_the_safety_screen(db: Session, alice: User) -> None:
    result = _take(db, alice, "phq9", PHQ9_ITEM_9)
    assert result.safety_level == "crisis" and result.safety_reason
    calm = _take(db, alice, "phq9", [1] * 8 + [0])
    assert calm.safety_level == "none"


def test_drafts_merge_answers_and_are_cleared_by_a_result(db: Session, alice: User) -> None:
    service.save_draft(db=db, user=alice, instrument="ucla3", answers={"1": 2})
    assert service.save_draft(db=db, user=alice, instrument="ucla3", answers={"2": "3"}) == {
        "1": 2,
        "2": 3,
    }
    with pytest.raises(ValidationFailed):
        service.save_draft(db=db, user=alice, instrument="ucla3", answers={"3": 0})
    service.submit(db=db, user=alice, instrument="ucla3", answers={"1": 2, "2": 3, "3": 1})
    assert service.get_draft(db=db, user=alice, instrument="ucla3") == {}


def test_a_result_note_is_stored_encrypted(db: Session, alice: User) -> None:
    secret = "numb since the move"
    service.submit(
        db=db, user=alice, instrument="ucla3", answers={"1": 1, "2": 1, "3": 1}, note=secret
    )
    raw = db.execute(text("SELECT note FROM assessment_results")).scalars().all()
    assert raw and all(secret.encode() not in bytes(value) for value in raw)


def test_reminders_are_due_two_weeks_after_the_last_result(db: Session, alice: User) -> None:
    _take(db, alice, "signs", [0] * 9, days_ago=15)
    _take(db, alice, "gad7", [0] * 7, days_ago=3)
    today = NOW.date()
    due = service.today_items(db=db, user=alice, today=today)
    assert [(i.key, i.href, i.kind) for i in due] == [("assess:signs", "/assess/signs", "assess")]
    feed = {item.uid: item for item in service.calendar_items(db=db, user=alice)}
    gad = feed["assess-gad7@reconnect"]
    assert gad.starts.date() == today + dt.timedelta(days=11) and gad.starts.tzinfo is not None
    assert gad.rrule == "FREQ=DAILY;INTERVAL=14"
    service.set_reminder(db=db, user=alice, instrument="signs", every_days=0)
    assert service.today_items(db=db, user=alice, today=today) == []
    assert "assess-signs@reconnect" not in {
        i.uid for i in service.calendar_items(db=db, user=alice)
    }


def test_when_to_consider_help_counts_recent_questionnaire_results(
    db: Session, alice: User
) -> None:
    _take(db, alice, "gad7", [2, 2, 2, 2, 1, 1, 0], days_ago=40)  # too long ago
    assert consider.consider_help(db=db, user=alice, today=NOW.date()).suggest is False
    _take(db, alice, "gad7", [2, 2, 2, 2, 1, 1, 0], days_ago=3)
    found = consider.consider_help(db=db, user=alice, today=NOW.date())
    assert found.suggest and not found.urgent
    assert any("GAD-7" in note for note in found.observations)
    _take(db, alice, "phq9", PHQ9_ITEM_9, days_ago=1)
    assert consider.consider_help(db=db, user=alice, today=NOW.date()).urgent
