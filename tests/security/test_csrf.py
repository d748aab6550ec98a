"""Every state-changing browser route refuses a request without a valid CSRF token.

The routes come from the app's route table, so a form added later is covered without a
change here; the API (bearer tokens only, never cookies) is checked the same way.
"""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.web.security import CSRF_COOKIE
from tests.factories import csrf_token, post_form, sign_in
from tests.security.routes import api_routes, fill_path, web_routes


def test_the_route_table_has_state_changing_forms(app: FastAPI) -> None:
    assert {("POST", "/journal"), ("POST", "/logout"), ("POST", "/help/plan")} <= set(
        web_routes(app)
    )


@pytest.mark.parametrize("who", ["signed_in", "signed_out"])
def test_every_state_changing_form_without_a_token_is_refused(
    who: str, app: FastAPI, client: TestClient, alice: User, db: Session
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="kept as written")
    db.commit()
    if who == "signed_in":
        sign_in(client, "alice")
    client.get("/help")  # the CSRF cookie is set; only the token is missing
    assert client.cookies.get(CSRF_COOKIE)
    refused = {}
    for method, path in web_routes(app):
        url = fill_path(path, entry.id)
        response = client.request(method, url, data={"body": "changed"}, follow_redirects=False)
        refused[(method, path)] = response.status_code
    assert all(status == 403 for status in refused.values()), refused
    assert journal_service.get_entry_for_user(db=db, user=alice, entry_id=entry.id).body == (
        "kept as written"
    )


def test_a_token_from_another_browser_is_refused(
    app: FastAPI,
    make_client,
    alice: User,
    charlie: User,  # type: ignore[no-untyped-def]
) -> None:
    attacker = make_client()
    stolen = csrf_token(attacker)  # valid, but signed for the attacker's own CSRF cookie
    victim = sign_in(make_client(), "alice")
    victim.get("/help")
    for method, path in web_routes(app):
        response = victim.request(
            method, fill_path(path), data={"csrf_token": stolen}, follow_redirects=False
        )
        assert response.status_code == 403, (method, path, response.status_code)


def test_a_token_sent_without_its_cookie_is_refused(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    token = csrf_token(client)
    client.cookies.delete(CSRF_COOKIE)
    response = client.post("/journal", data={"body": "x", "csrf_token": token})
    assert response.status_code == 403


def test_the_token_in_a_header_works_for_htmx(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    token = csrf_token(client)
    response = client.post(
        "/journal",
        data={"body": "with the header"},
        headers={"x-csrf-token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert post_form(client, "/journal", {"body": "with the field"}).status_code == 303


def test_the_api_never_accepts_a_browser_session(
    app: FastAPI,
    make_client,
    alice: User,  # type: ignore[no-untyped-def]
) -> None:
    # A cookie alone must grant nothing: cross-site requests carry cookies.
    signed_in, anonymous = sign_in(make_client(), "alice"), make_client()
    for method, path in api_routes(app, methods=("GET", "POST", "PUT", "PATCH", "DELETE")):
        with_cookie = signed_in.request(method, fill_path(path), json={}).status_code
        without = anonymous.request(method, fill_path(path), json={}).status_code
        assert with_cookie == without, (method, path, with_cookie, without)
        if method != "GET":
            assert with_cookie == 401, (method, path, with_cookie)
