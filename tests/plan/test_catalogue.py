from __future__ import annotations

from pathlib import Path

import pytest

from reconnect.plan import catalogue
from reconnect.plan.catalogue import ContentError, parse_strategy

CONTRACT_SLUGS = [
    "breathing",
    "mindfulness-minutes",
    "journaling-prompt",
    "accepting-feelings",
    "affirmations",
    "boundary-statement",
    "boundary-log",
    "limiting-contact",
    "movement",
    "hobby",
    "creative-outlet",
    "honest-sharing",
    "empathic-listening",
    "find-a-professional",
    "first-call",
]
STATIC = Path(catalogue.__file__).parent.parent / "web" / "static" / "css" / "plan.css"

GOOD = """
strategy: {slug: boundaries, title: T, summary: S, learn: strategy-boundaries, order: 2}
practices:
  - slug: one-thing
    title: One thing
    summary: A summary.
    duration_minutes: 5
    days_per_week: 2
    time: "08:00"
    steps: [Do it.]
"""


def test_the_five_strategies_load_in_order() -> None:
    assert [s.slug for s in catalogue.STRATEGIES] == [
        "identify-emotions",
        "boundaries",
        "self-care",
        "communication",
        "professional-help",
    ]
    assert all(s.learn == f"strategy-{s.slug}" for s in catalogue.STRATEGIES)


def test_every_contract_practice_exists_with_steps_duration_and_frequency() -> None:
    for slug in CONTRACT_SLUGS:
        practice = catalogue.BY_SLUG[slug]
        assert practice.steps and practice.duration_minutes and practice.days_per_week


def test_the_boundary_forms_ask_for_what_the_brief_needs() -> None:
    log_fields = [f.name for f in catalogue.BY_SLUG["boundary-log"].fields]
    assert log_fields == ["situation", "boundary", "how_said", "how_went"]
    assert len(catalogue.BY_SLUG["boundary-statement"].fields) == 4
    assert catalogue.BY_SLUG["affirmations"].fields


def test_the_breathing_pacer_matches_the_css_animation() -> None:
    pacer = catalogue.BY_SLUG["breathing"].pacer
    assert pacer is not None
    assert f"{pacer.cycle_seconds}s" in STATIC.read_text()
    in_share = round(100 * pacer.inhale_seconds / pacer.cycle_seconds, 2)
    assert f"{in_share}%" in STATIC.read_text()


def test_texts_avoid_clinical_and_guilt_words() -> None:
    for practice in catalogue.PRACTICES:
        words = " ".join([practice.summary, *practice.steps]).lower()
        for banned in ("diagnos", "you must", "failure to", "lazy"):
            assert banned not in words, (practice.slug, banned)


def test_a_well_formed_file_parses() -> None:
    strategy = parse_strategy(GOOD, "boundaries.yaml")
    assert strategy.practices[0].slug == "one-thing"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("boundaries, title", "other, title"), "match the file name"),
        (("slug: one-thing", "slug: One Thing"), "not a valid slug"),
        (('time: "08:00"', 'time: "8 pm"'), "HH:MM"),
        (("duration_minutes: 5", "duration_minutes: 0"), "duration_minutes"),
        (("days_per_week: 2", "days_per_week: 9"), "days_per_week"),
        (("steps: [Do it.]", "steps: []"), "steps"),
        (("summary: A summary.", "summary: ''"), "summary"),
        (
            ("steps: [Do it.]", "steps: [Do it.]\n    fields: [{name: Bad Name, label: x}]"),
            "field name",
        ),
        (
            ("steps: [Do it.]", "steps: [Do it.]\n    pacer: {inhale_seconds: 99}"),
            "inhale_seconds",
        ),
        (
            (
                "steps: [Do it.]",
                "steps: [Do it.]\n    try_it: {href: 'https://x.example', label: x}",
            ),
            "path in this app",
        ),
    ],
)
def test_malformed_files_fail_loudly(change: tuple[str, str], message: str) -> None:
    with pytest.raises(ContentError, match=message):
        parse_strategy(GOOD.replace(*change), "boundaries.yaml")


def test_a_file_without_practices_is_refused() -> None:
    with pytest.raises(ContentError, match="practices"):
        parse_strategy(GOOD.split("practices:")[0], "boundaries.yaml")


def test_practices_done_elsewhere_in_the_app_link_there() -> None:
    link = catalogue.BY_SLUG["journaling-prompt"].try_it
    assert link is not None and link.href == "/journal/new"
