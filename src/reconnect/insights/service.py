"""Insights service: the dashboard's sections for a person and a period, owner-only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.insights import moods, sections, sources
from reconnect.insights.charts import Chart
from reconnect.insights.periods import Period, period_for
from reconnect.insights.sections import MilestoneItem, PracticeDay, ScoreHistory, Streaks
from reconnect.journal import service as journal_service
from reconnect.journal.service import Activity, BucketLabels, GridCount, MoodPoint
from reconnect.messages import Insights as M

PARTS = ("mood", "markers", "questionnaires", "practices")
TOP_WORDS = 12
NEUTRAL = frozenset({"neutral"})


@dataclass(frozen=True)
class ScoreSection:
    """One questionnaire's chart and the data behind it."""

    history: ScoreHistory
    chart: Chart


@dataclass
class Dashboard:
    """Everything the dashboard, the API and the report show for one period."""

    period: Period
    parts: frozenset[str]
    activity: Activity
    streaks: Streaks
    mood_points: list[MoodPoint] = field(default_factory=list)
    calendar_days: list[MoodPoint] = field(default_factory=list)
    grid_counts: list[GridCount] = field(default_factory=list)
    sleep: list[tuple[dt.date, float]] = field(default_factory=list)
    chosen_words: list[tuple[str, int]] = field(default_factory=list)
    detected_emotions: list[tuple[str, int]] = field(default_factory=list)
    charts: dict[str, Chart] = field(default_factory=dict)
    markers: sections.MarkerRows = field(default_factory=list)
    marker_charts: list[Chart] = field(default_factory=list)
    scores: list[ScoreSection] = field(default_factory=list)
    practices: list[PracticeDay] = field(default_factory=list)
    milestones: list[MilestoneItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all was recorded in the period."""
        a = self.activity
        return not (a.checkins or a.entries or self.scores or self.practices or self.milestones)


def period_named(*, db: Session, user: User, name: str, today: dt.date) -> Period:
    """The named range ending today ('all' starts at the person's first record)."""
    first = journal_service.first_day(db=db, user=user) if name == "all" else None
    return period_for(name, today=today, first_day=first)


def build_dashboard(
    *,
    db: Session,
    user: User,
    period: Period,
    today: dt.date,
    parts: frozenset[str] = frozenset(PARTS),
) -> Dashboard:
    """The chosen sections of the person's own insights for the period."""
    practice_streak = sources.practice_streak_source(db=db, user=user, today=today)
    dashboard = Dashboard(
        period=period,
        parts=parts,
        activity=journal_service.activity(db=db, user=user, start=period.start, end=period.end),
        streaks=Streaks(
            checkin_days=journal_service.checkin_streak(db=db, user=user, today=today),
            practice_days=practice_streak[0] if practice_streak else None,
            practice_best=practice_streak[1] if practice_streak else None,
            together_checkins=sources.together_streak_source(db=db, user=user, today=today),
        ),
    )
    labels = None
    if "mood" in parts and "markers" in parts:  # one pass over the labels serves both
        labels = journal_service.labels_by_bucket(
            db=db, user=user, start=period.start, end=period.end, bucket=period.bucket
        )
    if "mood" in parts:
        _add_mood(dashboard, db, user, labels)
    if "markers" in parts:
        tallies = journal_service.marker_tallies(
            db=db,
            user=user,
            start=period.start,
            end=period.end,
            bucket=period.bucket,
            labels=labels,
        )
        dashboard.markers = sections.marker_rows(tallies)
        dashboard.marker_charts = sections.marker_charts(dashboard.markers, period)
    if "questionnaires" in parts:
        dashboard.scores = _scores(db, user, period)
    if "practices" in parts:
        _add_practices(dashboard, db, user)
    return dashboard


def _add_mood(dashboard: Dashboard, db: Session, user: User, labels: BucketLabels | None) -> None:
    period = dashboard.period
    start, end = period.start, period.end
    _add_days(dashboard, db, user)
    if labels is not None:
        dashboard.chosen_words = labels.top("chosen", TOP_WORDS)
        dashboard.detected_emotions = labels.top("shown", TOP_WORDS, NEUTRAL)
    else:
        dashboard.chosen_words = journal_service.chosen_word_counts(
            db=db, user=user, start=start, end=end, limit=TOP_WORDS
        )
        dashboard.detected_emotions = journal_service.detected_emotion_counts(
            db=db, user=user, start=start, end=end, limit=TOP_WORDS
        )
    dashboard.charts["mood"] = sections.mood_chart(dashboard.mood_points, period)
    dashboard.charts["calendar"] = moods.calendar_chart(dashboard.calendar_days, period.end)
    dashboard.charts["grid"] = moods.grid_chart(dashboard.grid_counts)
    dashboard.charts["spread"], dashboard.charts["quadrants"] = moods.spread_charts(
        dashboard.grid_counts
    )
    dashboard.charts["sleep"] = moods.sleep_chart(
        moods.sleep_by_bucket(dashboard.sleep, period), dashboard.mood_points, period
    )
    dashboard.charts["chosen"] = sections.word_chart(
        key="chosen",
        title=M.CHOSEN_TITLE,
        description=M.CHOSEN_DESC,
        counts=dashboard.chosen_words,
    )
    dashboard.charts["detected"] = sections.word_chart(
        key="detected",
        title=M.DETECTED_TITLE,
        description=M.DETECTED_DESC,
        counts=dashboard.detected_emotions,
    )


def _add_days(dashboard: Dashboard, db: Session, user: User) -> None:
    """The days of the calendar (the last 12 months), the period's mood, grid and sleep; a
    month's daily mood is read from the calendar's days rather than asked for again."""
    period = dashboard.period
    first, last = moods.calendar_span(period.end)
    dashboard.calendar_days = journal_service.mood_by_bucket(
        db=db, user=user, start=first, end=last, bucket="day"
    )
    if period.bucket == "day" and period.start >= first:
        dashboard.mood_points = [p for p in dashboard.calendar_days if period.contains(p.day)]
    else:
        dashboard.mood_points = journal_service.mood_by_bucket(
            db=db, user=user, start=period.start, end=period.end, bucket=period.bucket
        )
    dashboard.grid_counts = journal_service.grid_counts(
        db=db, user=user, start=period.start, end=period.end
    )
    dashboard.sleep = sources.sleep_source(db=db, user=user, start=period.start, end=period.end)


def _scores(db: Session, user: User, period: Period) -> list[ScoreSection]:
    found = []
    for history in sources.questionnaire_source(db=db, user=user):
        chart = sections.score_chart(history, period, user.time_zone)
        if not chart.empty:
            found.append(ScoreSection(history, chart))
    return found


def _add_practices(dashboard: Dashboard, db: Session, user: User) -> None:
    period = dashboard.period
    done = sources.practices_source(db=db, user=user, since=period.start)
    dashboard.practices = [p for p in done if period.contains(p.day)]
    dashboard.charts["practices"] = sections.practice_chart(
        sections.practice_days(dashboard.practices, period), period
    )
    dashboard.charts["practices_top"] = sections.top_practices(dashboard.practices, period)
    dashboard.milestones = sections.milestone_list(
        sources.milestones_source(db=db, user=user), period
    )
