"""The API: instruments, submitting answers, results, history and drafts."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from tests.assess.conftest import PHQ9_ITEM_9, answers_for
from tests.factories import api_headers


def test_instruments_are_listed_with_items_licence_and_citation(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    listed = client.get("/api/v1/assessments", headers=headers).json()
    assert {i["slug"] for i in listed} >= {"phq9", "paq", "signs"}
    phq = client.get("/api/v1/assessments/phq9", headers=headers).json()
    assert len(phq["questions"]) == 9 and phq["questions"][0]["options"][3]["label"] == (
        "Nearly every day"
    )
    assert phq["referral_at_least"] == 10 and "Pfizer" in phq["licence"]
    assert client.get("/api/v1/assessments/tas20", headers=headers).status_code == 404
    assert client.get("/api/v1/assessments").status_code == 401


def test_submitting_scores_and_returns_the_result(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    sent = client.post(
        "/api/v1/assessments/who5",
        json={"answers": answers_for("who5", [2, 2, 2, 2, 2])},
        headers=headers,
    )
    assert sent.status_code == 201, sent.text
    body = sent.json()
    assert (body["total"], body["at_referral"], body["previous_total"]) == (40, True, None)
    again = client.post(
        "/api/v1/assessments/who5",
        json={"answers": answers_for("who5", [4, 4, 4, 4, 4])},
        headers=headers,
    ).json()
    assert again["previous_total"] == 40
    history = client.get("/api/v1/assessments/who5/history", headers=headers).json()
    assert [r["total"] for r in history] == [40, 80]
    latest = client.get("/api/v1/assessments/results", headers=headers).json()
    assert [r["id"] for r in latest] == [again["id"]]
    one = client.get(f"/api/v1/assessments/results/{again['id']}", headers=headers).json()
    assert one["band"] == "not in the low well-being range"


def test_incomplete_or_invalid_answers_get_a_clear_422(
    client: TestClient, db: Session, alice: User
) -> None:
    headers = api_headers(db, alice)
    missing = client.post("/api/v1/assessments/gad7", json={"answers": {"1": 1}}, headers=headers)
    assert missing.status_code == 422 and "question 2" in missing.json()["detail"]
    wrong = client.post(
        "/api/v1/assessments/gad7",
        json={"answers": {**answers_for("gad7", [0] * 7), "3": 9}},
        headers=headers,
    )
    assert wrong.status_code == 422 and "question 3" in wrong.json()["detail"]


def test_item_9_is_reported_as_a_crisis(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    sent = client.post(
        "/api/v1/assessments/phq9",
        json={"answers": answers_for("phq9", PHQ9_ITEM_9)},
        headers=headers,
    )
    assert sent.json()["safety_level"] == "crisis"
    lines = client.get(sent.json()["crisis_lines"]).json()
    assert "Samaritans" in str(lines)  # alice lives in GB


def test_drafts_resume_through_the_api(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    saved = client.put(
        "/api/v1/assessments/ucla3/draft", json={"answers": {"1": 3}}, headers=headers
    ).json()
    assert saved["missing"] == ["2", "3"]
    assert client.get("/api/v1/assessments/ucla3/draft", headers=headers).json()["answers"] == {
        "1": 3
    }


def test_charlie_gets_404_for_alices_result(
    client: TestClient, db: Session, alice: User, charlie: User
) -> None:
    sent = client.post(
        "/api/v1/assessments/ucla3",
        json={"answers": {"1": 1, "2": 1, "3": 1}},
        headers=api_headers(db, alice),
    ).json()
    strangers = api_headers(db, charlie)
    db.commit()
    assert (
        client.get(f"/api/v1/assessments/results/{sent['id']}", headers=strangers).status_code
        == 404
    )
    assert client.get("/api/v1/assessments/ucla3/history", headers=strangers).json() == []
