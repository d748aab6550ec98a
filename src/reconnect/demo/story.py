"""Three months in the demo person's life, worked out from a fixed seed: pure, no database.

The mood drifts the way people describe it: a flat start, a harder stretch around the
fifth week (a deadline, short nights), then a slow climb as sleep, walks and talks help.
Every run with the same ``today`` gives the same story, dated back from that day.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from reconnect.demo import texts
from reconnect.journal.vocabulary import BY_WORD, quadrant_of

DAYS = 90
SEED = 20261204

# The words the demo person reaches for, by grid quadrant (only those the vocabulary has
# are used, so a vocabulary change never breaks the demo).
WORDS = {
    "low_unpleasant": ("tired", "flat", "numb", "distant", "drained", "disconnected", "down"),
    "high_unpleasant": ("stressed", "tense", "frustrated", "overwhelmed", "restless", "worried"),
    "low_pleasant": ("calm", "content", "relaxed", "grateful", "peaceful", "reflective", "cosy"),
    "high_pleasant": ("hopeful", "cheerful", "connected", "curious", "energised", "proud"),
}


@dataclass(frozen=True)
class CheckInPlan:
    """One check-in to write, with what was going on around it."""

    at: dt.datetime
    pleasantness: int
    energy: int
    words: tuple[str, ...]
    note: str | None
    sleep_hours: float | None
    sleep_quality: str | None
    movement: str | None
    people: tuple[str, ...]
    places: tuple[str, ...]
    activities: tuple[str, ...]


@dataclass(frozen=True)
class EntryPlan:
    """One journal entry to write."""

    day: dt.date
    entry: texts.Entry
    movement: str | None = None
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class LogPlan:
    """One practice done."""

    day: dt.date
    practice: str
    rating: int
    note: str | None
    answers: dict[str, str] = field(default_factory=dict)


def distress(index: int) -> float:
    """How heavy things feel on day ``index`` of the story, from 0 (light) to 1 (heavy)."""
    points = ((0, 0.45), (20, 0.5), (35, 0.62), (50, 0.45), (DAYS - 1, 0.15))
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if index <= x1:
            return y0 + (y1 - y0) * (index - x0) / (x1 - x0)
    return points[-1][1]


def _clamp(value: float, low: int = -3, high: int = 3) -> int:
    return max(low, min(high, round(value)))


class Story:
    """The demo person's days, drawn once from the seed."""

    def __init__(self, today: dt.date, seed: int = SEED) -> None:
        self.today = today
        self.rng = random.Random(seed)  # noqa: S311  (a repeatable story, not a secret)
        self.start = today - dt.timedelta(days=DAYS - 1)
        self.sleep = [self._sleep(i) for i in range(DAYS)]

    def day(self, index: int) -> dt.date:
        """The date of day ``index`` (0 is the first day, ``DAYS - 1`` today)."""
        return self.start + dt.timedelta(days=index)

    def _sleep(self, index: int) -> float:
        hours = self.rng.gauss(7.6 - 2.2 * distress(index), 0.7)
        return max(4.0, min(9.5, round(hours * 2) / 2))

    def checkins(self, now: dt.datetime) -> list[CheckInPlan]:
        """Most days one check-in, some days two, some none; none after ``now``."""
        planned = []
        for index in range(DAYS):
            draw = self.rng.random()
            count = 0 if draw < 0.12 else 2 if draw > 0.8 else 1
            times = [(8, 0), (20, 30)] if count == 2 else [(19, 30)] * count
            for hour, minute in times:
                at = dt.datetime.combine(
                    self.day(index), dt.time(hour, minute + self.rng.randrange(25))
                ).astimezone()
                if at < now:
                    planned.append(self._checkin(index, at, morning=hour < 12))
        return planned

    def _checkin(self, index: int, at: dt.datetime, *, morning: bool) -> CheckInPlan:
        rng, day, sleep = self.rng, self.day(index), self.sleep[index]
        weekend = day.weekday() >= 5
        heavy = distress(index)
        mood = 2.2 - 6 * heavy + (0.6 if weekend else 0) + (sleep - 7) * 0.5 + rng.gauss(0, 0.8)
        energy = 1.5 - 5 * heavy + (sleep - 7) * 0.6 + (0.5 if morning else -0.3) + rng.gauss(0, 1)
        pleasantness, energy_value = _clamp(mood), _clamp(energy)
        return CheckInPlan(
            at=at,
            pleasantness=pleasantness,
            energy=energy_value,
            words=self._words(pleasantness, energy_value),
            note=self._note(pleasantness) if rng.random() < 0.35 else None,
            sleep_hours=sleep if morning or rng.random() < 0.5 else None,
            sleep_quality="poor" if sleep < 6 else "good" if sleep >= 7.5 else "okay",
            movement=self._movement(index),
            people=self._people(weekend, morning),
            places=("home",) if weekend or morning else ("work",),
            activities=self._activities(weekend, morning),
        )

    def _words(self, pleasantness: int, energy: int) -> tuple[str, ...]:
        quadrant = quadrant_of(pleasantness, energy)
        words = [w for w in WORDS[quadrant] if w in BY_WORD and BY_WORD[w].quadrant == quadrant]
        return tuple(self.rng.sample(words, k=min(len(words), self.rng.randint(1, 3))))

    def _note(self, pleasantness: int) -> str:
        pool: Sequence[str] = (
            texts.LOW_NOTES
            if pleasantness < 0
            else texts.MIDDLE_NOTES
            if pleasantness < 2
            else texts.GOOD_NOTES
        )
        return self.rng.choice(pool)

    def _movement(self, index: int) -> str:
        active = 0.15 + 0.45 * (1 - distress(index))
        draw = self.rng.random()
        return "active" if draw < active * 0.5 else "light" if draw < active + 0.25 else "none"

    def _people(self, weekend: bool, morning: bool) -> tuple[str, ...]:
        if morning:
            return ("partner",)
        if weekend:
            return self.rng.choice((("partner",), ("partner", "friends"), ("family",)))
        return self.rng.choice((("colleagues",), ("colleagues", "partner"), ("alone",)))

    def _activities(self, weekend: bool, morning: bool) -> tuple[str, ...]:
        if morning:
            return self.rng.choice((("resting",), ("chores",), ()))
        if weekend:
            return self.rng.choice((("socialising",), ("hobby", "resting"), ("chores",)))
        return self.rng.choice((("working",), ("working", "screens"), ("reading", "resting")))

    def entries(self) -> list[EntryPlan]:
        """The journal, a few times a week: each stretch's entries on days of that stretch."""
        stretches = (
            (0, 21, texts.FLAT_ENTRIES),
            (21, 46, texts.HARD_ENTRIES),
            (46, DAYS, texts.BETTER_ENTRIES),
        )
        planned = []
        for first, end, pool in stretches:
            days = sorted(self.rng.sample(range(first, end), k=len(pool)))
            for index, entry in zip(days, pool, strict=True):
                movement = self._movement(index) if self.rng.random() < 0.6 else None
                planned.append(EntryPlan(self.day(index), entry, movement, ("partner",)))
        return planned

    def answers(
        self, items: Sequence[tuple[str, int, int, bool]], index: int, *, weight: float = 1.0
    ) -> dict[str, int]:
        """Answers to a questionnaire on day ``index``: (item, lowest, highest, reverse) each,
        scored so that a heavier day gives a heavier answer (``weight`` says how much)."""
        heavy = min(1.0, distress(index) * weight)
        chosen = {}
        for item, low, high, reverse in items:
            value = low + (high - low) * heavy + self.rng.gauss(0, 0.35)
            score = max(low, min(high, round(value)))
            chosen[item] = low + high - score if reverse else score
        return chosen

    def practice_logs(self, practices: Sequence[tuple[str, int]]) -> list[LogPlan]:
        """Practices (slug, days a week) done from the plan's start on, more often as the
        weeks go by, and feeling a little better each time on average."""
        planned = []
        for index in range(PLAN_STARTS, DAYS):
            keen = 0.35 + 0.5 * (index - PLAN_STARTS) / (DAYS - PLAN_STARTS)
            for slug, per_week in practices:
                if self.rng.random() < keen * per_week / 7:
                    planned.append(self._log(index, slug))
        return planned

    def _log(self, index: int, slug: str) -> LogPlan:
        rating = max(1, min(5, round(4.6 - 3 * distress(index) + self.rng.gauss(0, 0.6))))
        note = self.rng.choice(texts.PRACTICE_NOTES) if self.rng.random() < 0.3 else None
        answers = {}
        if slug == "bids-for-connection":
            bid, response = self.rng.choice(texts.BIDS)
            answers = {"bid": bid, "response": response}
        return LogPlan(self.day(index), slug, rating, note, answers)

    def pick(self, pool: Sequence[str]) -> str:
        """One line from a pool of texts."""
        return self.rng.choice(pool)


PLAN_STARTS = 18  # the day the demo person made their plan, after their first reflection
LINKED_ON = 10  # the day the partners linked
