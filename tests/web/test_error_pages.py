"""Error pages: one plain "not found" page for a missing or malformed id in a page's address,
and just the message for a form that HTMX sent."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service
from reconnect.messages import App as M
from tests.factories import api_headers, post_form, sign_in

PAGES_WITH_IDS = (
    "/journal/{id}",
    "/journal/{id}/edit",
    "/together/checkins/{id}",
    "/together/shared/{id}",
    "/assess/results/{id}",
)
FORMS_WITH_IDS = (
    "/journal/{id}/delete",
    "/journal/{id}/emotions",
    "/checkin/{id}/delete",
    "/checkin/{id}/emotions",
    "/plan/logs/{id}/delete",
    "/together/activities/{id}/done",
    "/together/checkins/{id}/replies",
    "/assess/results/{id}/note",
)
BAD_IDS = ("abc", "999999", "1.5", "99999999999999999999")


def _is_plain_not_found(response) -> bool:  # type: ignore[no-untyped-def]
    text = response.text
    return (
        response.status_code == 404
        and f"<h1>{M.NOT_FOUND_TITLE}</h1>" in text
        and M.NOT_FOUND.replace("'", "&#39;") in text
        and "valid integer" not in text
        and 'href="/help"' in text
    )


def test_a_missing_or_malformed_id_is_a_plain_not_found_page(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    for template in PAGES_WITH_IDS:
        for bad in BAD_IDS:
            path = template.format(id=bad)
            assert _is_plain_not_found(client.get(path)), path
    for template in FORMS_WITH_IDS:
        for bad in BAD_IDS:
            path = template.format(id=bad)
            assert _is_plain_not_found(post_form(client, path, {})), path


def test_unknown_names_in_an_address_get_the_same_page(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    for path in ("/plan/practices/levitation", "/assess/astrology", "/learn/astrology"):
        assert _is_plain_not_found(client.get(path)), path


def test_the_api_keeps_its_json_errors(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    db.commit()
    malformed = client.get("/api/v1/entries/abc", headers=headers)
    assert malformed.status_code == 422 and malformed.json()["errors"][0]["loc"][0] == "path"
    missing = client.get("/api/v1/entries/999999", headers=headers)
    assert missing.status_code == 404 and "could not find that entry" in missing.json()["detail"]


def test_a_refused_htmx_form_gets_just_its_message(
    client: TestClient, db: Session, alice: User
) -> None:
    entry = service.create_entry(db=db, user=alice, body="fine")
    db.commit()
    sign_in(client, "alice")
    path = f"/journal/{entry.id}/emotions"
    htmx = post_form(client, path, {"emotions": ["meh"]}, headers={"HX-Request": "true"})
    assert htmx.status_code == 422 and htmx.text.startswith('<div class="error" role="alert"')
    assert "meh" in htmx.text and "<html" not in htmx.text
    page = post_form(client, path, {"emotions": ["meh"]})
    assert page.status_code == 422 and "<html" in page.text and "Get help now" in page.text
