"""The journal's blind search index: found by word beginnings, kept up to date, never in clear."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.db import get_keyring, set_keyring
from reconnect.journal import search, service
from reconnect.journal.models import JournalEntry, SearchTerm


def _found(db: Session, user: User, query: str) -> list[int]:
    return [e.id for e in service.search_entries(db=db, user=user, query=query).items]


def test_words_fold_case_accents_and_apostrophes() -> None:
    assert search.words("Café, DON'T stop — naïve") == ["cafe", "dont", "stop", "naive"]


def test_a_word_is_found_by_its_beginning_not_its_middle(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="Walking home in the rain")
    assert _found(db, alice, "walk") == [entry.id]
    assert _found(db, alice, "Walking RAIN") == [entry.id]
    assert _found(db, alice, "alking") == []


def test_short_and_long_words_are_checked_on_the_opened_text(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="ok so uncharacteristically calm")
    service.create_entry(db=db, user=alice, body="uncharacteristic of me")
    assert _found(db, alice, "ok calm") == [entry.id]
    assert _found(db, alice, "uncharacteristically") == [entry.id]


def test_results_come_newest_first(db: Session, alice: User) -> None:
    days = [dt.date(2026, 3, d) for d in (5, 1, 9)]
    made = [service.create_entry(db=db, user=alice, body="tea", entry_date=d) for d in days]
    by_day = sorted(zip(days, [e.id for e in made], strict=True), reverse=True)
    assert _found(db, alice, "tea") == [entry_id for _, entry_id in by_day]


def test_an_edit_replaces_the_entrys_words(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="the old words", tags="sea")
    service.update_entry(db=db, user=alice, entry_id=entry.id, body="fresh text", tags="hills")
    assert _found(db, alice, "old") == [] and _found(db, alice, "sea") == []
    assert _found(db, alice, "fresh hills") == [entry.id]


def test_deleting_an_entry_deletes_its_index_rows(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="something to forget")
    service.delete_entry(db=db, user=alice, entry_id=entry.id)
    count = db.scalar(
        select(func.count()).select_from(SearchTerm).where(SearchTerm.entry_id == entry.id)
    )
    assert count == 0


def test_the_same_word_hashes_differently_for_two_people(
    db: Session, alice: User, bob: User
) -> None:
    a = service.create_entry(db=db, user=alice, body="lighthouse")
    b = service.create_entry(db=db, user=bob, body="lighthouse")
    terms = {
        entry.id: set(db.scalars(select(SearchTerm.term).where(SearchTerm.entry_id == entry.id)))
        for entry in (a, b)
    }
    assert terms[a.id] and terms[a.id].isdisjoint(terms[b.id])
    assert _found(db, bob, "lighthouse") == [b.id]


def test_an_entry_not_yet_indexed_is_still_found(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="an old entry about herons")
    db.execute(delete_terms(entry.id))
    db.execute(update(JournalEntry).where(JournalEntry.id == entry.id).values(search_key=None))
    db.expire_all()
    assert _found(db, alice, "herons") == [entry.id]
    assert search.reindex(db) == 1
    assert db.get(JournalEntry, entry.id).search_key == get_keyring().active  # type: ignore[union-attr]
    assert _found(db, alice, "herons") == [entry.id]


def delete_terms(entry_id: int):  # type: ignore[no-untyped-def]
    from sqlalchemy import delete

    return delete(SearchTerm).where(SearchTerm.entry_id == entry_id)


def test_after_a_rotation_old_entries_are_found_until_and_after_reindexing(
    db: Session, alice: User
) -> None:
    before = get_keyring()
    entry = service.create_entry(db=db, user=alice, body="kept through the rotation")
    rotated = before.with_new_active_key()
    set_keyring(rotated)
    try:
        assert _found(db, alice, "rotation") == [entry.id]  # hashed under the retired key
        assert search.reindex(db) == 1
        assert db.get(JournalEntry, entry.id).search_key == rotated.active  # type: ignore[union-attr]
        assert _found(db, alice, "rotation") == [entry.id]
    finally:
        set_keyring(before)


def test_indexing_is_not_an_edit(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="unchanged")
    db.execute(
        update(JournalEntry)
        .where(JournalEntry.id == entry.id)
        .values(updated_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    )
    db.expire_all()
    search.index_entries(db, [db.get(JournalEntry, entry.id)])  # type: ignore[list-item]
    db.expire_all()
    stored = db.get(JournalEntry, entry.id)
    assert stored is not None and stored.updated_at == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_imported_entries_are_indexed_with_their_tags(db: Session, alice: User) -> None:
    from reconnect.data import service as data_service
    from tests.factories import make_user

    service.create_entry(db=db, user=alice, body="a walk by the estuary", tags="coast")
    exported = data_service.export_document(db=db, user=alice)
    dana = make_user(db, "dana")
    data_service.import_file(db=db, user=dana, data=json.dumps(exported).encode())
    [found] = service.search_entries(db=db, user=dana, query="estuary coast").items
    assert found.search_key == get_keyring().active


def test_tag_names_are_never_hashed_beside_the_text(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="ok fine", tags="divorce")
    stored = set(db.scalars(select(SearchTerm.term).where(SearchTerm.entry_id == entry.id)))
    key = get_keyring().search_key()
    assert stored == {search.term_hash(key, alice.id, b) for b in search.beginnings("ok fine")}
    assert _found(db, alice, "divorce") == [entry.id]  # found through the tag, in SQL


def test_a_tag_an_import_adds_to_an_existing_entry_is_found(db: Session, alice: User) -> None:
    from reconnect.data import service as data_service

    entry = service.create_entry(db=db, user=alice, body="A day out", tags="seaside")
    exported = data_service.export_document(db=db, user=alice)
    service.update_entry(db=db, user=alice, entry_id=entry.id, body="A day out", tags="")
    assert _found(db, alice, "seaside") == []
    data_service.import_file(db=db, user=alice, data=json.dumps(exported).encode())
    assert _found(db, alice, "seaside") == [entry.id]
