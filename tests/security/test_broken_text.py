"""Text that cannot be stored gets a clear 422, never a server error, and saves nothing.

A lone surrogate (``"\\ud800"`` in JSON) decodes to a Python string no database can hold,
and PostgreSQL text cannot hold a NUL character; both used to answer 500 (or a message
about numbers).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal.models import CheckIn, JournalEntry
from tests.factories import api_headers

SURROGATE = "\\ud800"  # as it travels in the JSON text
BODIES = [
    ("/api/v1/entries", '{"body": "fine words %s"}'),
    ("/api/v1/entries", '{"body": "fine words", "title": "a %s title"}'),
    ("/api/v1/entries", '{"body": "fine words", "tags": ["walks", "%s"]}'),
    ("/api/v1/checkins", '{"pleasantness": 1, "energy": 1, "note": "%s"}'),
    ("/api/v1/checkins", '{"pleasantness": 1, "energy": 1, "words": ["%s"]}'),
]


@pytest.mark.parametrize(("path", "body"), BODIES)
def test_a_lone_surrogate_is_refused_clearly(
    client: TestClient, db: Session, alice: User, path: str, body: str
) -> None:
    headers = {**api_headers(db, alice), "content-type": "application/json"}
    db.commit()
    response = client.post(path, content=body % SURROGATE, headers=headers)
    assert response.status_code == 422, response.text
    assert _rows(db) == (0, 0)


def test_a_nul_character_is_refused_clearly_or_kept_but_never_a_500(
    client: TestClient, db: Session, alice: User, backend: str
) -> None:
    headers = {**api_headers(db, alice), "content-type": "application/json"}
    db.commit()
    response = client.post(
        "/api/v1/entries", content='{"body": "ok", "tags": ["a\\u0000b"]}', headers=headers
    )
    if backend == "postgresql":
        assert response.status_code == 422 and "NUL" in response.text
        assert _rows(db) == (0, 0)
    else:
        assert response.status_code in (201, 422)


def _rows(db: Session) -> tuple[int, int]:
    db.expire_all()
    entries = db.scalar(select(func.count()).select_from(JournalEntry)) or 0
    checkins = db.scalar(select(func.count()).select_from(CheckIn)) or 0
    return entries, checkins
