"""A database made at the first migration, with data in every table, upgrades to head intact.

The data is written with the tables as they were at 0001 (reflected, not today's models),
then every later migration runs, whatever branch added it. Every value must come back
unchanged, encrypted text byte for byte and decrypting to what was written, and today's
services must read it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, Table, and_, inspect, select
from sqlalchemy.orm import Session

from reconnect import db as db_module
from reconnect.accounts import service as accounts_service
from reconnect.analysis import markers
from reconnect.bootstrap import upgrade_database
from reconnect.core.crypto import Keyring
from reconnect.db import make_engine
from reconnect.journal import emotions as emotion_service
from reconnect.journal import service as journal_service
from reconnect.journal.models import CheckIn
from reconnect.safety import service as safety_service
from tests.pg_server import PostgresServer

FIRST = "0001"
WHEN = dt.datetime(2026, 3, 14, 9, 26, 53)  # stored naive UTC, as UTCDateTime does


@dataclass(frozen=True)
class Secret:
    """Plain text that is stored encrypted."""

    text: str


PLAN = {
    "warning_signs": "When I stop answering messages — and sleep badly.",
    "coping_steps": "Walk to the river; breathe in for four, out for six.",
    "distractions": "The allotment, the library café.",
    "people_to_ask": "My sister (evenings).",
    "professionals": "My GP's surgery.",
    "safe_surroundings": "Ask a friend to keep the car keys.",
    "reasons_to_live": "The dog. The spring. Zoë's wedding.",
}
ROWS: dict[str, list[dict[str, Any]]] = {
    "users": [
        {
            "id": 1,
            "username": "first",
            "display_name": "Fírst ✓",
            "password_hash": "$argon2id$x",
            "country": "GB",
            "is_admin": True,
            "failed_logins": 0,
            "locked_until": None,
            "created_at": WHEN,
        },
        {
            "id": 2,
            "username": "second",
            "display_name": "",
            "password_hash": "$argon2id$y",
            "country": "US",
            "is_admin": False,
            "failed_logins": 3,
            "locked_until": WHEN,
            "created_at": WHEN,
        },
    ],
    "api_tokens": [
        {
            "id": 1,
            "user_id": 1,
            "name": "phone",
            "prefix": "rc_abcdefg",
            "token_hash": "a" * 64,
            "last_used_at": WHEN,
            "revoked_at": None,
            "created_at": WHEN,
        },
    ],
    "browser_sessions": [
        {"id": 1, "token_hash": "b" * 64, "user_id": 2, "expires_at": WHEN, "created_at": WHEN},
    ],
    "checkins": [
        {
            "id": 1,
            "user_id": 1,
            "pleasantness": -2,
            "energy": 3,
            "words": ["restless", "wired"],
            "note": Secret("Couldn't settle after the call <b>at all</b>."),
            "created_at": WHEN,
            "detected_emotions": ["nervousness"],
            "emotion_scores": {"nervousness": 0.71},
            "corrected_emotions": None,
            "analysis_version": "emotions-1",
            "safety_level": "none",
            "safety_reason": None,
        },
        {
            "id": 2,
            "user_id": 2,
            "pleasantness": 0,
            "energy": 0,
            "words": [],
            "note": None,
            "created_at": WHEN,
            "detected_emotions": None,
            "emotion_scores": None,
            "corrected_emotions": ["neutral"],
            "analysis_version": None,
            "safety_level": None,
            "safety_reason": None,
        },
    ],
    "journal_entries": [
        {
            "id": 1,
            "user_id": 1,
            "entry_date": dt.date(2026, 3, 14),
            "title": Secret("Sunday"),
            "body": Secret("We walked by the river. 川 — it helped."),
            "prompt_key": None,
            "word_count": 7,
            "updated_at": WHEN,
            "created_at": WHEN,
            "detected_emotions": ["joy"],
            "emotion_scores": {"joy": 0.5},
            "corrected_emotions": None,
            "analysis_version": "emotions-1",
            "safety_level": "none",
            "safety_reason": None,
        },
        {
            "id": 2,
            "user_id": 2,
            "entry_date": dt.date(2025, 12, 31),
            "title": None,
            "body": Secret("x" * 5000),
            "prompt_key": "name-it",
            "word_count": 1,
            "updated_at": WHEN,
            "created_at": WHEN,
            "detected_emotions": [],
            "emotion_scores": {},
            "corrected_emotions": None,
            "analysis_version": None,
            "safety_level": "concern",
            "safety_reason": "heavy",
        },
    ],
    "safety_plans": [
        {
            "id": 1,
            "user_id": 1,
            **{k: Secret(v) for k, v in PLAN.items()},
            "updated_at": WHEN,
            "created_at": WHEN,
        },
    ],
    "tags": [{"id": 1, "user_id": 1, "name": "river"}, {"id": 2, "user_id": 1, "name": "family"}],
    "entry_tags": [{"entry_id": 1, "tag_id": 1}, {"entry_id": 1, "tag_id": 2}],
}


@pytest.fixture()
def fresh_engine(backend: str, pg_server: PostgresServer | None, tmp_path: Path) -> Engine:
    if pg_server is not None:
        return make_engine(pg_server.create_database(f"upgrade_{uuid.uuid4().hex[:10]}"))
    return make_engine(f"sqlite:///{tmp_path / 'old.db'}")


def _stored(value: Any, keyring: Keyring) -> Any:
    return keyring.encrypt(value.text) if isinstance(value, Secret) else value


def _seed(engine: Engine, keyring: Keyring) -> dict[str, list[dict[str, Any]]]:
    written: dict[str, list[dict[str, Any]]] = {}
    with engine.begin() as conn:
        assert set(ROWS) == set(inspect(conn).get_table_names()) - {"alembic_version"}, (
            "seed every table the first migration creates"
        )
        for name, rows in ROWS.items():
            table = Table(name, MetaData(), autoload_with=conn)
            written[name] = [{k: _stored(v, keyring) for k, v in row.items()} for row in rows]
            conn.execute(table.insert(), written[name])
    return written


def _assert_unchanged(engine: Engine, written: dict[str, list[dict[str, Any]]]) -> None:
    with engine.connect() as conn:
        for name, rows in written.items():
            table = Table(name, MetaData(), autoload_with=conn)
            keys = [column.name for column in table.primary_key.columns]
            assert conn.execute(select(table)).all().__len__() == len(rows), name
            for row in rows:
                where = and_(*(table.c[key] == row[key] for key in keys))
                now = conn.execute(select(table).where(where)).mappings().one()
                for column, value in row.items():
                    found = bytes(now[column]) if isinstance(value, bytes) else now[column]
                    assert found == value, f"{name}.{column} changed in row {row}"


def _assert_decrypts(written: dict[str, list[dict[str, Any]]], keyring: Keyring) -> None:
    for name, rows in ROWS.items():
        for row, stored in zip(rows, written[name], strict=True):
            for column, value in row.items():
                if isinstance(value, Secret):
                    assert keyring.decrypt(stored[column]) == value.text, f"{name}.{column}"


def test_a_database_from_the_first_release_upgrades_without_loss(
    fresh_engine: Engine, keyring: Keyring
) -> None:
    upgrade_database(fresh_engine, FIRST)
    written = _seed(fresh_engine, keyring)
    upgrade_database(fresh_engine, "head")
    try:
        _assert_unchanged(fresh_engine, written)
        _assert_decrypts(written, keyring)
        _assert_services_read_it(fresh_engine)
    finally:
        fresh_engine.dispose()


def _assert_services_read_it(engine: Engine) -> None:
    with Session(engine) as db:
        first = accounts_service.get_user_by_username(db=db, username="first")
        entry = journal_service.get_entry_for_user(db=db, user=first, entry_id=1)
        assert entry.body == "We walked by the river. 川 — it helped." and entry.title == "Sunday"
        assert sorted(tag.name for tag in entry.tags) == ["family", "river"]
        checkin = journal_service.get_checkin_for_user(db=db, user=first, checkin_id=1)
        assert checkin.note == "Couldn't settle after the call <b>at all</b>."
        plan = safety_service.get_plan_for_user(db=db, user=first)
        assert {key: getattr(plan, key) for key in PLAN} == PLAN
        second = accounts_service.get_user_by_username(db=db, username="second")
        assert second.locked_until == WHEN.replace(tzinfo=dt.UTC)
        assert _counts(entry) == markers.counts("Sunday. We walked by the river. 川 — it helped.")
        assert _counts(checkin) == markers.counts(checkin.note or "")
        bare = journal_service.get_checkin_for_user(db=db, user=second, checkin_id=2)
        assert _counts(bare) == markers.Counts()


def _counts(item: Any) -> markers.Counts | None:
    found = (item.marker_words, item.marker_absolutist, item.marker_singular, item.marker_plural)
    return None if None in found else markers.Counts(*found)


def test_without_the_key_the_upgrade_leaves_counts_empty_and_analyze_fills_them(
    fresh_engine: Engine, keyring: Keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgrade_database(fresh_engine, FIRST)
    _seed(fresh_engine, keyring)
    with monkeypatch.context() as no_key:
        no_key.setattr(db_module._KeyringHolder, "source", None)
        upgrade_database(fresh_engine, "head")
    try:
        with Session(fresh_engine) as db:
            first = accounts_service.get_user_by_username(db=db, username="first")
            entry = journal_service.get_entry_for_user(db=db, user=first, entry_id=1)
            checkin = journal_service.get_checkin_for_user(db=db, user=first, checkin_id=1)
            assert _counts(entry) is None and _counts(checkin) is None
            assert _counts(db.get(CheckIn, 2)) == markers.Counts()  # no note, no key needed
            day = WHEN.date()
            [(_, on_the_fly)] = journal_service.marker_tallies(
                db=db, user=first, start=day, end=day, bucket="day"
            )
            while emotion_service.reanalyse_stale(db=db):
                pass
            assert _counts(entry) == markers.counts(
                "Sunday. We walked by the river. 川 — it helped."
            )
            assert _counts(checkin) == markers.counts(checkin.note or "")
            [(_, stored)] = journal_service.marker_tallies(
                db=db, user=first, start=day, end=day, bucket="day"
            )
            assert stored.counts == on_the_fly.counts
    finally:
        fresh_engine.dispose()
