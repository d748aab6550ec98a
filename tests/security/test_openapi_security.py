"""The OpenAPI document declares the bearer scheme, on exactly the operations that need it."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.messages import Accounts as AM
from reconnect.web.deps import BEARER_SCHEME
from tests.factories import api_headers
from tests.security.routes import fill_path

PUBLIC = {
    ("get", "/api/v1/emotion-words"),
    ("get", "/api/v1/help"),
    ("get", "/api/v1/plan/practices"),
    ("get", "/api/v1/together/ideas"),
}


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): operation
        for path, methods in spec["paths"].items()
        if path.startswith("/api/v1/")
        for method, operation in methods.items()
    }


@pytest.fixture()
def spec(client: TestClient) -> dict[str, Any]:
    return dict(client.get("/api/v1/openapi.json").json())


def test_the_spec_declares_an_http_bearer_scheme(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"][BEARER_SCHEME]
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer"
    assert scheme["description"] == AM.API_TOKEN_SCHEME


def test_every_protected_operation_references_the_scheme_and_public_ones_do_not(
    spec: dict[str, Any],
) -> None:
    operations = _operations(spec)
    assert len(operations) > 50 and set(operations) >= PUBLIC
    for key, operation in operations.items():
        expected = [] if key in PUBLIC else [{BEARER_SCHEME: []}]
        assert operation.get("security", []) == expected, key
        # The scheme takes no header parameter of its own: tools send it from the scheme.
        assert "authorization" not in {p["name"].lower() for p in operation.get("parameters", [])}


def test_the_spec_marks_exactly_the_operations_that_refuse_a_missing_token(
    client: TestClient, spec: dict[str, Any]
) -> None:
    for (method, path), operation in _operations(spec).items():
        response = client.request(method.upper(), fill_path(path))
        refused = response.status_code == 401
        assert refused == ("security" in operation), (method, path, response.status_code)
        if refused:
            assert response.json()["detail"] == AM.API_TOKEN_INVALID
            assert response.headers["www-authenticate"].startswith("Bearer ")


@pytest.mark.parametrize(
    "authorization", ["", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Token abc", "Bearer nope"]
)
def test_a_wrong_or_missing_token_still_gets_our_own_401(
    client: TestClient, authorization: str
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = client.get("/api/v1/me", headers=headers)
    assert response.status_code == 401
    assert response.json() == {
        "type": "about:blank",
        "title": "Unauthorized",
        "status": 401,
        "detail": AM.API_TOKEN_INVALID,
    }
    assert response.headers["www-authenticate"] == 'Bearer realm="reconnect"'


def test_a_valid_token_in_any_case_of_the_scheme_name_is_accepted(
    client: TestClient, db: Session, alice: User
) -> None:
    secret = api_headers(db, alice)["Authorization"].removeprefix("Bearer ")
    db.commit()
    for scheme in ("Bearer", "bearer", "BEARER"):
        response = client.get("/api/v1/me", headers={"Authorization": f"{scheme} {secret}"})
        assert response.json()["username"] == "alice", scheme


def test_the_document_lists_the_api_only(spec: dict[str, Any]) -> None:
    paths = list(spec["paths"])
    assert paths and all(path.startswith("/api/v1/") for path in paths), paths


def test_true_is_not_taken_for_hours_of_sleep(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    db.commit()
    body = {"pleasantness": 1, "energy": 1, "factors": {"sleep_hours": True}}
    assert client.post("/api/v1/checkins", json=body, headers=headers).status_code == 422
    body["factors"] = {"sleep_hours": 7}
    assert client.post("/api/v1/checkins", json=body, headers=headers).status_code == 201
