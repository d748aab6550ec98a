"""Every route with an id in its path, tried by its owner, a stranger and a signed-out visitor.

The matrix is built from the app's route table, so a new route cannot be forgotten: a route
with an id parameter that no fixture below knows how to fill fails the first test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.journal import service as journal_service
from reconnect.plan import service as plan_service
from tests.factories import api_headers, csrf_token, sign_in

Ids = dict[str, int]
# Path parameters that name public things (a questionnaire, a practice, a learn topic) or a
# secret (a calendar feed token), not something a person owns: routes with only these are
# checked in their domain's tests.
NOT_OWNED = {"instrument", "slug", "feed_token"}


def _owned_ids(db: Session, owner: User) -> Ids:
    entry = journal_service.create_entry(db=db, user=owner, body="owner's private words")
    checkin = journal_service.create_checkin(
        db=db, user=owner, pleasantness=0, energy=0, note="owner note"
    )
    token, _ = accounts_service.create_api_token(db=db, user=owner, name="owner token")
    result = assess_service.submit(
        db=db, user=owner, instrument="ucla3", answers={"1": 1, "2": 2, "3": 3}
    )
    log = plan_service.log_practice(db=db, user=owner, slug="hobby", note="owner's log")
    db.commit()
    return {
        "entry_id": entry.id,
        "checkin_id": checkin.id,
        "token_id": token.id,
        "result_id": result.id,
        "log_id": log.id,
    }


def _path_params(path: str) -> set[str]:
    return {part[1:].split("}")[0] for part in path.split("/") if part.startswith("{")}


def _id_routes(app: FastAPI) -> list[tuple[str, str]]:
    routes = []
    for route in app.routes:
        if not isinstance(route, APIRoute):
            continue
        if _path_params(route.path) - NOT_OWNED:
            routes.extend((method, route.path) for method in sorted(route.methods))
    return routes


def test_every_id_route_is_covered(app: FastAPI) -> None:
    known = {"entry_id", "checkin_id", "token_id", "result_id", "log_id"}
    for _, path in _id_routes(app):
        params = _path_params(path)
        assert params <= known, f"add {params - known} to the isolation matrix for {path}"


def _request(client: TestClient, method: str, path: str, headers: dict[str, str]) -> int:
    if path.startswith("/api/"):
        body = {"body": "changed"} if method == "PUT" else None
        return client.request(method, path, headers=headers, json=body).status_code
    data = {"csrf_token": csrf_token(client), "body": "changed"} if method == "POST" else None
    return client.request(method, path, data=data, follow_redirects=False).status_code


@pytest.mark.parametrize("who", ["stranger", "signed_out"])
def test_nobody_but_the_owner_reaches_an_owned_thing(
    who: str,
    app: FastAPI,
    db: Session,
    alice: User,
    charlie: User,
    make_client: Callable[[], TestClient],
) -> None:
    ids = _owned_ids(db, alice)
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
    app: FastAPI, db: Session, alice: User, make_client: Callable[[], TestClient]
) -> None:
    ids = _owned_ids(db, alice)
    client = sign_in(make_client(), "alice")
    headers = api_headers(db, alice)
    db.commit()
    for method, template in _id_routes(app):
        if method in ("DELETE",) or template.endswith(("/delete", "/revoke")):
            continue  # deletion is covered by the domain tests
        status = _request(client, method, template.format(**ids), headers)
        assert status in (200, 303), (method, template, status)
