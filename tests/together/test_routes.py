"""Every Together route, taken from the app's route table, tried by charlie (not linked)
and by alice and bob (linked): charlie reaches only his own, personal pages."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.together import service
from reconnect.together.models import PartnerLink
from tests.factories import api_headers, csrf_token
from tests.security.routes import routes
from tests.together.conftest import answer

# Pages about the person alone (their invite, their ladder, what linking would share).
PERSONAL = {
    ("GET", "/together"),
    ("POST", "/together/invite"),
    ("POST", "/together/accept"),
    ("GET", "/together/sharing"),
    ("GET", "/together/ladder"),
    ("POST", "/together/ladder"),
    ("GET", "/api/v1/together"),
    ("POST", "/api/v1/together/invites"),
    ("POST", "/api/v1/together/accept"),
    ("GET", "/api/v1/together/ladder"),
    ("PUT", "/api/v1/together/ladder"),
    ("GET", "/api/v1/together/ideas"),
}


def _together_routes(app: FastAPI) -> list[tuple[str, str]]:
    found = sorted(
        {
            (method, path)
            for method, path, _ in routes(app)
            if path.startswith(("/together", "/api/v1/together")) and method != "HEAD"
        }
    )
    assert len(found) > 30
    return found


def _ids(db: Session, alice: User, bob: User) -> dict[str, int]:
    saved = answer(db, alice)
    answer(db, bob)
    activity = service.add_activity(db=db, user=alice, idea_key="garden")
    entry = journal_service.create_entry(db=db, user=alice, body="shared with bob")
    share = service.share_entry(db=db, user=alice, entry_id=entry.id)
    db.commit()
    return {"round_id": saved.round_id, "activity_id": activity.id, "share_id": share.id}


# One payload per form or body that fills every Together field; each route reads its own.
FORM = {
    "words": "calm",
    "body": "hi",
    "weekday": "1",
    "time_of_day": "19:00",
    "every_weeks": "1",
    "step": "2",
    "idea_key": "garden",
    "planned_on": "2026-12-24",
}
API_BODIES: dict[str, dict[str, object]] = {
    "/api/v1/together/checkins": {"words": ["calm"]},
    "/api/v1/together/schedule": {"weekday": 1, "time_of_day": "19:00", "every_weeks": 1},
    "/api/v1/together/ladder": {"step": 2},
    "/api/v1/together/activities": {"idea_key": "garden"},
}


def _api_body(path: str, entry_id: int) -> dict[str, object]:
    if path in API_BODIES:
        return API_BODIES[path]
    if path.endswith("/shares"):
        return {"entry_id": entry_id}
    if "/activities/" in path:
        return {"done": True}
    return {"body": "hi"}


def _call(
    client: TestClient, method: str, path: str, headers: dict[str, str], entry_id: int
) -> int:
    if path.startswith("/api/"):
        body = _api_body(path, entry_id) if method in ("POST", "PUT") else None
        return client.request(method, path, headers=headers, json=body).status_code
    data = {**FORM, "csrf_token": csrf_token(client), "entry_id": str(entry_id)}
    return client.request(method, path, data=data if method == "POST" else None).status_code


def test_charlie_reaches_only_his_personal_together_pages(
    app: FastAPI,
    db: Session,
    alice: User,
    bob: User,
    charlie: User,
    linked: PartnerLink,
    signed_in: Callable[[str], TestClient],
) -> None:
    ids = _ids(db, alice, bob)
    own = journal_service.create_entry(db=db, user=charlie, body="charlie's own")
    client, headers = signed_in("charlie"), api_headers(db, charlie)
    db.commit()
    for method, template in _together_routes(app):
        status = _call(client, method, template.format(**ids), headers, own.id)
        if (method, template) in PERSONAL:
            assert status != 404, (method, template, status)
        else:
            assert status == 404, (method, template, status)


def test_both_partners_reach_every_together_page(
    app: FastAPI,
    db: Session,
    alice: User,
    bob: User,
    linked: PartnerLink,
    signed_in: Callable[[str], TestClient],
) -> None:
    ids = _ids(db, alice, bob)
    for person in (alice, bob):
        own = journal_service.create_entry(db=db, user=person, body="to share")
        client, headers = signed_in(person.username), api_headers(db, person)
        db.commit()
        for method, template in _together_routes(app):
            deletes = method == "DELETE" or template.endswith(("/delete", "/unlink"))
            if deletes or template.endswith(("/invite", "/invites", "/accept")):
                continue  # removing and re-linking are covered by the domain tests
            status = _call(client, method, template.format(**ids), headers, own.id)
            assert status in (200, 201, 303), (person.username, method, template, status)
