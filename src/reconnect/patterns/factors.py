"""Contributing factors: the fixed choices a person can tick on a check-in or an entry.

Pure: no database, no web. Every value is one of a closed list (or a number of hours of
sleep), never free text, so nothing here needs encrypting. The person's own tags are the
one open list; they are stored like journal tags.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reconnect.core.errors import ValidationFailed
from reconnect.messages import Patterns as PM

SLEEP_MIN, SLEEP_MAX = 0.0, 24.0
GOOD_SLEEP_HOURS = 7.0  # the usual adult guidance is 7 hours or more
SHORT_SLEEP_HOURS = 6.0
SLEEP_QUALITY = ("poor", "okay", "good")
MOVEMENT = ("none", "light", "active")
PEOPLE = ("partner", "family", "friends", "colleagues", "alone")
PLACES = ("home", "work", "outdoors", "out", "travelling")
ACTIVITIES = (
    "working",
    "studying",
    "chores",
    "caring",
    "socialising",
    "screens",
    "reading",
    "hobby",
    "creative",
    "resting",
)
# The multi-choice categories, in the order the form shows them.
CHOICES: dict[str, tuple[str, ...]] = {
    "people": PEOPLE,
    "places": PLACES,
    "activities": ACTIVITIES,
}
SINGLE: dict[str, tuple[str, ...]] = {"sleep_quality": SLEEP_QUALITY, "movement": MOVEMENT}


@dataclass(frozen=True)
class Factors:
    """What was going on around one check-in or entry; every part is optional."""

    sleep_hours: float | None = None
    sleep_quality: str | None = None
    movement: str | None = None
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    tags: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        """Whether nothing at all was picked."""
        return self == Factors()


def _not_a_choice(category: str, value: str, allowed: Sequence[str]) -> ValidationFailed:
    what = PM.CATEGORY[category].lower()
    message = PM.CHOICE_UNKNOWN.format(value=value, what=what, allowed=", ".join(allowed))
    return ValidationFailed(message, field=category)


def _one_of(category: str, value: str | None) -> str | None:
    value = (value or "").strip().lower()
    if not value:
        return None
    if value not in SINGLE[category]:
        raise _not_a_choice(category, value, SINGLE[category])
    return value


def _some_of(category: str, values: Iterable[str]) -> tuple[str, ...]:
    chosen = list(dict.fromkeys(v.strip().lower() for v in values if v.strip()))
    allowed = CHOICES[category]
    unknown = [v for v in chosen if v not in allowed]
    if unknown:
        raise _not_a_choice(category, ", ".join(unknown), allowed)
    return tuple(v for v in allowed if v in chosen)


def check_sleep(hours: float | None) -> float | None:
    """Hours of sleep from 0 to 24, rounded to the quarter hour; raise otherwise."""
    if hours is None:
        return None
    if isinstance(hours, bool) or not math.isfinite(hours) or not SLEEP_MIN <= hours <= SLEEP_MAX:
        raise ValidationFailed(PM.SLEEP_INVALID.format(value=hours), field="sleep_hours")
    return round(hours * 4) / 4


def parse_sleep(raw: str) -> float | None:
    """Hours of sleep typed in a form ('7', '7.5' or '7,5'); raise with the value if not."""
    raw = raw.strip().replace(",", ".").removesuffix("h").strip()
    if not raw:
        return None
    try:
        hours = float(raw)
    except ValueError as exc:
        raise ValidationFailed(PM.SLEEP_INVALID.format(value=raw), field="sleep_hours") from exc
    return check_sleep(hours)


def clean(
    *,
    sleep_hours: float | None = None,
    sleep_quality: str | None = None,
    movement: str | None = None,
    people: Sequence[str] = (),
    places: Sequence[str] = (),
    activities: Sequence[str] = (),
    tags: Sequence[str] = (),
) -> Factors:
    """Check every part against its list and put choices in the list's order."""
    return Factors(
        sleep_hours=check_sleep(sleep_hours),
        sleep_quality=_one_of("sleep_quality", sleep_quality),
        movement=_one_of("movement", movement),
        people=_some_of("people", people),
        places=_some_of("places", places),
        activities=_some_of("activities", activities),
        tags=tuple(tags),
    )


def most_used_first(category: str, counts: dict[str, int]) -> list[str]:
    """A category's choices with the person's most used first (ties keep the list order)."""
    options = CHOICES.get(category) or SINGLE[category]
    return sorted(options, key=lambda option: -counts.get(option, 0))


def summary(factors: Factors) -> list[str]:
    """Short phrases for showing the factors next to a check-in or entry."""
    parts = []
    if factors.sleep_hours is not None:
        parts.append(PM.SHOW_SLEEP.format(hours=f"{factors.sleep_hours:g}"))
    if factors.sleep_quality:
        parts.append(PM.SHOW_QUALITY.format(quality=PM.OPTIONS[factors.sleep_quality]))
    if factors.movement:
        parts.append(PM.SHOW_MOVEMENT.format(movement=PM.OPTIONS[f"move_{factors.movement}"]))
    parts += [PM.OPTIONS[value] for value in factors.people + factors.places + factors.activities]
    parts += [f"#{tag}" for tag in factors.tags]
    return parts


def features_of(factors: Factors) -> tuple[frozenset[str], frozenset[str]]:
    """The yes/no features the statistics compare, and the categories that were recorded.

    A category counts as recorded when anything in it was picked, so a check-in where the
    person skipped 'people' is left out of the comparisons for people instead of being
    counted as 'not with your partner'.
    """
    features: set[str] = set()
    recorded: set[str] = {"tag"}
    if factors.sleep_hours is not None:
        recorded.add("sleep")
        if factors.sleep_hours >= GOOD_SLEEP_HOURS:
            features.add("sleep:enough")
        if factors.sleep_hours < SHORT_SLEEP_HOURS:
            features.add("sleep:short")
    if factors.sleep_quality:
        recorded.add("quality")
        features.add(f"quality:{factors.sleep_quality}")
    if factors.movement:
        recorded.add("movement")
        if factors.movement != "none":
            features.add("movement:moved")
    for category in CHOICES:
        values: tuple[str, ...] = getattr(factors, category)
        if values:
            recorded.add(category)
            features.update(f"{category}:{value}" for value in values)
    features.update(f"tag:{tag}" for tag in factors.tags)
    return frozenset(features), frozenset(recorded)


SELF_CARE = ("learn/strategy-self-care", "plan/practices/breathing", "plan/practices/movement")
PARTNER = (
    "learn/strategy-communication",
    "plan/practices/honest-sharing",
    "plan/practices/empathic-listening",
)
SOLITUDE = (
    "learn/vs-healthy-boundaries",
    "plan/practices/hobby",
    "plan/practices/mindfulness-minutes",
)
BOUNDARIES = (
    "learn/strategy-boundaries",
    "plan/practices/boundary-statement",
    "plan/practices/boundary-log",
)
WORKLOAD = ("learn/strategy-boundaries", "plan/practices/boundary-log", "plan/practices/breathing")
NAMING = (
    "learn/strategy-identify-emotions",
    "plan/practices/journaling-prompt",
    "plan/practices/accepting-feelings",
)
EVERYDAY = ("learn/strategy-self-care", "plan/practices/mindfulness-minutes")
LINKS_BY_FEATURE = {
    "people:partner": PARTNER,
    "people:alone": SOLITUDE,
    "people:family": BOUNDARIES,
    "people:friends": BOUNDARIES,
    "people:colleagues": BOUNDARIES,
    "places:work": WORKLOAD,
    "activities:working": WORKLOAD,
    "activities:studying": WORKLOAD,
    "activities:caring": BOUNDARIES,
}


def links_for(feature: str, outcome: str) -> tuple[str, ...]:
    """Learn topics and plan practices (paths without the leading slash) to explore a pattern."""
    if outcome == "no_emotion":
        return NAMING
    if feature in LINKS_BY_FEATURE:
        return LINKS_BY_FEATURE[feature]
    kind, _, value = feature.partition(":")
    if kind in {"sleep", "quality", "movement"} or (kind == "tag" and "stress" in value):
        return SELF_CARE
    return EVERYDAY
