"""Markers that research links to emotional detachment, computed over a person's own texts.

They are shown only as the person's own trends, never as a verdict. docs/analysis.md
defines each one and names its source.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# Al-Mosaiwi & Johnstone (2018): the absolutist dictionary.
ABSOLUTIST = frozenset(
    [
        "absolutely",
        "all",
        "always",
        "complete",
        "completely",
        "constant",
        "constantly",
        "definitely",
        "entire",
        "ever",
        "every",
        "everyone",
        "everything",
        "full",
        "must",
        "never",
        "nothing",
        "totally",
        "whole",
    ]
)
SINGULAR = frozenset(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd", "im", "ive"])
PLURAL = frozenset(
    ["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll", "we'd", "let's"]
)
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
NO_EMOTION = frozenset({"neutral"})


@dataclass(frozen=True)
class Sample:
    """One check-in or entry: when, its text, and the emotions detected or chosen."""

    day: dt.date
    text: str
    emotions: tuple[str, ...]


@dataclass(frozen=True)
class Markers:
    """Marker values over a set of samples; None where there is too little to say."""

    samples: int
    emotion_variety: int
    emodiversity: float | None
    no_emotion_share: float | None
    absolutist_per_100_words: float | None
    we_share: float | None
    we_per_100_words: float | None = None
    i_per_100_words: float | None = None


@dataclass(frozen=True)
class Counts:
    """The word tallies of one text that the markers add up (stored beside each text)."""

    words: int = 0
    absolutist: int = 0
    singular: int = 0
    plural: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.words + other.words,
            self.absolutist + other.absolutist,
            self.singular + other.singular,
            self.plural + other.plural,
        )


@dataclass
class Tally:
    """What the markers of a group of samples are computed from: counts, never text.

    ``with_text`` counts the samples that have text; ``flat`` those of them with no
    emotion but 'neutral'; ``emotions`` every emotion named or found, with repeats.
    """

    samples: int = 0
    with_text: int = 0
    flat: int = 0
    emotions: Counter[str] = field(default_factory=Counter)
    counts: Counts = Counts()

    def add(self, other: Tally) -> None:
        """Add another group's tally to this one."""
        self.samples += other.samples
        self.with_text += other.with_text
        self.flat += other.flat
        self.emotions.update(other.emotions)
        self.counts += other.counts


def words(text: str) -> list[str]:
    """Lowercase word tokens (apostrophes kept, curly ones straightened)."""
    return WORD.findall(text.lower().replace("\u2019", "'"))


def counts(text: str) -> Counts:
    """Words, absolutist words, and first-person singular and plural words in one text."""
    tokens = words(text)
    return Counts(
        words=len(tokens),
        absolutist=sum(w in ABSOLUTIST for w in tokens),
        singular=sum(w in SINGULAR for w in tokens),
        plural=sum(w in PLURAL for w in tokens),
    )


def emodiversity(emotions: Iterable[str]) -> float | None:
    """Shannon entropy of the emotion mix, scaled to 0..1 (Quoidbach et al., 2014)."""
    return emodiversity_of(Counter(emotions))


def emodiversity_of(found: Counter[str]) -> float | None:
    """``emodiversity`` from how often each emotion occurs (a month's tally, say)."""
    counts = {e: n for e, n in found.items() if n > 0 and e not in NO_EMOTION}
    total = sum(counts.values())
    if total == 0 or len(counts) == 1:
        return 0.0 if total else None
    entropy = -sum((n / total) * math.log(n / total) for n in counts.values())
    return entropy / math.log(len(counts))


def per_100(count: int, total: int) -> float | None:
    """A count per 100 words; None when there are no words."""
    return 100 * count / total if total else None


def tally(samples: Sequence[Sample]) -> Tally:
    """The tally of these samples, counted from their text."""
    total = Tally()
    for sample in samples:
        has_text = bool(sample.text.strip())
        total.add(
            Tally(
                samples=1,
                with_text=int(has_text),
                flat=int(has_text and not set(sample.emotions) - NO_EMOTION),
                emotions=Counter(sample.emotions),
                counts=counts(sample.text),
            )
        )
    return total


def from_tally(total: Tally) -> Markers:
    """All markers of a tally (the dashboard sums stored counts into one per bucket)."""
    found = {e for e, n in total.emotions.items() if n > 0} - NO_EMOTION
    c = total.counts
    return Markers(
        samples=total.samples,
        emotion_variety=len(found),
        emodiversity=emodiversity_of(total.emotions),
        no_emotion_share=total.flat / total.with_text if total.with_text else None,
        absolutist_per_100_words=per_100(c.absolutist, c.words),
        we_share=c.plural / (c.plural + c.singular) if c.plural + c.singular else None,
        we_per_100_words=per_100(c.plural, c.words),
        i_per_100_words=per_100(c.singular, c.words),
    )


def compute(samples: Sequence[Sample]) -> Markers:
    """All markers over these samples."""
    return from_tally(tally(samples))


def week_start(day: dt.date) -> dt.date:
    """The Monday of the day's week."""
    return day - dt.timedelta(days=day.weekday())


def weekly(samples: Sequence[Sample]) -> list[tuple[dt.date, Markers]]:
    """Markers per calendar week, oldest first, for weeks that have samples."""
    by_week: dict[dt.date, list[Sample]] = {}
    for sample in samples:
        by_week.setdefault(week_start(sample.day), []).append(sample)
    return [(week, compute(group)) for week, group in sorted(by_week.items())]
