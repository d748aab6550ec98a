"""The "Your data" page: downloads, an import with its summary, and deleting the account."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect import messages as M
from reconnect.accounts.models import User
from reconnect.data import service
from reconnect.data.ownership import table_plans
from reconnect.journal import service as journal_service
from tests.factories import PASSWORD, csrf_token, post_form, sign_in

FIXTURES = Path(__file__).parent / "fixtures"


def _upload(client: TestClient, name: str, data: bytes, htmx: bool = False, source: str = ""):  # type: ignore[no-untyped-def]
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(
        "/account/data/import",
        data={"csrf_token": csrf_token(client), "source": source},
        files={"file": (name, data, "application/octet-stream")},
        headers=headers,
    )


def test_the_data_page_needs_a_signed_in_person(client: TestClient, alice: User) -> None:
    response = client.get("/account/data", follow_redirects=False)
    assert response.status_code == 303 and "/login" in response.headers["location"]


def test_the_data_page_lists_what_is_stored(client: TestClient, db: Session, alice: User) -> None:
    journal_service.create_entry(db=db, user=alice, body="A quiet walk")
    db.commit()
    page = sign_in(client, "alice").get("/account/data").text
    assert "<td>Journal entries</td><td>1</td>" in page and 'enctype="multipart/form-data"' in page
    assert 'href="/account/data/export?format=json"' in page


def test_every_kind_of_stored_data_is_named_in_words() -> None:
    exported = {plan.name for plan in table_plans() if plan.exported}
    assert exported == set(M.Data.KIND_NAMES)
    assert not any("_" in words for words in M.Data.KIND_NAMES.values())


def test_downloads_are_attachments_of_the_right_kind(
    client: TestClient, db: Session, alice: User
) -> None:
    journal_service.create_entry(db=db, user=alice, body="A quiet walk")
    db.commit()
    sign_in(client, "alice")
    whole = client.get("/account/data/export?format=json")
    assert whole.status_code == 200 and "attachment" in whole.headers["content-disposition"]
    assert whole.json()["tables"]["journal_entries"][0]["body"] == "A quiet walk"
    assert client.get("/account/data/export?format=csv").content.startswith(b"PK")
    assert "A quiet walk" in client.get("/account/data/export?format=markdown").text
    assert client.get("/account/data/export?format=pdf").status_code == 422


def test_an_upload_shows_what_was_added_as_a_page_and_as_a_fragment(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    data = (FIXTURES / "jrnl_export.json").read_bytes()
    page = _upload(client, "journal.json", data)
    assert page.status_code == 200 and "<html" in page.text
    assert "Imported" in page.text and "journal entries: 3" in page.text
    fragment = _upload(client, "journal.json", data, htmx=True)
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert "Nothing new in that file" in fragment.text and "already here" in fragment.text


def test_a_bad_upload_says_where_and_keeps_nothing(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    data = (FIXTURES / "daylio_export.csv").read_bytes().replace(b"21:40", b"late")
    response = _upload(client, "daylio.csv", data)
    assert response.status_code == 422
    assert "Nothing was imported" in response.text and "line 2" in response.text
    assert service.owned_counts(db=db, user=alice) == {}
    fragment = _upload(client, "daylio.csv", data, htmx=True)
    assert fragment.status_code == 422 and "<html" not in fragment.text
    assert 'id="import-error"' in fragment.text and "line 2" in fragment.text
    missing = client.post("/account/data/import", data={"csrf_token": csrf_token(client)}, files={})
    assert missing.status_code == 422


def test_an_import_of_painful_writing_points_to_help(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    doc = {
        "entries": [
            {
                "title": "",
                "body": "I want to kill myself tonight.",
                "date": "2026-09-01",
                "time": "23:00",
                "tags": [],
            }
        ]
    }
    response = _upload(client, "jrnl.json", json.dumps(doc).encode(), source="jrnl")
    assert response.status_code == 200
    assert 'href="/help?from=entry"' in response.text


def test_deleting_needs_the_username_and_the_password(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    wrong_name = post_form(client, "/account/data/delete", {"confirm": "bob", "password": PASSWORD})
    assert wrong_name.status_code == 422 and "does not match" in wrong_name.text
    wrong_password = post_form(
        client, "/account/data/delete", {"confirm": "alice", "password": "not it at all"}
    )
    assert wrong_password.status_code == 401 and "not right" in wrong_password.text
    assert db.get(User, alice.id) is not None


def test_deleting_the_account_removes_it_and_signs_out(
    client: TestClient, db: Session, alice: User, bob: User
) -> None:
    journal_service.create_entry(db=db, user=alice, body="Alice's words")
    journal_service.create_entry(db=db, user=bob, body="Bob's words")
    db.commit()
    sign_in(client, "alice")
    response = post_form(client, "/account/data/delete", {"confirm": "Alice", "password": PASSWORD})
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(User).where(User.username == "alice")) == 0
    assert len(journal_service.list_entries(db=db, user=bob).items) == 1
    assert client.get("/account/data", follow_redirects=False).status_code == 303
    assert "were deleted" in client.get(response.headers["location"]).text
