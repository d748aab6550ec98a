from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.plan import catalogue, service
from tests.factories import api_headers


def test_the_plan_api_needs_a_token(client: TestClient) -> None:
    assert client.get("/api/v1/plan").status_code == 401
    assert client.post("/api/v1/plan/logs", json={"practice": "hobby"}).status_code == 401


def test_generating_and_reading_the_plan(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    db.commit()
    added = client.post("/api/v1/plan/generate", headers=headers)
    assert added.status_code == 201 and added.json()[0]["practice"] == "breathing"
    plan = client.get("/api/v1/plan", headers=headers).json()
    assert plan["practices"][0]["practice"] == "mindfulness-minutes"
    assert plan["practices"][0]["reason"].startswith("A gentle place to start")
    assert plan["suggestions"] == [] and plan["streak"] == {"days": 0, "best": 0}
    assert {g["practice"] for g in plan["goals"]} == {p["practice"] for p in plan["practices"]}


def test_adding_scheduling_and_removing_a_practice(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    put = client.put(
        "/api/v1/plan/practices/hobby", headers=headers, json={"days": ["SA"], "at_time": "10:00"}
    )
    assert put.status_code == 200 and put.json()["days"] == ["SA"]
    assert put.json()["reason"] is None
    bad = client.put("/api/v1/plan/practices/hobby", headers=headers, json={"days": ["ZZ"]})
    assert bad.status_code == 422 and "ZZ" in bad.json()["detail"]
    assert client.delete("/api/v1/plan/practices/hobby", headers=headers).status_code == 204
    assert client.delete("/api/v1/plan/practices/hobby", headers=headers).status_code == 404
    assert client.put("/api/v1/plan/practices/nope", headers=headers, json={}).status_code == 404


def test_the_catalogue_lists_every_practice(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    db.commit()
    practices = client.get("/api/v1/plan/practices", headers=headers).json()
    assert len(practices) == len(catalogue.BY_SLUG) == 20
    assert practices[0]["learn_url"] == "/learn/strategy-identify-emotions"


def test_logging_reading_and_deleting_a_practice(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    body = {
        "practice": "affirmations",
        "rating": 5,
        "note": "felt lighter",
        "answers": {"affirmation": "I am allowed to rest"},
        "done_on": dt.date.today().isoformat(),
    }
    created = client.post("/api/v1/plan/logs", headers=headers, json=body)
    assert created.status_code == 201
    log = created.json()
    assert log["answers"] == {"affirmation": "I am allowed to rest"} and log["rating"] == 5
    assert client.get(f"/api/v1/plan/logs/{log['id']}", headers=headers).json()["note"] == (
        "felt lighter"
    )
    listed = client.get("/api/v1/plan/logs?practice=affirmations", headers=headers).json()
    assert [item["id"] for item in listed] == [log["id"]]
    progress = client.get("/api/v1/plan", headers=headers).json()
    assert progress["streak"] == {"days": 1, "best": 1}
    assert progress["milestones"][0]["title"] == "Your first practice"
    assert client.delete(f"/api/v1/plan/logs/{log['id']}", headers=headers).status_code == 204
    assert client.get(f"/api/v1/plan/logs/{log['id']}", headers=headers).status_code == 404


def test_bad_logs_get_a_clear_422(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    db.commit()
    too_high = client.post(
        "/api/v1/plan/logs", headers=headers, json={"practice": "hobby", "rating": 7}
    )
    assert too_high.status_code == 422
    unknown = client.post("/api/v1/plan/logs", headers=headers, json={"practice": "juggling"})
    assert unknown.status_code == 404
    field = client.post(
        "/api/v1/plan/logs", headers=headers, json={"practice": "hobby", "answers": {"x": "y"}}
    )
    assert field.status_code == 422 and "does not ask for" in field.json()["detail"]


def test_charlie_gets_404_for_alices_logs(
    client: TestClient, db: Session, alice: User, charlie: User
) -> None:
    log = service.log_practice(db=db, user=alice, slug="hobby", note="alice only")
    headers = api_headers(db, charlie)
    db.commit()
    assert client.get(f"/api/v1/plan/logs/{log.id}", headers=headers).status_code == 404
    assert client.delete(f"/api/v1/plan/logs/{log.id}", headers=headers).status_code == 404
    assert client.get("/api/v1/plan/logs", headers=headers).json() == []


def test_a_feed_address_from_the_api_works_until_revoked(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    url = client.post("/api/v1/plan/feed", headers=headers).json()["url"]
    path = url.removeprefix("http://testserver")
    assert client.get(path).status_code == 200
    assert client.delete("/api/v1/plan/feed", headers=headers).status_code == 204
    assert client.get(path).status_code == 404


def test_setting_the_time_zone(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    db.commit()
    ok = client.put("/api/v1/plan/time-zone", headers=headers, json={"time_zone": "Asia/Tokyo"})
    assert ok.status_code == 200 and ok.json() == {"time_zone": "Asia/Tokyo"}
    bad = client.put("/api/v1/plan/time-zone", headers=headers, json={"time_zone": "Nowhere"})
    assert bad.status_code == 422
