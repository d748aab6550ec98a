from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from tests.factories import api_headers


def test_the_api_needs_a_token(client: TestClient) -> None:
    response = client.get("/api/v1/entries")
    assert response.status_code == 401
    assert "personal access token" in response.json()["detail"]
    assert (
        client.get("/api/v1/entries", headers={"Authorization": "Bearer rc_nope"}).status_code
        == 401
    )


def test_entries_round_trip_through_the_api(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    created = client.post(
        "/api/v1/entries",
        json={"body": "By the sea", "tags": ["trip"], "entry_date": "2026-10-02"},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    entry = created.json()
    assert entry["tags"] == ["trip"] and entry["entry_date"] == "2026-10-02"
    updated = client.put(
        f"/api/v1/entries/{entry['id']}", json={"body": "By the cold sea"}, headers=headers
    )
    assert updated.json()["body"] == "By the cold sea"
    assert (
        client.get("/api/v1/entries?q=cold", headers=headers).json()["items"][0]["id"]
        == entry["id"]
    )
    assert client.get("/api/v1/tags", headers=headers).json() == []  # the update cleared the tags
    assert client.delete(f"/api/v1/entries/{entry['id']}", headers=headers).status_code == 204
    assert client.get(f"/api/v1/entries/{entry['id']}", headers=headers).status_code == 404


def test_check_ins_round_trip_through_the_api(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    created = client.post(
        "/api/v1/checkins",
        json={"pleasantness": 2, "energy": -1, "words": ["calm"]},
        headers=headers,
    )
    assert created.status_code == 201
    listed = client.get("/api/v1/checkins", headers=headers).json()
    assert listed["items"][0]["words"] == ["calm"]
    checkin_id = created.json()["id"]
    assert client.get(f"/api/v1/checkins/{checkin_id}", headers=headers).status_code == 200
    assert client.delete(f"/api/v1/checkins/{checkin_id}", headers=headers).status_code == 204


def test_bad_api_input_gets_a_specific_4xx(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    cases = [
        ("/api/v1/checkins", {"pleasantness": 7, "energy": 0}, 422, "pleasantness"),
        ("/api/v1/checkins", {"pleasantness": "2", "energy": 0}, 422, "pleasantness"),
        ("/api/v1/checkins", {"pleasantness": 1, "energy": 0, "words": ["blorp"]}, 422, "blorp"),
        ("/api/v1/entries", {"body": ""}, 422, "body"),
        ("/api/v1/entries", {"body": "x" * 20_001}, 422, "body"),
        ("/api/v1/entries", {"body": "ok", "entry_date": "yesterday-ish"}, 422, "entry_date"),
        ("/api/v1/entries", {"body": "ok", "surprise": 1}, 422, "surprise"),
    ]
    for path, payload, status, mention in cases:
        response = client.post(path, json=payload, headers=headers)
        assert response.status_code == status, (payload, response.text)
        assert mention in response.text, (payload, response.text)
    assert client.get("/api/v1/entries", headers=headers).json()["items"] == []


def test_charlie_gets_404_for_alices_things(
    client: TestClient, db: Session, alice: User, charlie: User
) -> None:
    mine = client.post(
        "/api/v1/entries", json={"body": "mine"}, headers=api_headers(db, alice)
    ).json()
    checkin = client.post(
        "/api/v1/checkins", json={"pleasantness": 0, "energy": 0}, headers=api_headers(db, alice)
    ).json()
    theirs = api_headers(db, charlie)
    assert client.get(f"/api/v1/entries/{mine['id']}", headers=theirs).status_code == 404
    assert (
        client.put(f"/api/v1/entries/{mine['id']}", json={"body": "x"}, headers=theirs).status_code
        == 404
    )
    assert client.delete(f"/api/v1/entries/{mine['id']}", headers=theirs).status_code == 404
    assert client.get(f"/api/v1/checkins/{checkin['id']}", headers=theirs).status_code == 404
    assert client.delete(f"/api/v1/checkins/{checkin['id']}", headers=theirs).status_code == 404
    assert client.get("/api/v1/entries?q=mine", headers=theirs).json()["items"] == []


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/entries" in spec["paths"] and "/api/v1/checkins" in spec["paths"]


def test_vocabulary_prompt_and_me(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    assert len(client.get("/api/v1/emotion-words", headers=headers).json()) >= 100
    assert client.get("/api/v1/prompts/today", headers=headers).json()["text"]
    assert client.get("/api/v1/me", headers=headers).json()["username"] == "alice"
    assert client.get("/api/v1/help?country=GB").json()["country"]["name"] == "United Kingdom"
