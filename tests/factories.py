"""Test data: the personas alice, bob (her partner) and charlie (a stranger)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User

PASSWORD = "a long enough passphrase"

# Every page without an id in its path, for the checks that must hold on all of them.
PUBLIC_PAGES = (
    "/login",
    "/signup",
    "/help",
    "/help/plan",
    "/help/professional",
    "/learn",
    "/learn?q=boundaries",
    "/learn/what-is-detachment",
)
PRIVATE_PAGES = (
    "/",
    "/checkin",
    "/journal",
    "/journal/new",
    "/journal/markers",
    "/patterns",
    "/account",
    "/account/data",
    "/help/plan",
    "/help/plan/print",
    "/help/consider",
    "/help?from=entry",
    "/assess",
    "/assess/phq9",
    "/assess/contrasts",
    "/assess/pcptsd5/step",
    "/assess/who5/history",
    "/insights",
    "/insights?range=all",
    "/insights/report",
    "/plan",
    "/plan/practices",
    "/plan/practices/breathing",
    "/plan/practices/boundary-log",
    "/plan/calendar",
    "/together",
    "/together/ladder",
    "/together/sharing",
)
CSRF_META = re.compile(r'name="csrf-token" content="([^"]+)"')


def make_user(db: Session, username: str, **extra: object) -> User:
    """An account with the shared test password."""
    return accounts_service.create_user(db=db, username=username, password=PASSWORD, **extra)  # type: ignore[arg-type]


def csrf_token(client: TestClient, path: str = "/help") -> str:
    """The CSRF token a page hands out to this client."""
    match = CSRF_META.search(client.get(path).text)
    assert match, "page has no CSRF token"
    return match.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    """Sign a test client in through the real form."""
    token = csrf_token(client, "/login")
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return client


def post_form(client: TestClient, path: str, data: dict[str, object], **kwargs: object):  # type: ignore[no-untyped-def]
    """POST a form with a valid CSRF token, not following redirects."""
    payload = {**data, "csrf_token": csrf_token(client)}
    return client.post(path, data=payload, follow_redirects=False, **kwargs)  # type: ignore[arg-type]


def api_headers(db: Session, user: User) -> dict[str, str]:
    """Authorization headers with a fresh personal access token."""
    _, secret = accounts_service.create_api_token(db=db, user=user, name="tests")
    return {"Authorization": f"Bearer {secret}"}
