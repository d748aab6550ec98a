"""Plan generation: which practices to suggest, and why, from what the person reflected on.

A pure function over ``PlanSignals`` so it can be tested thoroughly without a database or
the assess domain; ``service.signals_for_user`` builds the signals from stored results.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reconnect.plan.catalogue import BY_SLUG

CAUSES = ("trauma", "stress", "patterns", "mental_health", "vulnerability", "physical")
SIGNS = (
    "avoid_conversations",
    "numbness",
    "autopilot",
    "solitude",
    "resist_vulnerability",
    "low_empathy",
    "physical_withdrawal",
    "celebrating_support",
    "burdened",
)
CONTRASTS = ("avoidance", "care", "numbness", "emptiness")
# The reflection for the partner who feels shut out (content/assess/partner.toml).
NOTICED = ("pulling_away", "avoids_future", "indifferent", "less_affection", "avoids_conflict")
EFFECTS = ("isolated", "rejected", "resentful", "self_blame", "fear_of_loss")
TRIED = ("tried_talking", "tried_together", "tried_help", "tried_support")
MAX_SUGGESTIONS = 7
STARTER = ("breathing", "journaling-prompt", "mindfulness-minutes", "movement")
# For someone who starts because a person close to them seems far away.
SUPPORTING_STARTER = ("my-own-support", "bids-for-connection", "conversation-starter", "breathing")
PROFESSIONAL = ("find-a-professional", "first-call")


@dataclass(frozen=True, slots=True)
class PlanSignals:
    """What the person's reflections and questionnaires showed, reduced to what a plan needs."""

    causes: frozenset[str] = field(default_factory=frozenset)  # cause ids that resonate
    frequent_signs: frozenset[str] = field(default_factory=frozenset)  # sign ids, often or more
    detachment_contrasts: frozenset[str] = field(default_factory=frozenset)  # leaning detached
    referral_reached: bool = False  # a validated questionnaire reached its referral range
    has_partner: bool = False
    starts_supporting: bool = False  # they said someone close seems far away
    starts_self: bool = False  # they said they feel far away too (read beside starts_supporting)
    # From the reflection for the partner who feels shut out:
    noticed: frozenset[str] = field(default_factory=frozenset)  # seen in them, often or more
    effects: frozenset[str] = field(default_factory=frozenset)  # felt, often or more
    untried: frozenset[str] = field(default_factory=frozenset)  # not tried yet

    def __post_init__(self) -> None:
        for name, known in (
            ("causes", CAUSES),
            ("frequent_signs", SIGNS),
            ("detachment_contrasts", CONTRASTS),
            ("noticed", NOTICED),
            ("effects", EFFECTS),
            ("untried", TRIED),
        ):
            unknown = set(getattr(self, name)) - set(known)
            if unknown:
                raise ValueError(f"unknown {name}: {', '.join(sorted(unknown))}")

    @property
    def empty(self) -> bool:
        """Whether there is nothing to go on yet."""
        found = (self.causes, self.frequent_signs, self.detachment_contrasts)
        return not any(found) and not self.supporting and not self.referral_reached

    @property
    def supporting(self) -> bool:
        """Whether the person reflected on someone close who seems far away."""
        return bool(self.noticed or self.effects)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A practice to suggest, with the key of the short reason shown next to it."""

    practice: str
    reason: str  # a key of messages.Plan.REASONS, e.g. "cause:stress"


# Each signal, the practices it points to, and how strongly (higher comes first).
_CAUSE_RULES: dict[str, tuple[tuple[str, int], ...]] = {
    "trauma": (("find-a-professional", 5), ("breathing", 3), ("accepting-feelings", 2)),
    "stress": (("breathing", 3), ("movement", 2), ("limiting-contact", 2)),
    "patterns": (("boundary-statement", 3), ("boundary-log", 2), ("honest-sharing", 2)),
    "mental_health": (("find-a-professional", 5), ("first-call", 4), ("mindfulness-minutes", 2)),
    "vulnerability": (("affirmations", 3), ("honest-sharing", 3), ("accepting-feelings", 2)),
    "physical": (("find-a-professional", 4), ("movement", 3), ("breathing", 1)),
}
_SIGN_RULES: dict[str, tuple[tuple[str, int], ...]] = {
    "avoid_conversations": (("honest-sharing", 2), ("journaling-prompt", 1)),
    "numbness": (("mindfulness-minutes", 2), ("accepting-feelings", 2)),
    "autopilot": (("mindfulness-minutes", 2), ("hobby", 1)),
    "solitude": (("hobby", 2), ("creative-outlet", 1)),
    "resist_vulnerability": (("affirmations", 2), ("honest-sharing", 1)),
    "low_empathy": (("empathic-listening", 2),),
    "physical_withdrawal": (("movement", 1), ("honest-sharing", 1)),
    "celebrating_support": (("empathic-listening", 2),),
    "burdened": (("boundary-statement", 2), ("limiting-contact", 2)),
}
_CONTRAST_RULES: dict[str, tuple[tuple[str, int], ...]] = {
    "avoidance": (("honest-sharing", 2),),
    "care": (("empathic-listening", 2),),
    "numbness": (("accepting-feelings", 2), ("breathing", 1)),
    "emptiness": (("creative-outlet", 2), ("hobby", 1)),
}
_NOTICED_RULES: dict[str, tuple[tuple[str, int], ...]] = {
    "pulling_away": (("conversation-starter", 3), ("bids-for-connection", 2)),
    "avoids_future": (("conversation-starter", 3), ("empathic-listening", 1)),
    "indifferent": (("shared-activity", 2), ("bids-for-connection", 2)),
    "less_affection": (("bids-for-connection", 3), ("shared-activity", 2)),
    "avoids_conflict": (("conversation-starter", 2), ("empathic-listening", 2)),
}
_EFFECT_RULES: dict[str, tuple[tuple[str, int], ...]] = {
    "isolated": (("my-own-support", 3), ("shared-activity", 1)),
    "rejected": (("my-own-support", 3), ("my-needs", 2)),
    "resentful": (("my-needs", 3), ("boundary-statement", 1)),
    "self_blame": (("my-own-support", 3), ("journaling-prompt", 1)),
    "fear_of_loss": (("my-needs", 2), ("conversation-starter", 2)),
}
# Something not tried yet, while the distance shows: the practice that tries it.
_UNTRIED_RULES: dict[str, tuple[str, int]] = {
    "tried_talking": ("conversation-starter", 2),
    "tried_together": ("shared-activity", 2),
    "tried_support": ("my-own-support", 2),
}
_PARTNER_PRACTICES = ("honest-sharing", "empathic-listening")


def _votes(signals: PlanSignals) -> Iterable[tuple[str, int, str]]:
    if signals.referral_reached:
        yield "find-a-professional", 10, "referral"
        yield "first-call", 9, "referral"
    for cause in sorted(signals.causes):
        for practice, weight in _CAUSE_RULES[cause]:
            yield practice, weight, f"cause:{cause}"
    for sign in sorted(signals.frequent_signs):
        for practice, weight in _SIGN_RULES[sign]:
            yield practice, weight, f"sign:{sign}"
    for contrast in sorted(signals.detachment_contrasts):
        for practice, weight in _CONTRAST_RULES[contrast]:
            yield practice, weight, f"contrast:{contrast}"
    yield from _supporting_votes(signals)


def _supporting_votes(signals: PlanSignals) -> Iterable[tuple[str, int, str]]:
    """Votes from the reflection of someone whose partner, or someone close, seems far."""
    for seen in sorted(signals.noticed):
        for practice, weight in _NOTICED_RULES[seen]:
            yield practice, weight, f"noticed:{seen}"
    for effect in sorted(signals.effects):
        for practice, weight in _EFFECT_RULES[effect]:
            yield practice, weight, f"effect:{effect}"
    if signals.supporting:
        for untried in sorted(signals.untried & set(_UNTRIED_RULES)):
            practice, weight = _UNTRIED_RULES[untried]
            yield practice, weight, f"untried:{untried}"


def _starters(signals: PlanSignals) -> list[Suggestion]:
    """Where to begin before any reflection, from where the person said they start."""
    mine = [Suggestion(slug, "starter") for slug in STARTER]
    theirs = [Suggestion(slug, "starter:supporting") for slug in SUPPORTING_STARTER]
    if not signals.starts_supporting:
        return mine
    if not signals.starts_self:
        return theirs
    return [*mine[:2], *theirs[:2]]


def suggest(signals: PlanSignals) -> list[Suggestion]:
    """The practices to suggest, strongest first, each with its strongest reason."""
    if signals.empty:
        return _starters(signals)
    score: dict[str, int] = {}
    best: dict[str, tuple[int, str]] = {}
    for practice, weight, reason in _votes(signals):
        if signals.has_partner and practice in _PARTNER_PRACTICES:
            weight += 1  # there is someone close to practise with
        score[practice] = score.get(practice, 0) + weight
        if weight > best.get(practice, (0, ""))[0]:
            best[practice] = (weight, reason)
    order = sorted(score, key=lambda slug: (-score[slug], list(BY_SLUG).index(slug)))
    chosen = [Suggestion(slug, best[slug][1]) for slug in order[:MAX_SUGGESTIONS]]
    if not any(s.practice == "breathing" for s in chosen) and len(chosen) < MAX_SUGGESTIONS:
        chosen.append(Suggestion("breathing", "grounding"))  # a calm anchor for the rest
    return chosen
