"""Sign-in limits: the account pause after failed passwords and the per-address throttle."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reconnect.accounts import service
from reconnect.accounts.models import SignInCount, User
from reconnect.accounts.service import SIGN_IN_WINDOW
from reconnect.core.errors import TooManyAttempts
from reconnect.db import utcnow
from reconnect.web.security import SESSION_COOKIE
from tests.factories import PASSWORD, csrf_token

WRONG = "not the right passphrase"


def _attempt(client: TestClient, username: str, password: str) -> int:
    token = csrf_token(client, "/login")
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    if response.status_code == 303:
        assert response.cookies.get(SESSION_COOKIE)
    return response.status_code


def _max_attempts(app: FastAPI) -> int:
    return int(app.state.runtime.settings.login_max_attempts)


def test_the_account_is_paused_after_too_many_wrong_passwords(
    app: FastAPI, client: TestClient, alice: User, bob: User
) -> None:
    codes = [_attempt(client, "alice", WRONG) for _ in range(_max_attempts(app))]
    assert codes == [401] * _max_attempts(app)
    assert _attempt(client, "alice", PASSWORD) == 429  # even the right password waits
    page = client.get("/login")
    assert page.status_code == 200
    assert _attempt(client, "bob", PASSWORD) == 303  # other accounts are not affected
    assert client.get("/help").status_code == 200  # help stays reachable


def test_the_pause_shows_a_clear_message(app: FastAPI, client: TestClient, alice: User) -> None:
    for _ in range(_max_attempts(app)):
        _attempt(client, "alice", WRONG)
    token = csrf_token(client, "/login")
    response = client.post(
        "/login", data={"username": "alice", "password": PASSWORD, "csrf_token": token}
    )
    minutes = app.state.runtime.settings.login_lockout_minutes
    assert response.status_code == 429 and f"{minutes} minutes" in response.text


def test_the_pause_ends_by_itself(
    app: FastAPI, client: TestClient, alice: User, db: Session
) -> None:
    for _ in range(_max_attempts(app)):
        _attempt(client, "alice", WRONG)
    db.refresh(alice)
    assert alice.locked_until is not None
    alice.locked_until = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    db.commit()
    assert _attempt(client, "alice", PASSWORD) == 303
    db.refresh(alice)
    assert alice.failed_logins == 0 and alice.locked_until is None


def test_a_successful_sign_in_resets_the_count(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    almost = _max_attempts(app) - 1
    for _ in range(almost):
        _attempt(client, "alice", WRONG)
    assert _attempt(client, "alice", PASSWORD) == 303
    for _ in range(almost):
        assert _attempt(client, "alice", WRONG) == 401
    assert _attempt(client, "alice", PASSWORD) == 303


def test_unknown_names_and_wrong_passwords_look_the_same(client: TestClient, alice: User) -> None:
    token = csrf_token(client, "/login")
    unknown = client.post(
        "/login", data={"username": "nobody-here", "password": WRONG, "csrf_token": token}
    )
    wrong = client.post(
        "/login", data={"username": "alice", "password": WRONG, "csrf_token": token}
    )
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.text.replace("nobody-here", "alice") == wrong.text


def test_one_address_is_throttled_whatever_the_account(
    app: FastAPI, client: TestClient, alice: User, db: Session
) -> None:
    limit = app.state.runtime.settings.login_attempts_per_minute
    codes = [_attempt(client, f"someone{n}", WRONG) for n in range(limit)]
    assert 429 not in codes
    assert _attempt(client, "alice", PASSWORD) == 429  # the right password is throttled too
    db.execute(update(SignInCount).values(window_start=utcnow() - SIGN_IN_WINDOW))
    db.commit()  # the minute is over
    assert _attempt(client, "alice", PASSWORD) == 303


def test_the_count_is_kept_for_each_address_separately(db: Session) -> None:
    for _ in range(2):
        service.count_sign_in_attempt(db=db, address_key="first", limit=2)
    service.count_sign_in_attempt(db=db, address_key="second", limit=2)  # still gets through
    with pytest.raises(TooManyAttempts):
        service.count_sign_in_attempt(db=db, address_key="first", limit=2)


def test_old_minutes_are_forgotten_and_their_rows_removed(db: Session) -> None:
    for key in ("first", "second"):
        service.count_sign_in_attempt(db=db, address_key=key, limit=1)
    db.execute(update(SignInCount).values(window_start=utcnow() - 2 * SIGN_IN_WINDOW))
    service.count_sign_in_attempt(db=db, address_key="first", limit=1)  # a new minute
    assert db.scalars(select(SignInCount.address_hash)).all() == ["first"]
