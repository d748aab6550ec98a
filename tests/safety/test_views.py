from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.safety import service
from tests.factories import api_headers, post_form, sign_in


def test_a_crisis_entry_is_saved_and_help_comes_first(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/journal", {"body": "I don't want to be alive anymore."})
    assert response.headers["location"].startswith("/help?from=entry")
    page = client.get(response.headers["location"]).text
    assert "You matter, and help is here right now" in page and "116 123" in page
    assert "5 things you can see" in page
    [entry] = journal_service.list_entries(db=db, user=alice).items
    assert entry.safety_level == "crisis" and entry.body == "I don't want to be alive anymore."


SOMEONE_ELSE = "My partner said he wants to kill himself and I don't know what to do."


def test_when_someone_else_may_be_in_danger_the_writer_learns_what_to_do(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/journal", {"body": SOMEONE_ELSE})
    assert "about=other" in response.headers["location"]
    page = client.get(response.headers["location"]).text
    assert "If someone you wrote about may be in danger" in page
    assert "stay with them" in page and "Are you thinking about suicide?" in page
    assert "999" in page and "116 123" in page  # alice is in GB; the lines, for her too
    # the writer's own panel always comes first: the screen cannot be sure who is at risk
    assert page.index("You matter, and help is here right now") < page.index("If someone you")


def test_the_writers_own_wish_to_die_always_opens_with_their_own_crisis_panel(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    for written in (
        "He hits me and I don't want to be alive anymore.",
        "My husband hit me last night. I am going to kill myself tonight.",
    ):
        response = post_form(client, "/journal", {"body": written})
        page = client.get(response.headers["location"]).text
        assert page.index("You matter, and help is here right now") < page.index("116 123")
        assert "unsafe=1" in response.headers["location"]
        assert "Are you safe with the people at home?" in page and "0808 2000 247" in page


def test_a_check_in_note_about_someone_else_gets_the_same_guidance(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    form = {"pleasantness": "-3", "energy": "2", "note": SOMEONE_ELSE}
    response = post_form(client, "/checkin", form)
    assert response.headers["location"] == "/help?from=checkin&about=other"


def test_a_crisis_check_in_note_goes_to_help(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(
        client, "/checkin", {"pleasantness": "-4", "energy": "-4", "note": "i want to die"}
    )
    assert response.headers["location"].startswith("/help?from=checkin")


def test_a_concern_entry_suggests_a_professional_gently(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/journal", {"body": "I've felt completely numb for months."})
    page = client.get(response.headers["location"]).text
    assert "Talking to someone could help" in page and "/help/professional" in page


def test_the_safety_plan_is_written_printed_and_encrypted(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    assert "Warning signs" in client.get("/help/plan").text
    response = post_form(
        client, "/help/plan", {"warning_signs": "not sleeping", "reasons_to_live": "my dog Pixel"}
    )
    assert response.status_code == 303
    assert "my dog Pixel" in client.get("/help/plan").text
    assert "my dog Pixel" in client.get("/help/plan/print").text
    assert "Open your safety plan" in client.get("/help").text
    raw = db.execute(text("SELECT reasons_to_live FROM safety_plans")).scalar_one()
    assert b"Pixel" not in bytes(raw)


def test_an_overlong_plan_keeps_what_was_typed(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(
        client, "/help/plan", {"warning_signs": "x" * 4001, "coping_steps": "walk"}
    )
    assert (
        response.status_code == 422 and "under 4000" in response.text and ">walk<" in response.text
    )


def test_signed_out_visitors_get_lines_and_a_way_to_their_plan(client: TestClient) -> None:
    assert "Sign in to write or open your safety plan" in client.get("/help/plan").text
    assert client.get("/help/professional").status_code == 200
    assert client.get("/help/consider", follow_redirects=False).status_code == 303


def test_plans_are_private(
    make_client: Callable[[], TestClient], db: Session, alice: User, charlie: User
) -> None:
    service.save_plan(db=db, user=alice, sections={"reasons_to_live": "alice's reasons"})
    db.commit()
    other = sign_in(make_client(), "charlie")
    assert "alice's reasons" not in other.get("/help/plan").text
    assert "alice's reasons" not in other.get("/help/plan/print").text
    assert (
        other.get("/api/v1/safety-plan", headers=api_headers(db, charlie)).json()["reasons_to_live"]
        == ""
    )


def test_when_to_consider_help_reads_recent_data(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    assert "Nothing in your recent check-ins" in client.get("/help/consider").text
    for _ in range(3):
        journal_service.create_checkin(
            db=db, user=alice, pleasantness=-3, energy=-3, words=["numb", "lonely"]
        )
    journal_service.create_entry(db=db, user=alice, body="I want to die")
    db.commit()
    page = client.get("/help/consider").text
    assert "talking to a professional could help" in page
    assert "numb, empty or detached (3 check-ins)" in page
    assert "not wanting to live" in page


def test_the_api_screens_and_keeps_the_plan(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    assert (
        client.post(
            "/api/v1/safety/screen", json={"text": "i want to die"}, headers=headers
        ).json()["level"]
        == "crisis"
    )
    assert (
        client.post("/api/v1/safety/screen", json={"text": ""}, headers=headers).status_code == 422
    )
    put = client.put(
        "/api/v1/safety-plan", json={"coping_steps": "call my sister"}, headers=headers
    )
    assert put.status_code == 200
    assert (
        client.get("/api/v1/safety-plan", headers=headers).json()["coping_steps"]
        == "call my sister"
    )
    assert client.put("/api/v1/safety-plan", json={"nope": "x"}, headers=headers).status_code == 422


def test_help_shows_even_when_the_database_is_unreachable(settings, keyring, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.orm import sessionmaker

    from reconnect.app import create_app
    from reconnect.bootstrap import Runtime
    from reconnect.db import make_engine

    broken = make_engine(f"sqlite:///{tmp_path}/missing-folder/none.db")
    app = create_app(
        runtime=Runtime(settings, broken, sessionmaker(bind=broken), "s" * 40, keyring)
    )
    broken_client = TestClient(app, raise_server_exceptions=False)
    broken_client.cookies.set("rc_session", "some-old-session")
    response = broken_client.get("/help")
    assert response.status_code == 200 and "988" in response.text
    assert broken_client.get("/help/professional").status_code == 200


def test_lasting_low_mood_and_conflict_are_noticed(
    client: TestClient, db: Session, alice: User
) -> None:
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    for days_ago in (20, 16, 12, 8, 4, 1):
        journal_service.create_checkin(
            db=db,
            user=alice,
            pleasantness=-2,
            energy=-3,
            words=["resentful"],
            at=now - dt.timedelta(days=days_ago),
        )
    db.commit()
    page = sign_in(client, "alice").get("/help/consider").text
    assert "low in energy and unpleasant, over 19 days" in page
    assert "angry, resentful or betrayed (6 check-ins)" in page


def test_an_entry_in_another_language_says_the_screen_reads_english_only(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/journal", {"body": "Heute war ein ruhiger Tag im Garten."})
    page = client.get(response.headers["location"]).text
    assert "safety check reads English only" in page and 'href="/help"' in page
    [entry] = journal_service.list_entries(db=db, user=alice).items
    assert entry.body == "Heute war ein ruhiger Tag im Garten."


def test_the_help_page_lists_domestic_abuse_lines_for_the_persons_country(
    client: TestClient, alice: User
) -> None:
    page = sign_in(client, "alice").get("/help").text
    assert "If you are afraid of a partner or someone at home" in page
    assert "0808 2000 247" in page  # alice is in the UK
    assert "1-800-799-7233" in client.get("/help?country=US").text
    elsewhere = client.get("/help?country=EU").text
    assert "Find A Helpline lists support for abuse" in elsewhere


def test_the_api_help_carries_the_abuse_lines(client: TestClient) -> None:
    body = client.get("/api/v1/help?country=AU").json()
    assert body["country"]["abuse"][0]["contact"] == "Call 1800 737 732"
