from __future__ import annotations

import datetime as dt
import io

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from tests.factories import api_headers, post_form, sign_in
from tests.insights.data import add_checkin, add_entry

SECRET = "the lighthouse keeper's private words"


def _today() -> dt.date:
    return dates.today()


def _alice_history(db: Session, alice: User) -> None:
    today = _today()
    add_checkin(db, alice, today - dt.timedelta(days=2), 3, -1, ["hopeful", "tired"])
    add_checkin(db, alice, today - dt.timedelta(days=200), -3, -3, ["lonely"])
    add_entry(db, alice, today - dt.timedelta(days=1), SECRET, title="Harbour", detected=["joy"])
    db.commit()


def _pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_dashboard_needs_a_signed_in_person(client: TestClient) -> None:
    response = client.get("/insights", follow_redirects=False)
    assert response.status_code == 303 and "/login" in response.headers["location"]


def test_the_dashboard_draws_mood_with_a_table_alternative(
    client: TestClient, db: Session, alice: User
) -> None:
    _alice_history(db, alice)
    page = sign_in(client, "alice").get("/insights").text
    assert "<svg" in page and 'role="img"' in page and 'id="mood-title"' in page
    assert "<details>" in page and "<table>" in page
    assert "hopeful" in page and "joy" in page
    assert "lonely" not in page  # 200 days ago is outside the month
    assert "<h1>" in page  # a full page


def test_the_range_selector_returns_a_fragment_to_htmx(
    client: TestClient, db: Session, alice: User
) -> None:
    _alice_history(db, alice)
    sign_in(client, "alice")
    fragment = client.get("/insights?range=year", headers={"HX-Request": "true"}).text
    assert "<html" not in fragment and "<h1>" not in fragment
    assert "lonely" in fragment and "Last year" in fragment
    full = client.get("/insights?range=year").text
    assert "<html" in full and 'value="year" checked' in full


def test_every_range_renders_and_an_unknown_one_is_refused(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    for name in ("month", "quarter", "year", "all"):
        assert client.get(f"/insights?range={name}").status_code == 200
    response = client.get("/insights?range=forever")
    assert response.status_code == 422 and "month, quarter, year, all" in response.text


def test_an_empty_dashboard_shows_its_empty_states(client: TestClient, alice: User) -> None:
    page = sign_in(client, "alice").get("/insights").text
    assert "No check-ins in this range yet" in page
    assert "No questionnaires taken in this range." in page
    assert "No practices logged in this range." in page
    assert "Milestones you reach will be celebrated here." in page
    assert "<svg" not in page


def test_charlie_never_sees_alices_insights(
    make_client, db: Session, alice: User, charlie: User
) -> None:  # type: ignore[no-untyped-def]
    _alice_history(db, alice)
    client = sign_in(make_client(), "charlie")
    for name in ("month", "all"):
        page = client.get(f"/insights?range={name}").text
        assert "hopeful" not in page and "joy" not in page and "<svg" not in page
    headers = api_headers(db, charlie)
    db.commit()
    body = client.get("/api/v1/insights?range=all", headers=headers).json()
    assert body["mood"] == [] and body["chosen_words"] == [] and body["activity"]["entries"] == 0
    response = post_form(client, "/insights/report", _report_form(excerpts="newest", cap="5"))
    assert response.status_code == 200
    assert SECRET not in _pdf_text(response.content)


def test_charlie_cannot_put_alices_entry_in_his_report(
    make_client, db: Session, alice: User, charlie: User
) -> None:  # type: ignore[no-untyped-def]
    _alice_history(db, alice)
    entry_id = db.execute(
        sql("select id from journal_entries where user_id = :u"),
        {"u": alice.id},
    ).scalar_one()
    client = sign_in(make_client(), "charlie")
    form = _report_form(excerpts="chosen", entry_ids=[str(entry_id)])
    response = post_form(client, "/insights/report", form)
    assert response.status_code == 404
    assert SECRET not in response.text


def _report_form(**changes: object) -> dict[str, object]:
    today = _today()
    form: dict[str, object] = {
        "start": (today - dt.timedelta(days=89)).isoformat(),
        "end": today.isoformat(),
        "parts": ["mood", "markers", "questionnaires", "practices"],
        "excerpts": "none",
        "cap": "5",
    }
    form.update(changes)
    return form


def test_the_report_form_lists_entries_to_choose(
    client: TestClient, db: Session, alice: User
) -> None:
    _alice_history(db, alice)
    page = sign_in(client, "alice").get("/insights/report").text
    assert 'name="entry_ids"' in page and "Harbour" in page
    assert "not a diagnosis" in page


def test_the_report_is_a_pdf_without_journal_text_unless_asked(
    client: TestClient, db: Session, alice: User
) -> None:
    _alice_history(db, alice)
    sign_in(client, "alice")
    response = post_form(client, "/insights/report", _report_form())
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert "attachment" in response.headers["content-disposition"]
    text = _pdf_text(response.content)
    assert "self-reported" in text and "not a diagnosis" in text
    assert "Mood over time" in text and "hopeful" in text
    assert SECRET not in text and "Harbour" not in text


def test_the_report_includes_the_chosen_entries_only(
    client: TestClient, db: Session, alice: User
) -> None:
    _alice_history(db, alice)
    other = add_entry(db, alice, _today(), "a second, unchosen entry", title="Other")
    chosen_id = db.execute(
        sql("select id from journal_entries where user_id = :u and id != :o"),
        {"u": alice.id, "o": other.id},
    ).scalar_one()
    db.commit()
    sign_in(client, "alice")
    form = _report_form(parts=["mood"], excerpts="chosen", entry_ids=[str(chosen_id)])
    text = _pdf_text(post_form(client, "/insights/report", form).content)
    assert SECRET in text and "Harbour" in text
    assert "unchosen" not in text


def test_the_report_leaves_out_the_parts_not_chosen(
    client: TestClient, db: Session, alice: User
) -> None:
    _alice_history(db, alice)
    sign_in(client, "alice")
    form = _report_form(parts=["questionnaires"], excerpts="newest", cap="1")
    text = _pdf_text(post_form(client, "/insights/report", form).content)
    assert "Questionnaires" in text and SECRET in text
    assert "Mood over time" not in text and "Practices done" not in text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"parts": [], "excerpts": "none"}, "at least one part"),
        ({"start": "2026-13-01"}, "not a valid date"),
        ({"start": "2026-11-20", "end": "2026-11-01"}, "start date is after"),
        ({"excerpts": "chosen"}, "tick at least one entry"),
        ({"excerpts": "newest", "cap": "500"}, "from 1 to 50"),
        ({"parts": ["horoscope"]}, "not parts of the report"),
    ],
)
def test_bad_report_choices_get_a_clear_message_and_keep_the_form(
    client: TestClient, alice: User, changes: dict[str, object], message: str
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/insights/report", _report_form(**changes))
    assert response.status_code == 422
    assert message in response.text and 'action="/insights/report"' in response.text


def test_the_report_form_needs_the_csrf_token(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = client.post("/insights/report", data=_report_form(), follow_redirects=False)
    assert response.status_code == 403


def test_the_api_returns_the_series(client: TestClient, db: Session, alice: User) -> None:
    _alice_history(db, alice)
    headers = api_headers(db, alice)
    db.commit()
    body = client.get("/api/v1/insights?range=year", headers=headers).json()
    assert body["period"]["name"] == "year" and body["period"]["bucket"] == "week"
    assert sum(p["checkins"] for p in body["mood"]) == 2
    assert {c["label"] for c in body["chosen_words"]} == {"hopeful", "tired", "lonely"}
    assert body["detected_emotions"] == [{"label": "joy", "count": 1}]
    assert body["markers"] and body["questionnaires"] == [] and body["practices"] == []
    assert client.get("/api/v1/insights?range=nope", headers=headers).status_code == 422
    assert client.get("/api/v1/insights").status_code == 401
