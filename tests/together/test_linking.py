from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.core.errors import Conflict, NotFound, ValidationFailed
from reconnect.together import service
from reconnect.together.models import PartnerInvite, PartnerLink
from tests.together.conftest import link


def test_an_accepted_code_links_both_partners(db: Session, alice: User, bob: User) -> None:
    link(db, alice, bob)
    assert service.partner_of(db=db, user=alice) == bob
    assert service.partner_of(db=db, user=bob) == alice


def test_only_a_hash_of_the_code_is_stored(db: Session, alice: User) -> None:
    _, code = service.create_invite(db=db, user=alice)
    stored = db.scalars(select(PartnerInvite.code_hash)).all()
    assert stored and all(code not in h and code.replace("-", "") not in h for h in stored)


def test_a_code_works_once(db: Session, alice: User, bob: User, charlie: User) -> None:
    _, code = service.create_invite(db=db, user=alice)
    service.accept_invite(db=db, user=bob, code=code.lower().replace("-", " "))
    service.unlink(db=db, user=bob)
    with pytest.raises(ValidationFailed, match="does not work"):
        service.accept_invite(db=db, user=charlie, code=code)


def test_an_expired_code_is_refused(db: Session, alice: User, bob: User) -> None:
    long_ago = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    _, code = service.create_invite(db=db, user=alice, now=long_ago)
    with pytest.raises(ValidationFailed, match="expired"):
        service.accept_invite(db=db, user=bob, code=code)


def test_a_new_code_withdraws_the_old_one(db: Session, alice: User, bob: User) -> None:
    _, first = service.create_invite(db=db, user=alice)
    service.create_invite(db=db, user=alice)
    with pytest.raises(ValidationFailed):
        service.accept_invite(db=db, user=bob, code=first)


def test_nobody_accepts_their_own_code(db: Session, alice: User) -> None:
    _, code = service.create_invite(db=db, user=alice)
    with pytest.raises(ValidationFailed, match="your own invite code"):
        service.accept_invite(db=db, user=alice, code=code)


def test_accepting_while_linked_is_refused_clearly(
    db: Session, alice: User, bob: User, charlie: User
) -> None:
    link(db, alice, bob)
    _, code = service.create_invite(db=db, user=charlie)
    with pytest.raises(Conflict, match="one partner at a time"):
        service.accept_invite(db=db, user=bob, code=code)
    with pytest.raises(Conflict, match="already linked"):
        service.create_invite(db=db, user=alice)


def test_a_code_from_someone_now_linked_elsewhere_stops_working(
    db: Session, alice: User, bob: User, charlie: User
) -> None:
    _, code = service.create_invite(db=db, user=alice)
    _, bobs = service.create_invite(db=db, user=bob)
    service.accept_invite(db=db, user=alice, code=bobs)
    with pytest.raises(ValidationFailed):
        service.accept_invite(db=db, user=charlie, code=code)


def test_either_partner_can_unlink_and_nothing_is_shared_after(
    db: Session, alice: User, bob: User
) -> None:
    link(db, alice, bob)
    service.unlink(db=db, user=bob)
    assert service.partner_of(db=db, user=alice) is None
    with pytest.raises(NotFound):
        service.unlink(db=db, user=alice)
    with pytest.raises(NotFound):
        service.list_rounds(db=db, user=alice)


def test_a_stranger_has_no_partner(db: Session, charlie: User) -> None:
    assert service.partner_of(db=db, user=charlie) is None
    assert service.checkin_streak(db=db, user=charlie, today=dt.date(2026, 11, 25)) == 0
    assert service.today_items(db=db, user=charlie, today=dt.date(2026, 11, 25)) == []
    assert service.calendar_items(db=db, user=charlie) == []


def test_the_schedule_is_shared_and_either_partner_changes_it(
    db: Session, alice: User, bob: User
) -> None:
    link(db, alice, bob)
    wednesday = dt.date(2026, 11, 25)
    service.set_schedule(
        db=db, user=alice, weekday=6, time_of_day="19:30", every_weeks=2, today=wednesday
    )
    seen_by_bob = service.schedule_for(db=db, user=bob)
    assert seen_by_bob is not None
    assert (seen_by_bob.weekday, seen_by_bob.time_of_day, seen_by_bob.every_weeks) == (
        6,
        "19:30",
        2,
    )
    assert seen_by_bob.starts == dt.date(2026, 11, 29)
    assert seen_by_bob.next_on_or_after(dt.date(2026, 11, 30)) == dt.date(2026, 12, 13)
    assert seen_by_bob.changed_by == alice.id
    service.set_schedule(
        db=db, user=bob, weekday=0, time_of_day="08:00", every_weeks=1, today=wednesday
    )
    mine = service.schedule_for(db=db, user=alice)
    assert mine is not None and mine.weekday == 0 and mine.changed_by == bob.id


@pytest.mark.parametrize(
    ("weekday", "time_of_day", "every_weeks", "field"),
    [(7, "19:00", 1, "weekday"), (1, "25:00", 1, "time_of_day"), (1, "19:00", 3, "every_weeks")],
)
def test_a_bad_schedule_is_refused_with_the_field(
    db: Session,
    alice: User,
    bob: User,
    weekday: int,
    time_of_day: str,
    every_weeks: int,
    field: str,
) -> None:
    link(db, alice, bob)
    with pytest.raises(ValidationFailed) as refused:
        service.set_schedule(
            db=db, user=alice, weekday=weekday, time_of_day=time_of_day, every_weeks=every_weeks
        )
    assert refused.value.field == field


def test_the_calendar_offers_one_repeating_check_in_to_each_partner(
    db: Session, alice: User, bob: User
) -> None:
    link(db, alice, bob)
    service.set_schedule(
        db=db,
        user=alice,
        weekday=6,
        time_of_day="19:30",
        every_weeks=2,
        today=dt.date(2026, 11, 25),
    )
    for person in (alice, bob):
        [item] = service.calendar_items(db=db, user=person)
        assert item.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"
        assert item.starts.tzinfo is not None and item.starts.date() == dt.date(2026, 11, 29)
        assert (item.starts.hour, item.starts.minute) == (19, 30)
        assert item.href == "/together/checkin"
    assert (
        service.calendar_items(db=db, user=alice)[0].uid
        == service.calendar_items(db=db, user=bob)[0].uid
    )


def test_links_are_kept_for_one_pair_at_a_time(db: Session, alice: User, bob: User) -> None:
    link(db, alice, bob)
    service.unlink(db=db, user=alice)
    link(db, bob, alice)
    active = db.scalars(select(PartnerLink).where(PartnerLink.unlinked_at.is_(None))).all()
    assert len(active) == 1


def test_invite_rows_hold_no_readable_code(db: Session, alice: User) -> None:
    _, code = service.create_invite(db=db, user=alice)
    db.flush()
    raw = " ".join(
        str(v) for row in db.execute(text("SELECT * FROM together_invites")) for v in row
    )
    assert code.replace("-", "") not in raw


def test_the_check_in_time_is_the_pickers_even_across_zones(
    db: Session, alice: User, bob: User
) -> None:
    link(db, alice, bob)
    accounts_service.set_time_zone(db=db, user=bob, time_zone="America/New_York")
    service.set_schedule(
        db=db,
        user=alice,
        weekday=6,
        time_of_day="19:30",
        every_weeks=1,
        today=dt.date(2026, 11, 25),
    )
    hers, his = (service.calendar_items(db=db, user=p)[0].starts for p in (alice, bob))
    assert hers == his == dt.datetime(2026, 11, 29, 19, 30, tzinfo=ZoneInfo("Europe/London"))
