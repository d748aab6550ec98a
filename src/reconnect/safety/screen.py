"""The safety screen: a text in, ``crisis``, ``concern`` or ``none`` out, with the reason.

A fine-tuned risk model (``reconnect.analysis.risk``) reads every unit of a text (the whole
text, each sentence and each short window: ``reconnect.safety.units``) in one batched call,
so one sentence of risk inside a long, ordinary entry is found. The earlier screen's rules
(``reconnect.safety.rules``) can only raise the level: on the validation split they found
12 more of 380 crisis texts, at a cost of 9 more of 382 safe texts raised (docs/safety.md);
``rules=False`` turns them off for comparison. One :class:`Screener` is built per process
and every free-text path goes through it (``reconnect.safety.service.screen``).

Pure: imports nothing from the rest of the app but the analysis package.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np

from reconnect.safety import patterns as P
from reconnect.safety.language import reads_as_english
from reconnect.safety.rules import NONE, RANK, ScreenResult, screen_rules, unsafe_at_home
from reconnect.safety.units import units_of

if TYPE_CHECKING:
    from reconnect.analysis.risk import RiskThresholds

__all__ = ["NONE", "RANK", "ScreenResult", "Screener", "screen_answer"]


class RiskScorer(Protocol):
    """What the screen needs from the risk model: probabilities per unit, and its thresholds."""

    thresholds: RiskThresholds

    def probabilities(self, texts: Sequence[str]) -> np.ndarray: ...


class UnsafeScorer(Protocol):
    """What the screen needs from the learned "not safe at home" model."""

    def flags(self, texts: Sequence[str]) -> list[bool]: ...


class Screener:
    """The risk model over every unit of a text, with the rules beside it, and the learned
    "not safe at home" model beside the rules for that."""

    def __init__(
        self, model: RiskScorer, *, rules: bool = True, unsafe: UnsafeScorer | None = None
    ) -> None:
        self.model = model
        self.rules = rules
        self.unsafe = unsafe

    def screen(self, text: str) -> ScreenResult:
        """Screen one text."""
        return self.screen_many([text])[0]

    def screen_many(self, texts: Sequence[str]) -> list[ScreenResult]:
        """Screen several texts with one batched model call over all their units."""
        flat, counts = units_of(texts)
        scores = self.model.probabilities(flat) if flat else np.zeros((0, 4), np.float32)
        ends = np.cumsum(counts, dtype=int)
        found = [self._learned(scores[end - n : end]) for n, end in zip(counts, ends, strict=True)]
        learned_unsafe = self.unsafe.flags(texts) if self.unsafe else [False] * len(texts)
        results = []
        for text, learned, at_home in zip(texts, found, learned_unsafe, strict=True):
            ruled = screen_rules(text) if self.rules else NONE
            best = ruled if RANK[ruled.level] > RANK[learned.level] else learned
            if ruled.other and ruled.level == best.level and not best.other:
                best = ScreenResult(best.level, P.OTHER_AT_RISK_REASON, best.signals, other=True)
            if at_home or (self.rules and unsafe_at_home(text)):
                best = _unsafe(best)
            if best.level == "none" and text.strip() and not reads_as_english(text):
                best = ScreenResult("none", P.NOT_ENGLISH_REASON, ("language",))
            results.append(best)
        return results

    def _learned(self, rows: np.ndarray) -> ScreenResult:
        """The level the model gives a text: its most worrying unit decides."""
        if not len(rows):
            return NONE
        limits = self.model.thresholds
        top = int(np.argmax(rows[:, 2]))
        if rows[top, 2] >= limits.crisis:
            other = bool(rows[top, 3] >= limits.other)
            reason = P.OTHER_AT_RISK_REASON if other else P.LEARNED_CRISIS_REASON
            return ScreenResult("crisis", reason, ("model",), other=other)
        worry = rows[:, 1] + rows[:, 2]
        top = int(np.argmax(worry))
        if worry[top] >= limits.concern:
            return ScreenResult(
                "concern",
                P.LEARNED_CONCERN_REASON,
                ("model",),
                other=bool(rows[top, 3] >= limits.other),
            )
        return NONE


def _unsafe(best: ScreenResult) -> ScreenResult:
    """A text that says someone close hurts, threatens or frightens the writer: at least a
    concern, named so, so that the lines for domestic abuse are shown beside it. A crisis
    keeps its level and its reason (the writer's own crisis panel always comes first); the
    help page adds the abuse lines when the text asks for them (``service.help_url``)."""
    signals = (*best.signals, "unsafe")
    if best.level == "crisis":
        return ScreenResult(best.level, best.reason, signals, other=best.other)
    return ScreenResult("concern", P.UNSAFE_REASON, signals)


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
