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
from dataclasses import dataclass

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


def words(text: str) -> list[str]:
    """Lowercase word tokens (apostrophes kept, curly ones straightened)."""
    return WORD.findall(text.lower().replace("\u2019", "'"))


def emodiversity(emotions: Iterable[str]) -> float | None:
    """Shannon entropy of the emotion mix, scaled to 0..1 (Quoidbach et al., 2014)."""
    counts = Counter(e for e in emotions if e not in NO_EMOTION)
    total = sum(counts.values())
    if total == 0 or len(counts) == 1:
        return 0.0 if total else None
    entropy = -sum((n / total) * math.log(n / total) for n in counts.values())
    return entropy / math.log(len(counts))


def per_100(count: int, total: int) -> float | None:
    """A count per 100 words; None when there are no words."""
    return 100 * count / total if total else None


def compute(samples: Sequence[Sample]) -> Markers:
    """All markers over these samples."""
    tokens = [w for s in samples for w in words(s.text)]
    singular = sum(w in SINGULAR for w in tokens)
    plural = sum(w in PLURAL for w in tokens)
    with_text = [s for s in samples if s.text.strip()]
    flat = sum(1 for s in with_text if not set(s.emotions) - NO_EMOTION)
    all_emotions = [e for s in samples for e in s.emotions]
    return Markers(
        samples=len(samples),
        emotion_variety=len(set(all_emotions) - NO_EMOTION),
        emodiversity=emodiversity(all_emotions),
        no_emotion_share=flat / len(with_text) if with_text else None,
        absolutist_per_100_words=per_100(sum(w in ABSOLUTIST for w in tokens), len(tokens)),
        we_share=plural / (plural + singular) if plural + singular else None,
        we_per_100_words=per_100(plural, len(tokens)),
        i_per_100_words=per_100(singular, len(tokens)),
    )


def week_start(day: dt.date) -> dt.date:
    """The Monday of the day's week."""
    return day - dt.timedelta(days=day.weekday())


def weekly(samples: Sequence[Sample]) -> list[tuple[dt.date, Markers]]:
    """Markers per calendar week, oldest first, for weeks that have samples."""
    by_week: dict[dt.date, list[Sample]] = {}
    for sample in samples:
        by_week.setdefault(week_start(sample.day), []).append(sample)
    return [(week, compute(group)) for week, group in sorted(by_week.items())]
