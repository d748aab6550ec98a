from __future__ import annotations

import pytest

from reconnect.messages import Plan as PM
from reconnect.plan.catalogue import BY_SLUG
from reconnect.plan.generate import (
    CAUSES,
    CONTRASTS,
    EFFECTS,
    MAX_SUGGESTIONS,
    NOTICED,
    SIGNS,
    STARTER,
    TRIED,
    PlanSignals,
    suggest,
)

SUPPORTING = ("conversation-starter", "bids-for-connection", "shared-activity")
FOR_ME = ("my-own-support", "my-needs")


def _slugs(signals: PlanSignals) -> list[str]:
    return [s.practice for s in suggest(signals)]


def test_with_nothing_to_go_on_it_suggests_a_gentle_start() -> None:
    suggestions = suggest(PlanSignals())
    assert [s.practice for s in suggestions] == list(STARTER)
    assert {s.reason for s in suggestions} == {"starter"}


def test_a_referral_puts_finding_a_professional_first() -> None:
    suggestions = suggest(PlanSignals(referral_reached=True, causes=frozenset({"stress"})))
    assert [s.practice for s in suggestions[:2]] == ["find-a-professional", "first-call"]
    assert suggestions[0].reason == "referral"


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        ("trauma", "find-a-professional"),
        ("stress", "breathing"),
        ("patterns", "boundary-statement"),
        ("mental_health", "find-a-professional"),
        ("vulnerability", "affirmations"),
        ("physical", "find-a-professional"),
    ],
)
def test_each_cause_leads_with_a_fitting_practice(cause: str, expected: str) -> None:
    suggestions = suggest(PlanSignals(causes=frozenset({cause})))
    assert suggestions[0].practice == expected
    assert suggestions[0].reason == f"cause:{cause}"


def test_frequent_signs_and_leaning_contrasts_shape_the_plan() -> None:
    slugs = _slugs(PlanSignals(frequent_signs=frozenset({"numbness", "burdened"})))
    assert {"mindfulness-minutes", "accepting-feelings", "boundary-statement"} <= set(slugs)
    assert "empathic-listening" in _slugs(PlanSignals(detachment_contrasts=frozenset({"care"})))
    assert "creative-outlet" in _slugs(PlanSignals(detachment_contrasts=frozenset({"emptiness"})))


def test_a_partner_raises_the_communication_practices() -> None:
    signals = dict(causes=frozenset({"patterns", "stress"}))
    alone = _slugs(PlanSignals(**signals))  # type: ignore[arg-type]
    together = _slugs(PlanSignals(has_partner=True, **signals))  # type: ignore[arg-type]
    assert together.index("honest-sharing") < alone.index("honest-sharing")


def test_everything_at_once_stays_a_short_list_without_repeats() -> None:
    signals = PlanSignals(
        causes=frozenset(CAUSES),
        frequent_signs=frozenset(SIGNS),
        detachment_contrasts=frozenset(CONTRASTS),
        referral_reached=True,
        has_partner=True,
    )
    slugs = _slugs(signals)
    assert len(slugs) == MAX_SUGGESTIONS == len(set(slugs))


def test_breathing_is_added_as_an_anchor_when_nothing_else_brought_it() -> None:
    suggestions = suggest(PlanSignals(frequent_signs=frozenset({"low_empathy"})))
    assert [(s.practice, s.reason) for s in suggestions] == [
        ("empathic-listening", "sign:low_empathy"),
        ("breathing", "grounding"),
    ]


def test_every_possible_suggestion_is_a_real_practice_with_a_reason() -> None:
    for cause in CAUSES:
        for sign in SIGNS:
            for contrast in CONTRASTS:
                signals = PlanSignals(
                    causes=frozenset({cause}),
                    frequent_signs=frozenset({sign}),
                    detachment_contrasts=frozenset({contrast}),
                )
                for s in suggest(signals):
                    assert s.practice in BY_SLUG and s.reason in PM.REASONS


def test_unknown_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="causes"):
        PlanSignals(causes=frozenset({"astrology"}))
    with pytest.raises(ValueError, match="frequent_signs"):
        PlanSignals(frequent_signs=frozenset({"sneezing"}))


def test_what_the_supporting_partner_notices_suggests_their_own_practices() -> None:
    seen = suggest(PlanSignals(noticed=frozenset({"pulling_away", "less_affection"})))
    assert {s.practice for s in seen} >= {"conversation-starter", "bids-for-connection"}
    assert {s.reason for s in seen} >= {"noticed:pulling_away", "noticed:less_affection"}
    felt = _slugs(PlanSignals(effects=frozenset({"isolated", "resentful"})))
    assert set(felt[:2]) == {"my-own-support", "my-needs"}


def test_what_was_not_tried_counts_only_beside_what_was_noticed() -> None:
    assert suggest(PlanSignals(untried=frozenset(TRIED))) == suggest(PlanSignals())
    noticed = PlanSignals(noticed=frozenset({"indifferent"}))
    untried = PlanSignals(noticed=frozenset({"indifferent"}), untried=frozenset({"tried_support"}))
    assert "my-own-support" not in _slugs(noticed)
    assert [s.reason for s in suggest(untried) if s.practice == "my-own-support"] == [
        "untried:tried_support"
    ]


def test_every_supporting_suggestion_is_a_real_practice_with_a_reason() -> None:
    for seen in NOTICED:
        for effect in EFFECTS:
            signals = PlanSignals(
                noticed=frozenset({seen}), effects=frozenset({effect}), untried=frozenset(TRIED)
            )
            found = suggest(signals)
            assert len(found) <= MAX_SUGGESTIONS + 1
            for s in found:
                assert s.practice in BY_SLUG and s.reason in PM.REASONS
            assert {s.practice for s in found} & set(SUPPORTING + FOR_ME)
