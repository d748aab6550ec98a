from __future__ import annotations

import datetime as dt

from reconnect.plan.progress import Streak, milestones, streak, week_start

D = dt.date(2026, 11, 2)  # a Monday


def day(n: int) -> dt.date:
    return D + dt.timedelta(days=n)


def test_no_practice_means_no_streak() -> None:
    assert streak([], today=D) == Streak(0, 0)


def test_consecutive_days_make_a_streak() -> None:
    assert streak([day(0), day(1), day(2)], today=day(2)) == Streak(3, 3)


def test_one_missed_day_does_not_break_a_streak() -> None:
    assert streak([day(0), day(1), day(3), day(4)], today=day(4)) == Streak(4, 4)


def test_two_missed_days_in_a_row_start_a_new_streak() -> None:
    assert streak([day(0), day(1), day(2), day(5)], today=day(5)) == Streak(1, 3)


def test_the_streak_still_counts_when_only_yesterday_was_missed() -> None:
    assert streak([day(0), day(1)], today=day(3)).days == 2
    assert streak([day(0), day(1)], today=day(4)) == Streak(0, 2)


def test_several_practices_on_one_day_count_once() -> None:
    assert streak([day(0), day(0), day(1)], today=day(1)) == Streak(2, 2)


def test_future_days_are_ignored() -> None:
    assert streak([day(0), day(9)], today=day(0)) == Streak(1, 1)


def test_milestones_for_the_first_practice_and_counts() -> None:
    done = [(day(i * 3), "self-care") for i in range(5)]  # never a streak
    reached = milestones(done)
    assert [(r.kind, r.size, r.reached_on) for r in reached] == [
        ("count", 1, day(0)),
        ("count", 5, day(12)),
    ]


def test_a_forgiving_streak_milestone_is_reached_on_its_third_practice_day() -> None:
    done = [(day(0), "a"), (day(2), "a"), (day(3), "a")]
    assert ("streak", 3, day(3)) in [(r.kind, r.size, r.reached_on) for r in milestones(done)]


def test_trying_every_strategy_is_a_milestone() -> None:
    done = [(day(i * 5), s) for i, s in enumerate(["a", "b", "c", "a", "d", "e"])]
    [reached] = [r for r in milestones(done) if r.kind == "strategies"]
    assert reached.reached_on == day(25)


def test_a_streak_milestone_is_only_celebrated_once() -> None:
    done = [(day(i), "a") for i in range(3)] + [(day(10 + i), "a") for i in range(3)]
    assert [r.kind for r in milestones(done)].count("streak") == 1


def test_weeks_start_on_monday() -> None:
    assert week_start(day(6)) == D and week_start(day(7)) == day(7)
