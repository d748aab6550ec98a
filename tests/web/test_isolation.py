"""Every route with an id in its path, tried by its owner, their partner, a stranger and a
signed-out visitor.

The matrix is built from the app's route table, so a new route cannot be forgotten: a route
with an id parameter that no fixture below knows how to fill fails the first test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.journal import service as journal_service
from reconnect.plan import service as plan_service
from reconnect.together import service as together_service
from tests.factories import api_headers, csrf_token, sign_in
from tests.security.routes import path_params, routes

Ids = dict[str, int]
# What a partner may reach: things of the couple. Everything else stays the owner's alone.
SHARED_WITH_PARTNER = {"round_id", "activity_id", "share_id"}
# Path parameters that name public things (a questionnaire, a practice, a learn topic) or a
# secret (a calendar feed token), not something a person owns: routes with only these are
# checked in their domain's tests.
NOT_OWNED = {"instrument", "slug", "feed_token"}


def _couple_ids(db: Session, owner: User, partner: User, entry_id: int) -> Ids:
    _, code = together_service.create_invite(db=db, user=owner)
    together_service.accept_invite(db=db, user=partner, code=code)
    for person in (owner, partner):
        answer = together_service.submit_answer(
            db=db, user=person, fields=together_service.AnswerFields(words=["calm"])
        )
    activity = together_service.add_activity(db=db, user=owner, idea_key="evening-walk")
    share = together_service.share_entry(db=db, user=owner, entry_id=entry_id)
    return {"round_id": answer.round_id, "activity_id": activity.id, "share_id": share.id}


def _owned_ids(db: Session, owner: User, partner: User) -> Ids:
    entry = journal_service.create_entry(db=db, user=owner, body="owner's private words")
    checkin = journal_service.create_checkin(
        db=db, user=owner, pleasantness=0, energy=0, note="owner note"
    )
    token, _ = accounts_service.create_api_token(db=db, user=owner, name="owner token")
    result = assess_service.submit(
        db=db, user=owner, instrument="ucla3", answers={"1": 1, "2": 2, "3": 3}
    )
    log = plan_service.log_practice(db=db, user=owner, slug="hobby", note="owner's log")
    couple = _couple_ids(db, owner, partner, entry.id)
    db.commit()
    return {
        "entry_id": entry.id,
        "checkin_id": checkin.id,
        "token_id": token.id,
        "result_id": result.id,
        "log_id": log.id,
        **couple,
    }


def _id_routes(app: FastAPI) -> list[tuple[str, str]]:
    return [(method, path) for method, path, _ in routes(app) if path_params(path) - NOT_OWNED]


def _deletes(method: str, template: str) -> bool:
    return method == "DELETE" or template.endswith(("/delete", "/revoke"))


def _partner_may(method: str, template: str) -> bool:
    """Whether the owner's partner may use this route: only on shared things, and only the
    writer can unshare a journal entry."""
    params = path_params(template)
    return params <= SHARED_WITH_PARTNER and not (
        _deletes(method, template) and "share_id" in params
    )


def test_every_id_route_is_covered(app: FastAPI) -> None:
    known = {"entry_id", "checkin_id", "token_id", "result_id", "log_id", *SHARED_WITH_PARTNER}
    paths = {path for _, path in _id_routes(app)}
    assert {"/journal/{entry_id}", "/api/v1/together/checkins/{round_id}"} <= paths
    for _, path in _id_routes(app):
        params = path_params(path)
        assert params <= known, f"add {params - known} to the isolation matrix for {path}"


def _api_body(method: str, path: str) -> dict[str, object] | None:
    if path.endswith("/emotions"):
        return {"emotions": ["joy"]}
    if "/together/activities/" in path:
        return {"done": True} if method == "PUT" else None
    if method == "PATCH":
        return {"note": "changed"}
    return {"body": "changed"} if method in ("PUT", "POST") else None


def _request(client: TestClient, method: str, path: str, headers: dict[str, str]) -> int:
    if path.startswith("/api/"):
        body = _api_body(method, path)
        return client.request(method, path, headers=headers, json=body).status_code
    form = {"body": "changed", "pleasantness": "0", "energy": "0"}
    data = {"csrf_token": csrf_token(client), **form} if method == "POST" else None
    return client.request(method, path, data=data, follow_redirects=False).status_code


@pytest.mark.parametrize("who", ["stranger", "signed_out"])
def test_nobody_but_the_owner_reaches_an_owned_thing(
    who: str,
    app: FastAPI,
    db: Session,
    alice: User,
    bob: User,
    charlie: User,
    make_client: Callable[[], TestClient],
) -> None:
    ids = _owned_ids(db, alice, bob)
    client = make_client()
    headers: dict[str, str] = {}
    if who == "stranger":
        sign_in(client, "charlie")
        headers = api_headers(db, charlie)
        db.commit()
    for method, template in _id_routes(app):
        path = template.format(**ids)
        status = _request(client, method, path, headers)
        if who == "stranger":
            assert status == 404, (method, path, status)
        else:
            assert status in (303, 401, 403), (method, path, status)
    assert (
        journal_service.get_entry_for_user(db=db, user=alice, entry_id=ids["entry_id"]).body
        == "owner's private words"
    )


def test_the_owner_reaches_every_owned_thing(
    app: FastAPI, db: Session, alice: User, bob: User, make_client: Callable[[], TestClient]
) -> None:
    ids = _owned_ids(db, alice, bob)
    client = sign_in(make_client(), "alice")
    headers = api_headers(db, alice)
    db.commit()
    for method, template in _id_routes(app):
        if _deletes(method, template):
            continue  # deletion is covered by the domain tests
        status = _request(client, method, template.format(**ids), headers)
        assert status in (200, 201, 303), (method, template, status)


def test_the_partner_reaches_only_what_is_shared(
    app: FastAPI, db: Session, alice: User, bob: User, make_client: Callable[[], TestClient]
) -> None:
    ids = _owned_ids(db, alice, bob)
    client = sign_in(make_client(), "bob")
    headers = api_headers(db, bob)
    db.commit()
    for method, template in _id_routes(app):
        may = _partner_may(method, template)
        if may and _deletes(method, template):
            continue  # removing a shared activity is covered by the domain tests
        status = _request(client, method, template.format(**ids), headers)
        expected = (200, 201, 303) if may else (404,)
        assert status in expected, (method, template, status)
    assert (
        journal_service.get_entry_for_user(db=db, user=alice, entry_id=ids["entry_id"]).body
        == "owner's private words"
    )
