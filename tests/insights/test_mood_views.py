"""The mood charts on the dashboard and in the PDF, from what was really saved: grid places
and sleep read from the database, charlie never seeing alice's, empty states in words."""

from __future__ import annotations

import datetime as dt
import io

from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.insights import service
from reconnect.journal import service as journal_service
from reconnect.journal.service import GridCount
from reconnect.patterns import service as patterns_service
from reconnect.patterns.factors import Factors
from tests.factories import post_form, sign_in
from tests.insights.data import add_checkin, add_entry

TITLES = (
    "Your year, day by day",
    "Where your check-ins were on the grid",
    "How pleasant your check-ins felt",
    "Check-ins per quadrant",
)


def _alice_moods(db: Session, alice: User) -> dt.date:
    today = dates.today()
    first = add_checkin(db, alice, today - dt.timedelta(days=3), 2, -1)
    add_checkin(db, alice, today - dt.timedelta(days=2), 2, -1)
    add_checkin(db, alice, today - dt.timedelta(days=1), -3, 3)
    add_checkin(db, alice, today - dt.timedelta(days=300), 4, 4)  # in the calendar only
    patterns_service.save_for_checkin(
        db=db, user=alice, checkin_id=first.id, chosen=Factors(sleep_hours=6.5)
    )
    entry = add_entry(db, alice, today - dt.timedelta(days=3), "Slept badly.")
    patterns_service.save_for_entry(
        db=db, user=alice, entry_id=entry.id, chosen=Factors(sleep_hours=7.5)
    )
    db.commit()
    return today


def test_grid_places_are_counted_with_their_latest_day(db: Session, alice: User) -> None:
    today = _alice_moods(db, alice)
    counts = journal_service.grid_counts(
        db=db, user=alice, start=today - dt.timedelta(days=29), end=today
    )
    assert counts == [
        GridCount(-3, 3, 1, today - dt.timedelta(days=1)),
        GridCount(2, -1, 2, today - dt.timedelta(days=2)),
    ]


def test_sleep_is_the_days_mean_of_check_ins_and_entries(db: Session, alice: User) -> None:
    today = _alice_moods(db, alice)
    sleep = patterns_service.sleep_by_day(
        db=db, user=alice, start=today - dt.timedelta(days=29), end=today
    )
    assert sleep == [(today - dt.timedelta(days=3), 7.0)]


def test_the_calendar_shows_the_last_12_months_whatever_the_range(db: Session, alice: User) -> None:
    today = _alice_moods(db, alice)
    period = service.period_named(db=db, user=alice, name="month", today=today)
    board = service.build_dashboard(db=db, user=alice, period=period, today=today)
    assert len(board.charts["calendar"].table.rows) == 4
    assert len(board.charts["grid"].table.rows) == 2  # the month's check-ins only
    assert [p.checkins for p in board.mood_points] == [1, 1, 1]  # read from the calendar


def test_the_dashboard_shows_the_mood_charts_with_tables(
    client: TestClient, db: Session, alice: User
) -> None:
    _alice_moods(db, alice)
    page = sign_in(client, "alice").get("/insights").text
    for title in (*TITLES, "Sleep beside mood"):
        assert f">{title}</h3>" in page
    for key in ("calendar", "grid", "spread", "quadrants", "sleep"):
        assert f'id="{key}-title"' in page and f'id="{key}-narrow-title"' in page
    assert 'class="chart-image chart-narrow"' in page
    assert ": 7 hours of sleep</title>" in page
    assert "Pleasantness +2, energy -1: 2 check-ins, the latest on" in page
    assert page.count("<table>") >= 8  # the words charts, empty here, have none


def test_charlie_sees_none_of_alices_moods(
    make_client, db: Session, alice: User, charlie: User
) -> None:  # type: ignore[no-untyped-def]
    _alice_moods(db, alice)
    page = sign_in(make_client(), "charlie").get("/insights").text
    assert "No check-ins in the last 12 months yet" in page
    assert "No check-ins in this range yet, so the grid is empty." in page
    assert "Sleep appears here once you note hours of sleep" in page
    assert "hours of sleep</title>" not in page


def test_without_sleep_the_dashboard_says_how_to_note_it(
    client: TestClient, db: Session, alice: User
) -> None:
    add_checkin(db, alice, dates.today(), 1, 1)
    db.commit()
    page = sign_in(client, "alice").get("/insights?range=quarter").text
    assert "Sleep appears here once you note hours of sleep" in page
    assert 'id="sleep-title"' not in page
    assert 'id="grid-title"' in page


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _form(today: dt.date) -> dict[str, object]:
    return {
        "start": (today - dt.timedelta(days=89)).isoformat(),
        "end": today.isoformat(),
        "parts": ["mood"],
        "excerpts": "none",
        "cap": "5",
    }


def test_the_report_draws_the_mood_charts_and_sleep_when_noted(
    client: TestClient, db: Session, alice: User
) -> None:
    today = _alice_moods(db, alice)
    response = post_form(sign_in(client, "alice"), "/insights/report", _form(today))
    assert response.status_code == 200
    text = _pdf_text(response.content)
    for title in (*TITLES, "Sleep beside mood"):
        assert title in text
    # fpdf2 draws the marks but not their tooltips: the PDF has the tables instead.
    assert ": 7 hours of sleep" not in text and "the latest on" not in text


def test_the_report_leaves_sleep_out_when_none_was_noted(
    client: TestClient, db: Session, alice: User
) -> None:
    add_checkin(db, alice, dates.today(), 1, 1)
    db.commit()
    response = post_form(sign_in(client, "alice"), "/insights/report", _form(dates.today()))
    text = _pdf_text(response.content)
    assert "Your year, day by day" in text and "Sleep beside mood" not in text
