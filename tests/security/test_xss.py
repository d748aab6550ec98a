"""Stored-XSS attempts in free-text fields come back escaped on every page that shows them.

Two layers:
- ``SHOWN_TEXT`` lists the fields whose text is shown back, one line each, and where; the
  test proves the text was stored and shown escaped (so an empty page cannot pass).
- Every state-changing form without an id in its path (taken from the route table, so new
  forms are included) is also sent the payload in every field it reads; the raw payload
  must never appear on the answer, the page it redirects to, or any page in PRIVATE_PAGES.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from reconnect.accounts.models import User
from tests.factories import PRIVATE_PAGES, post_form, sign_in
from tests.security.routes import form_fields, path_params, web_routes

RAW = '"><svg onload=alert(1)><script>alert(2)</script>'
ESCAPED = "&lt;script&gt;alert(2)&lt;/script&gt;"
# Fields that are not free text get a valid value so the form is accepted.
VALID_VALUES = {
    "pleasantness": "1",
    "energy": "-1",
    "country": "GB",
    "entry_date": "",
    "prompt_key": "",
    "words": "calm",
    "emotions": "joy",
    "next": "/",
}
# Forms that sign in or out, or change the password, rather than store text to show.
NOT_STORED = {"/login", "/logout", "/signup", "/setup", "/account/password"}


@dataclass(frozen=True)
class Shown:
    """A form field whose text is shown again, and the pages that show it."""

    form: str
    field: str
    pages: tuple[str, ...]
    extra: dict[str, str] = field(default_factory=dict)


SHOWN_TEXT = [
    Shown("/journal", "body", ("/journal", "/")),
    Shown("/journal", "title", ("/journal", "/"), {"body": "A quiet evening."}),
    Shown("/checkin", "note", ("/checkin", "/"), {"pleasantness": "1", "energy": "1"}),
    Shown("/account/profile", "display_name", ("/account", "/"), {"country": "GB"}),
    Shown("/account/tokens", "name", ("/account",)),
    *(
        Shown("/help/plan", section, ("/help/plan", "/help/plan/print"))
        for section in (
            "warning_signs",
            "coping_steps",
            "distractions",
            "people_to_ask",
            "professionals",
            "safe_surroundings",
            "reasons_to_live",
        )
    ),
]


def _pages_after(client: TestClient, response_text: str, location: str | None) -> dict[str, str]:
    pages = {"(answer)": response_text}
    if location and location.startswith("/"):
        pages[location] = client.get(location).text
    return pages


def _assert_escaped_everywhere(pages: dict[str, str]) -> None:
    for path, text in pages.items():
        assert RAW not in text and "<script>alert" not in text, f"raw payload on {path}"
        assert "<svg onload" not in text, f"raw payload on {path}"


@pytest.mark.parametrize("case", SHOWN_TEXT, ids=lambda c: f"{c.form}:{c.field}")
def test_shown_text_is_escaped(case: Shown, client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(client, case.form, {case.field: RAW, **case.extra})
    assert response.status_code in (200, 303), response.text
    pages = _pages_after(client, response.text, response.headers.get("location"))
    for path in case.pages:
        pages[path] = client.get(path).text
        pages[f"{path} (htmx)"] = client.get(path, headers={"HX-Request": "true"}).text
    _assert_escaped_everywhere(pages)
    assert any(ESCAPED in text for text in pages.values()), "the text was not shown at all"


def _text_forms(app: FastAPI) -> list[str]:
    return [
        path
        for method, path in web_routes(app, methods=("POST",))
        if not path_params(path) and path not in NOT_STORED
    ]


def test_every_form_field_is_tried_and_escaped(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    tried = []
    for path in _text_forms(app):
        fields = form_fields(app, "POST", path)
        data = {name: VALID_VALUES.get(name, RAW) for name in fields if name != "csrf_token"}
        response = post_form(client, path, data)
        assert response.status_code < 500, (path, response.status_code)
        pages = _pages_after(client, response.text, response.headers.get("location"))
        _assert_escaped_everywhere(pages)
        tried.append(path)
    _assert_escaped_everywhere({path: client.get(path).text for path in PRIVATE_PAGES})
    assert {case.form for case in SHOWN_TEXT} <= set(tried)
