"""Where a person starts: asked once on Today, changeable, shaping suggestions only."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts import service
from reconnect.accounts.models import User
from reconnect.plan import service as plan_service
from reconnect.plan.generate import STARTER, SUPPORTING_STARTER
from tests.factories import post_form, sign_in


def test_today_asks_once_and_then_suggests_for_someone_close(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    today = client.get("/")
    assert "Where would you like to start?" in today.text
    assert 'name="feels_far"' in today.text and 'name="someone_far"' in today.text
    response = post_form(client, "/account/starting-point", {"someone_far": "1", "next": "/"})
    assert response.status_code == 303 and response.headers["location"].startswith("/")
    today = client.get("/")
    assert "Where would you like to start?" not in today.text
    for href in ("/assess/partner", "/learn/partner-seems-far-away", "/together"):
        assert f'href="{href}"' in today.text
    assert 'href="/assess/signs"' not in today.text


def test_not_now_stops_asking_and_suggests_nothing_special(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    post_form(client, "/account/starting-point", {"skip": "1", "someone_far": "1", "next": "/"})
    db.refresh(alice)
    assert alice.starting_point == "neither"
    today = client.get("/").text
    assert "Where would you like to start?" not in today and 'id="for-you"' not in today


def test_the_account_page_shows_and_changes_it(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    post_form(client, "/account/starting-point", {"feels_far": "1", "someone_far": "1"})
    page = client.get("/account").text
    assert page.count(" checked>") >= 2
    post_form(client, "/account/starting-point", {"feels_far": "1"})
    today = client.get("/").text
    assert 'href="/assess/signs"' in today and 'href="/assess/partner"' not in today


def test_before_any_reflection_the_plan_starts_from_there(db: Session, alice: User) -> None:
    assert [s.practice for s in plan_service.suggestions(db=db, user=alice)] == list(STARTER)
    service.set_starting_point(db=db, user=alice, feels_far=False, someone_far=True)
    found = plan_service.suggestions(db=db, user=alice)
    assert [s.practice for s in found] == list(SUPPORTING_STARTER)
    assert {s.reason for s in found} == {"starter:supporting"}
    service.set_starting_point(db=db, user=alice, feels_far=True, someone_far=True)
    both = [s.practice for s in plan_service.suggestions(db=db, user=alice)]
    assert both == [*STARTER[:2], *SUPPORTING_STARTER[:2]]


def test_the_invite_comes_with_a_gentle_message_to_edit(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    page = post_form(client, "/together/invite", {})
    assert page.status_code == 200
    code = page.text.split('id="invite-code">', 1)[1].split("<", 1)[0].strip()
    message = page.text.split('id="invite-message"', 1)[1].split("</textarea>", 1)[0]
    assert code in message
    assert "saying no, or not now, is completely fine" in message
    assert "only see what we both choose to share" in message


def test_a_reflection_already_taken_is_offered_as_its_history(
    client: TestClient, alice: User, db: Session
) -> None:
    from reconnect.assess import service as assess_service
    from reconnect.assess.instruments import catalogue

    service.set_starting_point(db=db, user=alice, feels_far=False, someone_far=True)
    answers = {item.id: 0 for item in catalogue()["partner"].items}
    assess_service.submit(db=db, user=alice, instrument="partner", answers=answers)
    db.commit()
    today = sign_in(client, "alice").get("/").text
    assert 'href="/assess/partner/history"' in today and "take it again" in today


def test_the_api_and_the_cli_set_it_too(client: TestClient, alice: User, db: Session) -> None:
    from tests.factories import api_headers

    headers = api_headers(db, alice)
    db.commit()
    me = client.put(
        "/api/v1/me/starting-point", json={"feels_far": True, "someone_far": True}, headers=headers
    )
    assert me.status_code == 200 and me.json()["starting_point"] == "both"
    bad = client.put("/api/v1/me/starting-point", json={"feels_far": "perhaps"}, headers=headers)
    assert bad.status_code == 422


def test_the_invite_message_comes_with_the_api_and_the_terminal_too(
    client: TestClient, alice: User, db: Session
) -> None:
    from tests.factories import api_headers

    headers = api_headers(db, alice)
    db.commit()
    made = client.post("/api/v1/together/invites", headers=headers).json()
    assert made["code"] in made["message"] and "completely fine" in made["message"]


def test_the_api_takes_only_true_or_false(client: TestClient, alice: User, db: Session) -> None:
    from tests.factories import api_headers

    headers = api_headers(db, alice)
    db.commit()
    for body in ({"feels_far": "yes", "someone_far": 0}, {"feels_far": True}):
        response = client.put("/api/v1/me/starting-point", json=body, headers=headers)
        assert response.status_code == 422
