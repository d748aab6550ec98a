"""API errors as RFC 9457 problem details (``application/problem+json``), and their
declaration in the OpenAPI document.

Every API error has the same shape: ``type`` (``about:blank``: the status says it all),
``title`` (the status phrase), ``status``, ``detail`` (a sentence a person can read) and,
where they apply, ``field`` (the input at fault) and ``errors`` (each invalid input, for
a request that does not match its schema; never echoing the input, which may be private).
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any, Final

from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

MEDIA_TYPE: Final = "application/problem+json"
BEARER_CHALLENGE: Final = 'Bearer realm="reconnect"'


class InvalidInput(BaseModel):
    """One input that does not match the request's schema."""

    loc: list[str | int] = Field(description="Where: body, query or path, then the names.")
    msg: str
    type: str


class Problem(BaseModel):
    """An error, as RFC 9457 problem details."""

    type: str = Field("about:blank", description="Always about:blank: the status says it.")
    title: str = Field(description="The HTTP status phrase, e.g. 'Not Found'.")
    status: int
    detail: str = Field(description="What went wrong, in a sentence a person can read.")
    field: str | None = Field(None, description="The input at fault, when there is one.")
    errors: list[InvalidInput] | None = Field(
        None, description="Each input that does not match the schema (422 only)."
    )


# The titles of RFC 9110 (Python's own phrases change between versions).
TITLES: Final = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Content Too Large",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def problem(
    status: int,
    detail: str,
    *,
    field: str | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> JSONResponse:
    """A problem-details response; a 401 carries the ``Bearer`` challenge (RFC 6750)."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": TITLES.get(status) or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if field is not None:
        body["field"] = field
    if errors is not None:
        body["errors"] = errors
    headers = {"WWW-Authenticate": BEARER_CHALLENGE} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


_PATH_PARAMETER = re.compile(r"\{[^}]+\}")
_WRITES: Final = frozenset({"post", "put", "patch", "delete"})


def _response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


def expected_errors(path: str, method: str, operation: dict[str, Any]) -> dict[int, str]:
    """The errors an API operation can answer with, from what it takes:

    401 when it needs a token; 404 when its path names a thing; 422 when it takes input
    (a body or parameters); 409 for writes that need a token (a change can clash with
    what is stored). Every operation can also answer 500, declared as the default.
    """
    secured = bool(operation.get("security"))
    takes_input = bool(operation.get("parameters")) or "requestBody" in operation
    found = {
        401: "No valid personal access token (the answer carries a Bearer challenge).",
        404: "Not found, or not yours (the same answer, so that ids reveal nothing).",
        409: "The change clashes with what is already stored.",
        422: "The input is not acceptable; nothing was changed.",
    }
    wanted = {
        401: secured,
        404: bool(_PATH_PARAMETER.search(path)),
        409: secured and method in _WRITES,
        422: takes_input,
    }
    return {status: text for status, text in found.items() if wanted[status]}


def declare_errors(schema: dict[str, Any]) -> dict[str, Any]:
    """Declare every operation's error answers as problem details, in place of FastAPI's
    own validation-error schema (which the API never sends)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = components["Problem"].pop("$defs", {})
    components.update(defs)
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for status, description in expected_errors(path, method, operation).items():
                responses[str(status)] = _response(description)
            responses["default"] = _response("Something went wrong on the server.")
    return schema
