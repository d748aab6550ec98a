"""jrnl's dates and times are the person's wall clock: read in their own time zone."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.data import service
from reconnect.journal import service as journal_service
from reconnect.plan import feed

JRNL = (Path(__file__).parent / "fixtures" / "jrnl_export.json").read_bytes()
UTC = dt.UTC


def _stored_times(db: Session, user: User) -> dict[dt.date, dt.datetime]:
    entries = journal_service.list_entries(db=db, user=user).items
    return {e.entry_date: e.created_at for e in entries}


@pytest.mark.parametrize(
    ("zone", "evening", "morning"),
    [
        # jrnl says 18:45 on 14 Sep and 07:10 on 15 Sep, on the person's own clock.
        (
            "UTC",
            dt.datetime(2026, 9, 14, 18, 45, tzinfo=UTC),
            dt.datetime(2026, 9, 15, 7, 10, tzinfo=UTC),
        ),
        # Los Angeles in September is UTC-7: the evening entry is after midnight in UTC.
        (
            "America/Los_Angeles",
            dt.datetime(2026, 9, 15, 1, 45, tzinfo=UTC),
            dt.datetime(2026, 9, 15, 14, 10, tzinfo=UTC),
        ),
        # Auckland in mid-September is UTC+12: the morning entry is the day before in UTC.
        (
            "Pacific/Auckland",
            dt.datetime(2026, 9, 14, 6, 45, tzinfo=UTC),
            dt.datetime(2026, 9, 14, 19, 10, tzinfo=UTC),
        ),
    ],
)
def test_jrnl_times_are_read_in_the_persons_own_time_zone(
    db: Session, alice: User, zone: str, evening: dt.datetime, morning: dt.datetime
) -> None:
    feed.set_time_zone(db=db, user=alice, time_zone=zone)
    service.import_file(db=db, user=alice, data=JRNL, source="jrnl")
    entries = _stored_times(db, alice)
    # The day of an entry is the day jrnl shows, whatever the time zone.
    assert sorted(entries) == [dt.date(2026, 9, 14), dt.date(2026, 9, 15), dt.date(2026, 9, 16)]
    assert entries[dt.date(2026, 9, 14)] == evening
    assert entries[dt.date(2026, 9, 15)] == morning


def test_an_entry_without_a_time_is_midnight_on_the_persons_clock(db: Session, alice: User) -> None:
    doc = json.loads(JRNL)
    del doc["entries"][2]["time"]
    feed.set_time_zone(db=db, user=alice, time_zone="Pacific/Auckland")
    service.import_file(db=db, user=alice, data=json.dumps(doc).encode())
    entries = _stored_times(db, alice)
    assert entries[dt.date(2026, 9, 16)] == dt.datetime(2026, 9, 15, 12, 0, tzinfo=UTC)


def test_someone_who_never_chose_a_time_zone_gets_their_countrys(db: Session, alice: User) -> None:
    service.import_file(db=db, user=alice, data=JRNL)  # alice lives in Britain: BST in September
    assert _stored_times(db, alice)[dt.date(2026, 9, 14)] == dt.datetime(
        2026, 9, 14, 17, 45, tzinfo=UTC
    )


def test_re_importing_in_the_same_zone_adds_nothing(db: Session, alice: User) -> None:
    feed.set_time_zone(db=db, user=alice, time_zone="Europe/Berlin")
    assert service.import_file(db=db, user=alice, data=JRNL).added["journal entries"] == 3
    assert service.import_file(db=db, user=alice, data=JRNL).total_added == 0


def test_one_persons_zone_does_not_move_anothers_times(db: Session, alice: User, bob: User) -> None:
    feed.set_time_zone(db=db, user=alice, time_zone="America/Los_Angeles")
    service.import_file(db=db, user=bob, data=JRNL)  # bob's own zone is Dublin's (UTC+1)
    assert _stored_times(db, bob)[dt.date(2026, 9, 15)] == dt.datetime(
        2026, 9, 15, 6, 10, tzinfo=UTC
    )
