"""Days are the person's own: a late check-in in Auckland counts for that evening there,
whatever zone the server runs in."""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.insights import periods, report
from reconnect.journal import service, stats
from tests.factories import sign_in

UTC = dt.UTC
# Auckland is UTC+13 in December: 23:30 on Thursday 3rd there is 10:30 UTC that day, and
# 00:30 on Friday 4th there is still 11:30 UTC on Thursday.
THURSDAY_LATE = dt.datetime(2026, 12, 3, 10, 30, tzinfo=UTC)
FRIDAY_EARLY = dt.datetime(2026, 12, 3, 11, 30, tzinfo=UTC)
WEDNESDAY_LATE = dt.datetime(2026, 12, 2, 10, 30, tzinfo=UTC)


@pytest.fixture(params=["Pacific/Pago_Pago", "Europe/Berlin"])
def server_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The server runs a long way west (UTC-11), or in central Europe."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@pytest.fixture()
def in_auckland(db: Session, alice: User) -> User:
    accounts_service.set_time_zone(db=db, user=alice, time_zone="Pacific/Auckland")
    for moment in (WEDNESDAY_LATE, THURSDAY_LATE, FRIDAY_EARLY):
        service.create_checkin(db=db, user=alice, pleasantness=1, energy=1, at=moment)
    db.commit()
    return alice


def test_a_late_check_in_counts_for_its_local_day(
    db: Session, in_auckland: User, server_zone: str
) -> None:
    thursday = dt.date(2026, 12, 3)
    found = service.activity(db=db, user=in_auckland, start=thursday, end=thursday)
    assert (found.checkins, found.checkin_days) == (1, 1)  # the 00:30 one is Friday's
    points = service.mood_by_bucket(
        db=db, user=in_auckland, start=thursday, end=dt.date(2026, 12, 4), bucket="day"
    )
    assert [(p.day, p.checkins) for p in points] == [(thursday, 1), (dt.date(2026, 12, 4), 1)]


def test_the_streak_counts_local_days(db: Session, in_auckland: User, server_zone: str) -> None:
    # In UTC the three fall on two days; in Auckland on three in a row.
    assert service.checkin_streak(db=db, user=in_auckland, today=dt.date(2026, 12, 4)) == 3


def test_the_first_day_is_a_local_day(db: Session, in_auckland: User, server_zone: str) -> None:
    assert service.first_day(db=db, user=in_auckland) == dt.date(2026, 12, 2)
    assert stats.last_day(db=db, user=in_auckland) == dt.date(2026, 12, 4)


def test_today_shows_the_local_time(
    client: TestClient, in_auckland: User, server_zone: str
) -> None:
    page = sign_in(client, "alice").get("/").text
    assert "Thu 3 Dec 2026, 23:30" in page and "Fri 4 Dec 2026, 00:30" in page


def test_today_is_the_persons_own_date() -> None:
    now = dt.datetime.now(UTC)
    assert dates.today("Pacific/Kiritimati") == (now + dt.timedelta(hours=14)).date()
    assert dates.today("Etc/GMT+12") == (now - dt.timedelta(hours=12)).date()


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_report_counts_local_days(db: Session, in_auckland: User, server_zone: str) -> None:
    period = periods.between(dt.date(2026, 12, 2), dt.date(2026, 12, 4))
    choice = report.make_request(period=period, parts=["mood"], excerpts="none")
    text = _pdf_text(
        report.build_report(db=db, user=in_auckland, request=choice, today=dt.date(2026, 12, 4))
    )
    assert "Days you checked in 3" in " ".join(text.split())
    assert "4 Dec 2026" in text
