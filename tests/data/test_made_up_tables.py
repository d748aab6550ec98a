"""Shapes of table other domains add, made up for the test: rows that link two people
(a couple), and a table whose rows point at each other.

The together domain adds its real tables on its own branch; these stand-ins have the same
shape (a link with two user columns, check-ins under it, each partner's answers under
those), so the generic rules are checked here without waiting for it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from sqlalchemy import Column, Date, ForeignKey, Integer, Table, func, insert, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.data import service
from reconnect.data.ownership import plans_by_name
from reconnect.db import Base, EncryptedText
from reconnect.journal import service as journal_service
from tests.factories import make_user


@pytest.fixture()
def couple_tables(db: Session) -> Iterator[tuple[Table, Table, Table]]:
    meta = Base.metadata
    links = Table(
        "zz_links",
        meta,
        Column("id", Integer, primary_key=True),
        Column("first_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column("second_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    )
    rounds = Table(
        "zz_rounds",
        meta,
        Column("id", Integer, primary_key=True),
        Column("link_id", ForeignKey("zz_links.id", ondelete="CASCADE"), nullable=False),
        Column("week", Date, nullable=False),
    )
    answers = Table(
        "zz_answers",
        meta,
        Column("id", Integer, primary_key=True),
        Column("round_id", ForeignKey("zz_rounds.id", ondelete="CASCADE"), nullable=False),
        Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column("answer", EncryptedText(), nullable=False),
    )
    tables = (links, rounds, answers)
    meta.create_all(db.connection(), tables=list(tables))  # rolled back with the test
    yield tables
    for table in reversed(tables):
        meta.remove(table)


def _link(db: Session, tables: tuple[Table, Table, Table], alice: User, bob: User) -> None:
    links, rounds, answers = tables
    link = db.scalar(
        insert(links).values(first_id=alice.id, second_id=bob.id).returning(links.c.id)
    )
    week = db.scalar(
        insert(rounds).values(link_id=link, week=dt.date(2026, 11, 23)).returning(rounds.c.id)
    )
    db.execute(
        insert(answers),
        [
            {"round_id": week, "user_id": alice.id, "answer": "alice: I felt heard"},
            {"round_id": week, "user_id": bob.id, "answer": "bob: I needed a walk together"},
        ],
    )


def test_a_link_between_two_people_is_shared_and_not_importable(couple_tables: object) -> None:
    plans = plans_by_name()
    assert plans["zz_links"].shared and not plans["zz_links"].importable
    assert plans["zz_rounds"].exported and not plans["zz_rounds"].importable
    assert not plans["zz_answers"].importable and not plans["zz_answers"].shared


def test_each_person_exports_their_side_only(
    couple_tables: tuple[Table, Table, Table], db: Session, alice: User, bob: User
) -> None:
    _link(db, couple_tables, alice, bob)
    tables = service.export_document(db=db, user=alice)["tables"]
    assert tables["zz_links"] == [{"id": 1, "first_id": "self", "second_id": "other"}]  # type: ignore[index]
    assert [row["answer"] for row in tables["zz_answers"]] == ["alice: I felt heard"]  # type: ignore[index]
    bobs = service.export_document(db=db, user=bob)["tables"]
    assert bobs["zz_links"] == [{"id": 1, "first_id": "other", "second_id": "self"}]  # type: ignore[index]
    assert [row["answer"] for row in bobs["zz_answers"]] == ["bob: I needed a walk together"]  # type: ignore[index]


def test_an_import_skips_links_and_says_why(
    couple_tables: tuple[Table, Table, Table], db: Session, alice: User, bob: User
) -> None:
    _link(db, couple_tables, alice, bob)
    journal_service.create_entry(db=db, user=alice, body="My own words")
    data = service.export_file(db=db, user=alice, kind="json")[0]
    dana = make_user(db, "dana")
    summary = service.import_file(db=db, user=dana, data=data)
    assert summary.added.get("journal entries") == 1 and "zz links" not in summary.added
    assert any("zz links" in w and "another person" in w for w in summary.warnings)


def test_deleting_one_partner_removes_the_link_and_keeps_the_others_own_rows(
    couple_tables: tuple[Table, Table, Table], db: Session, alice: User, bob: User
) -> None:
    _link(db, couple_tables, alice, bob)
    journal_service.create_entry(db=db, user=bob, body="Bob's journal")
    service.delete_account(db=db, user=alice)
    for table in couple_tables:
        assert db.scalar(select(func.count()).select_from(table)) == 0, table.name
    assert len(journal_service.list_entries(db=db, user=bob).items) == 1


@pytest.fixture()
def threads(db: Session) -> Iterator[Table]:
    table = Table(
        "zz_notes",
        Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column("reply_to", ForeignKey("zz_notes.id", ondelete="CASCADE"), nullable=True),
        Column("text", EncryptedText(), nullable=False),
    )
    Base.metadata.create_all(db.connection(), tables=[table])
    yield table
    Base.metadata.remove(table)


def test_rows_that_point_at_each_other_keep_their_links(
    threads: Table, db: Session, alice: User
) -> None:
    first = db.scalar(
        insert(threads).values(user_id=alice.id, text="first").returning(threads.c.id)
    )
    db.execute(insert(threads).values(user_id=alice.id, reply_to=first, text="a reply"))
    doc = service.export_document(db=db, user=alice)
    assert doc["tables"]["zz_notes"][1] == {"id": 2, "reply_to": 1, "text": "a reply"}  # type: ignore[index]
    dana = make_user(db, "dana")
    service.import_file(db=db, user=dana, data=json.dumps(doc).encode())
    assert service.export_document(db=db, user=dana)["tables"] == doc["tables"]


def test_a_row_pointing_further_down_the_file_is_refused(
    threads: Table, db: Session, alice: User
) -> None:
    doc = {
        "format": "reconnect-export",
        "version": 1,
        "tables": {
            "zz_notes": [
                {"id": 1, "reply_to": 2, "text": "answers the next one"},
                {"id": 2, "reply_to": None, "text": "comes later"},
            ]
        },
    }
    with pytest.raises(
        service.ImportFailed, match='zz notes, row 1, field "reply_to": id 2 is not among'
    ):
        service.import_file(db=db, user=alice, data=json.dumps(doc).encode())


def test_free_text_of_other_domains_is_screened_on_import(
    threads: Table, db: Session, alice: User
) -> None:
    doc = {
        "format": "reconnect-export",
        "version": 1,
        "tables": {
            "zz_notes": [{"id": 1, "reply_to": None, "text": "I want to kill myself tonight."}]
        },
    }
    summary = service.import_file(db=db, user=alice, data=json.dumps(doc).encode())
    assert summary.crisis == 1 and summary.added == {"zz notes": 1}
