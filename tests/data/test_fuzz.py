"""Fuzzing the import parsers: any input ends in success or our clear error, never a crash."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.data import service
from reconnect.journal import service as journal_service

FIXTURES = Path(__file__).parent / "fixtures"
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _attempt(db: Session, user: User, data: bytes, source: Any = None) -> None:
    savepoint = db.begin_nested()
    try:
        service.import_file(db=db, user=user, data=data, source=source)
    except service.ImportFailed as exc:
        assert exc.message and "Traceback" not in exc.message
    finally:
        savepoint.rollback()


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_bytes_end_in_success_or_a_clear_error(db: Session, alice: User, data: bytes) -> None:
    _attempt(db, alice, data)


def _valid_doc(db: Session, user: User) -> dict[str, Any]:
    """The same small export every time (written, exported, then rolled back)."""
    savepoint = db.begin_nested()
    journal_service.create_entry(db=db, user=user, body="A walk by the river", tags=["walk"])
    journal_service.create_checkin(db=db, user=user, pleasantness=1, energy=2, note="fine")
    doc = service.export_document(db=db, user=user)
    savepoint.rollback()
    return doc


@FUZZ
@given(choice=st.data(), value=json_values)
def test_any_field_of_an_export_replaced_by_any_value(
    db: Session, alice: User, choice: st.DataObject, value: Any
) -> None:
    doc = copy.deepcopy(_valid_doc(db, alice))
    tables = [name for name, rows in doc["tables"].items() if rows]
    table = choice.draw(st.sampled_from(tables))
    row = choice.draw(st.sampled_from(doc["tables"][table]))
    field = choice.draw(st.sampled_from([*row, "unexpected"]))
    row[field] = value
    _attempt(db, alice, json.dumps(doc).encode())


@FUZZ
@given(top=st.dictionaries(st.sampled_from(["format", "version", "tables", "x"]), json_values))
def test_any_export_header_is_handled(db: Session, alice: User, top: dict[str, Any]) -> None:
    _attempt(db, alice, json.dumps({"format": "reconnect-export", **top}).encode(), "reconnect")


csv_cell = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=25)


@FUZZ
@given(rows=st.lists(st.lists(csv_cell, min_size=0, max_size=10), max_size=6))
def test_any_daylio_rows_are_handled(db: Session, alice: User, rows: list[list[str]]) -> None:
    import csv
    import io

    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(
        ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
    )
    writer.writerows(rows)
    _attempt(db, alice, text.getvalue().encode(), "daylio")


@FUZZ
@given(
    entries=st.lists(
        st.dictionaries(
            st.sampled_from(["title", "body", "date", "time", "tags", "starred"]), json_values
        ),
        max_size=5,
    )
)
def test_any_jrnl_entries_are_handled(db: Session, alice: User, entries: list[Any]) -> None:
    _attempt(db, alice, json.dumps({"entries": entries}).encode(), "jrnl")


@FUZZ
@given(cut=st.integers(min_value=1, max_value=2000))
def test_a_truncated_fixture_is_handled(db: Session, alice: User, cut: int) -> None:
    for name in ("daylio_export.csv", "jrnl_export.json"):
        data = (FIXTURES / name).read_bytes()
        _attempt(db, alice, data[: cut % len(data) or 1])
