from __future__ import annotations

import datetime as dt
import zoneinfo

import icalendar
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

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
