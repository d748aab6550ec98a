from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.journal import service as journal_service
from reconnect.together import service
from reconnect.together.models import PartnerLink, SharedEntry


def test_a_shared_entry_is_readable_by_the_partner_until_unshared(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="about the holiday", title="Sea")
    journal_service.create_entry(db=db, user=alice, body="not for bob")
    share = service.share_entry(db=db, user=alice, entry_id=entry.id)
    [seen] = service.list_shared(db=db, user=bob)
    assert seen.entry.body == "about the holiday" and not seen.mine
    assert service.read_shared(db=db, user=bob, share_id=share.id).entry.title == "Sea"
    with pytest.raises(NotFound):
        service.unshare(db=db, user=bob, share_id=share.id)  # only the writer unshares
    service.unshare(db=db, user=alice, share_id=share.id)
    assert service.list_shared(db=db, user=bob) == []
    with pytest.raises(NotFound):
        service.read_shared(db=db, user=bob, share_id=share.id)


def test_nobody_shares_someone_elses_entry(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="mine")
    with pytest.raises(NotFound):
        service.share_entry(db=db, user=bob, entry_id=entry.id)


def test_sharing_twice_keeps_one_share(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="once")
    assert (
        service.share_entry(db=db, user=alice, entry_id=entry.id).id
        == service.share_entry(db=db, user=alice, entry_id=entry.id).id
    )


def test_deleting_the_entry_removes_the_share(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="soon gone")
    service.share_entry(db=db, user=alice, entry_id=entry.id)
    db.commit()
    journal_service.delete_entry(db=db, user=alice, entry_id=entry.id)
    db.commit()
    db.expire_all()
    assert db.scalars(select(SharedEntry)).all() == []
    assert service.list_shared(db=db, user=bob) == []


def test_unlinking_hides_shared_entries_from_the_other(
    db: Session, alice: User, bob: User, charlie: User, linked: PartnerLink
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="shared for a while")
    share = service.share_entry(db=db, user=alice, entry_id=entry.id)
    with pytest.raises(NotFound):
        service.read_shared(db=db, user=charlie, share_id=share.id)
    service.unlink(db=db, user=alice)
    with pytest.raises(NotFound):
        service.read_shared(db=db, user=bob, share_id=share.id)


def test_activities_are_planned_and_done_by_either_partner(
    db: Session, alice: User, bob: User, charlie: User, linked: PartnerLink
) -> None:
    walk = service.add_activity(db=db, user=alice, idea_key="evening-walk")
    own = service.add_activity(db=db, user=bob, title="Visit the old bakery")
    day = dt.date(2026, 12, 5)
    service.plan_activity(db=db, user=bob, activity_id=walk.id, planned_on=day)
    listed = service.list_activities(db=db, user=alice)
    assert [service.activity_title(a) for a in listed] == [
        "An evening walk without phones",
        "Visit the old bakery",
    ]
    [planned] = service.today_items(db=db, user=alice, today=day)
    assert planned.title == "An evening walk without phones"
    service.mark_done(db=db, user=alice, activity_id=walk.id, done=True, today=day)
    assert service.list_activities(db=db, user=bob)[-1].done_on == day
    with pytest.raises(NotFound):
        service.get_activity_for_user(db=db, user=charlie, activity_id=own.id)
    service.delete_activity(db=db, user=bob, activity_id=own.id)
    assert len(service.list_activities(db=db, user=alice)) == 1


def test_a_bad_activity_is_refused(db: Session, alice: User, linked: PartnerLink) -> None:
    with pytest.raises(ValidationFailed, match="not in the list"):
        service.add_activity(db=db, user=alice, idea_key="skydiving")
    with pytest.raises(ValidationFailed, match="1 to 120"):
        service.add_activity(db=db, user=alice, title="  ")
