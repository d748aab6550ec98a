"""After sign-in, `next` can only lead to a page of this site (no open redirect)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from reconnect.accounts.models import User
from tests.factories import PASSWORD, csrf_token

ELSEWHERE = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    " //evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "/%2F%2Fevil.example/",
]


@pytest.mark.parametrize("target", ELSEWHERE)
def test_sign_in_never_sends_people_to_another_site(
    client: TestClient, alice: User, target: str
) -> None:
    token = csrf_token(client, "/login")
    response = client.post(
        "/login",
        data={"username": "alice", "password": PASSWORD, "csrf_token": token, "next": target},
        follow_redirects=False,
    )
    assert response.status_code == 303
    location = response.headers["location"]
    parts = urlsplit(location)
    assert not parts.scheme and not parts.netloc, location
    assert location.startswith("/") and not location.startswith(("//", "/\\")), location
    # Browsers drop tabs and newlines and read a backslash as a slash: check that reading too.
    browser_reading = location.replace("\t", "").replace("\n", "").replace("\\", "/")
    assert not browser_reading.startswith("//"), location
