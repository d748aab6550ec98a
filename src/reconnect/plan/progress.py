"""Pure progress maths: forgiving streaks, milestones and weekly goals from practice days.

No database here: the service hands in the days and counts, which keeps the rules easy to
read and to test at the edges.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
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


def _runs(days: Sequence[dt.date]) -> list[tuple[dt.date, dt.date, int]]:
    """Runs of practice days as (first, last, number of practice days), oldest first."""
    runs: list[tuple[dt.date, dt.date, int]] = []
    for day in sorted(set(days)):
        if runs and (day - runs[-1][1]).days <= MAX_GAP_DAYS + 1:
            first, _, count = runs[-1]
            runs[-1] = (first, day, count + 1)
        else:
            runs.append((day, day, 1))
    return runs


def streak(days: Iterable[dt.date], *, today: dt.date) -> Streak:
    """The current and best streak; the current one still counts if only yesterday was missed."""
    runs = _runs([day for day in days if day <= today])
    if not runs:
        return Streak(0, 0)
    best = max(count for _, _, count in runs)
    _, last, count = runs[-1]
    current = count if (today - last).days <= MAX_GAP_DAYS + 1 else 0
    return Streak(current, best)


@dataclass(frozen=True, slots=True)
class Reached:
    """A milestone reached on a day: its kind ("count", "streak", "strategies") and size."""

    kind: str
    size: int
    reached_on: dt.date


def milestones(done: Sequence[tuple[dt.date, str]], *, strategies: int = 5) -> list[Reached]:
    """Milestones reached by practices done (day, strategy), in the order they were reached."""
    ordered = sorted(done)
    reached: list[Reached] = []
    for size in COUNT_MILESTONES:
        if len(ordered) >= size:
            reached.append(Reached("count", size, ordered[size - 1][0]))
    for first, last, count in _runs([day for day, _ in ordered]):
        for size in STREAK_MILESTONES:
            already = any(r.kind == "streak" and r.size == size for r in reached)
            if count >= size and not already:
                days = sorted({day for day, _ in ordered if first <= day <= last})
                reached.append(Reached("streak", size, days[size - 1]))
    seen: set[str] = set()
    for day, strategy in ordered:
        seen.add(strategy)
        if len(seen) == strategies:
            reached.append(Reached("strategies", strategies, day))
            break
    return sorted(reached, key=lambda r: (r.reached_on, r.kind != "count", r.size))


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week a day falls in."""
    return day - dt.timedelta(days=day.weekday())
