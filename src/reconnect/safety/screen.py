"""The safety screen: a pure function from a text to ``crisis``, ``concern`` or ``none``.

Rules written for meaning, not keywords: they look for first-person (or a named other
person's) wishes, acts, plans and goodbyes; they respect negation ("I would never hurt
myself"), set aside idioms ("this commute is killing me") and stories ("the character in
the novel..."), read common slang and misspellings, and tell a past attempt (``concern``)
from a present one (``crisis``). A learned signal (similarity to example texts, through
a sentence encoder the caller passes in, ``reconnect.analysis.embed_meaning`` in the app)
catches wordings the rules do not know. Recall comes first: a missed crisis is the worst
error.

Pure: imports nothing from the rest of the app.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from reconnect.safety import patterns as P
from reconnect.safety.prototypes import CONCERN_EXAMPLES, CRISIS_EXAMPLES, SAFE_EXAMPLES

Level = Literal["crisis", "concern", "none"]
Embedder = Callable[[Sequence[str]], np.ndarray]
RANK: dict[str, int] = {"none": 0, "concern": 1, "crisis": 2}

# Cosine similarity (general sentence encoder, reconnect.analysis.embed_meaning) to the
# nearest example text above which the learned signal speaks, and the margin by which it
# must beat the nearest safe example. Calibrated with bench/bench_safety.py on the safety
# development set (every crisis found, no ordinary text raised) and on 5,426 everyday
# comments (GoEmotions dev), where the learned signal raises about 1 in 1,000 to crisis;
# the rules still carry most of the recall (docs/benchmarks.md).
CRISIS_SIMILARITY = 0.60
CRISIS_MARGIN = 0.10
CONCERN_SIMILARITY = 0.65
CONCERN_MARGIN = 0.10


@dataclass(frozen=True)
class ScreenResult:
    """The level, a short reason a person could read, and which signals fired."""

    level: Level
    reason: str
    signals: tuple[str, ...] = field(default=())


NONE = ScreenResult("none", "")


def spelled_out(text: str) -> str:
    """Lowercase, straight apostrophes, slang and common misspellings spelled out."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    for pattern, replacement in P.REWRITES:
        text = pattern.sub(replacement, text)
    return text


def normalise(text: str) -> str:
    """Spelled out, with figures of speech ("this commute is killing me") taken out."""
    text = spelled_out(text)
    for pattern in P.IDIOMS:
        text = pattern.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def sentences(text: str) -> list[str]:
    """Split into sentences (and lines), keeping each one's words together.

    A fragment of one or two words ("Forever." "Tonight.") stays with the sentence before
    it, since it finishes that thought.
    """
    parts: list[str] = []
    for part in re.split(r"(?<=[.!?;])\s+|\n+", text):
        part = part.strip()
        if not part:
            continue
        if parts and len(part.split()) <= 2:
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def _negated(sentence: str, start: int) -> bool:
    clause = re.split(r"[,;:]|\bbut\b", sentence[:start])[-1]
    return bool(P.NEGATION.search(clause[-45:]))


def _is_story(sentence: str) -> bool:
    return bool(P.STORY.search(sentence))


def _is_past(sentence: str) -> bool:
    return bool(P.PAST.search(sentence)) and not P.CURRENT.search(sentence)


def _crisis_in(sentence: str) -> tuple[Level, str] | None:
    for rule in P.CRISIS_RULES:
        for match in rule.pattern.finditer(sentence):
            if rule.negatable and _negated(sentence, match.start()):
                continue
            if rule.self_directed and _is_story(sentence):
                continue
            if _is_past(sentence):
                return "concern", P.PAST_REASON
            return "crisis", rule.reason
    return None


def _concern_in(sentence: str) -> str | None:
    for rule in P.CONCERN_RULES:
        match = rule.pattern.search(sentence)
        if match and not (rule.negatable and _negated(sentence, match.start())):
            if rule.needs_persistence and not P.PERSISTENT.search(sentence):
                continue
            return rule.reason
    return None


def screen_rules(text: str) -> ScreenResult:
    """The rule-based part of the screen alone."""
    found: list[tuple[Level, str]] = []
    for sentence in sentences(normalise(text)):
        hit = _crisis_in(sentence)
        if hit:
            found.append(hit)
            continue
        reason = _concern_in(sentence)
        if reason:
            found.append(("concern", reason))
    if not found:
        return NONE
    level, reason = max(found, key=lambda item: RANK[item[0]])
    return ScreenResult(level, reason, tuple(dict.fromkeys(r for _, r in found)))


class _ExampleIndex:
    """Embeddings of the example texts, computed once per embedder."""

    def __init__(self, embed: Embedder) -> None:
        self.embed = embed
        self.crisis = embed(CRISIS_EXAMPLES)
        self.concern = embed(CONCERN_EXAMPLES)
        self.safe = embed(SAFE_EXAMPLES)

    def similarities(self, vectors: np.ndarray) -> np.ndarray:
        """Per text vector: max similarity to crisis, concern and safe examples."""
        return np.stack(
            [(vectors @ group.T).max(axis=1) for group in (self.crisis, self.concern, self.safe)],
            axis=1,
        )


_INDEXES: dict[int, _ExampleIndex] = {}


def _index(embed: Embedder) -> _ExampleIndex:
    key = id(embed)
    if key not in _INDEXES:
        _INDEXES[key] = _ExampleIndex(embed)
    return _INDEXES[key]


def learned_level(similarity: np.ndarray) -> ScreenResult:
    """What the nearest example texts suggest, from (crisis, concern, safe) similarities."""
    crisis, concern, safe = (float(v) for v in similarity)
    if crisis >= CRISIS_SIMILARITY and crisis >= safe + CRISIS_MARGIN:
        return ScreenResult("crisis", P.LEARNED_CRISIS_REASON, ("learned",))
    nearest = max(crisis, concern)
    if nearest >= CONCERN_SIMILARITY and nearest >= safe + CONCERN_MARGIN:
        return ScreenResult("concern", P.LEARNED_CONCERN_REASON, ("learned",))
    return NONE


MAX_UNITS_PER_TEXT = 200
SHORT_TEXT_WORDS = 30  # up to here a text is compared whole: as found, and one model pass


def _units(text: str) -> list[str]:
    """What the learned signal compares: a short text whole, a longer one sentence by sentence.

    Slang is spelled out first. Above ``SHORT_TEXT_WORDS`` words each sentence counts on its
    own, so one sentence about ending one's life is not lost in a long entry (a fragment
    such as "Forever." stays with the sentence before it). A sentence holding a figure of
    speech the rules know ("this commute is killing me", "waking up late") is left to the
    rules, since its borrowed words would pull it towards the crisis examples; the other
    sentences of the text are still compared.
    """
    clean = spelled_out(text)
    if len(clean.split()) <= SHORT_TEXT_WORDS and not _has_idiom(clean):
        return [clean]
    return [part for part in sentences(clean)[:MAX_UNITS_PER_TEXT] if not _has_idiom(part)]


def _has_idiom(text: str) -> bool:
    return any(idiom.search(text) for idiom in P.IDIOMS)


def screen_many(texts: Sequence[str], *, embed: Embedder | None = None) -> list[ScreenResult]:
    """Screen several texts; with an embedder the learned signal can raise the level.

    The learned signal reads a long text sentence by sentence (``_units``).
    """
    results = [screen_rules(text) for text in texts]
    if embed is None:
        return results
    live = [i for i, text in enumerate(texts) if text.strip() and results[i].level != "crisis"]
    if not live:
        return results
    owners, units = [], []
    for i in live:
        for unit in _units(texts[i]):
            owners.append(i)
            units.append(unit)
    index = _index(embed)
    for i, unit, row in zip(owners, units, index.similarities(embed(units)), strict=True):
        learned = learned_level(row)
        if learned.level == "crisis" and _is_past(unit):
            # the rules' reading of the past ("when I was 19") holds: a concern, not a crisis
            learned = ScreenResult("concern", P.PAST_REASON, ("learned",))
        if RANK[learned.level] > RANK[results[i].level]:
            results[i] = learned
    return results


def screen(text: str, *, embed: Embedder | None = None) -> ScreenResult:
    """Screen one text."""
    return screen_many([text], embed=embed)[0]


# Questionnaire items whose any non-zero answer means the person has had thoughts of
# death or self-harm: PHQ-9 item 9 ("thoughts that you would be better off dead, or of
# hurting yourself"). The assessments call this for every answer they store.
RISK_ITEMS: dict[tuple[str, int], str] = {("phq9", 9): P.QUESTIONNAIRE_REASON}


def screen_answer(*, instrument: str, item: int, value: int) -> ScreenResult:
    """Screen one questionnaire answer: a risky item answered above 0 is a crisis."""
    reason = RISK_ITEMS.get((instrument.lower(), item))
    if reason is not None and value > 0:
        return ScreenResult("crisis", reason, ("questionnaire",))
    return NONE
