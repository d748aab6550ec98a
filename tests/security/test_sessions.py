"""Session fixation and session lifetime: ids change on sign-in and die on sign-out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reconnect.accounts.models import ApiToken, BrowserSession, User
from reconnect.web.security import SESSION_COOKIE
from tests.factories import PASSWORD, api_headers, csrf_token, post_form

Clients = Callable[[], TestClient]


def _sign_in(client: TestClient, username: str = "alice") -> str:
    """Sign in through the form and return the session id the server set."""
    token = csrf_token(client, "/login")
    response = client.post(
        "/login",
        data={"username": username, "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    return response.cookies[SESSION_COOKIE]


def _signed_in_with(make_client: Clients, session_id: str) -> bool:
    """Whether a browser holding only this session id is treated as signed in."""
    browser = make_client()
    browser.cookies.set(SESSION_COOKIE, session_id)
    return browser.get("/journal", follow_redirects=False).status_code == 200


def test_a_planted_session_id_is_replaced_and_grants_nothing(
    make_client: Clients, alice: User
) -> None:
    victim = make_client()
    planted = "chosen-by-an-attacker-" + "x" * 20
    victim.cookies.set(SESSION_COOKIE, planted)
    issued = _sign_in(victim)
    assert issued != planted
    assert not _signed_in_with(make_client, planted)
    assert _signed_in_with(make_client, issued)


def test_signing_in_again_issues_a_new_id_and_ends_the_old_one(
    make_client: Clients, alice: User
) -> None:
    browser = make_client()
    first = _sign_in(browser)
    second = _sign_in(browser)
    assert first != second
    assert not _signed_in_with(make_client, first)
    assert _signed_in_with(make_client, second)


def test_sign_out_ends_the_session_on_the_server(make_client: Clients, alice: User) -> None:
    browser = make_client()
    session_id = _sign_in(browser)
    response = post_form(browser, "/logout", {})
    assert response.status_code == 303
    assert not _signed_in_with(make_client, session_id)  # a copied cookie is useless afterwards


def test_changing_the_password_signs_out_every_other_browser(
    make_client: Clients, alice: User
) -> None:
    laptop, phone = make_client(), make_client()
    old_laptop = _sign_in(laptop)
    phone_id = _sign_in(phone)
    response = post_form(
        laptop,
        "/account/password",
        {"current_password": PASSWORD, "new_password": "another long passphrase"},
    )
    assert response.status_code == 303
    assert not _signed_in_with(make_client, phone_id)
    assert not _signed_in_with(make_client, old_laptop)
    assert _signed_in_with(make_client, response.cookies[SESSION_COOKIE])


def test_only_a_hash_of_the_session_id_is_stored(
    make_client: Clients, alice: User, db: Session
) -> None:
    session_id = _sign_in(make_client())
    stored = db.scalars(select(BrowserSession.token_hash)).all()
    assert stored and session_id not in stored


def test_an_expired_session_is_signed_out(make_client: Clients, alice: User, db: Session) -> None:
    session_id = _sign_in(make_client())
    past = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    db.execute(update(BrowserSession).values(expires_at=past))
    db.commit()
    assert not _signed_in_with(make_client, session_id)


def test_a_new_password_revokes_api_tokens_and_turns_off_the_calendar_feed(
    make_client: Clients, alice: User, db: Session
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    browser = make_client()
    feed_url = browser.post("/api/v1/plan/feed", headers=headers).json()["url"]
    feed = feed_url.removeprefix("http://testserver")
    assert browser.get(feed).status_code == 200
    _sign_in(browser)
    response = post_form(
        browser,
        "/account/password",
        {"current_password": PASSWORD, "new_password": "another long passphrase"},
    )
    assert response.status_code == 303
    assert browser.get("/api/v1/me", headers=headers).status_code == 401
    assert browser.get(feed).status_code == 404


def test_a_token_made_on_the_page_expires_after_90_days_unless_told_otherwise(
    make_client: Clients, alice: User, db: Session
) -> None:
    browser = make_client()
    _sign_in(browser)
    page = post_form(browser, "/account/tokens", {"name": "laptop"})
    assert page.status_code == 200 and "90 days" in page.text
    token = db.scalars(select(ApiToken)).one()
    assert token.expires_at is not None
    assert dt.timedelta(days=89) < token.expires_at - token.created_at <= dt.timedelta(days=90)
    never = post_form(browser, "/account/tokens", {"name": "server", "lifetime": "never"})
    assert never.status_code == 200
    bad = post_form(browser, "/account/tokens", {"name": "x", "lifetime": "forever"})
    assert bad.status_code == 422 and "30 days" in bad.text


def test_an_expired_token_no_longer_works(make_client: Clients, alice: User, db: Session) -> None:
    headers = api_headers(db, alice)
    db.commit()
    browser = make_client()
    assert browser.get("/api/v1/me", headers=headers).status_code == 200
    db.execute(update(ApiToken).values(expires_at=dt.datetime.now(dt.UTC)))
    db.commit()
    assert browser.get("/api/v1/me", headers=headers).status_code == 401


def test_a_read_records_the_tokens_use_after_answering(
    make_client: Clients, alice: User, db: Session
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    assert make_client().get("/api/v1/me", headers=headers).status_code == 200
    db.expire_all()
    assert db.scalars(select(ApiToken.last_used_at)).one() is not None
