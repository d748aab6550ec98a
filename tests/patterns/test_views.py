from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.journal.models import CheckIn
from reconnect.patterns import service
from tests.factories import post_form, sign_in
from tests.patterns.helpers import seed_sleep_pattern


def test_the_check_in_form_offers_factor_chips_that_work_without_javascript(
    client: TestClient, alice: User
) -> None:
    page = sign_in(client, "alice").get("/checkin").text
    assert '<details class="factors"' in page and 'name="sleep_hours"' in page
    for name, value in (("people", "partner"), ("places", "work"), ("activities", "screens")):
        assert f'type="checkbox" name="{name}" value="{value}"' in page
    assert 'type="radio" name="movement" value="light"' in page
    assert 'href="/patterns"' in page


def test_a_check_in_with_factors_is_saved_and_shown(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client,
        "/checkin",
        {
            "pleasantness": "1",
            "energy": "0",
            "sleep_hours": "7,5",
            "sleep_quality": "good",
            "movement": "light",
            "people": ["partner", "friends"],
            "places": ["home"],
            "activities": ["reading"],
            "tags": "rainy, #Sunday",
        },
    )
    assert response.status_code == 303, response.text
    page = client.get("/checkin").text
    assert "slept 7.5 h" in page and "slept well" in page and "partner · friends" in page
    assert "#rainy · #sunday" in page
    [checkin] = journal_service.list_checkins(db=db, user=alice).items
    chosen = service.factors_for_checkins(db=db, user=alice, checkin_ids=[checkin.id])[checkin.id]
    assert chosen.people == ("partner", "friends") and chosen.tags == ("rainy", "sunday")


def test_impossible_sleep_hours_get_a_clear_422_and_nothing_is_lost(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client,
        "/checkin",
        {
            "pleasantness": "2",
            "energy": "1",
            "note": "keep these words",
            "sleep_hours": "30",
            "people": ["partner"],
            "tags": "holiday",
        },
    )
    assert response.status_code == 422
    assert "Hours slept must be a number from 0 to 24" in response.text
    assert "keep these words" in response.text and 'value="30"' in response.text
    assert 'value="partner" checked' in response.text and 'value="holiday"' in response.text
    assert db.scalar(select(func.count()).select_from(CheckIn)) == 0


def test_unknown_choices_and_words_for_sleep_are_refused(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    bad_people = post_form(
        client, "/checkin", {"pleasantness": "0", "energy": "0", "people": ["boss"]}
    )
    assert bad_people.status_code == 422 and "boss" in bad_people.text
    bad_sleep = post_form(
        client, "/checkin", {"pleasantness": "0", "energy": "0", "sleep_hours": "lots"}
    )
    assert bad_sleep.status_code == 422 and "lots" in bad_sleep.text


def test_the_most_used_choices_come_first(client: TestClient, alice: User, db: Session) -> None:
    for _ in range(3):
        checkin = journal_service.create_checkin(db=db, user=alice, pleasantness=0, energy=0)
        chosen = service.clean_factors(people=["colleagues"], places=["work"])
        service.save_for_checkin(db=db, user=alice, checkin_id=checkin.id, chosen=chosen)
    db.commit()
    page = sign_in(client, "alice").get("/checkin").text
    assert page.index('value="colleagues"') < page.index('value="partner"')
    assert page.index('value="work"') < page.index('value="home"')


def test_an_entry_keeps_its_factors_through_an_edit(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    assert 'name="sleep_hours"' in client.get("/journal/new").text
    created = post_form(
        client,
        "/journal",
        {"body": "A slow Sunday", "tags": "rest", "sleep_hours": "9", "activities": ["resting"]},
    )
    assert created.status_code == 303, created.text
    location = created.headers["location"].split("?")[0]
    assert "slept 9 h · resting" in client.get(location).text
    edit_page = client.get(f"{location}/edit").text
    assert 'value="9"' in edit_page and 'value="resting" checked' in edit_page
    bad = post_form(client, f"{location}/edit", {"body": "changed", "sleep_hours": "-1"})
    assert bad.status_code == 422 and "changed" in bad.text
    assert "A slow Sunday" in client.get(location).text
    post_form(client, f"{location}/edit", {"body": "A slow Sunday", "movement": "active"})
    page = client.get(location).text
    assert "moved a lot" in page and "slept 9 h" not in page


def test_the_patterns_page_starts_by_explaining_what_it_needs(
    client: TestClient, alice: User
) -> None:
    page = sign_in(client, "alice").get("/patterns").text
    assert "Patterns appear once there are at least 10 check-ins" in page
    assert "not causes" in page


def test_the_patterns_page_shows_a_planted_pattern_in_plain_words(
    client: TestClient, alice: User, db: Session
) -> None:
    seed_sleep_pattern(db, alice)
    page = sign_in(client, "alice").get("/patterns").text
    assert (
        "After 7 or more hours of sleep, your check-ins were more pleasant than your usual" in page
    )
    assert "in 20 of 20 cases" in page
    assert "% interval" in page and "Check-ins looked at: 40." in page
    assert 'href="/learn/strategy-self-care"' in page and 'href="/plan/practices/breathing"' in page
    claims = page.replace("not causes", "").replace("does not show a cause", "")
    assert not re.search(r"\bcaus(e|es|ed|ing)\b", claims)


def test_the_period_switch_returns_only_the_findings_to_htmx(
    client: TestClient, alice: User, db: Session
) -> None:
    seed_sleep_pattern(db, alice)
    sign_in(client, "alice")
    fragment = client.get("/patterns?period=90", headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    assert fragment.text.lstrip().startswith('<div id="findings"') and "<html" not in fragment.text
    assert "more pleasant than your usual" in fragment.text
    full = client.get("/patterns?period=all").text
    assert "<html" in full and 'id="findings"' in full
    assert client.get("/patterns?period=forever").status_code == 422


def test_charlie_sees_none_of_alices_patterns(
    client: TestClient, alice: User, charlie: User, db: Session
) -> None:
    seed_sleep_pattern(db, alice)
    page = sign_in(client, "charlie").get("/patterns").text
    assert "Check-ins looked at: 0. Journal entries looked at: 0." in page
    assert "hours of sleep" not in page


def test_the_patterns_page_needs_a_signed_in_person(client: TestClient) -> None:
    response = client.get("/patterns", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
