"""``/api/v1/export``, ``/api/v1/import`` and ``/api/v1/account/delete``."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.plan import feed as plan_feed
from reconnect.plan import service as plan_service
from tests.factories import PASSWORD, api_headers, make_user

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_data_api_needs_a_token(client: TestClient) -> None:
    assert client.get("/api/v1/export").status_code == 401
    assert client.post("/api/v1/import", content=b"{}").status_code == 401


def test_export_then_import_into_another_account(
    client: TestClient, db: Session, alice: User
) -> None:
    journal_service.create_entry(db=db, user=alice, body="By the sea", tags=["trip"])
    dana = make_user(db, "dana")
    alice_headers, dana_headers = api_headers(db, alice), api_headers(db, dana)
    db.commit()
    exported = client.get("/api/v1/export", headers=alice_headers)
    assert exported.status_code == 200
    imported = client.post("/api/v1/import", content=exported.content, headers=dana_headers)
    assert imported.status_code == 200, imported.text
    assert imported.json()["added"]["journal entries"] == 1
    again = client.post("/api/v1/import", content=exported.content, headers=dana_headers)
    assert again.json()["total_added"] == 0 and again.json()["duplicates"] >= 3
    markdown = client.get("/api/v1/export?format=markdown", headers=dana_headers)
    assert "By the sea" in markdown.text


def test_a_bad_import_is_a_422_with_the_place(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    db.commit()
    data = (FIXTURES / "daylio_export.csv").read_bytes().replace(b",good,", b",good,extra,")
    response = client.post("/api/v1/import?from=daylio", content=data, headers=headers)
    assert response.status_code == 422
    assert "line 2" in response.json()["detail"]


def test_deleting_through_the_api_needs_the_password(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    refused = client.post(
        "/api/v1/account/delete",
        json={"confirm": "alice", "password": "wrong one!"},
        headers=headers,
    )
    assert refused.status_code == 401
    done = client.post(
        "/api/v1/account/delete", json={"confirm": "alice", "password": PASSWORD}, headers=headers
    )
    assert done.status_code == 204
    assert client.get("/api/v1/export", headers=headers).status_code == 401


def test_exports_leave_out_the_calendar_feed_secret(
    client: TestClient, db: Session, alice: User
) -> None:
    plan_service.add_practice(db=db, user=alice, slug="hobby")
    plan_feed.create_token(db=db, user=alice)
    headers = api_headers(db, alice)
    db.commit()
    for fmt in ("json", "csv", "markdown"):
        exported = client.get(f"/api/v1/export?format={fmt}", headers=headers)
        assert exported.status_code == 200, (fmt, exported.text)
        assert b"feed_token_hash" not in exported.content
