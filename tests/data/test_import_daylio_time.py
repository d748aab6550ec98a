"""Daylio's times are the person's wall clock: read in their own time zone; energy neutral."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.data import service
from reconnect.data.sources import DAYLIO_ENERGY
from reconnect.journal import service as journal_service
from reconnect.plan import feed
from tests.factories import sign_in

DAYLIO = (Path(__file__).parent / "fixtures" / "daylio_export.csv").read_bytes()
UTC = dt.UTC


def _stored_times(db: Session, user: User) -> tuple[list[dt.datetime], dict[dt.date, dt.datetime]]:
    checkins = journal_service.list_checkins(db=db, user=user).items
    entries = journal_service.list_entries(db=db, user=user).items
    return [c.created_at for c in checkins], {e.entry_date: e.created_at for e in entries}


@pytest.mark.parametrize(
    ("zone", "dinner", "numb_morning"),
    [
        # Daylio says 21:40 on 3 Oct and 07:30 on 1 Oct, on the person's own clock.
        (
            "UTC",
            dt.datetime(2026, 10, 3, 21, 40, tzinfo=UTC),
            dt.datetime(2026, 10, 1, 7, 30, tzinfo=UTC),
        ),
        # New York in October is UTC-4: the evening entry is after midnight in UTC.
        (
            "America/New_York",
            dt.datetime(2026, 10, 4, 1, 40, tzinfo=UTC),
            dt.datetime(2026, 10, 1, 11, 30, tzinfo=UTC),
        ),
        # Auckland in October is UTC+13: the morning entry is the day before in UTC.
        (
            "Pacific/Auckland",
            dt.datetime(2026, 10, 3, 8, 40, tzinfo=UTC),
            dt.datetime(2026, 9, 30, 18, 30, tzinfo=UTC),
        ),
    ],
)
def test_daylio_times_are_read_in_the_persons_own_time_zone(
    db: Session, alice: User, zone: str, dinner: dt.datetime, numb_morning: dt.datetime
) -> None:
    feed.set_time_zone(db=db, user=alice, time_zone=zone)
    service.import_file(db=db, user=alice, data=DAYLIO, source="daylio")
    checkin_times, entries = _stored_times(db, alice)
    # The day of an entry is the day Daylio shows, whatever the time zone.
    assert sorted(entries) == [dt.date(2026, 9, 30), dt.date(2026, 10, 1), dt.date(2026, 10, 3)]
    assert entries[dt.date(2026, 10, 3)] == dinner
    assert entries[dt.date(2026, 10, 1)] == numb_morning
    assert dinner in checkin_times and numb_morning in checkin_times


def test_someone_who_never_chose_a_time_zone_gets_their_countrys(db: Session, alice: User) -> None:
    service.import_file(db=db, user=alice, data=DAYLIO)  # alice lives in Britain: BST in October
    _, entries = _stored_times(db, alice)
    assert entries[dt.date(2026, 10, 3)] == dt.datetime(2026, 10, 3, 20, 40, tzinfo=UTC)


def test_re_importing_in_the_same_zone_adds_nothing(db: Session, alice: User) -> None:
    feed.set_time_zone(db=db, user=alice, time_zone="Europe/Berlin")
    service.import_file(db=db, user=alice, data=DAYLIO)
    assert service.import_file(db=db, user=alice, data=DAYLIO).total_added == 0


def test_daylio_checkins_get_the_neutral_energy_the_checkin_form_starts_at(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    form = client.get("/checkin").text
    assert f'name="energy" type="range" min="-4" max="4" step="1" value="{DAYLIO_ENERGY}"' in form
    service.import_file(db=db, user=alice, data=DAYLIO)
    checkins = journal_service.list_checkins(db=db, user=alice).items
    assert DAYLIO_ENERGY == 0 == (journal_service.GRID_MIN + journal_service.GRID_MAX) // 2
    assert len(checkins) == 5 and {c.energy for c in checkins} == {DAYLIO_ENERGY}
