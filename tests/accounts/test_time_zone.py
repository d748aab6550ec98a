"""One time zone per person: chosen at sign-up from the country, changeable everywhere."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts import service, zones
from reconnect.accounts.models import User
from reconnect.core.errors import ValidationFailed
from tests.factories import PASSWORD, api_headers, post_form, sign_in


def _sign_up(client: TestClient, **fields: str):  # type: ignore[no-untyped-def]
    return post_form(client, "/signup", {"username": "dana", "password": PASSWORD, **fields})


def _dana(db: Session) -> User:
    return service.get_user_by_username(db=db, username="dana")


@pytest.mark.parametrize(
    ("country", "zone"),
    [("NZ", "Pacific/Auckland"), ("US", "America/New_York"), ("IE", "Europe/Dublin")],
)
def test_sign_up_picks_the_countrys_main_time_zone(
    client: TestClient, db: Session, alice: User, country: str, zone: str
) -> None:
    assert _sign_up(client, country=country).status_code == 303
    assert _dana(db).time_zone == zone


def test_every_listed_country_has_a_zone_this_machine_knows() -> None:
    for code, found in zones.zone_choices():
        assert found and found != ("UTC",), code


def test_sign_up_offers_the_zones_and_asks_the_browser(client: TestClient, alice: User) -> None:
    page = client.get("/signup").text
    assert 'name="time_zone"' in page and '<option value="Australia/Perth"' in page
    assert 'name="browser_time_zone"' in page and "/static/js/time-zone.js" in page


def test_sign_up_takes_the_browsers_zone_when_it_is_a_real_one(
    client: TestClient, db: Session, alice: User
) -> None:
    _sign_up(client, country="GB", browser_time_zone="Asia/Kolkata")
    assert _dana(db).time_zone == "Asia/Kolkata"


def test_sign_up_ignores_a_browser_zone_it_does_not_know(
    client: TestClient, db: Session, alice: User
) -> None:
    _sign_up(client, country="AU", browser_time_zone="Moon/Base")
    assert _dana(db).time_zone == "Australia/Sydney"


def test_a_zone_picked_in_the_form_wins_over_the_browsers(
    client: TestClient, db: Session, alice: User
) -> None:
    _sign_up(client, country="AU", time_zone="Australia/Perth", browser_time_zone="Europe/London")
    assert _dana(db).time_zone == "Australia/Perth"


def test_sign_up_refuses_an_unknown_zone_and_creates_nobody(
    client: TestClient, db: Session, alice: User
) -> None:
    response = _sign_up(client, country="GB", time_zone="Mars/Olympus")
    assert response.status_code == 422
    assert "is not a time zone we know" in response.text and 'value="dana"' in response.text
    assert db.scalar(select(func.count()).select_from(User)) == 1


def test_the_service_refuses_an_unknown_zone(db: Session, alice: User) -> None:
    with pytest.raises(ValidationFailed) as refused:
        service.set_time_zone(db=db, user=alice, time_zone="Europe/Atlantis")
    assert refused.value.field == "time_zone" and alice.time_zone == "Europe/London"


def test_the_account_page_changes_the_zone(client: TestClient, db: Session, alice: User) -> None:
    sign_in(client, "alice")
    assert 'value="Europe/London"' in client.get("/account").text
    response = post_form(client, "/account/time-zone", {"time_zone": "Pacific/Auckland"})
    assert response.status_code == 303 and response.headers["location"].startswith("/account")
    db.refresh(alice)
    assert alice.time_zone == "Pacific/Auckland"


def test_the_account_page_refuses_a_bad_zone_and_keeps_the_old_one(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/account/time-zone", {"time_zone": "Nowhere/Special"})
    assert response.status_code == 422
    assert "&#39;Nowhere/Special&#39; is not a time zone we know" in response.text
    db.refresh(alice)
    assert alice.time_zone == "Europe/London"


def test_the_plan_calendar_page_sets_the_same_zone(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    post_form(client, "/plan/calendar/time-zone", {"time_zone": "Asia/Tokyo"})
    db.refresh(alice)
    assert alice.time_zone == "Asia/Tokyo"
    assert 'value="Asia/Tokyo"' in client.get("/account").text


def test_the_api_shows_and_changes_the_zone(client: TestClient, db: Session, alice: User) -> None:
    headers = api_headers(db, alice)
    db.commit()
    assert client.get("/api/v1/me", headers=headers).json()["time_zone"] == "Europe/London"
    changed = client.put(
        "/api/v1/me/time-zone", headers=headers, json={"time_zone": "America/Chicago"}
    )
    assert changed.status_code == 200 and changed.json()["time_zone"] == "America/Chicago"
    bad = client.put("/api/v1/me/time-zone", headers=headers, json={"time_zone": "Chicago"})
    assert bad.status_code == 422 and "is not a time zone we know" in bad.text
    assert client.get("/api/v1/me", headers=headers).json()["time_zone"] == "America/Chicago"


def test_a_browser_that_says_utc_tells_nothing_and_the_country_decides(
    client: TestClient,
) -> None:
    from reconnect.accounts.views import AccountForm

    form = AccountForm(username="x", password="y", browser_time_zone="UTC")
    assert form.chosen_zone() == ""
    assert AccountForm(username="x", password="y", browser_time_zone="Etc/UTC").chosen_zone() == ""
    assert (
        AccountForm(username="x", password="y", browser_time_zone="Asia/Tokyo").chosen_zone()
        == "Asia/Tokyo"
    )
