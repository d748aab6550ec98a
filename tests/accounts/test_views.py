from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts import service
from reconnect.accounts.models import User
from tests.factories import PASSWORD, csrf_token, post_form, sign_in


def test_a_fresh_install_sends_people_to_set_up(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.headers["location"] == "/setup"


def test_set_up_creates_the_owner_and_signs_them_in(client: TestClient, db: Session) -> None:
    response = post_form(
        client, "/setup", {"username": "owner", "password": PASSWORD, "country": "IE"}
    )
    assert response.status_code == 303
    assert "Hello, owner" in client.get("/").text
    assert service.get_user_by_username(db=db, username="owner").is_admin


def test_set_up_is_closed_once_someone_exists(client: TestClient, alice: User) -> None:
    response = post_form(client, "/setup", {"username": "intruder", "password": PASSWORD})
    assert response.headers["location"] == "/login"


def test_sign_up_keeps_what_was_typed_when_the_password_is_short(
    client: TestClient, alice: User
) -> None:
    response = post_form(
        client, "/signup", {"username": "dana", "password": "short", "display_name": "Dee"}
    )
    assert response.status_code == 422
    assert "at least 10 characters" in response.text
    assert 'value="dana"' in response.text and 'value="Dee"' in response.text


def test_sign_up_can_be_switched_off(client: TestClient, app: FastAPI, alice: User) -> None:
    app.state.runtime.settings.allow_signup = False
    try:
        assert client.get("/signup").status_code == 403
        assert (
            post_form(client, "/signup", {"username": "dana", "password": PASSWORD}).status_code
            == 403
        )
    finally:
        app.state.runtime.settings.allow_signup = True


def test_sign_in_sets_a_protected_session_cookie(client: TestClient, alice: User) -> None:
    token = csrf_token(client, "/login")
    response = client.post(
        "/login",
        data={"username": "alice", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_wrong_password_shows_a_message_and_no_session(client: TestClient, alice: User) -> None:
    response = post_form(client, "/login", {"username": "alice", "password": "not the password"})
    assert response.status_code == 401
    assert "do not match" in response.text
    assert client.get("/journal", follow_redirects=False).status_code == 303


def test_signing_in_replaces_any_existing_session(client: TestClient, alice: User) -> None:
    client.cookies.set("rc_session", "planted-by-someone-else", domain="testserver.local")
    sign_in(client, "alice")
    assert client.cookies.get("rc_session", domain="testserver.local") != "planted-by-someone-else"


def test_sign_out_ends_the_session(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    cookie = client.cookies.get("rc_session")
    post_form(client, "/logout", {})
    client.cookies.set("rc_session", cookie or "", domain="testserver.local")
    assert client.get("/journal", follow_redirects=False).headers["location"].startswith("/login")


def test_login_redirects_only_to_local_paths(client: TestClient, alice: User) -> None:
    token = csrf_token(client, "/login")
    response = client.post(
        "/login",
        data={
            "username": "alice",
            "password": PASSWORD,
            "csrf_token": token,
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_forms_without_a_csrf_token_are_refused(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = client.post("/journal", data={"body": "hello"}, follow_redirects=False)
    assert response.status_code == 403
    assert "expired" in response.text


def test_too_many_attempts_from_one_address_are_slowed(
    client: TestClient, app: FastAPI, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.state.runtime.settings, "login_attempts_per_minute", 3)
    codes = [
        post_form(client, "/login", {"username": "x", "password": "y" * 10}).status_code
        for _ in range(4)
    ]
    assert codes[-1] == 429


def test_account_page_changes_country_and_rejects_unknown_ones(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    assert (
        post_form(client, "/account/profile", {"display_name": "Al", "country": "CA"}).status_code
        == 303
    )
    db.refresh(alice)
    assert alice.country == "CA"
    response = post_form(client, "/account/profile", {"display_name": "Al", "country": "XX"})
    assert response.status_code == 422 and "choose a country" in response.text


def test_password_change_through_the_page(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    bad = post_form(
        client,
        "/account/password",
        {"current_password": "nope nope nope", "new_password": "x" * 12},
    )
    assert bad.status_code == 401
    good = post_form(
        client, "/account/password", {"current_password": PASSWORD, "new_password": "x" * 12}
    )
    assert good.status_code == 303
    assert "password was changed" in client.get(good.headers["location"]).text


def test_tokens_are_shown_once_and_can_be_revoked(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    page = post_form(client, "/account/tokens", {"name": "script"})
    assert "rc_" in page.text
    token = service.list_api_tokens(db=db, user=alice)[0]
    assert post_form(client, f"/account/tokens/{token.id}/revoke", {}).status_code == 303
    assert service.list_api_tokens(db=db, user=alice) == []


def test_charlie_cannot_revoke_alices_token(
    make_client: Callable[[], TestClient], alice: User, charlie: User, db: Session
) -> None:
    token, _ = service.create_api_token(db=db, user=alice, name="mine")
    db.commit()
    other = sign_in(make_client(), "charlie")
    assert post_form(other, f"/account/tokens/{token.id}/revoke", {}).status_code == 404


def test_sign_ups_from_one_address_share_the_sign_in_limit(
    client: TestClient, app: FastAPI, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.state.runtime.settings, "login_attempts_per_minute", 2)
    form = {"password": "a long passphrase"}
    codes = [
        post_form(client, "/signup", {**form, "username": f"new{n}"}).status_code for n in range(3)
    ]
    assert codes == [303, 303, 429]
