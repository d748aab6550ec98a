from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service, vocabulary
from tests.factories import api_headers, post_form, sign_in


def test_pages_need_a_signed_in_person(client: TestClient, alice: User) -> None:
    for path in ("/checkin", "/journal", "/journal/new", "/account"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")


def test_today_shows_a_prompt_and_recent_things(
    client: TestClient, alice: User, db: Session
) -> None:
    service.create_entry(db=db, user=alice, body="A quiet walk")
    db.commit()
    page = sign_in(client, "alice").get("/").text
    assert "Hello, Alice" in page and "A quiet walk" in page


def test_a_check_in_from_the_form_is_saved_and_listed(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(
        client,
        "/checkin",
        {"pleasantness": "-2", "energy": "-3", "words": ["numb", "tired"], "note": "heavy week"},
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "Check-in saved" in page and "numb, tired" in page and "heavy week" in page


def test_a_bad_check_in_keeps_the_note_and_says_why(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(
        client, "/checkin", {"pleasantness": "9", "energy": "0", "note": "keep this"}
    )
    assert response.status_code == 422
    assert "-4 to 4" in response.text and "keep this" in response.text
    response = post_form(client, "/checkin", {"pleasantness": "abc", "energy": "0"})
    assert response.status_code == 422
    response = post_form(client, "/checkin", {"pleasantness": "1", "energy": "0", "words": ["zzz"]})
    assert response.status_code == 422 and "zzz" in response.text


def test_the_words_step_offers_the_whole_vocabulary(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    page = post_form(client, "/checkin/words", {"pleasantness": "-2", "energy": "-3"}).text
    assert page.count('name="words"') == len(vocabulary.VOCABULARY)
    assert "Feelings seem switched off" in page  # meanings are there, shown on demand


def test_writing_reading_editing_and_deleting_an_entry(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    created = post_form(
        client,
        "/journal",
        {
            "body": "Felt far away at dinner",
            "tags": "family",
            "entry_date": "2026-11-01",
            "title": "Dinner",
        },
    )
    location = created.headers["location"]
    assert "Felt far away at dinner" in client.get(location).text
    entry_id = location.split("/")[2].split("?")[0]
    edited = post_form(
        client, f"/journal/{entry_id}/edit", {"body": "Felt closer by dessert", "tags": "family"}
    )
    assert "Felt closer by dessert" in client.get(edited.headers["location"]).text
    deleted = post_form(client, f"/journal/{entry_id}/delete", {})
    assert deleted.headers["location"].startswith("/journal")
    assert client.get(f"/journal/{entry_id}").status_code == 404


def test_a_bad_entry_keeps_the_text(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    response = post_form(client, "/journal", {"body": "my words", "entry_date": "2026-13-45"})
    assert response.status_code == 422
    assert "not a valid date" in response.text and "my words" in response.text
    response = post_form(client, "/journal", {"body": ""})
    assert response.status_code == 422 and "empty" in response.text


def test_a_bad_edit_keeps_the_new_text_and_the_saved_entry(
    client: TestClient, alice: User, db: Session
) -> None:
    entry = service.create_entry(db=db, user=alice, body="saved words")
    db.commit()
    sign_in(client, "alice")
    response = post_form(
        client, f"/journal/{entry.id}/edit", {"body": "draft words", "tags": "x" * 60}
    )
    assert response.status_code == 422 and "draft words" in response.text
    assert "saved words" in client.get(f"/journal/{entry.id}").text


def test_search_as_a_page_and_as_a_fragment(client: TestClient, alice: User, db: Session) -> None:
    service.create_entry(db=db, user=alice, body="the river again")
    service.create_entry(db=db, user=alice, body="office")
    db.commit()
    sign_in(client, "alice")
    page = client.get("/journal?q=river")
    assert "<html" in page.text and "the river again" in page.text and "office" not in page.text
    fragment = client.get("/journal?q=river", headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and "the river again" in fragment.text


def test_tag_filter_and_paging(client: TestClient, alice: User, db: Session) -> None:
    for i in range(22):
        service.create_entry(
            db=db, user=alice, body=f"entry number {i}", tags="walk" if i == 3 else ""
        )
    db.commit()
    sign_in(client, "alice")
    assert 'rel="next"' in client.get("/journal").text
    second = client.get("/journal?page=2").text
    assert "entry number 0" in second and 'rel="prev"' in second
    tagged = client.get("/journal?tag=walk").text
    assert "entry number 3" in tagged and "entry number 4" not in tagged
    assert client.get("/journal?page=0").status_code == 404  # the plain not-found page


def test_deleting_from_the_list_returns_an_empty_fragment(
    client: TestClient, alice: User, db: Session
) -> None:
    entry = service.create_entry(db=db, user=alice, body="to go")
    db.commit()
    sign_in(client, "alice")
    response = post_form(client, f"/journal/{entry.id}/delete", {}, headers={"HX-Request": "true"})
    assert response.status_code == 200 and response.text == ""


def test_another_prompt_as_a_page_and_a_fragment(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    assert "<html" in client.get("/journal/new?offset=1").text
    fragment = client.get("/journal/prompt?offset=1", headers={"HX-Request": "true"}).text
    assert 'id="prompt"' in fragment and "<html" not in fragment


def test_check_ins_can_be_deleted(client: TestClient, alice: User, db: Session) -> None:
    checkin = service.create_checkin(db=db, user=alice, pleasantness=1, energy=1, note="gone soon")
    db.commit()
    sign_in(client, "alice")
    assert post_form(client, f"/checkin/{checkin.id}/delete", {}).status_code == 303
    assert "gone soon" not in client.get("/checkin").text


def test_an_entry_keeps_the_prompt_only_when_the_person_wrote_to_it(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    form = client.get("/journal/new").text
    key = re.search(r'type="checkbox" name="prompt_key" value="([^"]+)" [^>]*>', form)
    assert key and "checked" not in key.group(0) and "I am writing to this prompt" in form
    ignored = post_form(client, "/journal", {"body": "nothing to do with it"})
    written = post_form(client, "/journal", {"body": "about it", "prompt_key": key.group(1)})
    first, second = (
        int(r.headers["location"].split("?")[0].split("/")[-1]) for r in (ignored, written)
    )
    assert service.get_entry_for_user(db=db, user=alice, entry_id=first).prompt_key is None
    assert service.get_entry_for_user(db=db, user=alice, entry_id=second).prompt_key == key.group(1)
    refused = post_form(client, "/journal", {"body": " ", "prompt_key": key.group(1)})
    assert refused.status_code == 422
    assert (
        f'name="prompt_key" value="{key.group(1)}" aria-describedby="prompt-text" checked'
        in refused.text
    )


def test_a_date_before_1900_is_refused_on_the_page_and_in_the_api(
    client: TestClient, alice: User, db: Session
) -> None:
    sign_in(client, "alice")
    page = post_form(client, "/journal", {"body": "kept text", "entry_date": "1899-12-31"})
    assert page.status_code == 422
    assert "too far back; please pick a day from 1900-01-01 onwards" in page.text
    assert ">kept text</textarea>" in page.text
    headers = api_headers(db, alice)
    db.commit()
    api = client.post(
        "/api/v1/entries", headers=headers, json={"body": "hi", "entry_date": "0999-01-01"}
    )
    assert api.status_code == 422 and api.json()["field"] == "entry_date"
    assert "1900-01-01" in api.json()["detail"]
