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
    assert result.level in ("concern", "crisis") and result.reason == SafetyReasons.UNSAFE_AT_HOME


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


def test_a_wish_to_die_keeps_its_reason_and_the_abuse_lines_stay_on_the_help_page() -> None:
    result = screen("He hits me and I don't want to be alive anymore.")
    assert result.level == "crisis" and result.reason != SafetyReasons.UNSAFE_AT_HOME


def test_after_saving_the_lines_for_abuse_come_first(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/journal", {"body": "My husband hit me again last night."})
    where = response.headers["location"]
    page = client.get(where).text
    assert "Are you safe with the people at home?" in page
    if where.startswith("/help"):  # read as a crisis: the help page, abuse lines first
        assert "about=unsafe" in where
        assert page.index("0808 2000 247") < page.index("116 123")
    else:  # read as a concern: beside the entry, one click away
        assert 'href="/help#abuse"' in page
