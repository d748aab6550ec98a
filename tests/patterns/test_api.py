from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal.models import CheckIn
from tests.factories import api_headers
from tests.patterns.helpers import seed_sleep_pattern


def test_a_check_in_with_factors_round_trips_through_the_api(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    factors = {"sleep_hours": 6.5, "people": ["alone"], "activities": ["screens"], "tags": ["Late"]}
    created = client.post(
        "/api/v1/checkins",
        json={"pleasantness": -1, "energy": -2, "factors": factors},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["factors"]["sleep_hours"] == 6.5 and body["factors"]["tags"] == ["late"]
    fetched = client.get(f"/api/v1/checkins/{body['id']}", headers=headers).json()
    assert fetched["factors"]["people"] == ["alone"]
    listed = client.get("/api/v1/checkins", headers=headers).json()["items"]
    assert listed[0]["factors"]["activities"] == ["screens"]
    plain = client.post("/api/v1/checkins", json={"pleasantness": 0, "energy": 0}, headers=headers)
    assert plain.json()["factors"]["people"] == []


def test_bad_factors_get_a_422_and_no_check_in_is_stored(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    too_long = client.post(
        "/api/v1/checkins",
        json={"pleasantness": 0, "energy": 0, "factors": {"sleep_hours": 30}},
        headers=headers,
    )
    assert too_long.status_code == 422 and "sleep_hours" in too_long.text
    unknown = client.post(
        "/api/v1/checkins",
        json={"pleasantness": 0, "energy": 0, "factors": {"people": ["boss"]}},
        headers=headers,
    )
    assert unknown.status_code == 422
    assert unknown.json()["field"] == "people" and "boss" in unknown.json()["detail"]
    assert db.scalar(select(func.count()).select_from(CheckIn)) == 0


def test_an_entrys_factors_are_written_replaced_and_cleared(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    created = client.post(
        "/api/v1/entries",
        json={"body": "Long walk", "tags": ["walk"], "factors": {"movement": "active"}},
        headers=headers,
    ).json()
    assert created["factors"]["movement"] == "active" and created["tags"] == ["walk"]
    assert (
        client.get("/api/v1/entries", headers=headers).json()["items"][0]["factors"]["movement"]
        == "active"
    )
    tags_in_factors = client.post(
        "/api/v1/entries", json={"body": "x", "factors": {"tags": ["a"]}}, headers=headers
    )
    assert tags_in_factors.status_code == 422  # entries keep their own tags
    replaced = client.put(
        f"/api/v1/entries/{created['id']}",
        json={"body": "Long walk", "factors": {"places": ["outdoors"]}},
        headers=headers,
    ).json()
    assert replaced["factors"]["places"] == ["outdoors"] and replaced["factors"]["movement"] is None
    cleared = client.put(
        f"/api/v1/entries/{created['id']}", json={"body": "Long walk"}, headers=headers
    ).json()
    assert cleared["factors"]["places"] == []


def test_the_patterns_report_has_counts_intervals_and_links(
    client: TestClient, db: Session, alice: User
) -> None:
    seed_sleep_pattern(db, alice)
    report = client.get("/api/v1/patterns", headers=api_headers(db, alice)).json()
    assert report["checkins"] == 40 and report["min_group"] == 10 and report["tests"] > 0
    sleep = next(p for p in report["patterns"] if p["feature"] == "sleep:enough")
    assert sleep["outcome"] == "pleasantness" and sleep["direction"] == "higher"
    assert sleep["n_with"] == 20 and sleep["ci_low"] < sleep["difference"] < sleep["ci_high"]
    assert "in 20 of 20 cases" in sleep["sentence"]
    assert {link["href"] for link in sleep["links"]} >= {"/learn/strategy-self-care"}
    assert any(g["group"] == "time:evening" for g in report["when"])


def test_charlie_gets_an_empty_report_not_alices(
    client: TestClient, db: Session, alice: User, charlie: User
) -> None:
    seed_sleep_pattern(db, alice)
    report = client.get("/api/v1/patterns", headers=api_headers(db, charlie)).json()
    assert report["checkins"] == 0 and report["patterns"] == [] and report["when"] == []


def test_the_report_needs_a_token_and_a_known_period(
    client: TestClient, db: Session, alice: User
) -> None:
    assert client.get("/api/v1/patterns").status_code == 401
    headers = api_headers(db, alice)
    assert client.get("/api/v1/patterns?period=7", headers=headers).status_code == 422
    assert client.get("/api/v1/patterns?period=all", headers=headers).status_code == 200


def test_factor_choices_are_listed_most_used_first(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    client.post(
        "/api/v1/checkins",
        json={"pleasantness": 0, "energy": 0, "factors": {"people": ["colleagues"]}},
        headers=headers,
    )
    choices = client.get("/api/v1/factors", headers=headers).json()
    assert choices["sleep_hours"] == [0.0, 24.0]
    assert choices["choices"]["people"][0] == "colleagues"
    assert "screens" in choices["choices"]["activities"]
