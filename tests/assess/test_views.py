"""The web pages: list, full form, one question at a time (page and HTMX fragment), results."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import service
from tests.assess.conftest import PHQ9_ITEM_9, PHQ9_MODERATE, answers_for
from tests.factories import post_form, sign_in


def _form(values: dict[str, int]) -> dict[str, object]:
    return {f"item-{key}": value for key, value in values.items()}


def _result_id(response) -> int:  # type: ignore[no-untyped-def]
    match = re.fullmatch(r"/assess/results/(\d+)", response.headers["location"])
    assert match, response.headers["location"]
    return int(match.group(1))


def test_the_list_separates_reflections_from_validated_questionnaires(
    client: TestClient, alice: User
) -> None:
    page = sign_in(client, "alice").get("/assess")
    assert page.status_code == 200
    reflections, validated = page.text.split('id="validated-h"')
    assert "Signs of detachment" in reflections and "PHQ-9" not in reflections
    assert "PHQ-9" in validated and "Perth Alexithymia Questionnaire" in validated


def test_the_form_uses_fieldsets_with_legends_and_credits_the_authors(
    client: TestClient, alice: User
) -> None:
    page = sign_in(client, "alice").get("/assess/phq9")
    assert page.text.count("<fieldset") == 9 and page.text.count("<legend>") == 9
    assert 'type="radio" name="item-9"' in page.text
    assert "No permission required to reproduce" in page.text and "Kroenke K" in page.text


def test_sliders_are_range_inputs_between_the_two_poles(client: TestClient, alice: User) -> None:
    page = sign_in(client, "alice").get("/assess/contrasts")
    assert page.text.count('type="range"') == 4
    assert "I avoid opening up almost all the time" in page.text
    assert "Reflection, not a validated measure" in page.text


def test_submitting_the_whole_form_shows_the_authors_range_and_referral(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/assess/phq9", _form(answers_for("phq9", PHQ9_MODERATE)))
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "Score: 10" in page.text
    assert "often described by the authors as “moderate”" in page.text
    assert "Talking to a professional could help." in page.text
    assert "/learn/when-to-seek-help" in page.text and 'role="alert"' not in page.text
    assert "first result" in page.text


def test_missing_answers_get_a_422_naming_them_and_keep_what_was_given(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    partial = {"item-1": 1, "item-2": 2}
    response = post_form(client, "/assess/gad7", partial)
    assert response.status_code == 422
    assert "Still to answer: question 3, question 4" in response.text
    assert 'name="item-2" value="2" checked' in response.text
    assert service.get_draft(db=db, user=alice, instrument="gad7") == {"1": 1, "2": 2}


def test_an_out_of_range_answer_gets_a_422_and_keeps_the_valid_ones(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/assess/gad7", {"item-1": 7, "item-2": 1})
    assert response.status_code == 422
    assert "question 1 must be one of the options, from 0 to 3" in response.text
    assert service.get_draft(db=db, user=alice, instrument="gad7") == {"2": 1}


def test_saving_progress_and_resuming_one_question_at_a_time(
    client: TestClient, db: Session, alice: User
) -> None:
    sign_in(client, "alice")
    saved = post_form(client, "/assess/ucla3", {"item-1": 2, "action": "save"})
    assert saved.status_code == 303 and "notice=assess_saved" in saved.headers["location"]
    assert "Carry on where you left off (1 of 3 answered)" in client.get("/assess").text
    step = client.get("/assess/ucla3/step")
    assert "Question 2 of 3" in step.text and 'name="item-2"' in step.text
    moved = post_form(client, "/assess/ucla3/step", {"n": 1, "item-2": 3})
    assert moved.status_code == 303 and moved.headers["location"] == "/assess/ucla3/step"
    assert "Question 3 of 3" in client.get("/assess/ucla3/step").text
    post_form(client, "/assess/ucla3/step", {"n": 2, "item-3": 2})
    review = client.get("/assess/ucla3/step")
    assert "You have answered every question" in review.text
    done = post_form(client, "/assess/ucla3", {"item-1": 2, "item-2": 3, "item-3": 2})
    page = client.get(done.headers["location"])
    assert "Score: 7" in page.text and "“lonely”" in page.text
    assert service.get_draft(db=db, user=alice, instrument="ucla3") == {}


def test_the_step_view_returns_a_fragment_to_htmx(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    headers = {"HX-Request": "true"}
    first = client.get("/assess/gad7/step", headers=headers)
    assert "<html" not in first.text and "Question 1 of 7" in first.text
    full = client.get("/assess/gad7/step")
    assert "<html" in full.text and 'id="step"' in full.text
    nxt = post_form(client, "/assess/gad7/step", {"n": 0, "item-1": 1}, headers=headers)
    assert nxt.status_code == 200 and "<html" not in nxt.text and "Question 2 of 7" in nxt.text
    back = post_form(client, "/assess/gad7/step", {"n": 1, "action": "back"}, headers=headers)
    assert "Question 1 of 7" in back.text and 'value="1" checked' in back.text


def test_a_step_without_an_answer_says_which_question(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/assess/gad7/step", {"n": 0})
    assert response.status_code == 422 and "question 1" in response.text


def test_item_9_above_zero_shows_crisis_lines_at_the_top_of_the_result(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/assess/phq9", _form(answers_for("phq9", PHQ9_ITEM_9)))
    page = client.get(response.headers["location"]).text
    main = page.split('id="main"', 1)[1]
    assert main.index('class="crisis-panel" role="alert"') < main.index("<h1>")
    assert "Samaritans" in main and "116 123" in main  # alice lives in GB


def test_item_9_in_the_step_flow_shows_crisis_lines_before_the_result(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    post_form(client, "/assess/phq9", {**_form(answers_for("phq9", PHQ9_ITEM_9)), "action": "save"})
    review = client.get("/assess/phq9/step")
    assert 'class="crisis-panel" role="alert"' in review.text and "Samaritans" in review.text


def test_item_9_on_an_incomplete_form_still_shows_crisis_lines(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/assess/phq9", {"item-1": 0, "item-9": 3})
    assert response.status_code == 422
    assert 'class="crisis-panel" role="alert"' in response.text and "Samaritans" in response.text


def test_pc_ptsd_5_ends_after_the_gate_question_when_answered_no(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    post_form(client, "/assess/pcptsd5/step", {"n": 0, "item-exposure": 0})
    assert "You have answered every question" in client.get("/assess/pcptsd5/step").text
    done = post_form(client, "/assess/pcptsd5", {"item-exposure": 0})
    assert "Score: 0" in client.get(done.headers["location"]).text


def test_history_shows_a_chart_with_a_table_and_the_change(
    client: TestClient, db: Session, alice: User
) -> None:
    service.submit(db=db, user=alice, instrument="who5", answers=answers_for("who5", [2] * 5))
    db.commit()
    sign_in(client, "alice")
    later = post_form(client, "/assess/who5", _form(answers_for("who5", [3] * 5)))
    result = client.get(later.headers["location"]).text
    assert "Up 20 since" in result and "(was 40)" in result
    history = client.get("/assess/who5/history").text
    assert (
        "<svg" in history and "<title" in history and history.count("<circle") == 2 * 2
    )  # wide, narrow
    assert 'id="history-table"' in history and "40 / 100" in history and "60 / 100" in history


def test_a_note_on_a_result_is_saved_and_screened(
    client: TestClient, db: Session, alice: User
) -> None:
    result = service.submit(
        db=db, user=alice, instrument="signs", answers=answers_for("signs", [1] * 9)
    )
    db.commit()
    sign_in(client, "alice")
    saved = post_form(
        client, f"/assess/results/{result.id}/note", {"note": "I want to die tonight"}
    )
    assert saved.status_code == 303
    page = client.get(f"/assess/results/{result.id}").text
    assert "I want to die tonight" in page and 'class="crisis-panel" role="alert"' in page


def test_the_reminder_can_be_changed_or_turned_off(
    client: TestClient, db: Session, alice: User
) -> None:
    service.submit(db=db, user=alice, instrument="signs", answers=answers_for("signs", [0] * 9))
    db.commit()
    sign_in(client, "alice")
    assert post_form(client, "/assess/signs/reminder", {"every_days": 28}).status_code == 303
    assert service.reminder_days(db=db, user=alice) == {"signs": 28}
    bad = post_form(client, "/assess/signs/reminder", {"every_days": 3})
    assert bad.status_code == 422


def test_an_unknown_questionnaire_is_not_found(client: TestClient, alice: User) -> None:
    assert sign_in(client, "alice").get("/assess/tas20").status_code == 404


def test_charlie_cannot_see_alices_result(
    make_client, db: Session, alice: User, charlie: User
) -> None:  # type: ignore[no-untyped-def]
    result = service.submit(
        db=db, user=alice, instrument="gad7", answers=answers_for("gad7", [1] * 7)
    )
    db.commit()
    client = sign_in(make_client(), "charlie")
    assert client.get(f"/assess/results/{result.id}").status_code == 404
    note = post_form(client, f"/assess/results/{result.id}/note", {"note": "x"})
    assert note.status_code == 404
    assert 'id="history-table"' not in client.get("/assess/gad7/history").text


def test_when_to_consider_help_lists_a_result_at_the_referral_score(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    post_form(client, "/assess/phq9", _form(answers_for("phq9", PHQ9_MODERATE)))
    page = client.get("/help/consider").text
    assert "Your PHQ-9 result on" in page and "suggest talking to a professional" in page


def test_the_supporting_partners_reflection_leads_to_their_pages_and_practices(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    form = client.get("/assess/partner")
    assert form.status_code == 200
    assert "Reflection, not a validated measure" in form.text
    assert form.text.count("<fieldset") == 14 and "Not yet" in form.text
    answers = answers_for("partner", [0] * 14) | {"pulling_away": 3, "rejected": 2}
    response = post_form(client, "/assess/partner", _form(answers))
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert "/learn/partner-seems-far-away" in page.text and "/learn/bringing-it-up" in page.text
    assert "What you notice in them" in page.text and "How it is affecting you" in page.text
    assert "Your reflection on someone close who seems far away" in page.text
    assert "Score:" not in page.text and "(noticed)" not in page.text
    assert ">When your partner seems far away</a>" in page.text
    plan = client.get("/plan")
    assert "/plan/practices/conversation-starter" in plan.text
    assert "/plan/practices/my-own-support" in plan.text
