"""A hand-edited Reconnect export is held to the same limits as the app's own forms and API."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.data import service
from tests.data.synthetic import fill_every_table
from tests.factories import make_user

IN_A_MONTH = (dates.today() + dt.timedelta(days=30)).isoformat()
TOMORROW = (dates.today() + dt.timedelta(days=1)).isoformat()


def _export(db: Session, alice: User, bob: User) -> dict[str, Any]:
    fill_every_table(db, alice, bob)
    return service.export_document(db=db, user=alice)


def _import(db: Session, doc: dict[str, Any]) -> tuple[User, service.ImportSummary]:
    dana = make_user(db, "dana")
    return dana, service.import_file(db=db, user=dana, data=json.dumps(doc).encode())


@pytest.mark.parametrize(
    ("table", "field", "value", "problem"),
    [
        ("checkins", "pleasantness", 5, "expected a number from -4 to 4."),
        ("checkins", "energy", -5, "expected a number from -4 to 4."),
        ("checkins", "marker_words", -1, "expected a count of 0 or more."),
        ("journal_entries", "word_count", -12, "expected a count of 0 or more."),
        ("journal_entries", "entry_date", IN_A_MONTH, "the date is in the future"),
        ("journal_entries", "entry_date", "1899-12-31", "the date is in the future or before 1900"),
        ("practice_logs", "rating", 0, "expected a number from 1 to 5."),
        ("practice_logs", "rating", 6, "expected a number from 1 to 5."),
        ("practice_logs", "done_on", IN_A_MONTH, "the date is in the future"),
        ("assessment_reminders", "every_days", 3, "expected 0 (off) or a number from 7 to 90."),
        ("together_ladder", "step", 99, "expected a number from 1 to"),
        ("factor_sets", "sleep_hours", 25, "expected a number from 0 to 24."),
        ("factor_sets", "sleep_hours", -1.5, "expected a number from 0 to 24."),
        ("factor_sets", "sleep_quality", "great", "expected one of: poor, okay, good."),
        ("factor_sets", "people", ["partner", "neighbours"], "expected a list of any of:"),
    ],
)
def test_a_value_out_of_its_range_names_row_and_field_and_imports_nothing(
    db: Session, alice: User, bob: User, table: str, field: str, value: Any, problem: str
) -> None:
    doc = _export(db, alice, bob)
    rows = doc["tables"][table]
    assert rows, f"the synthetic data has no {table}"
    rows[-1][field] = value
    dana = make_user(db, "dana")
    with pytest.raises(service.ImportFailed) as failed:
        service.import_file(db=db, user=dana, data=json.dumps(doc).encode())
    kind = table.replace("_", " ")
    assert failed.value.message.startswith(f'{kind}, row {len(rows)}, field "{field}": {problem}')
    assert failed.value.field == field
    assert service.owned_counts(db=db, user=dana) == {}


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("checkins", "pleasantness", -4),
        ("checkins", "energy", 4),
        ("journal_entries", "word_count", 0),
        ("journal_entries", "entry_date", TOMORROW),
        ("journal_entries", "entry_date", "1900-01-01"),
        ("practice_logs", "rating", 5),
        ("practice_logs", "rating", None),
        ("assessment_reminders", "every_days", 0),
        ("assessment_reminders", "every_days", 90),
        ("factor_sets", "sleep_hours", 24),
        ("factor_sets", "sleep_quality", None),
        ("factor_sets", "people", []),
    ],
)
def test_values_at_the_edges_of_their_range_are_imported(
    db: Session, alice: User, bob: User, table: str, field: str, value: Any
) -> None:
    doc = _export(db, alice, bob)
    doc["tables"][table][-1][field] = value
    dana, summary = _import(db, doc)
    assert summary.added[table.replace("_", " ")] == len(doc["tables"][table])
    again = service.export_document(db=db, user=dana)["tables"][table][-1]
    assert again[field] == value


def test_the_first_bad_row_is_named_when_several_are_bad(
    db: Session, alice: User, bob: User
) -> None:
    doc = _export(db, alice, bob)
    first = doc["tables"]["checkins"][0]
    doc["tables"]["checkins"] = [first, {**first, "id": 900, "energy": 7}, {**first, "id": 901}]
    doc["tables"]["checkins"][2]["pleasantness"] = -9
    with pytest.raises(service.ImportFailed, match=r'checkins, row 2, field "energy"'):
        _import(db, doc)
