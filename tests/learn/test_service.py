from __future__ import annotations

import re

import pytest

from reconnect.core.errors import NotFound
from reconnect.learn import service
from reconnect.learn.service import ContentError, parse_topic
from reconnect.plan import catalogue

CONTRACT_SLUGS = [
    "what-is-detachment",
    "vs-disinterest",
    "vs-healthy-boundaries",
    "signs-in-relationships",
    "causes",
    "effects-on-couples",
    "strategy-identify-emotions",
    "strategy-boundaries",
    "strategy-self-care",
    "strategy-communication",
    "strategy-professional-help",
    "when-to-seek-help",
    "practical-tips",
    "faq",
    # for the partner who feels shut out
    "partner-seems-far-away",
    "bringing-it-up",
    "looking-after-yourself",
    "suggesting-professional-help",
]
LINK = re.compile(r"\]\((/[^)]*)\)")
GOOD = "---\ntitle: A title\nsummary: A summary.\norder: 3\nrelated: []\n---\nSome *text*.\n"


def test_every_contract_topic_exists_in_reading_order() -> None:
    assert [t.slug for t in service.list_topics()] == CONTRACT_SLUGS


def test_links_inside_topics_point_to_real_pages() -> None:
    practices = {f"/plan/practices/{slug}" for slug in catalogue.BY_SLUG}
    learn = {f"/learn/{slug}" for slug in service.BY_SLUG}
    known = practices | learn | {"/help", "/help/professional", "/plan", "/plan/practices"}
    for topic in service.TOPICS:
        for target in LINK.findall(topic.body):
            assert target in known, (topic.slug, target)


def test_the_four_contrasts_are_all_explained() -> None:
    body = service.get_topic("vs-healthy-boundaries").body.lower()
    for pair in (
        "chronic avoidance or selective opening up",
        "difficulty showing care or balanced empathy",
        "numbness or regulating without shutting down",
        "prolonged emptiness or healthy solitude",
    ):
        assert pair in body


def test_the_causes_page_covers_all_six_causes() -> None:
    body = service.get_topic("causes").body.lower()
    for cause in (
        "trauma",
        "stress",
        "relationship patterns",
        "mental-health",
        "vulnerability",
        "physical",
    ):
        assert cause in body


def test_topics_never_diagnose_or_blame() -> None:
    for topic in service.TOPICS:
        text = topic.body.lower()
        for banned in ("you have depression", "you are suffering from", "your fault", "treatment"):
            assert banned not in text, (topic.slug, banned)


def test_markdown_is_rendered_and_raw_html_never_passes_through() -> None:
    html = service.render_html("what-is-detachment")
    assert "<h2>" in html and '<a href="/learn/vs-disinterest">' in html
    assert 'href="javascript' not in service.render_markdown("Hi [x](javascript:alert(1))")
    assert "<b>" not in service.render_markdown("<b>bold</b> text")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter", "front matter"),
        (GOOD.replace("title: A title\n", ""), "title"),
        (GOOD.replace("order: 3", "order: soon"), "order"),
        (GOOD.replace("Some *text*.", ""), "no text"),
        (GOOD.replace("Some *text*.", "<script>alert(1)</script>"), "raw HTML"),
        (GOOD.replace("related: []", "related: nope"), "related"),
    ],
)
def test_malformed_topics_fail_loudly(text: str, message: str) -> None:
    with pytest.raises(ContentError, match=message):
        parse_topic(text, "some-topic.md")


def test_an_unknown_topic_is_not_found() -> None:
    with pytest.raises(NotFound):
        service.get_topic("astrology")


def test_search_needs_every_word_and_puts_title_hits_first() -> None:
    results = [m.topic.slug for m in service.search("boundaries")]
    assert results[0] in ("strategy-boundaries", "vs-healthy-boundaries")
    assert service.search("therapist first call")[0].topic.slug == "strategy-professional-help"
    assert service.search("boundaries xylophone") == []
    assert service.search("   ") == []


def test_search_ignores_case_and_gives_a_snippet_around_the_word() -> None:
    [first, *_] = service.search("NUMB")
    assert "numb" in first.snippet.lower() and len(first.snippet) <= 170
