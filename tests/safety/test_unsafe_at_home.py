"""Not feeling safe with a partner or someone at home: found, shown beside what was written."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from reconnect.accounts.models import User
from reconnect.messages import SafetyReasons
from reconnect.safety.rules import unsafe_at_home
from reconnect.safety.service import screen
from tests.factories import post_form, sign_in


@pytest.mark.parametrize(
    "text",
    [
        "My husband hit me again last night.",
        "I'm scared of him when he drinks.",
        "He won't let me see my friends anymore.",
        "He controls all my money and checks my phone.",
        "My ex keeps threatening to hurt me.",
        "I'm afraid to go home tonight.",
        "He pushed me against the wall.",
    ],
)
def test_being_hurt_threatened_controlled_or_afraid_is_found(text: str) -> None:
    assert unsafe_at_home(text)
    result = screen(text)
    assert "unsafe" in result.signals
    # a crisis keeps its own reason; anything less is a concern named for this
    assert result.level == "crisis" or result.reason == SafetyReasons.UNSAFE_AT_HOME


@pytest.mark.parametrize(
    "text",
    [
        "It hit me that I miss her.",
        "he hit me up yesterday to hang out",
        "my brother beat me at chess again",
        "She hurt my feelings at dinner.",
        "I'm scared of losing him.",
        "He pushed me to apply for the job.",
        "He never hit me, he was just cold.",
        "He would never hurt me.",
        "In the film, her husband hit her and she left.",
    ],
)
def test_everyday_look_alikes_are_not_marked(text: str) -> None:
    assert not unsafe_at_home(text)


def test_a_crisis_keeps_its_own_level_and_reason() -> None:
    for text in (
        "He hits me and I don't want to be alive anymore.",
        "My husband hit me last night. I am going to kill myself tonight.",
    ):
        result = screen(text)
        assert result.level == "crisis" and result.reason != SafetyReasons.UNSAFE_AT_HOME
        assert "unsafe" in result.signals


EVERYDAY = [
    "I'm scared of him leaving me.",
    "I'm terrified of my father dying.",
    "I'm afraid of my dad's health getting worse.",
    "She beats me every time at Mario Kart.",
    "He hit me with the truth.",
    "He kicked me out of the group chat.",
    "My brother pushed me into the pool.",
    "He takes my money to the bank on Fridays.",
    "My husband won't let me go out alone since my surgery.",
    "I'm scared to go home and face the mess.",
    "My girlfriend checks my phone for the weather.",
    "My wife says she'll kill me if I forget our anniversary again lol",
    "My boyfriend punched me in the arm playfully.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_what_a_reviewer_found_in_everyday_writing_is_not_marked(text: str) -> None:
    assert not unsafe_at_home(text)


def test_after_saving_the_lines_for_abuse_come_first(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/journal", {"body": "My husband hit me again last night."})
    where = response.headers["location"]
    page = client.get(where).text
    assert "Are you safe with the people at home?" in page
    if where.startswith("/help"):  # read as a crisis: the help page, the abuse lines early
        assert "unsafe=1" in where
        assert page.index("0808 2000 247") < page.index("116 123")
    else:  # read as a concern: beside the entry, one click away
        assert 'href="/help#abuse"' in page


def test_a_practice_note_about_being_unsafe_shows_the_abuse_lines(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client,
        "/plan/practices/my-needs/log",
        {"note": "He controls all my money and checks my phone."},
    )
    page = client.get(response.headers["location"]).text
    assert "Are you safe with the people at home?" in page and 'href="/help#abuse"' in page


def test_the_api_says_why_the_screen_answered(client: TestClient, alice: User, db) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import api_headers

    headers = api_headers(db, alice)
    db.commit()
    made = client.post(
        "/api/v1/entries", json={"body": "He won't let me see my friends."}, headers=headers
    )
    assert made.json()["safety_reason"] == SafetyReasons.UNSAFE_AT_HOME
