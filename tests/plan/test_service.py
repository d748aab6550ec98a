from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.assess.instruments import catalogue as assess_catalogue
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.plan import service
from reconnect.plan.generate import SIGNS, PlanSignals

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def test_a_practice_added_gets_its_own_days_and_time(db: Session, alice: User) -> None:
    row = service.add_practice(db=db, user=alice, slug="journaling-prompt")
    assert (row.days, row.at_time, row.reason) == (["MO", "WE", "FR"], "20:30", None)


def test_adding_again_changes_only_the_schedule(db: Session, alice: User) -> None:
    service.add_practice(db=db, user=alice, slug="movement", reason="cause:stress")
    row = service.add_practice(
        db=db, user=alice, slug="movement", days=["sa", "mo"], at_time="7:05"
    )
    assert (row.days, row.at_time, row.reason) == (["MO", "SA"], "07:05", "cause:stress")
    assert len(service.list_practices(db=db, user=alice)) == 1


def test_bad_schedules_are_refused(db: Session, alice: User) -> None:
    with pytest.raises(ValidationFailed, match="not days of the week"):
        service.add_practice(db=db, user=alice, slug="movement", days=["XX"])
    with pytest.raises(ValidationFailed, match="not a time of day"):
        service.add_practice(db=db, user=alice, slug="movement", at_time="noon")
    with pytest.raises(NotFound):
        service.add_practice(db=db, user=alice, slug="flying")


def test_removing_a_practice_keeps_its_logs(db: Session, alice: User) -> None:
    service.add_practice(db=db, user=alice, slug="hobby")
    service.log_practice(db=db, user=alice, slug="hobby", rating=3)
    service.remove_practice(db=db, user=alice, slug="hobby")
    assert service.list_practices(db=db, user=alice) == []
    assert len(service.list_logs(db=db, user=alice)) == 1
    with pytest.raises(NotFound):
        service.remove_practice(db=db, user=alice, slug="hobby")


def test_generating_adds_the_suggestions_with_their_reasons(db: Session, alice: User) -> None:
    added = service.generate_plan(db=db, user=alice)
    assert (added[0].practice, added[0].reason) == ("breathing", "starter")
    assert service.suggestions(db=db, user=alice) == []
    assert service.generate_plan(db=db, user=alice) == []


def test_signals_are_empty_before_any_reflection(db: Session, alice: User) -> None:
    assert service.signals_for_user(db=db, user=alice) == PlanSignals()


def test_signals_come_from_the_latest_reflections_and_questionnaires(
    db: Session, alice: User
) -> None:
    causes = dict.fromkeys(("trauma", "patterns", "mental_health", "vulnerability", "physical"), 0)
    assess_service.submit(db=db, user=alice, instrument="causes", answers=causes | {"stress": 1})
    signs = dict.fromkeys(SIGNS, 0) | {"numbness": 3, "autopilot": 2, "solitude": 1}
    assess_service.submit(db=db, user=alice, instrument="signs", answers=signs)
    gad7_high = {str(n): 2 for n in range(1, 8)}
    assess_service.submit(db=db, user=alice, instrument="gad7", answers=gad7_high)
    signals = service.signals_for_user(db=db, user=alice)
    assert signals.causes == {"stress"}
    assert signals.frequent_signs == {"numbness", "autopilot"}
    assert signals.referral_reached
    suggested = [s.practice for s in service.suggestions(db=db, user=alice)]
    assert suggested[:2] == ["find-a-professional", "first-call"]


def test_the_supporting_partners_reflection_shapes_the_plan(db: Session, alice: User) -> None:
    instrument = assess_catalogue()["partner"]
    answers = {item.id: 0 for item in instrument.items}
    answers |= {"pulling_away": 3, "avoids_future": 2, "isolated": 2, "tried_talking": 1}
    assess_service.submit(db=db, user=alice, instrument="partner", answers=answers)
    signals = service.signals_for_user(db=db, user=alice)
    assert signals.noticed == {"pulling_away", "avoids_future"}
    assert signals.effects == {"isolated"}
    assert signals.untried == {"tried_together", "tried_help", "tried_support"}
    suggested = [s.practice for s in service.suggestions(db=db, user=alice)]
    assert suggested[0] == "conversation-starter" and "my-own-support" in suggested


def test_logging_keeps_rating_note_and_answers_encrypted(db: Session, alice: User) -> None:
    log = service.log_practice(
        db=db,
        user=alice,
        slug="boundary-statement",
        rating=2,
        note="harder than I thought",
        answers={"situation": "calls at dinner", "need": "quiet evenings", "feeling": ""},
    )
    assert service.answers_of(log) == {"situation": "calls at dinner", "need": "quiet evenings"}
    assert (log.strategy, log.done_on, log.safety_level) == ("boundaries", TODAY, "none")
    db.flush()
    for column in ("note", "answers"):
        raw = bytes(db.execute(text(f"SELECT {column} FROM practice_logs")).scalar_one())  # noqa: S608
        assert raw.startswith(b"rc1") and b"dinner" not in raw and b"harder" not in raw


def test_a_log_without_words_is_not_screened(db: Session, alice: User) -> None:
    log = service.log_practice(db=db, user=alice, slug="breathing", rating=5)
    assert (log.note, log.answers, log.safety_level) == (None, None, None)


def test_worrying_words_in_a_log_are_flagged(db: Session, alice: User) -> None:
    log = service.log_practice(
        db=db, user=alice, slug="affirmations", answers={"affirmation": "I want to die"}
    )
    assert log.safety_level == "crisis"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"rating": 0}, r"from 1 \(hard\) to 5"),
        ({"rating": 6}, r"from 1 \(hard\) to 5"),
        ({"note": "x" * 2001}, "too long"),
        ({"answers": {"mood": "fine"}}, "does not ask for: mood"),
        ({"answers": {"affirmation": "y" * 2001}}, "too long"),
        ({"done_on": TODAY + dt.timedelta(days=3)}, "in the future"),
    ],
)
def test_bad_logs_are_refused_with_a_reason(
    db: Session, alice: User, values: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationFailed, match=message):
        service.log_practice(db=db, user=alice, slug="affirmations", **values)  # type: ignore[arg-type]


def test_charlie_gets_not_found_for_alices_log(db: Session, alice: User, charlie: User) -> None:
    log = service.log_practice(db=db, user=alice, slug="hobby", note="mine")
    with pytest.raises(NotFound):
        service.get_log_for_user(db=db, user=charlie, log_id=log.id)
    with pytest.raises(NotFound):
        service.delete_log(db=db, user=charlie, log_id=log.id)
    assert service.list_logs(db=db, user=charlie) == []
    assert service.practices_done(db=db, user=charlie, since=None) == []


def test_practices_done_lists_days_oldest_first(db: Session, alice: User) -> None:
    service.log_practice(db=db, user=alice, slug="hobby", rating=4, done_on=ago(1))
    service.log_practice(db=db, user=alice, slug="breathing", done_on=ago(10))
    done = service.practices_done(db=db, user=alice, since=None)
    assert [(d.day, d.practice, d.strategy, d.rating) for d in done] == [
        (ago(10), "breathing", "self-care", None),
        (ago(1), "hobby", "self-care", 4),
    ]
    assert [d.practice for d in service.practices_done(db=db, user=alice, since=ago(5))] == [
        "hobby"
    ]


def test_the_streak_forgives_a_missed_day(db: Session, alice: User) -> None:
    for days in (5, 4, 2, 1):
        service.log_practice(db=db, user=alice, slug="breathing", done_on=ago(days))
    streak = service.current_streak(db=db, user=alice, today=TODAY)
    assert (streak.days, streak.best) == (4, 4)
    assert service.current_streak(db=db, user=alice, today=TODAY + dt.timedelta(days=2)).days == 0


def test_milestones_come_with_kind_messages(db: Session, alice: User) -> None:
    for days in (2, 1, 0):
        service.log_practice(db=db, user=alice, slug="breathing", done_on=ago(days))
    reached = service.milestones(db=db, user=alice)
    assert [m.title for m in reached] == ["Your first practice", "3 practice days in a row"]
    assert reached[0].reached_on == ago(2) and reached[1].reached_on == TODAY
    for m in reached:
        assert "should" not in m.message and "failed" not in m.message


def test_weekly_goals_count_days_done_this_week(db: Session, alice: User) -> None:
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    service.add_practice(db=db, user=alice, slug="movement", days=["MO", "WE"])
    service.add_practice(db=db, user=alice, slug="hobby", days=[])
    service.log_practice(db=db, user=alice, slug="movement", done_on=monday)
    service.log_practice(db=db, user=alice, slug="movement", done_on=monday)
    service.log_practice(db=db, user=alice, slug="movement", done_on=monday - dt.timedelta(1))
    [goal] = service.weekly_goals(db=db, user=alice, today=TODAY)
    assert (goal.practice.slug, goal.target, goal.done, goal.met, goal.percent) == (
        "movement",
        2,
        1,
        False,
        50,
    )


def test_today_items_are_planned_practices_not_yet_done(db: Session, alice: User) -> None:
    monday = dt.date(2026, 11, 23)
    service.add_practice(db=db, user=alice, slug="movement", days=["MO"])
    service.add_practice(db=db, user=alice, slug="hobby", days=["MO"])
    service.add_practice(db=db, user=alice, slug="breathing", days=["TU"])
    service.log_practice(db=db, user=alice, slug="hobby", done_on=monday)
    [item] = service.today_items(db=db, user=alice, today=monday)
    assert (item.key, item.href, item.kind) == (
        "plan:movement",
        "/plan/practices/movement",
        "plan",
    )
    assert item.detail == "About 20 minutes"


def test_count_and_strategy_milestones_are_read_from_the_database(
    db: Session, alice: User, charlie: User
) -> None:
    slugs = ["breathing", "affirmations", "boundary-log", "honest-sharing", "first-call"]
    for i, slug in enumerate(slugs):
        service.log_practice(db=db, user=alice, slug=slug, done_on=ago(40 - 10 * i))
    service.log_practice(db=db, user=charlie, slug="hobby", done_on=ago(50))
    reached = {m.title: m.reached_on for m in service.milestones(db=db, user=alice)}
    assert reached == {
        "Your first practice": ago(40),
        "5 practices done": ago(0),
        "All five strategies tried": ago(0),
    }


def test_charlie_cannot_change_alices_plan(db: Session, alice: User, charlie: User) -> None:
    service.add_practice(db=db, user=alice, slug="hobby", days=["SA"])
    with pytest.raises(NotFound):
        service.remove_practice(db=db, user=charlie, slug="hobby")
    service.add_practice(db=db, user=charlie, slug="hobby", days=["MO"])
    assert service.get_plan_practice(db=db, user=alice, slug="hobby").days == ["SA"]  # type: ignore[union-attr]
    assert [r.practice for r in service.list_practices(db=db, user=charlie)] == ["hobby"]
