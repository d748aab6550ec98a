"""Pages point to the next useful place: Today and results to the plan, the plan to reflections."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from tests.factories import sign_in


def _submit(db: Session, user: User, slug: str, pick: str) -> int:
    instrument = assess_service.get_instrument(slug=slug)
    answers = {}
    for item in instrument.items:
        low, high = instrument.value_range(item)
        answers[item.id] = high if pick == "high" and not item.risk else low
    result = assess_service.submit(db=db, user=user, instrument=slug, answers=answers)
    db.commit()
    return result.id


def test_today_links_to_the_plan_even_with_nothing_planned(client: TestClient, alice: User) -> None:
    page = sign_in(client, "alice").get("/").text
    assert 'id="today-plan"' in page and "Nothing is planned for today." in page


def test_a_reflection_result_says_it_shapes_the_plan(
    client: TestClient, db: Session, alice: User
) -> None:
    result_id = _submit(db, alice, "signs", "high")
    page = sign_in(client, "alice").get(f"/assess/results/{result_id}").text
    assert 'id="result-plan"' in page and 'href="/plan"' in page
    assert "shapes the practices your plan suggests" in page


def test_a_result_in_the_referral_range_pairs_the_plan_with_professional_help(
    client: TestClient, db: Session, alice: User
) -> None:
    result_id = _submit(db, alice, "gad7", "high")
    page = sign_in(client, "alice").get(f"/assess/results/{result_id}").text
    assert "Alongside talking to a professional" in page and 'href="/help/professional"' in page


def test_the_plan_links_to_the_reflections_behind_its_suggestions(
    client: TestClient, db: Session, alice: User
) -> None:
    _submit(db, alice, "causes", "high")
    page = sign_in(client, "alice").get("/plan").text
    sources = page.split('id="plan-sources"', 1)[1].split("</section>", 1)[0]
    for slug in ("signs", "causes", "contrasts"):
        assert f'href="/assess/{slug}"' in sources
    assert "last taken" in sources and "not taken yet" in sources
    assert 'href="/assess"' in sources


def test_patterns_points_to_the_trends_on_insights(client: TestClient, alice: User) -> None:
    page = sign_in(client, "alice").get("/patterns").text
    assert 'id="patterns-insights"' in page and 'href="/insights"' in page


def test_insights_points_to_the_patterns(client: TestClient, alice: User) -> None:
    assert 'href="/patterns"' in sign_in(client, "alice").get("/insights").text.split("<main")[1]
