"""Schemathesis sends generated requests to every operation in /api/v1/openapi.json: no 5xx.

Requests carry a valid personal access token, so they reach the code behind the
authentication check. The number of examples per operation is bounded to keep CI quick.
(Schemathesis's own pytest plugin does not work with pytest 9 yet, so each operation's
Hypothesis strategy is driven here directly.)
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import Case
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from tests.factories import api_headers, sign_in

MAX_EXAMPLES = 15


def _operations(app: FastAPI) -> list[schemathesis.APIOperation]:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    return [result.ok() for result in schema.include(path_regex=r"^/api/").get_all_operations()]


@pytest.fixture()
def some_data(db: Session, alice: User) -> None:
    journal_service.create_entry(db=db, user=alice, body="Something to find.", tags=["walks"])
    journal_service.create_checkin(db=db, user=alice, pleasantness=1, energy=-1, note="a note")
    db.commit()


def _fuzz(operation: schemathesis.APIOperation, headers: dict[str, str]) -> list[int]:
    """Run one operation's generated cases; the status codes it answered."""
    seen: list[int] = []

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def call(case: Case) -> None:
        seen.append(case.call(headers=headers).status_code)

    call()
    return seen


def test_the_api_never_answers_with_a_server_error(
    app: FastAPI, db: Session, alice: User, some_data: None
) -> None:
    operations = _operations(app)
    assert len(operations) >= 15
    answered: dict[str, list[int]] = {}
    for operation in operations:
        headers = api_headers(db, alice)  # fresh for each operation: one of them revokes tokens
        db.commit()
        answered[f"{operation.method.upper()} {operation.path}"] = _fuzz(operation, headers)
    server_errors = {name: codes for name, codes in answered.items() if max(codes) >= 500}
    assert not server_errors, server_errors
    never_in = [name for name, codes in answered.items() if set(codes) == {401}]
    assert not never_in, f"the token was never accepted by {never_in}"


@pytest.mark.parametrize("big", [2**31, 2**63, 10**30])
def test_ids_beyond_the_databases_range_are_refused_cleanly(
    app: FastAPI, client: TestClient, db: Session, alice: User, big: int
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    for method in ("GET", "PUT", "DELETE"):
        body = {"body": "x"} if method == "PUT" else None
        response = client.request(method, f"/api/v1/entries/{big}", headers=headers, json=body)
        assert response.status_code in (404, 422), (method, response.status_code)
    sign_in(client, "alice")
    assert client.get(f"/journal/{big}").status_code in (404, 422)
