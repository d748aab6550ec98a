"""Export and import: exact round trips, duplicates skipped, other apps' files, bad files."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.analysis import markers
from reconnect.data import service
from reconnect.journal import service as journal_service
from reconnect.safety import service as safety_service
from tests.factories import make_user

FIXTURES = Path(__file__).parent / "fixtures"


def _write_some_life(db: Session, user: User) -> None:
    journal_service.create_entry(
        db=db,
        user=user,
        title="Evening",
        body="Walked home the long way, felt calm.",
        tags="walk, evening",
        entry_date=dt.date(2026, 11, 1),
    )
    journal_service.create_entry(
        db=db,
        user=user,
        body="Could not feel anything at the party.",
        tags=["party"],
        entry_date=dt.date(2026, 11, 2),
    )
    journal_service.create_checkin(
        db=db, user=user, pleasantness=2, energy=-1, words=["calm", "tired"], note="quiet night"
    )
    journal_service.create_checkin(db=db, user=user, pleasantness=-3, energy=-2)
    safety_service.save_plan(db=db, user=user, sections={"coping_steps": "Call my sister."})
    db.flush()


def _doc(db: Session, user: User) -> dict[str, Any]:
    return service.export_document(db=db, user=user)


def _bytes(doc: object) -> bytes:
    return json.dumps(doc).encode()


def test_an_export_imported_into_a_fresh_account_exports_the_same(db: Session, alice: User) -> None:
    _write_some_life(db, alice)
    first = _doc(db, alice)
    dana = make_user(db, "dana")
    summary = service.import_file(db=db, user=dana, data=_bytes(first))
    assert summary.added == {
        "tags": 3,
        "journal entries": 2,
        "entry tags": 3,
        "checkins": 2,
        "safety plans": 1,
    }
    second = _doc(db, dana)
    assert second["tables"] == first["tables"]
    assert second["account"]["username"] == "dana"


def test_importing_the_same_file_twice_adds_nothing(db: Session, alice: User) -> None:
    _write_some_life(db, alice)
    data = service.export_file(db=db, user=alice, kind="json")[0]
    summary = service.import_file(db=db, user=alice, data=data)
    assert summary.total_added == 0 and summary.duplicates == 11
    assert len(journal_service.list_entries(db=db, user=alice).items) == 2


def test_a_re_import_adds_only_what_is_new(db: Session, alice: User) -> None:
    _write_some_life(db, alice)
    doc = _doc(db, alice)
    doc["tables"]["journal_entries"].append(
        {**doc["tables"]["journal_entries"][0], "id": 99, "body": "A new memory."}
    )
    doc["tables"]["entry_tags"].append({"entry_id": 99, "tag_id": 1})
    summary = service.import_file(db=db, user=alice, data=_bytes(doc))
    assert summary.added == {"journal entries": 1, "entry tags": 1}
    newest = journal_service.search_entries(db=db, user=alice, query="new memory").items[0]
    assert [tag.name for tag in newest.tags] == ["evening"]


def test_imported_text_is_analysed_when_the_file_has_no_analysis(db: Session, alice: User) -> None:
    _write_some_life(db, alice)
    doc = _doc(db, alice)
    for row in doc["tables"]["journal_entries"]:
        row.update(detected_emotions=None, analysis_version=None, safety_level=None)
    dana = make_user(db, "dana")
    service.import_file(db=db, user=dana, data=_bytes(doc))
    entries = journal_service.list_entries(db=db, user=dana).items
    assert all(e.analysis_version and e.safety_level for e in entries)


def test_a_bad_row_names_its_place_and_imports_nothing(db: Session, alice: User) -> None:
    _write_some_life(db, alice)
    doc = _doc(db, alice)
    doc["tables"]["checkins"][1]["pleasantness"] = "very"
    dana = make_user(db, "dana")
    with pytest.raises(service.ImportFailed) as failed:
        service.import_file(db=db, user=dana, data=_bytes(doc))
    assert failed.value.message.startswith('checkins, row 2, field "pleasantness"')
    assert service.owned_counts(db=db, user=dana) == {}


def test_a_dangling_reference_is_reported(db: Session, alice: User) -> None:
    _write_some_life(db, alice)
    doc = _doc(db, alice)
    doc["tables"]["entry_tags"][0]["tag_id"] = 42
    with pytest.raises(service.ImportFailed, match="no tags with id 42"):
        service.import_file(db=db, user=alice, data=_bytes(doc))


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"{not json", "not valid JSON (line 1, column 2)"),
        (b'{"format": "reconnect-export", "version": 9, "tables": {}}', "newer Reconnect"),
        (b'{"format": "reconnect-export", "version": 1, "tables": {"secrets": []}}', "secrets"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"hello,world\n1,2\n", "could not tell"),
    ],
)
def test_unreadable_files_get_a_clear_message(
    db: Session, alice: User, data: bytes, problem: str
) -> None:
    with pytest.raises(service.ImportFailed, match=re.escape(problem)):
        service.import_file(db=db, user=alice, data=data)


def test_a_daylio_export_becomes_checkins_and_entries(db: Session, alice: User) -> None:
    data = (FIXTURES / "daylio_export.csv").read_bytes()
    summary = service.import_file(db=db, user=alice, data=data)
    assert summary.added["checkins"] == 5 and summary.added["journal entries"] == 3
    entries = journal_service.list_entries(db=db, user=alice).items
    dinner = next(e for e in entries if e.title == "Dinner with old friends")
    assert "felt lighter" in dinner.body and "<br>" not in dinner.body
    assert [t.name for t in dinner.tags] == ["cooking", "friends", "walk"]
    assert "&amp;" not in entries[-1].body and "sister & did" in entries[-1].body
    checkins = journal_service.list_checkins(db=db, user=alice).items
    assert [c.pleasantness for c in checkins] == [2, 0, -4, 4, -2]
    assert checkins[1].note == "Activities that day: work, tired"
    again = service.import_file(db=db, user=alice, data=data)
    assert again.total_added == 0


def test_an_older_daylio_export_is_read_too(db: Session, alice: User) -> None:
    data = (FIXTURES / "daylio_export_old.csv").read_bytes()
    summary = service.import_file(db=db, user=alice, data=data, source="daylio")
    assert summary.added["checkins"] == 2
    entry = journal_service.list_entries(db=db, user=alice).items[0]
    assert entry.entry_date == dt.date(2025, 5, 18)


def test_a_daylio_row_with_a_bad_time_names_its_line(db: Session, alice: User) -> None:
    data = (FIXTURES / "daylio_export.csv").read_bytes().replace(b"07:30", b"7 thirty")
    with pytest.raises(service.ImportFailed, match="line 4: the time '7 thirty'"):
        service.import_file(db=db, user=alice, data=data)
    assert service.owned_counts(db=db, user=alice) == {}


def test_an_unknown_daylio_mood_keeps_the_note_and_says_so(db: Session, alice: User) -> None:
    data = (FIXTURES / "daylio_export.csv").read_bytes().replace(b",awful,", b",foggy,")
    summary = service.import_file(db=db, user=alice, data=data)
    assert summary.added["checkins"] == 4 and summary.added["journal entries"] == 3
    assert any("foggy" in warning for warning in summary.warnings)


def test_a_jrnl_export_becomes_entries_with_tags(db: Session, alice: User) -> None:
    data = (FIXTURES / "jrnl_export.json").read_bytes()
    summary = service.import_file(db=db, user=alice, data=data)
    assert summary.added["journal entries"] == 3
    entries = journal_service.list_entries(db=db, user=alice).items
    slept = next(e for e in entries if e.title == "Slept badly.")
    assert [t.name for t in slept.tags] == ["sleep", "starred", "work"]
    # 07:10 on alice's clock, in London (BST): 06:10 UTC
    assert slept.created_at == dt.datetime(2026, 9, 15, 6, 10, tzinfo=dt.UTC)
    small = next(e for e in entries if e.entry_date == dt.date(2026, 9, 16))
    assert small.title is None and small.body.startswith("A small good thing")
    assert service.import_file(db=db, user=alice, data=data).total_added == 0


def test_a_jrnl_entry_with_a_bad_date_names_the_entry(db: Session, alice: User) -> None:
    doc = json.loads((FIXTURES / "jrnl_export.json").read_text())
    doc["entries"][1]["date"] = "15/09/2026"
    with pytest.raises(service.ImportFailed, match='entry 2, field "date"'):
        service.import_file(db=db, user=alice, data=_bytes(doc))


def test_csv_export_has_one_file_per_kind(db: Session, alice: User) -> None:
    _write_some_life(db, alice)
    data, media, name = service.export_file(db=db, user=alice, kind="csv")
    assert media == "application/zip" and name.endswith(".zip")
    with zipfile.ZipFile(BytesIO(data)) as archive:
        names = set(archive.namelist())
        assert {"journal_entries.csv", "checkins.csv", "tags.csv", "README.txt"} <= names
        assert "api_tokens.csv" not in names and "browser_sessions.csv" not in names
        text = archive.read("journal_entries.csv").decode()
    assert "Walked home the long way" in text and text.startswith("id,entry_date")


def test_markdown_export_is_the_journal_oldest_first(db: Session, alice: User) -> None:
    _write_some_life(db, alice)
    text = service.export_file(db=db, user=alice, kind="markdown")[0].decode()
    assert text.startswith("# Journal of Alice")
    assert text.index("## 2026-11-01 · Evening") < text.index("## 2026-11-02")
    assert "Tags: evening, walk" in text


def test_an_export_holds_no_other_persons_data(db: Session, alice: User, bob: User) -> None:
    _write_some_life(db, alice)
    journal_service.create_entry(db=db, user=bob, body="Bob's own thoughts")
    text = service.export_file(db=db, user=alice, kind="json")[0].decode()
    assert "Bob's own thoughts" not in text and "password" not in text


def test_a_safety_plan_is_not_screened_on_import(db: Session, alice: User) -> None:
    safety_service.save_plan(
        db=db, user=alice, sections={"warning_signs": "When I start thinking about ending my life"}
    )
    doc = _doc(db, alice)
    dana = make_user(db, "dana")
    summary = service.import_file(db=db, user=dana, data=_bytes(doc))
    assert summary.added == {"safety plans": 1} and summary.crisis == 0


def test_marker_counts_are_recounted_on_import_whatever_the_file_says(
    db: Session, alice: User
) -> None:
    _write_some_life(db, alice)
    doc = _doc(db, alice)
    first, second = doc["tables"]["journal_entries"]
    first.update(marker_words=999, marker_absolutist=999, marker_singular=0, marker_plural=0)
    for name in ("marker_words", "marker_absolutist", "marker_singular", "marker_plural"):
        del second[name]  # a file from before the counts existed
    dana = make_user(db, "dana")
    service.import_file(db=db, user=dana, data=_bytes(doc))
    for entry in journal_service.list_entries(db=db, user=dana).items:
        text = f"{entry.title}. {entry.body}" if entry.title else entry.body
        found = markers.counts(text)
        assert (entry.marker_words, entry.marker_absolutist) == (found.words, found.absolutist)
        assert (entry.marker_singular, entry.marker_plural) == (found.singular, found.plural)


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("checkins", "words", {"calm": True}),  # an object where a list of words belongs
        ("checkins", "words", ["calm", "not-a-feeling-word"]),
        ("checkins", "corrected_emotions", [1, 2]),
        ("journal_entries", "emotion_scores", {"joy": "lots"}),
        ("journal_entries", "body", "x" * 200_000),  # longer than any form takes
        ("checkins", "note", "y" * 2_001),
    ],
)
def test_a_value_no_form_would_take_is_refused_by_name(
    db: Session, alice: User, table: str, column: str, value: object
) -> None:
    _write_some_life(db, alice)
    doc = _doc(db, alice)
    doc["tables"][table][0][column] = value
    dana = make_user(db, "dana")
    with pytest.raises(service.ImportFailed) as refused:
        service.import_file(db=db, user=dana, data=_bytes(doc))
    assert column in refused.value.message
    assert service.owned_counts(db=db, user=dana) == {}
