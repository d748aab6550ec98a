from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.journal import service, vocabulary


def test_the_vocabulary_has_over_a_hundred_words_in_every_quadrant() -> None:
    assert len(vocabulary.VOCABULARY) >= 100
    assert len(vocabulary.BY_WORD) == len(vocabulary.VOCABULARY)
    for quadrant in vocabulary.QUADRANT_ORDER:
        words = vocabulary.words_in(quadrant)
        assert len(words) >= 25 and all(word.meaning for word in words)


@pytest.mark.parametrize(
    ("p", "e", "quadrant"),
    [
        (3, 3, "high_pleasant"),
        (-2, 4, "high_unpleasant"),
        (2, -1, "low_pleasant"),
        (0, 0, "low_unpleasant"),
    ],
)
def test_grid_points_fall_in_their_quadrant(p: int, e: int, quadrant: str) -> None:
    assert vocabulary.quadrant_of(p, e) == quadrant


def test_a_check_in_keeps_its_words_in_order_without_repeats(db: Session, alice: User) -> None:
    checkin = service.create_checkin(
        db=db,
        user=alice,
        pleasantness=-2,
        energy=-3,
        words=["Numb", "tired", "numb"],
        note="  long day  ",
    )
    assert checkin.words == ["numb", "tired"]
    assert checkin.note == "long day"


@pytest.mark.parametrize(("p", "e"), [(5, 0), (0, -5), (True, 0)])
def test_grid_values_outside_the_grid_are_refused(db: Session, alice: User, p: int, e: int) -> None:
    with pytest.raises(ValidationFailed, match="-4 to 4"):
        service.create_checkin(db=db, user=alice, pleasantness=p, energy=e)


def test_unknown_emotion_words_are_named(db: Session, alice: User) -> None:
    with pytest.raises(ValidationFailed, match="blorp"):
        service.create_checkin(db=db, user=alice, pleasantness=0, energy=0, words=["calm", "blorp"])


def test_an_oversized_note_is_refused(db: Session, alice: User) -> None:
    with pytest.raises(ValidationFailed, match="2000"):
        service.create_checkin(db=db, user=alice, pleasantness=0, energy=0, note="x" * 2001)


def test_entries_are_written_tagged_and_listed_newest_first(db: Session, alice: User) -> None:
    older = service.create_entry(db=db, user=alice, body="first", entry_date=dt.date(2026, 1, 1))
    newer = service.create_entry(db=db, user=alice, body="second one", tags="Work, #home, work")
    assert [t.name for t in newer.tags] == ["home", "work"]
    assert newer.word_count == 2
    assert [e.id for e in service.list_entries(db=db, user=alice).items] == [newer.id, older.id]
    assert [e.id for e in service.list_entries(db=db, user=alice, tag="HOME").items] == [newer.id]


def test_empty_and_oversized_entries_are_refused(db: Session, alice: User) -> None:
    with pytest.raises(ValidationFailed, match="empty"):
        service.create_entry(db=db, user=alice, body="   ")
    with pytest.raises(ValidationFailed, match="20000"):
        service.create_entry(db=db, user=alice, body="x" * 20_001)


def test_future_dates_are_refused(db: Session, alice: User) -> None:
    with pytest.raises(ValidationFailed, match="future"):
        service.create_entry(
            db=db, user=alice, body="hi", entry_date=dt.date.today() + dt.timedelta(days=5)
        )


def test_dates_before_1900_are_refused_and_1900_is_not(db: Session, alice: User) -> None:
    with pytest.raises(ValidationFailed, match="from 1900-01-01 onwards"):
        service.create_entry(db=db, user=alice, body="hi", entry_date=dt.date(1899, 12, 31))
    entry = service.create_entry(db=db, user=alice, body="hi", entry_date=dt.date(1900, 1, 1))
    with pytest.raises(ValidationFailed, match="too far back"):
        service.update_entry(
            db=db, user=alice, entry_id=entry.id, body="hi", entry_date=dt.date(1, 1, 1)
        )


def test_a_failed_edit_leaves_the_entry_as_it_was(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="keep me", tags="a")
    with pytest.raises(ValidationFailed):
        service.update_entry(db=db, user=alice, entry_id=entry.id, body="changed", tags=["x" * 50])
    db.refresh(entry)
    assert entry.body == "keep me" and [t.name for t in entry.tags] == ["a"]


def test_search_matches_every_word_in_title_body_or_tags(db: Session, alice: User) -> None:
    a = service.create_entry(
        db=db, user=alice, body="Walked by the river", title="Sunday", tags="calm"
    )
    service.create_entry(db=db, user=alice, body="Meetings all day")
    assert [
        e.id for e in service.search_entries(db=db, user=alice, query="river SUNDAY").items
    ] == [a.id]
    assert [e.id for e in service.search_entries(db=db, user=alice, query="calm").items] == [a.id]
    assert service.search_entries(db=db, user=alice, query="nothing-like-this").items == []


def test_search_pages_through_many_matches(db: Session, alice: User) -> None:
    for i in range(25):
        service.create_entry(
            db=db,
            user=alice,
            body=f"note {i}",
            entry_date=dt.date(2026, 1, 1) + dt.timedelta(days=i),
        )
    first = service.search_entries(db=db, user=alice, query="note", page=1)
    second = service.search_entries(db=db, user=alice, query="note", page=2)
    assert len(first.items) == 20 and first.has_next
    assert len(second.items) == 5 and not second.has_next


def test_deleting_an_entry_drops_tags_nothing_else_uses(db: Session, alice: User) -> None:
    entry = service.create_entry(db=db, user=alice, body="x", tags="lonely-tag, shared")
    service.create_entry(db=db, user=alice, body="y", tags="shared")
    service.delete_entry(db=db, user=alice, entry_id=entry.id)
    assert service.list_tags(db=db, user=alice) == ["shared"]


def test_alice_cannot_see_or_change_charlies_things(
    db: Session, alice: User, charlie: User
) -> None:
    entry = service.create_entry(db=db, user=charlie, body="private")
    checkin = service.create_checkin(db=db, user=charlie, pleasantness=1, energy=1)
    with pytest.raises(NotFound):
        service.get_entry_for_user(db=db, user=alice, entry_id=entry.id)
    with pytest.raises(NotFound):
        service.update_entry(db=db, user=alice, entry_id=entry.id, body="mine now")
    with pytest.raises(NotFound):
        service.delete_checkin(db=db, user=alice, checkin_id=checkin.id)
    assert service.search_entries(db=db, user=alice, query="private").items == []
