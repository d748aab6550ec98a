"""The API by its conventions: RFC 9457 problem details, a Bearer challenge on 401, an
OpenAPI document of the API alone with every error declared, and pages with a total."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service
from reconnect.web.problems import MEDIA_TYPE
from tests.factories import api_headers

PROBLEM_KEYS = {"type", "title", "status", "detail"}


def _is_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(MEDIA_TYPE)
    body: dict[str, Any] = response.json()
    assert set(body) >= PROBLEM_KEYS and body["status"] == status and body["type"] == "about:blank"
    assert isinstance(body["detail"], str) and body["detail"]
    return body


def test_a_missing_token_gets_a_problem_and_a_bearer_challenge(client: TestClient) -> None:
    body = _is_problem(client.get("/api/v1/checkins"), 401)
    assert body["title"] == "Unauthorized"
    response = client.get("/api/v1/checkins", headers={"Authorization": "Bearer nope"})
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_errors_of_every_kind_are_problem_details(
    client: TestClient, alice: User, db: Session
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    assert _is_problem(client.get("/api/v1/checkins/999", headers=headers), 404)["title"] == (
        "Not Found"
    )
    _is_problem(client.get("/api/v1/no/such/thing", headers=headers), 404)
    refused = _is_problem(
        client.post(
            "/api/v1/checkins",
            json={"pleasantness": 1, "energy": 0, "words": ["zzz"]},
            headers=headers,
        ),
        422,
    )
    assert refused["field"] == "words" and "zzz" in refused["detail"]
    assert refused["title"] == "Unprocessable Content"


def test_a_request_off_its_schema_lists_each_problem_without_echoing_input(
    client: TestClient, alice: User, db: Session
) -> None:
    headers = api_headers(db, alice)
    db.commit()
    secret = "my private words"
    response = client.post(
        "/api/v1/checkins", json={"pleasantness": "high", "note": secret}, headers=headers
    )
    body = _is_problem(response, 422)
    places = {tuple(error["loc"]) for error in body["errors"]}
    assert ("body", "pleasantness") in places and ("body", "energy") in places
    assert "pleasantness" in body["detail"] and secret not in response.text


def test_the_openapi_document_holds_the_api_and_declares_its_errors(app: FastAPI) -> None:
    schema = app.openapi()
    assert schema["paths"] and all(path.startswith("/api/v1/") for path in schema["paths"])
    components = schema["components"]["schemas"]
    assert "Problem" in components and "HTTPValidationError" not in components
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            where = f"{method.upper()} {path}"
            assert "default" in responses, where
            if operation.get("security"):
                assert "401" in responses, where
            if "{" in path:
                assert "404" in responses, where
            if operation.get("parameters") or "requestBody" in operation:
                assert "422" in responses, where
            for status, declared in responses.items():
                if status.startswith(("4", "5")) or status == "default":
                    assert MEDIA_TYPE in declared["content"], where


def test_lists_take_per_page_and_give_a_total(client: TestClient, alice: User, db: Session) -> None:
    headers = api_headers(db, alice)
    for i in range(5):
        service.create_checkin(db=db, user=alice, pleasantness=0, energy=i - 2)
        service.create_entry(
            db=db, user=alice, body=f"walk number {i}" if i % 2 else "rain", tags="w" if i else ""
        )
    db.commit()
    checkins = client.get("/api/v1/checkins?per_page=2&page=2", headers=headers).json()
    assert (len(checkins["items"]), checkins["per_page"], checkins["total"]) == (2, 2, 5)
    assert checkins["has_next"] is True
    entries = client.get("/api/v1/entries?per_page=3", headers=headers).json()
    assert (len(entries["items"]), entries["total"]) == (3, 5)
    found = client.get("/api/v1/entries?q=walk&per_page=1", headers=headers).json()
    assert (len(found["items"]), found["total"], found["has_next"]) == (1, 2, True)
    tagged = client.get("/api/v1/entries?tag=w", headers=headers).json()
    assert tagged["total"] == 4
    for bad in ("per_page=0", "per_page=101", "per_page=x"):
        _is_problem(client.get(f"/api/v1/checkins?{bad}", headers=headers), 422)
