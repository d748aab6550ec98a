"""Pure progress maths: forgiving streaks, milestones and weekly goals from practice days.

No database here: the service hands in the days and counts, which keeps the rules easy to
read and to test at the edges.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# A streak survives one missed day between practice days; two missed days in a row end it.
# Life happens, and one off day should never undo weeks of care.
MAX_GAP_DAYS = 1
STREAK_MILESTONES = (3, 7, 14, 30, 60, 100)
COUNT_MILESTONES = (1, 5, 10, 25, 50, 100, 250)


@dataclass(frozen=True, slots=True)
class Streak:
    """Practice days in the current run (forgiving one missed day) and the best run so far."""

    days: int
    best: int


def _runs(days: Iterable[dt.date]) -> list[list[dt.date]]:
    """Runs of practice days (each a list of its days), oldest first."""
    runs: list[list[dt.date]] = []
    for day in sorted(set(days)):
        if runs and (day - runs[-1][-1]).days <= MAX_GAP_DAYS + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def streak(days: Iterable[dt.date], *, today: dt.date) -> Streak:
    """The current and best streak; the current one still counts if only yesterday was missed."""
    runs = _runs(day for day in days if day <= today)
    if not runs:
        return Streak(0, 0)
    best = max(len(run) for run in runs)
    current = len(runs[-1]) if (today - runs[-1][-1]).days <= MAX_GAP_DAYS + 1 else 0
    return Streak(current, best)


@dataclass(frozen=True, slots=True)
class Reached:
    """A milestone reached on a day: its kind ("count", "streak", "strategies") and size."""

    kind: str
    size: int
    reached_on: dt.date


def milestones_from(
    *,
    nth_days: Mapping[int, dt.date],
    practice_days: Iterable[dt.date],
    strategy_firsts: Mapping[str, dt.date],
    strategies: int = 5,
) -> list[Reached]:
    """Milestones from a summary of the history, in the order they were reached.

    ``nth_days`` maps each reached size in COUNT_MILESTONES to the day of that practice,
    ``practice_days`` are the days anything was done, and ``strategy_firsts`` the first day
    each strategy was tried; the database can give all three without loading every log.
    """
    reached = [Reached("count", size, day) for size, day in nth_days.items()]
    runs = _runs(practice_days)
    for size in STREAK_MILESTONES:
        firsts = [run[size - 1] for run in runs if len(run) >= size]
        if firsts:
            reached.append(Reached("streak", size, firsts[0]))
    if len(strategy_firsts) >= strategies:
        reached.append(Reached("strategies", strategies, max(strategy_firsts.values())))
    return sorted(reached, key=lambda r: (r.reached_on, r.kind != "count", r.size))


def milestones(done: Sequence[tuple[dt.date, str]], *, strategies: int = 5) -> list[Reached]:
    """Milestones reached by practices done (day, strategy), in the order they were reached."""
    ordered = sorted(done)
    firsts: dict[str, dt.date] = {}
    for day, strategy in ordered:
        firsts.setdefault(strategy, day)
    return milestones_from(
        nth_days={n: ordered[n - 1][0] for n in COUNT_MILESTONES if len(ordered) >= n},
        practice_days=[day for day, _ in ordered],
        strategy_firsts=firsts,
        strategies=strategies,
    )


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week a day falls in."""
    return day - dt.timedelta(days=day.weekday())
