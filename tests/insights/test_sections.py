"""The sections other domains feed, tested on plain data before those domains are connected."""

from __future__ import annotations

import datetime as dt

from reconnect.analysis.markers import Sample
from reconnect.assess import service as assess_service
from reconnect.insights import sections, sources
from reconnect.insights.charts import Band
from reconnect.insights.periods import between, period_for
from reconnect.insights.sections import MilestoneItem, PracticeDay, ScoreHistory, ScorePoint
from reconnect.plan import service as plan_service
from reconnect.together import service as together_service

TODAY = dt.date(2026, 11, 20)
QUARTER = period_for("quarter", today=TODAY)


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)


def test_a_score_chart_shows_results_in_the_period_against_their_ranges() -> None:
    history = ScoreHistory(
        instrument="phq9",
        title="PHQ-9",
        max_total=27,
        points=(
            ScorePoint(_at(dt.date(2025, 1, 1)), 20, "Moderately severe", True),
            ScorePoint(_at(dt.date(2026, 10, 1)), 12, "Moderate", True),
            ScorePoint(_at(dt.date(2026, 11, 15)), 6, "Mild"),
        ),
        bands=(Band("Mild", 5, 9), Band("Moderate", 10, 14)),
    )
    chart = sections.score_chart(history, QUARTER)
    assert chart.table.headers == ("Day", "Total", "Range", "Talking to a professional could help")
    assert chart.table.rows == (
        ("1 Oct 2026", "12", "Moderate", "✓"),
        ("15 Nov 2026", "6", "Mild", ""),
    )
    assert "Moderate" in chart.svg and chart.key == "score-phq9"


def test_practices_are_counted_per_week_of_the_period() -> None:
    done = [
        PracticeDay(dt.date(2026, 11, 16), "breathing"),
        PracticeDay(dt.date(2026, 11, 18), "breathing", 4),
        PracticeDay(dt.date(2026, 11, 9), "movement"),
        PracticeDay(dt.date(2025, 1, 1), "movement"),  # long before the quarter
    ]
    days = sections.practice_days(done, QUARTER)
    assert days == [(dt.date(2026, 11, 9), 1), (dt.date(2026, 11, 16), 2)]
    chart = sections.practice_chart(days, QUARTER)
    assert chart.table.rows == (("9 Nov 2026", "1"), ("16 Nov 2026", "2"))
    top = sections.top_practices(done, QUARTER)
    assert top.table.rows == (("breathing", "2"), ("movement", "1"))


def test_milestones_in_the_period_come_newest_first() -> None:
    items = [
        MilestoneItem(dt.date(2026, 10, 1), "First week", "Seven days of practice."),
        MilestoneItem(dt.date(2026, 11, 1), "First month", "A month of check-ins."),
        MilestoneItem(dt.date(2024, 1, 1), "Started", "You began."),
    ]
    assert [m.title for m in sections.milestone_list(items, QUARTER)] == [
        "First month",
        "First week",
    ]


def test_markers_are_grouped_by_the_periods_bucket() -> None:
    period = between(dt.date(2026, 11, 2), dt.date(2026, 11, 15))
    samples = [
        Sample(dt.date(2026, 11, 2), "We always talk.", ("joy", "love")),
        Sample(dt.date(2026, 11, 3), "I felt nothing.", ("neutral",)),
        Sample(dt.date(2026, 11, 10), "Fine.", ("joy",)),
    ]
    rows = sections.marker_rows(sections.sample_tallies(samples, period))
    assert [(day, m.samples) for day, m in rows] == [
        (dt.date(2026, 11, 2), 1),
        (dt.date(2026, 11, 3), 1),
        (dt.date(2026, 11, 10), 1),
    ]
    shares, words = sections.marker_charts(rows, period)
    assert shares.table.headers[-1] == "Texts" and words.key == "absolutist"
    assert sections.marker_charts([], period) == []


def test_the_adapters_turn_other_domains_values_into_plain_data() -> None:
    results = [
        assess_service.ResultSummary(
            1, "who5", "WHO-5", _at(dt.date(2026, 11, d)), t, 25, "b", False, {}, {}, False
        )
        for d, t in ((1, 10), (8, 14))
    ]
    history = sources.score_history(results)
    assert history is not None
    assert (history.instrument, history.max_total, [p.total for p in history.points]) == (
        "who5",
        25,
        [10, 14],
    )
    assert sources.score_history([]) is None
    done = sources.practice_days_of([plan_service.PracticeDone(TODAY, "breathing", "self-care", 3)])
    assert done == [PracticeDay(TODAY, "breathing", 3)]
    assert sources.milestones_of([plan_service.Milestone(TODAY, "A", "B")]) == [
        MilestoneItem(TODAY, "A", "B")
    ]


def test_sources_for_someone_new_are_empty(db, alice) -> None:  # type: ignore[no-untyped-def]
    assert sources.practices_source(db=db, user=alice, since=TODAY) == []
    assert sources.practice_streak_source(db=db, user=alice, today=TODAY) == (0, 0)
    assert sources.milestones_source(db=db, user=alice) == []
    assert sources.together_streak_source(db=db, user=alice, today=TODAY) is None


def test_sources_read_the_plan_and_the_couple(db, alice, bob) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    plan_service.log_practice(db=db, user=alice, slug="breathing", rating=4)
    [done] = sources.practices_source(db=db, user=alice, since=today - dt.timedelta(days=1))
    assert (done.practice, done.rating) == ("breathing", 4)
    assert sources.practice_streak_source(db=db, user=alice, today=today) == (1, 1)
    assert sources.milestones_source(db=db, user=alice)
    _, code = together_service.create_invite(db=db, user=alice)
    together_service.accept_invite(db=db, user=bob, code=code)
    assert sources.together_streak_source(db=db, user=alice, today=today) == 0


def test_questionnaire_source_reads_assessments_with_their_ranges(db, alice) -> None:  # type: ignore[no-untyped-def]
    assert sources.questionnaire_source(db=db, user=alice) == []
    for total in (1, 2):
        answers = {str(n): 0 for n in range(1, 8)} | {"1": total}
        assess_service.submit(db=db, user=alice, instrument="gad7", answers=answers)
    [history] = sources.questionnaire_source(db=db, user=alice)
    assert history.instrument == "gad7"
    assert [point.total for point in history.points] == [1, 2]
    assert history.bands[0].low == 0
