from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.together.models import PartnerLink
from tests.factories import api_headers

ANSWER = {
    "words": ["calm"],
    "appreciation": "the tea you brought me",
    "need": "more sleep",
    "vulnerable_share": "I was nervous before my presentation",
    "together_wish": "a film night",
}


def _headers(db: Session, *people: User) -> list[dict[str, str]]:
    headers = [api_headers(db, person) for person in people]
    db.commit()
    return headers


def test_linking_through_the_api(client: TestClient, db: Session, alice: User, bob: User) -> None:
    as_alice, as_bob = _headers(db, alice, bob)
    invite = client.post("/api/v1/together/invites", headers=as_alice)
    assert invite.status_code == 201
    status = client.post(
        "/api/v1/together/accept", headers=as_bob, json={"code": invite.json()["code"]}
    )
    assert status.status_code == 200 and status.json()["partner_username"] == "alice"
    again = client.post("/api/v1/together/accept", headers=as_bob, json={"code": "AAAAA-BBBBB"})
    assert again.status_code == 409 and "one partner at a time" in again.json()["detail"]
    assert client.post("/api/v1/together/unlink", headers=as_alice).status_code == 204
    assert client.get("/api/v1/together", headers=as_bob).json()["linked"] is False


def test_the_api_keeps_alices_answer_from_bob_until_he_answers(
    client: TestClient, db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    as_alice, as_bob = _headers(db, alice, bob)
    created = client.post("/api/v1/together/checkins", headers=as_alice, json=ANSWER)
    assert created.status_code == 201
    round_id = created.json()["id"]
    assert created.json()["mine"]["need"] == "more sleep"
    seen = client.get(f"/api/v1/together/checkins/{round_id}", headers=as_bob).json()
    assert seen["partner"] is None and seen["mine"] is None and seen["partner_answered"]
    assert "tea" not in str(seen)
    early = client.post(
        f"/api/v1/together/checkins/{round_id}/replies", headers=as_bob, json={"body": "hi"}
    )
    assert early.status_code == 409

    answered = client.post(
        "/api/v1/together/checkins", headers=as_bob, json={**ANSWER, "need": "a hug"}
    ).json()
    assert answered["revealed"] and answered["partner"]["appreciation"] == "the tea you brought me"
    assert "safety_level" not in answered["partner"]
    assert len(answered["listening_prompts"]) == 2
    reply = client.post(
        f"/api/v1/together/checkins/{round_id}/replies", headers=as_alice, json={"body": "I see"}
    )
    assert reply.status_code == 201 and reply.json()["replies"][0]["mine"] is True
    history = client.get("/api/v1/together/checkins", headers=as_bob).json()
    assert history[0]["id"] == round_id and history[0]["revealed"]


def test_a_crisis_answer_points_the_writer_to_help_and_the_partner_to_guidance(
    client: TestClient, db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    as_alice, as_bob = _headers(db, alice, bob)
    painful = {**ANSWER, "vulnerable_share": "I want to kill myself."}
    mine = client.post("/api/v1/together/checkins", headers=as_alice, json=painful).json()
    assert mine["help_url"] == "/help" and mine["mine"]["safety_level"] == "crisis"
    theirs = client.post("/api/v1/together/checkins", headers=as_bob, json=ANSWER).json()
    assert theirs["help_url"] == "/help" and theirs["partner_at_risk"] is True
    assert theirs["partner"]["vulnerable_share"] == "I want to kill myself."
    assert "crisis" not in str(theirs)  # the writer's screen result itself stays theirs


def test_charlie_gets_not_found_from_the_api(
    client: TestClient, db: Session, alice: User, charlie: User, linked: PartnerLink
) -> None:
    as_alice, as_charlie = _headers(db, alice, charlie)
    round_id = client.post("/api/v1/together/checkins", headers=as_alice, json=ANSWER).json()["id"]
    activity = client.post(
        "/api/v1/together/activities", headers=as_alice, json={"idea_key": "garden"}
    ).json()
    entry = journal_service.create_entry(db=db, user=alice, body="for bob")
    db.commit()
    share = client.post(
        "/api/v1/together/shares", headers=as_alice, json={"entry_id": entry.id}
    ).json()
    for method, path, body in (
        ("GET", f"/api/v1/together/checkins/{round_id}", None),
        ("POST", f"/api/v1/together/checkins/{round_id}/replies", {"body": "hi"}),
        ("PUT", f"/api/v1/together/activities/{activity['id']}", {"done": True}),
        ("DELETE", f"/api/v1/together/activities/{activity['id']}", None),
        ("GET", f"/api/v1/together/shares/{share['id']}", None),
        ("DELETE", f"/api/v1/together/shares/{share['id']}", None),
        ("GET", "/api/v1/together/checkins", None),
        ("GET", "/api/v1/together/activities", None),
        ("GET", "/api/v1/together/shares", None),
    ):
        response = client.request(method, path, headers=as_charlie, json=body)
        assert response.status_code == 404, (method, path, response.status_code)
    shared = client.post("/api/v1/together/shares", headers=as_charlie, json={"entry_id": entry.id})
    assert shared.status_code == 404


def test_schedule_ladder_activities_and_shares_through_the_api(
    client: TestClient, db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    as_alice, as_bob = _headers(db, alice, bob)
    schedule = {"weekday": 2, "time_of_day": "20:15", "every_weeks": 1}
    assert client.put("/api/v1/together/schedule", headers=as_alice, json=schedule).json() == (
        schedule
    )
    status = client.get("/api/v1/together", headers=as_bob).json()
    assert status["schedule"] == schedule and status["next_checkin"]
    bad = client.put("/api/v1/together/schedule", headers=as_bob, json={**schedule, "weekday": 9})
    assert bad.status_code == 422

    ladder = client.put("/api/v1/together/ladder", headers=as_alice, json={"step": 2}).json()
    assert ladder["step"] == 2 and ladder["prompt"]
    assert client.get("/api/v1/together/ladder", headers=as_bob).json()["step"] == 1

    ideas = client.get("/api/v1/together/ideas", headers=as_bob).json()
    added = client.post(
        "/api/v1/together/activities", headers=as_bob, json={"idea_key": ideas[0]["key"]}
    ).json()
    changed = client.put(
        f"/api/v1/together/activities/{added['id']}",
        headers=as_alice,
        json={"planned_on": "2026-12-31", "done": True},
    ).json()
    assert changed["planned_on"] == "2026-12-31" and changed["done_on"]

    entry = journal_service.create_entry(db=db, user=bob, body="a page from my journal")
    db.commit()
    share = client.post("/api/v1/together/shares", headers=as_bob, json={"entry_id": entry.id})
    assert share.status_code == 201
    [seen] = client.get("/api/v1/together/shares", headers=as_alice).json()
    assert seen["body"] == "a page from my journal" and seen["mine"] is False
    assert client.get(f"/api/v1/entries/{entry.id}", headers=as_alice).status_code == 404
    gone = client.delete(f"/api/v1/together/shares/{seen['id']}", headers=as_alice)
    assert gone.status_code == 404
    assert client.delete(f"/api/v1/together/shares/{seen['id']}", headers=as_bob).status_code == 204
    assert client.get("/api/v1/together/shares", headers=as_alice).json() == []
