from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.plan import catalogue, service
from tests.factories import post_form, sign_in


def test_plan_pages_need_a_signed_in_person(client: TestClient, alice: User) -> None:
    for path in ("/plan", "/plan/practices", "/plan/practices/breathing", "/plan/calendar"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")


def test_an_empty_plan_offers_suggestions_with_reasons(client: TestClient, alice: User) -> None:
    page = sign_in(client, "alice").get("/plan").text
    assert "Your plan is empty" in page
    assert "Suggested for you" in page and "A gentle place to start" in page
    response = post_form(client, "/plan/generate", {})
    page = client.get(response.headers["location"]).text
    assert "Your plan is ready" in page and "Guided breathing" in page
    assert "This week" in page and "0 of 7 days" in page


def test_every_practice_can_be_added_and_removed_from_the_list(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    page = client.get("/plan/practices").text
    assert page.count("Add to my plan") == len(catalogue.BY_SLUG)
    assert 'href="/learn/strategy-boundaries"' in page
    added = post_form(client, "/plan/practices/boundary-log/add", {"back": "list"})
    assert added.headers["location"].startswith("/plan/practices?")
    assert [r.practice for r in service.list_practices(db=db, user=alice)] == ["boundary-log"]
    post_form(client, "/plan/practices/boundary-log/remove", {"back": "plan"})
    assert service.list_practices(db=db, user=alice) == []


def test_a_practice_page_shows_instructions_duration_and_how_often(
    client: TestClient, alice: User
) -> None:
    page = sign_in(client, "alice").get("/plan/practices/first-call").text
    assert "The first call or message" in page and "Have your questions ready" in page
    assert "About 15 minutes" in page and "Once a week" in page
    assert 'href="/learn/strategy-professional-help"' in page
    assert 'href="/learn/when-to-seek-help"' in page
    assert 'href="/journal/new"' in client.get("/plan/practices/journaling-prompt").text


def test_an_unknown_practice_is_not_found(client: TestClient, alice: User) -> None:
    assert sign_in(client, "alice").get("/plan/practices/levitation").status_code == 404


def test_the_breathing_page_has_a_pacer_and_timed_steps(client: TestClient, alice: User) -> None:
    page = sign_in(client, "alice").get("/plan/practices/breathing").text
    assert 'id="pacer-run"' in page and "/static/css/plan.css" in page
    assert "Breathe in for 4 seconds" in page and "Breathe out for 6 seconds" in page
    assert "Pause for 2 seconds" in page
    css = client.get("/static/css/plan.css").text
    assert "prefers-reduced-motion: reduce" in css and "12s" in css


def test_logging_a_practice_with_a_rating_and_note(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client,
        "/plan/practices/breathing/log",
        {"rating": "4", "note": "calmer after", "done_on": dt.date.today().isoformat()},
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "Thank you for taking this time" in page and "calmer after" in page and "Good" in page
    [log] = service.list_logs(db=db, user=alice)
    assert (log.rating, log.note) == (4, "calmer after")


def test_a_boundary_log_keeps_all_four_answers(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    post_form(
        client,
        "/plan/practices/boundary-log/log",
        {
            "answer_situation": "Work call at dinner",
            "answer_boundary": "No calls after seven",
            "answer_how_said": "Told my manager kindly",
            "answer_how_went": "She agreed",
        },
    )
    page = client.get("/plan/practices/boundary-log").text
    for text in ("Work call at dinner", "No calls after seven", "Told my manager", "She agreed"):
        assert text in page
    [log] = service.list_logs(db=db, user=alice)
    assert service.answers_of(log)["how_went"] == "She agreed"


def test_a_bad_rating_says_why_and_keeps_the_note(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/plan/practices/hobby/log", {"rating": "9", "note": "keep me"})
    assert response.status_code == 422
    assert "from 1 (hard) to 5" in response.text and "keep me" in response.text
    future = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    response = post_form(client, "/plan/practices/hobby/log", {"done_on": future})
    assert response.status_code == 422 and "in the future" in response.text


def test_logging_with_htmx_returns_the_history_fragment(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(
        client, "/plan/practices/movement/log", {"rating": "5"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section class="card" id="history"')
    assert "Really good" in response.text and "<html" not in response.text


def test_the_practice_page_as_a_fragment_is_the_history(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    full = client.get("/plan/practices/movement")
    fragment = client.get("/plan/practices/movement", headers={"HX-Request": "true"})
    assert "<html" in full.text and "<html" not in fragment.text
    assert 'id="history"' in fragment.text


def test_a_crisis_note_is_saved_and_help_comes_first(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client, "/plan/practices/journaling-prompt/log", {"note": "I want to kill myself"}
    )
    assert response.headers["location"] == "/help?from=practice"
    assert "You matter, and help is here right now" in client.get(response.headers["location"]).text
    [log] = service.list_logs(db=db, user=alice)
    assert log.safety_level == "crisis" and log.note == "I want to kill myself"
    htmx = post_form(
        client,
        "/plan/practices/journaling-prompt/log",
        {"note": "I want to kill myself"},
        headers={"HX-Request": "true"},
    )
    assert htmx.headers["HX-Redirect"] == "/help?from=practice"


def test_changing_the_schedule(client: TestClient, alice: User, db: Session) -> None:
    sign_in(client, "alice")
    post_form(client, "/plan/practices/movement/add", {})
    response = post_form(
        client, "/plan/practices/movement/schedule", {"days": ["TU", "SA"], "at_time": "07:15"}
    )
    assert response.status_code == 303
    row = service.get_plan_practice(db=db, user=alice, slug="movement")
    assert row is not None and (row.days, row.at_time) == (["TU", "SA"], "07:15")
    bad = post_form(
        client, "/plan/practices/movement/schedule", {"days": ["MO"], "at_time": "25:99"}
    )
    assert bad.status_code == 422 and "not a time of day" in bad.text


def test_charlie_cannot_delete_alices_log(
    client: TestClient, alice: User, charlie: User, db: Session
) -> None:
    log = service.log_practice(db=db, user=alice, slug="hobby", note="alice's words")
    db.commit()
    sign_in(client, "charlie")
    assert post_form(client, f"/plan/logs/{log.id}/delete", {}).status_code == 404
    assert "alice's words" not in client.get("/plan/practices/hobby").text
    assert service.get_log_for_user(db=db, user=alice, log_id=log.id).note == "alice's words"


def test_deleting_a_log_as_page_and_fragment(client: TestClient, alice: User, db: Session) -> None:
    first = service.log_practice(db=db, user=alice, slug="hobby")
    second = service.log_practice(db=db, user=alice, slug="hobby")
    db.commit()
    sign_in(client, "alice")
    page = post_form(client, f"/plan/logs/{first.id}/delete", {})
    assert page.headers["location"].startswith("/plan/practices/hobby")
    fragment = post_form(
        client, f"/plan/logs/{second.id}/delete", {}, headers={"HX-Request": "true"}
    )
    assert fragment.status_code == 200 and fragment.text == ""
    assert service.list_logs(db=db, user=alice) == []


def test_the_calendar_address_is_shown_once_and_can_be_revoked(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    assert "no calendar address yet" in client.get("/plan/calendar").text
    created = post_form(client, "/plan/calendar", {})
    assert created.status_code == 200
    url = created.text.split('id="feed-url">')[1].split("<")[0]
    path = url.removeprefix("http://testserver")
    assert path.startswith("/plan/feed/") and path.endswith(".ics")
    assert url not in client.get("/plan/calendar").text  # only a hash is kept
    assert client.get(path).status_code == 200
    post_form(client, "/plan/calendar/revoke", {})
    assert client.get(path).status_code == 404


def test_the_time_zone_is_checked(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    good = post_form(client, "/plan/calendar/time-zone", {"time_zone": "Europe/London"})
    assert good.status_code == 303
    assert 'value="Europe/London"' in client.get("/plan/calendar").text
    bad = post_form(client, "/plan/calendar/time-zone", {"time_zone": "Mars/Olympus"})
    assert bad.status_code == 422 and "not a time zone" in bad.text


def test_a_heavy_note_gently_suggests_professional_help(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    note = "I feel hopeless and worthless lately"
    response = post_form(client, "/plan/practices/journaling-prompt/log", {"note": note})
    assert "concern=1" in response.headers["location"]
    page = client.get(response.headers["location"]).text
    assert "Talking to a professional could help" in page and 'href="/help/professional"' in page
    htmx = post_form(
        client,
        "/plan/practices/journaling-prompt/log",
        {"note": note},
        headers={"HX-Request": "true"},
    )
    assert "Talking to a professional could help" in htmx.text and "<html" not in htmx.text
