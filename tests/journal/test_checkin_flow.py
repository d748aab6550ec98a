"""The quick check-in: a spot on the grid, then the words for it; and changing a check-in
on the web, in the API and in the CLI."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service, vocabulary
from reconnect.patterns import service as patterns_service
from reconnect.patterns.factors import Factors
from tests.factories import api_headers, post_form, sign_in

WORDS_STEP = "/checkin/words"


def test_choose_words_puts_the_persons_own_words_first_then_the_written_order() -> None:
    choice = vocabulary.choose_words(3, 2, favourites=["curious", "calm", "lively"])
    assert choice.quadrant == "high_pleasant"
    assert [w.word for w in choice.best[:2]] == ["curious", "lively"]  # calm is elsewhere
    assert len(choice.best) == vocabulary.BEST_COUNT
    assert {w.quadrant for w in choice.best + choice.more} == {"high_pleasant"}
    assert len(choice.best) + len(choice.more) == len(vocabulary.HIGH_PLEASANT)
    assert [q for q, _ in choice.elsewhere] == ["high_unpleasant", "low_unpleasant", "low_pleasant"]


def test_a_word_already_chosen_is_among_the_first_shown() -> None:
    last = vocabulary.LOW_UNPLEASANT[-1].word
    choice = vocabulary.choose_words(-1, -1, chosen=[last])
    assert last in [w.word for w in choice.best]


def test_the_first_step_is_the_grid_alone(client: TestClient, alice: User) -> None:
    page = sign_in(client, "alice").get("/checkin").text
    assert 'name="words"' not in page
    assert 'formaction="/checkin/words"' in page and "Next: words that fit" in page
    assert 'id="checkin-rest" hidden' in page


def test_the_words_step_shows_the_spots_words_first_and_the_rest_folded(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    page = post_form(client, WORDS_STEP, {"pleasantness": "-3", "energy": "-3"}).text
    picker = page[page.index('id="word-picker"') :]
    first_dozen = picker[: picker.index("<details")]
    assert first_dozen.count('name="words"') == vocabulary.BEST_COUNT
    assert all(w.word in first_dozen for w in vocabulary.LOW_UNPLEASANT[: vocabulary.BEST_COUNT])
    assert "More words for this spot" in page and "Words from elsewhere on the grid" in page
    assert 'id="checkin-rest" hidden' not in page and "Save check-in" in page
    assert "Next: words that fit" not in page


def test_the_words_step_is_a_fragment_for_htmx_and_keeps_what_was_ticked(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client,
        WORDS_STEP,
        {"pleasantness": "3", "energy": "3", "words": ["numb"]},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200 and "<html" not in response.text
    assert 'value="numb" checked' in response.text
    elsewhere = response.text[response.text.index("Words from elsewhere") - 200 :]
    assert '<details class="more-words" open>' in elsewhere


def test_a_bad_spot_in_the_words_step_says_why(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(client, WORDS_STEP, {"pleasantness": "7", "energy": "0"})
    assert response.status_code == 422 and "-4 to 4" in response.text
    fragment = post_form(
        client, WORDS_STEP, {"pleasantness": "x", "energy": "0"}, headers={"HX-Request": "true"}
    )
    assert fragment.status_code == 422 and "-4 to 4" in fragment.text


def test_the_words_a_person_uses_come_first(client: TestClient, alice: User, db: Session) -> None:
    rarely_offered = vocabulary.HIGH_PLEASANT[-1].word
    service.create_checkin(db=db, user=alice, pleasantness=2, energy=2, words=[rarely_offered])
    db.commit()
    sign_in(client, "alice")
    page = post_form(client, WORDS_STEP, {"pleasantness": "2", "energy": "3"}).text
    picker = page[page.index('id="word-picker"') :]
    assert picker.index(f'value="{rarely_offered}"') < picker.index("<details")


def test_changing_a_check_in_on_the_web(client: TestClient, alice: User, db: Session) -> None:
    checkin = service.create_checkin(
        db=db, user=alice, pleasantness=-2, energy=-1, words=["tired"], note="long day"
    )
    patterns_service.save_for_checkin(
        db=db, user=alice, checkin_id=checkin.id, chosen=Factors(sleep_hours=6.0)
    )
    db.commit()
    sign_in(client, "alice")
    form = client.get(f"/checkin/{checkin.id}/edit").text
    assert 'value="tired" checked' in form and "long day" in form and 'value="6"' in form
    assert f'action="/checkin/{checkin.id}/edit"' in form and "Save changes" in form
    response = post_form(
        client,
        f"/checkin/{checkin.id}/edit",
        {
            "pleasantness": "1",
            "energy": "-1",
            "words": ["calm"],
            "note": "better by evening",
            "sleep_hours": "7",
        },
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "The check-in was changed" in page and "better by evening" in page
    db.expire_all()
    stored = service.get_checkin_for_user(db=db, user=alice, checkin_id=checkin.id)
    assert (stored.pleasantness, stored.words, stored.note) == (1, ["calm"], "better by evening")
    factors = patterns_service.factors_for_checkins(db=db, user=alice, checkin_ids=[checkin.id])
    assert factors[checkin.id].sleep_hours == 7.0


def test_a_refused_change_keeps_the_saved_check_in_and_the_draft(
    client: TestClient, alice: User, db: Session
) -> None:
    checkin = service.create_checkin(db=db, user=alice, pleasantness=0, energy=0, note="kept")
    db.commit()
    sign_in(client, "alice")
    response = post_form(
        client,
        f"/checkin/{checkin.id}/edit",
        {"pleasantness": "1", "energy": "1", "words": ["zzz"], "note": "my draft"},
    )
    assert response.status_code == 422 and "zzz" in response.text and "my draft" in response.text
    db.expire_all()
    assert service.get_checkin_for_user(db=db, user=alice, checkin_id=checkin.id).note == "kept"


def test_a_crisis_note_added_in_a_change_goes_to_help(
    client: TestClient, alice: User, db: Session
) -> None:
    checkin = service.create_checkin(db=db, user=alice, pleasantness=-3, energy=-3)
    db.commit()
    sign_in(client, "alice")
    response = post_form(
        client,
        f"/checkin/{checkin.id}/edit",
        {"pleasantness": "-4", "energy": "-4", "note": "i want to die"},
    )
    assert response.headers["location"].startswith("/help?from=checkin")


def test_nobody_else_can_open_or_change_a_check_in(
    client: TestClient, alice: User, bob: User, db: Session
) -> None:
    checkin = service.create_checkin(db=db, user=alice, pleasantness=1, energy=1, note="mine")
    db.commit()
    sign_in(client, "bob")
    assert client.get(f"/checkin/{checkin.id}/edit").status_code == 404
    response = post_form(
        client, f"/checkin/{checkin.id}/edit", {"pleasantness": "-4", "energy": "-4"}
    )
    assert response.status_code == 404
    db.expire_all()
    assert service.get_checkin_for_user(db=db, user=alice, checkin_id=checkin.id).note == "mine"


def test_patch_changes_only_what_is_sent(client: TestClient, alice: User, db: Session) -> None:
    headers = api_headers(db, alice)
    checkin = service.create_checkin(
        db=db, user=alice, pleasantness=-1, energy=2, words=["tense"], note="before"
    )
    patterns_service.save_for_checkin(
        db=db, user=alice, checkin_id=checkin.id, chosen=Factors(sleep_hours=5.0)
    )
    db.commit()
    url = f"/api/v1/checkins/{checkin.id}"
    changed = client.patch(url, json={"pleasantness": 2}, headers=headers)
    assert changed.status_code == 200
    body = changed.json()
    assert (body["pleasantness"], body["energy"], body["words"], body["note"]) == (
        2,
        2,
        ["tense"],
        "before",
    )
    assert body["factors"]["sleep_hours"] == 5.0
    replaced = client.patch(url, json={"factors": {"sleep_hours": 8}, "note": ""}, headers=headers)
    assert replaced.json()["factors"]["sleep_hours"] == 8.0 and replaced.json()["note"] is None
    cleared = client.patch(url, json={"factors": None}, headers=headers)
    assert cleared.json()["factors"]["sleep_hours"] is None


def test_patch_refuses_bad_values_and_nulls_and_others_check_ins(
    client: TestClient, alice: User, bob: User, db: Session
) -> None:
    checkin = service.create_checkin(db=db, user=alice, pleasantness=0, energy=0)
    alice_headers, bob_headers = api_headers(db, alice), api_headers(db, bob)
    db.commit()
    url = f"/api/v1/checkins/{checkin.id}"
    for body in ({"pleasantness": 5}, {"energy": None}, {"words": ["zzz"]}, {"mood": 1}):
        assert client.patch(url, json=body, headers=alice_headers).status_code == 422, body
    assert client.patch(url, json={"energy": 1}, headers=bob_headers).status_code == 404
    assert client.get(url, headers=alice_headers).json()["energy"] == 0


def test_patch_screens_a_changed_note(client: TestClient, alice: User, db: Session) -> None:
    checkin = service.create_checkin(db=db, user=alice, pleasantness=0, energy=0)
    headers = api_headers(db, alice)
    db.commit()
    body = client.patch(
        f"/api/v1/checkins/{checkin.id}", json={"note": "i want to die"}, headers=headers
    ).json()
    assert body["safety_level"] == "crisis"


def test_a_refused_change_changes_nothing_at_all(
    client: TestClient, alice: User, db: Session
) -> None:
    checkin = service.create_checkin(
        db=db, user=alice, pleasantness=2, energy=2, words=["calm"], note="fine"
    )
    db.commit()
    sign_in(client, "alice")
    for refused in (
        {"pleasantness": "-3", "energy": "-3", "words": ["calm"], "note": "x" * 2001},
        {"pleasantness": "4", "energy": "4", "words": ["notaword"], "note": "fine"},
    ):
        assert post_form(client, f"/checkin/{checkin.id}/edit", refused).status_code == 422
        db.expire_all()
        stored = service.get_checkin_for_user(db=db, user=alice, checkin_id=checkin.id)
        assert (stored.pleasantness, stored.energy, stored.words, stored.note) == (
            2,
            2,
            ["calm"],
            "fine",
        )


def test_a_refused_check_in_with_a_crisis_note_brings_help_at_once(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client,
        "/checkin",
        {"pleasantness": "-4", "energy": "-4", "words": ["zzz"], "note": "i want to die"},
    )
    assert response.status_code == 422 and 'id="crisis"' in response.text
    assert "Samaritans" in response.text  # alice lives in the UK: her own lines
    calm = post_form(
        client, "/checkin", {"pleasantness": "1", "energy": "1", "words": ["zzz"], "note": "ok"}
    )
    assert calm.status_code == 422 and 'id="crisis"' not in calm.text


def test_the_words_step_for_a_check_in_that_is_not_there_answers_in_place(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client,
        WORDS_STEP,
        {"pleasantness": "1", "energy": "1", "checkin_id": "999"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 404
    assert "<header" not in response.text and 'role="alert"' in response.text


def test_the_theme_switch_on_a_step_returns_to_the_page_the_form_was_on(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    page = post_form(
        client,
        WORDS_STEP,
        {"pleasantness": "1", "energy": "1"},
        headers={"Referer": "http://testserver/checkin"},
    ).text
    assert 'name="next" value="/checkin"' in page


def test_a_refused_entry_with_a_crisis_text_brings_help_at_once(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    response = post_form(
        client, "/journal", {"body": "I don't want to be alive anymore", "entry_date": "2099-01-01"}
    )
    assert response.status_code == 422 and 'id="crisis"' in response.text
    assert "Samaritans" in response.text and "I don&#39;t want to be alive" in response.text
    calm = post_form(client, "/journal", {"body": "a walk", "entry_date": "2099-01-01"})
    assert calm.status_code == 422 and 'id="crisis"' not in calm.text


def test_a_page_number_that_is_not_one_gets_the_plain_not_found_page(
    client: TestClient, alice: User
) -> None:
    sign_in(client, "alice")
    for path in ("/journal?page=abc", "/journal?page=-1"):
        response = client.get(path)
        assert response.status_code == 404 and "Input should" not in response.text, path
