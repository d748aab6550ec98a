"""Every number on the help page is a link a phone can call (tel:) or text (sms:), and the link
dials exactly the number the page shows."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from reconnect.accounts.models import User
from reconnect.safety.resources import COUNTRIES, Line, Reach, call, text
from tests.factories import sign_in

LINK = re.compile(r'<a class="dial" href="([^"]+)"[^>]*>([^<]+)</a>')


def _digits(number: str) -> str:
    return re.sub(r"[^\d+]", "", number)


def _links(page: str) -> list[tuple[str, str]]:
    return [(unescape(href), unescape(shown)) for href, shown in LINK.findall(page)]


def test_numbers_become_tel_and_sms_hrefs_with_only_digits() -> None:
    assert call("1-800-799-7233").href == "tel:18007997233"
    assert call("+44 116 123").href == "tel:+44116123"
    assert text("741741", body="HOME").href == "sms:741741?body=HOME"
    assert text("0477 13 11 14").href == "sms:0477131114"


def test_a_line_shows_its_words_unchanged_with_the_numbers_linked() -> None:
    line = Line("A line", "Call 1-800-799-7233 or text START to 88788", reach=(
        call("1-800-799-7233"), text("88788", body="START"),
    ))  # fmt: skip
    assert "".join(part.text for part in line.parts) == line.contact
    assert [(p.text, p.href) for p in line.parts if p.href] == [
        ("1-800-799-7233", "tel:18007997233"),
        ("88788", "sms:88788?body=START"),
    ]


def test_call_or_text_links_the_word_text_and_the_number() -> None:
    line = Line("A line", "Call or text 988", reach=(text("988", shown="text"), call("988")))
    assert [(p.text, p.href) for p in line.parts if p.href] == [
        ("text", "sms:988"),
        ("988", "tel:988"),
    ]


def test_a_number_missing_from_the_words_is_refused() -> None:
    with pytest.raises(ValueError, match="555"):
        _ = Line("A line", "Call 988", reach=(Reach("555"),)).parts


@pytest.mark.parametrize("country", COUNTRIES, ids=lambda c: c.code)
def test_every_number_in_the_directory_is_linked(country: object) -> None:
    for line in (*country.lines, *country.abuse):  # type: ignore[attr-defined]
        assert "".join(part.text for part in line.parts) == line.contact
        plain = "".join(part.text for part in line.parts if not part.href)
        assert not re.search(r"\d{3}", plain.replace("0800 REFUGE", "")), line
        # A body to text is the service's own keyword, shown right there in the words.
        for way in line.reach:
            assert not way.body or f"{way.body} to {way.number}" in line.contact
    assert "".join(part.text for part in country.emergency_parts) == country.emergency  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("US", {("tel:911", "911"), ("sms:988", "text"), ("tel:988", "988"),
                ("sms:741741?body=HOME", "741741"), ("tel:18007997233", "1-800-799-7233"),
                ("sms:88788?body=START", "88788")}),
        ("GB", {("tel:999", "999"), ("tel:116123", "116 123"), ("sms:85258?body=SHOUT", "85258"),
                ("tel:08082000247", "0808 2000 247")}),
        ("AU", {("tel:000", "000"), ("tel:131114", "13 11 14"), ("sms:0477131114", "0477 13 11 14"),
                ("tel:1300224636", "1300 22 4636"), ("tel:1800737732", "1800 737 732")}),
        ("FR", {("tel:112", "112"), ("tel:15", "15"), ("tel:3114", "3114"), ("tel:3919", "3919")}),
    ],
)  # fmt: skip
def test_the_help_page_links_the_numbers_it_shows(
    client: TestClient, code: str, expected: set[tuple[str, str]]
) -> None:
    page = client.get(f"/help?country={code}").text
    mine = page.split('id="lines"', 1)[1].split("<details>", 1)[0]
    assert set(_links(mine)) == expected
    for href, shown in _links(page):  # the other countries' lines too
        scheme, number = href.split(":", 1)
        assert scheme in {"tel", "sms"}
        if shown != "text":
            assert number.split("?")[0] == _digits(shown), (href, shown)


def test_the_word_text_is_read_out_with_its_number(client: TestClient) -> None:
    page = client.get("/help?country=NZ").text
    assert '<a class="dial" href="sms:1737" aria-label="Text 1737">text</a>' in page


def test_the_printed_safety_plan_and_a_crisis_panel_link_the_numbers(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")  # alice lives in the United Kingdom
    printed = client.get("/help/plan/print").text
    assert ("tel:116123", "116 123") in _links(printed) and ("tel:999", "999") in _links(printed)
    crisis = client.get("/help?from=entry&unsafe=1&about=other").text.split('id="lines"', 1)[0]
    assert _links(crisis).count(("tel:999", "999")) == 2  # "in danger now" and "someone else"
    assert ("tel:08082000247", "0808 2000 247") in _links(crisis)
