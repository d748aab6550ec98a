"""The Today page gathers what is due from every domain."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect import agenda
from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from tests.factories import sign_in

GAD7_CALM = {str(n): 0 for n in range(1, 8)}


def _took_gad7(db: Session, user: User, days_ago: int) -> None:
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    assess_service.submit(db=db, user=user, instrument="gad7", answers=GAD7_CALM, at=at)
    db.commit()


def test_a_questionnaire_due_again_shows_on_the_today_page(
    db: Session, client: TestClient, alice: User
) -> None:
    _took_gad7(db, alice, days_ago=20)
    page = sign_in(client, "alice").get("/")
    assert 'href="/assess/gad7"' in page.text


def test_nothing_is_due_just_after_taking_a_questionnaire(
    db: Session, client: TestClient, alice: User
) -> None:
    _took_gad7(db, alice, days_ago=0)
    assert agenda.today_items(db=db, user=alice, today=dt.date.today()) == []
    assert 'href="/assess/gad7"' not in sign_in(client, "alice").get("/").text


def test_every_calendar_item_is_the_persons_own(db: Session, alice: User, bob: User) -> None:
    _took_gad7(db, alice, days_ago=3)
    assert [item.title for item in agenda.calendar_items(db=db, user=alice)]
    assert agenda.calendar_items(db=db, user=bob) == []
