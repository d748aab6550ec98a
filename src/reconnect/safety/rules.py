"""The rule-based part of the safety screen: wordings we know, read for meaning.

Rules look for first-person (or a named other person's) wishes, acts, plans and goodbyes;
they respect negation ("I would never hurt myself"), set aside idioms ("this commute is
killing me") and stories ("the character in the novel..."), read common slang and
misspellings, and tell a past attempt (``concern``) from a present one (``crisis``). The
trained risk model (``reconnect.safety.screen``) reads everything else; the rules stay only
where they measurably help (docs/safety.md).

Pure: imports nothing from the rest of the app.
"""

from __future__ import annotations

import re

from reconnect.safety import patterns as P
from reconnect.safety.results import NONE, RANK, Level, ScreenResult
from reconnect.safety.units import sentences

__all__ = ["NONE", "RANK", "Level", "ScreenResult", "screen_rules", "unsafe_at_home"]


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
    signals = tuple(dict.fromkeys(r for _, r in found))
    return ScreenResult(level, reason, signals, other=P.OTHER_AT_RISK_REASON in signals)


def unsafe_at_home(text: str) -> bool:
    """Whether the text says someone close hurts, threatens, controls or frightens the writer."""
    for sentence in sentences(normalise(text)):
        for rule in P.UNSAFE_RULES:
            for match in rule.pattern.finditer(sentence):
                if rule.negatable and _negated(sentence, match.start()):
                    continue
                if _is_story(sentence) or P.UNSAFE_PLAY.search(sentence):
                    continue
                return True
    return False
