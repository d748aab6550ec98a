from __future__ import annotations

import datetime as dt
import zoneinfo

import icalendar
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.plan import feed, service


def _events(body: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(body)
    return [c for c in calendar.walk("VEVENT")]


def test_the_feed_is_a_valid_calendar_with_each_planned_practice(
    client: TestClient, db: Session, alice: User
) -> None:
    feed.set_time_zone(db=db, user=alice, time_zone="Europe/London")
    service.add_practice(db=db, user=alice, slug="movement", days=["TU", "SA"], at_time="07:30")
    service.add_practice(db=db, user=alice, slug="breathing")
    token = feed.create_token(db=db, user=alice)
    db.commit()
    response = client.get(f"/plan/feed/{token}.ics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    events = {str(e["summary"]): e for e in _events(response.content)}
    assert set(events) == {"Moving your body", "Guided breathing"}
    movement = events["Moving your body"]
    start = movement.decoded("dtstart")
    assert start.tzinfo == zoneinfo.ZoneInfo("Europe/London")
    assert (start.hour, start.minute) == (7, 30) and start.weekday() in (1, 5)
    assert movement.decoded("duration") == dt.timedelta(minutes=20)
    assert movement["rrule"].to_ical() == b"FREQ=WEEKLY;BYDAY=TU,SA"
    assert str(movement["url"]) == "http://testserver/plan/practices/movement"
    assert movement.walk("VALARM")
    assert icalendar.Calendar.from_ical(response.content).walk("VTIMEZONE")


def test_only_a_hash_of_the_token_is_stored(db: Session, alice: User) -> None:
    token = feed.create_token(db=db, user=alice)
    stored = db.execute(text("SELECT feed_token_hash FROM plans")).scalar_one()
    assert stored and token not in stored and len(stored) == 64


def test_revoking_or_replacing_the_token_makes_the_old_address_not_found(
    client: TestClient, db: Session, alice: User
) -> None:
    first = feed.create_token(db=db, user=alice)
    db.commit()
    assert client.get(f"/plan/feed/{first}.ics").status_code == 200
    second = feed.create_token(db=db, user=alice)
    db.commit()
    assert client.get(f"/plan/feed/{first}.ics").status_code == 404
    assert client.get(f"/plan/feed/{second}.ics").status_code == 200
    feed.revoke_token(db=db, user=alice)
    db.commit()
    assert client.get(f"/plan/feed/{second}.ics").status_code == 404


def test_a_made_up_token_is_not_found(client: TestClient, alice: User) -> None:
    assert client.get("/plan/feed/not-a-real-token.ics").status_code == 404
    assert client.get(f"/plan/feed/{'x' * 500}.ics").status_code == 404


def test_each_person_sees_only_their_own_practices(db: Session, alice: User, charlie: User) -> None:
    service.add_practice(db=db, user=alice, slug="hobby")
    service.add_practice(db=db, user=charlie, slug="movement")
    token = feed.create_token(db=db, user=charlie)
    body = feed.feed_for_token(db=db, token=token, base_url="http://x/")
    assert body is not None
    assert [str(e["summary"]) for e in _events(body)] == ["Moving your body"]


def test_the_feed_holds_due_questionnaires_too(db: Session, alice: User) -> None:
    calm = {str(n): 0 for n in range(1, 8)}
    assess_service.submit(db=db, user=alice, instrument="gad7", answers=calm)
    service.add_practice(db=db, user=alice, slug="hobby")
    token = feed.create_token(db=db, user=alice)
    body = feed.feed_for_token(db=db, token=token, base_url="http://x")
    assert body is not None
    uids = {str(e["uid"]) for e in _events(body)}
    assert any("gad7" in uid for uid in uids)
    assert len(uids) == 2


def test_calendar_items_repeat_weekly_on_the_planned_days(db: Session, alice: User) -> None:
    row = service.add_practice(db=db, user=alice, slug="movement", days=["WE"], at_time="18:00")
    service.add_practice(db=db, user=alice, slug="hobby", days=[])
    [item] = service.calendar_items(db=db, user=alice)
    assert item.uid == f"plan-practice-{row.id}@reconnect"
    assert item.rrule == "FREQ=WEEKLY;BYDAY=WE"
    assert item.starts.weekday() == 2 and item.starts.tzinfo is not None


def test_a_questionnaire_reminder_is_at_nine_on_the_persons_clock(
    client: TestClient, db: Session, alice: User
) -> None:
    feed.set_time_zone(db=db, user=alice, time_zone="Pacific/Auckland")
    # 20:00 UTC on 1 December is already 09:00 on 2 December in Auckland.
    taken = dt.datetime(2026, 12, 1, 20, 0, tzinfo=dt.UTC)
    calm = {str(n): 0 for n in range(1, 8)}
    assess_service.submit(db=db, user=alice, instrument="gad7", answers=calm, at=taken)
    token = feed.create_token(db=db, user=alice)
    db.commit()
    body = client.get(f"/plan/feed/{token}.ics").content
    [event] = [e for e in _events(body) if "gad7" in str(e["uid"])]
    start = event.decoded("dtstart")
    assert start.tzinfo == zoneinfo.ZoneInfo("Pacific/Auckland")
    assert (start.date(), start.hour, start.minute) == (dt.date(2026, 12, 16), 9, 0)
    assert b"DTSTART;TZID=Pacific/Auckland:20261216T090000" in body
    zones = icalendar.Calendar.from_ical(body).walk("VTIMEZONE")
    assert [str(z["tzid"]) for z in zones] == ["Pacific/Auckland"]


def test_practice_reminders_follow_the_persons_zone(db: Session, alice: User) -> None:
    accounts_service.set_time_zone(db=db, user=alice, time_zone="America/Chicago")
    service.add_practice(db=db, user=alice, slug="movement", days=["WE"], at_time="18:00")
    [item] = service.calendar_items(db=db, user=alice)
    assert item.starts.tzinfo == zoneinfo.ZoneInfo("America/Chicago") and item.starts.hour == 18
