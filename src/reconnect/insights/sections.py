"""Dashboard sections as pure functions: plain data in, charts and lists out.

Nothing here touches the database, so the same builders serve the page, the API, the PDF
and the tests, and the sections fed by other domains can be tested before those domains
are connected.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reconnect.analysis import markers
from reconnect.core import dates
from reconnect.insights.charts import Band, Chart, Series, bar_chart, column_chart, line_chart
from reconnect.insights.periods import Period, bucket_of
from reconnect.insights.svg import long_date, short_date
from reconnect.journal.service import MoodPoint
from reconnect.messages import Insights as M

GRID_TICKS = [(v, f"{v:+d}" if v else "0") for v in (-4, -2, 0, 2, 4)]
PERCENT_TICKS = [(v, f"{v:.0f}%") for v in (0, 25, 50, 75, 100)]


@dataclass(frozen=True)
class ScorePoint:
    """One questionnaire result: when, the total, and the authors' range it falls in."""

    taken_at: dt.datetime
    total: float
    band: str
    at_referral: bool = False


@dataclass(frozen=True)
class ScoreHistory:
    """A questionnaire's results over time, with its score ranges (may be empty)."""

    instrument: str
    title: str
    max_total: float
    points: tuple[ScorePoint, ...]
    bands: tuple[Band, ...] = ()
    reflective: bool = False


@dataclass(frozen=True)
class PracticeDay:
    """A practice logged on a day (from the plan)."""

    day: dt.date
    practice: str
    rating: int | None = None


@dataclass(frozen=True)
class Streaks:
    """Current streaks; None where the source has nothing to say."""

    checkin_days: int = 0
    practice_days: int | None = None
    practice_best: int | None = None
    together_checkins: int | None = None


@dataclass(frozen=True)
class MilestoneItem:
    """A milestone the person reached."""

    reached_on: dt.date
    title: str
    message: str


def bucket_header(period: Period) -> str:
    """The table heading for the period's buckets."""
    return {"day": M.DAY, "week": M.WEEK, "month": M.MONTH}[period.bucket]


def axis_title(period: Period) -> str:
    """The time axis's title for the period's buckets."""
    return M.AXIS_BUCKET[period.bucket]


def point_label(period: Period) -> Callable[[dt.date], str]:
    """How a mark's tooltip names its bucket: 'Tue 3 Nov 2026', 'Week of 2 Nov 2026' ..."""
    if period.bucket == "week":
        return lambda day: M.WEEK_OF.format(day=short_date(day))
    if period.bucket == "month":
        return lambda day: f"{day:%B %Y}"
    return long_date


def _x_range(period: Period) -> tuple[dt.date, dt.date]:
    return period.first_bucket, period.end


def mood_chart(points: Sequence[MoodPoint], period: Period) -> Chart:
    """Pleasantness and energy per bucket on the -4..4 grid scale."""
    return line_chart(
        key="mood",
        title=M.MOOD_TITLE,
        description=M.MOOD_DESC.format(bucket=M.BUCKET_NAMES[period.bucket]),
        series=[
            Series(M.PLEASANTNESS, tuple((p.day, p.pleasantness) for p in points)),
            Series(M.ENERGY, tuple((p.day, p.energy) for p in points)),
        ],
        x_range=_x_range(period),
        y_range=(-4, 4),
        y_ticks=GRID_TICKS,
        x_header=bucket_header(period),
        x_title=axis_title(period),
        y_title=M.MOOD_AXIS,
        point_label=point_label(period),
        value_format=lambda v: f"{v:+.1f}",
        extra_columns=[(M.CHECKINS_COLUMN, {p.day: str(p.checkins) for p in points})],
    )


def word_chart(
    *, key: str, title: str, description: str, counts: Sequence[tuple[str, int]]
) -> Chart:
    """The most frequent feelings as bars."""
    return bar_chart(
        key=key,
        title=title,
        description=description,
        bars=list(counts),
        label_header=M.WORD,
        value_header=M.TIMES,
    )


MarkerRows = list[tuple[dt.date, markers.Markers]]
Tallies = Sequence[tuple[dt.date, markers.Tally]]


def sample_tallies(samples: Sequence[markers.Sample], period: Period) -> Tallies:
    """Samples grouped into the period's buckets and tallied, oldest first."""
    by_bucket: dict[dt.date, list[markers.Sample]] = {}
    for sample in samples:
        by_bucket.setdefault(bucket_of(sample.day, period.bucket), []).append(sample)
    return [(day, markers.tally(group)) for day, group in sorted(by_bucket.items())]


def marker_rows(tallies: Tallies) -> MarkerRows:
    """The markers of each bucket that has samples, from its tally, oldest first."""
    return [(day, markers.from_tally(tally)) for day, tally in tallies]


def _series(name: str, rows: MarkerRows, attr: str, scale: float) -> Series:
    points = []
    for day, values in rows:
        value = getattr(values, attr)
        if value is not None:
            points.append((day, value * scale))
    return Series(name, tuple(points))


def marker_charts(rows: MarkerRows, period: Period) -> list[Chart]:
    """Granularity and the other markers per bucket: a percentage chart and a words chart."""
    if not rows:
        return []
    bucket = M.BUCKET_NAMES[period.bucket]
    counts = {day: str(values.samples) for day, values in rows}
    shares = line_chart(
        key="markers",
        title=M.MARKERS_TITLE,
        description=M.MARKERS_DESC.format(bucket=bucket),
        series=[
            _series(M.EMODIVERSITY, rows, "emodiversity", 100),
            _series(M.NO_EMOTION, rows, "no_emotion_share", 100),
            _series(M.WE_SHARE, rows, "we_share", 100),
        ],
        x_range=_x_range(period),
        y_range=(0, 100),
        y_ticks=PERCENT_TICKS,
        x_header=bucket_header(period),
        x_title=axis_title(period),
        y_title=M.MARKERS_AXIS,
        point_label=point_label(period),
        value_format=lambda v: f"{v:.0f}%",
        extra_columns=[(M.SAMPLES, counts)],
    )
    absolutist = _series(M.ABSOLUTIST, rows, "absolutist_per_100_words", 1)
    top = float(math.ceil(max([v for _, v in absolutist.points] + [2.0])))
    words = line_chart(
        key="absolutist",
        title=M.MARKERS_WORDS_TITLE,
        description=M.MARKERS_WORDS_DESC.format(bucket=bucket),
        series=[absolutist],
        x_range=_x_range(period),
        y_range=(0, top),
        y_ticks=[(top * f, f"{top * f:g}") for f in (0, 0.5, 1)],
        x_header=bucket_header(period),
        x_title=axis_title(period),
        y_title=M.ABSOLUTIST_AXIS,
        point_label=point_label(period),
        value_format=lambda v: f"{v:.1f}",
    )
    return [shares, words]


def score_chart(history: ScoreHistory, period: Period, zone: str | None = None) -> Chart:
    """A questionnaire's totals over time against its score ranges (on the person's days,
    in their time ``zone``)."""
    points = [p for p in history.points if period.contains(dates.local_date(p.taken_at, zone))]
    top = history.max_total or max((p.total for p in points), default=1)
    by_day = {dates.local_date(p.taken_at, zone): p for p in points}
    return line_chart(
        key=f"score-{history.instrument}",
        title=history.title,
        description=M.SCORES_DESC.format(title=history.title, max=f"{top:g}"),
        series=[Series(M.SCORE, tuple((d, p.total) for d, p in sorted(by_day.items())))],
        x_range=(period.start, period.end),
        y_range=(0, top),
        y_ticks=[(top * f, f"{top * f:g}") for f in (0, 0.5, 1)],
        x_header=M.DAY,
        y_title=M.SCORE_AXIS,
        bands=history.bands,
        extra_columns=[
            (M.BAND, {d: p.band for d, p in by_day.items()}),
            (M.REFERRAL, {d: "✓" if p.at_referral else "" for d, p in by_day.items()}),
        ],
    )


def practice_days(done: Sequence[PracticeDay], period: Period) -> list[tuple[dt.date, int]]:
    """How many practices were logged per bucket of the period, oldest first."""
    counts = Counter(bucket_of(p.day, period.bucket) for p in done if period.contains(p.day))
    return sorted(counts.items())


def practice_chart(days: Sequence[tuple[dt.date, int]], period: Period) -> Chart:
    """Practices logged per bucket, as columns."""
    return column_chart(
        key="practices",
        title=M.PRACTICES_TITLE,
        description=M.PRACTICES_DESC.format(bucket=M.BUCKET_NAMES[period.bucket]),
        columns=list(days),
        x_range=_x_range(period),
        bucket_days=period.bucket_days,
        x_header=bucket_header(period),
        value_header=M.PRACTICES_COUNT,
        x_title=axis_title(period),
        point_label=point_label(period),
    )


def top_practices(done: Sequence[PracticeDay], period: Period, limit: int = 8) -> Chart:
    """The practices done most often in the period."""
    counts = Counter(p.practice for p in done if period.contains(p.day))
    return bar_chart(
        key="practices-top",
        title=M.PRACTICES_TOP,
        description=M.PRACTICES_TOP_DESC,
        bars=counts.most_common(limit),
        label_header=M.PRACTICE,
        value_header=M.TIMES,
    )


def milestone_list(milestones: Sequence[MilestoneItem], period: Period) -> list[MilestoneItem]:
    """The milestones reached in the period, newest first."""
    reached = [m for m in milestones if period.contains(m.reached_on)]
    return sorted(reached, key=lambda m: m.reached_on, reverse=True)
