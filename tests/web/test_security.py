from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service
from tests.factories import PRIVATE_PAGES, PUBLIC_PAGES, sign_in


def test_every_page_carries_security_headers(client: TestClient) -> None:
    headers = client.get("/help").headers
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "http" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_get_help_now_is_on_every_page(client: TestClient, alice: User) -> None:
    for path in (*PUBLIC_PAGES, "/does-not-exist"):
        assert 'href="/help"' in client.get(path).text, path
    sign_in(client, "alice")
    for path in PRIVATE_PAGES:
        assert 'href="/help"' in client.get(path).text, path


def test_pages_load_nothing_from_other_hosts(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    for path in PRIVATE_PAGES:
        text = client.get(path).text
        assert 'src="http' not in text and 'href="http' not in text.split("<main")[0], path


def test_stored_text_is_escaped(client: TestClient, alice: User, db: Session) -> None:
    service.create_entry(
        db=db, user=alice, body="<script>alert(1)</script>", title="<img src=x onerror=alert(1)>"
    )
    db.commit()
    sign_in(client, "alice")
    for path in ("/journal", "/"):
        text = client.get(path).text
        assert "<script>alert(1)</script>" not in text and "<img src=x" not in text
        assert "&lt;script&gt;" in text or "&lt;img" in text


def test_help_page_shows_the_persons_country_first(client: TestClient, alice: User) -> None:
    assert "Lines for United States" in client.get("/help").text
    sign_in(client, "alice")
    text = client.get("/help").text
    assert "Lines for United Kingdom" in text and "116 123" in text
    assert "Lines for India" in client.get("/help?country=IN").text
    assert "findahelpline.com" in text


def test_unknown_pages_get_a_friendly_404(client: TestClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404 and "could not find" in response.text
    assert client.get("/api/v1/nothing").json()["detail"]


def test_static_assets_are_served_locally(client: TestClient) -> None:
    assert client.get("/static/css/app.css").status_code == 200
    assert client.get("/static/js/app.js").status_code == 200
