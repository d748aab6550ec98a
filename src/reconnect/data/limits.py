"""The value limits the app's own forms, API and services keep to, checked again on import.

A hand-edited export can hold numbers, choices and dates that no screen of the app would
accept (a mood of 9, a rating of 0, a count below zero, an entry dated next year). Each
limit here is read from the owning domain's service, so the two cannot drift apart; a
column without a limit here is checked by its type only (``codec.from_json``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, Final

from reconnect.analysis.labels import LABELS
from reconnect.assess import service as assess_service
from reconnect.core import dates
from reconnect.journal import service as journal_service
from reconnect.journal.vocabulary import BY_WORD
from reconnect.messages import Data as M
from reconnect.patterns import service as patterns_service
from reconnect.plan import service as plan_service
from reconnect.safety import service as safety_service
from reconnect.safety.models import PLAN_SECTIONS
from reconnect.together import checkins, sharing
from reconnect.together import service as together_service

# The journal and the plan accept a date up to a day ahead (slack for time zones).
DAYS_AHEAD = 1


@dataclass(frozen=True)
class Limit:
    """What one column's values keep to, how to say it, and a value that keeps to it."""

    allows: Callable[[Any], bool]
    problem: str
    example: Any


def between(low: float, high: float, *, off: int | None = None) -> Limit:
    """A number from ``low`` to ``high`` (or exactly ``off``, for a setting turned off)."""
    problem = M.PROBLEM_RANGE if off is None else M.PROBLEM_RANGE_OR_OFF
    return Limit(
        allows=lambda value: value == off or low <= value <= high,
        problem=problem.format(low=f"{low:g}", high=f"{high:g}"),
        example=low,
    )


def count() -> Limit:
    """A count: 0 or more."""
    return Limit(allows=lambda value: value >= 0, problem=M.PROBLEM_COUNT, example=0)


def one_of(choices: Sequence[str]) -> Limit:
    """One of a list of choices."""
    return Limit(
        allows=lambda value: value in choices,
        problem=M.PROBLEM_CHOICE.format(choices=", ".join(choices)),
        example=choices[0],
    )


def some_of(choices: Sequence[str]) -> Limit:
    """A list holding only choices from a list."""
    return Limit(
        allows=lambda value: isinstance(value, list) and all(v in choices for v in value),
        problem=M.PROBLEM_CHOICES.format(choices=", ".join(choices)),
        example=[choices[0]],
    )


# Tomorrow, in the zone furthest ahead of UTC (up to a day ahead).
_FURTHEST_AHEAD = dt.timedelta(days=DAYS_AHEAD + 1)


def not_ahead() -> Limit:
    """A day no later than tomorrow where the day is furthest ahead (an import's days are
    the person's own, and some zones are a day ahead of UTC)."""
    return Limit(
        allows=lambda value: value <= dates.today(dates.UTC_NAME) + _FURTHEST_AHEAD,
        problem=M.PROBLEM_FUTURE,
        example=dt.date(2026, 1, 1),
    )


def entry_day() -> Limit:
    """A journal day the app would take: not ahead (``not_ahead``), and not before the
    earliest day the journal accepts."""
    ahead = not_ahead()
    earliest = journal_service.EARLIEST_ENTRY_DATE
    return Limit(
        allows=lambda value: ahead.allows(value) and value >= earliest,
        problem=M.PROBLEM_DAY_RANGE.format(earliest=earliest.isoformat()),
        example=dt.date(2026, 1, 1),
    )


def text_up_to(limit: int) -> Limit:
    """Text of at most ``limit`` characters (what the form or the API would take)."""
    return Limit(
        allows=lambda value: isinstance(value, str) and len(value) <= limit,
        problem=M.PROBLEM_TEXT_LENGTH.format(limit=limit),
        example="",
    )


def list_of(choices: Collection[str], *, most: int, problem: str) -> Limit:
    """A list of at most ``most`` strings, each one of ``choices``."""
    return Limit(
        allows=lambda value: (
            isinstance(value, list)
            and len(value) <= most
            and all(isinstance(v, str) and v in choices for v in value)
        ),
        problem=problem,
        example=[],
    )


def numbers_by_name(*, whole: bool) -> Limit:
    """A mapping of names to numbers (whole numbers if ``whole``): scores, answers."""
    kinds: tuple[type, ...] = (int,) if whole else (int, float)
    return Limit(
        allows=lambda value: (
            isinstance(value, dict)
            and all(
                isinstance(k, str) and isinstance(v, kinds) and not isinstance(v, bool)
                for k, v in value.items()
            )
        ),
        problem=M.PROBLEM_WHOLE_NUMBERS if whole else M.PROBLEM_NUMBERS,
        example={},
    )


def _text_limits() -> dict[tuple[str, str], Limit]:
    """Every free text, at the length its form or API keeps to."""
    found = {
        ("checkins", "note"): text_up_to(journal_service.MAX_NOTE),
        ("journal_entries", "title"): text_up_to(journal_service.MAX_TITLE),
        ("journal_entries", "body"): text_up_to(journal_service.MAX_BODY),
        ("practice_logs", "note"): text_up_to(plan_service.MAX_NOTE),
        ("assessment_results", "note"): text_up_to(assess_service.MAX_NOTE),
        ("together_activities", "title"): text_up_to(sharing.MAX_ACTIVITY_TITLE),
        ("together_replies", "body"): text_up_to(checkins.MAX_TEXT),
    }
    for name in PLAN_SECTIONS:
        found["safety_plans", name] = text_up_to(safety_service.MAX_SECTION)
    for name in together_service.TEXT_FIELDS:
        found["together_answers", name] = text_up_to(checkins.MAX_TEXT)
    return found


def _shape_limits() -> dict[tuple[str, str], Limit]:
    """JSON columns: the shape the app itself writes, so lists and pages can read them."""
    words = list_of(
        BY_WORD,
        most=journal_service.MAX_WORDS,
        problem=M.PROBLEM_WORDS.format(limit=journal_service.MAX_WORDS),
    )
    emotions = list_of(LABELS, most=len(LABELS), problem=M.PROBLEM_EMOTIONS)
    found = {("checkins", "words"): words, ("together_answers", "feeling_words"): words}
    for table in ("checkins", "journal_entries"):
        found[table, "detected_emotions"] = emotions
        found[table, "corrected_emotions"] = emotions
        found[table, "emotion_scores"] = numbers_by_name(whole=False)
    found["assessment_results", "answers"] = numbers_by_name(whole=True)
    found["assessment_drafts", "answers"] = numbers_by_name(whole=True)
    found["assessment_results", "subscales"] = numbers_by_name(whole=False)
    return found


def _limits() -> dict[tuple[str, str], Limit]:
    grid = between(journal_service.GRID_MIN, journal_service.GRID_MAX)
    markers = ("marker_words", "marker_absolutist", "marker_singular", "marker_plural")
    found: dict[tuple[str, str], Limit] = {
        ("checkins", "pleasantness"): grid,
        ("checkins", "energy"): grid,
        ("journal_entries", "entry_date"): entry_day(),
        ("journal_entries", "word_count"): count(),
        ("practice_logs", "rating"): between(min(plan_service.RATINGS), max(plan_service.RATINGS)),
        ("practice_logs", "done_on"): not_ahead(),
        ("assessment_reminders", "every_days"): between(
            assess_service.REMINDER_MIN_DAYS, assess_service.REMINDER_MAX_DAYS, off=0
        ),
        ("together_ladder", "step"): between(1, len(together_service.ladder())),
        ("factor_sets", "sleep_hours"): between(
            patterns_service.SLEEP_MIN, patterns_service.SLEEP_MAX
        ),
    }
    for table in ("checkins", "journal_entries"):
        found.update({(table, name): count() for name in markers})
    for name, choices in patterns_service.ONE_CHOICE.items():
        found["factor_sets", name] = one_of(choices)
    for name, choices in patterns_service.SOME_CHOICES.items():
        found["factor_sets", name] = some_of(choices)
    return {**found, **_text_limits(), **_shape_limits()}


LIMITS: Final[dict[tuple[str, str], Limit]] = _limits()


def problem_with(*, table: str, column: str, value: Any) -> str | None:
    """Why a value (already of the column's type) is out of its limits, or None if it is not."""
    limit = LIMITS.get((table, column))
    if limit is None or value is None or limit.allows(value):
        return None
    return limit.problem
