from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.journal import service as journal_service
from reconnect.messages import Together as M
from reconnect.together import service
from reconnect.together.models import PartnerLink
from tests.factories import post_form
from tests.together.conftest import answer

SignedIn = Callable[[str], TestClient]
CODE = re.compile(r'id="invite-code">([A-Z0-9-]+)<')
FORM = {
    "words": ["hopeful", "tired"],
    "feeling_note": "a full week",
    "appreciation": "you made soup on Tuesday",
    "need": "one slow morning",
    "vulnerable_share": "I felt left out at the party",
    "together_wish": "a walk by the river",
}


def test_linking_through_the_pages(signed_in: SignedIn, alice: User, bob: User) -> None:
    alices, bobs = signed_in("alice"), signed_in("bob")
    page = post_form(alices, "/together/invite", {})
    assert page.status_code == 200
    match = CODE.search(page.text)
    assert match, page.text
    accepted = post_form(bobs, "/together/accept", {"code": match.group(1)})
    assert accepted.status_code == 303 and accepted.headers["location"].startswith(
        "/together/sharing"
    )
    sharing = bobs.get(accepted.headers["location"]).text
    assert "You are linked" in sharing and "Your safety plan." in sharing
    assert "You are linked with Bob." in alices.get("/together").text


def test_a_wrong_code_says_what_to_do(signed_in: SignedIn, alice: User) -> None:
    response = post_form(signed_in("alice"), "/together/accept", {"code": "ABCDE-23456"})
    assert response.status_code == 422 and "Ask your partner for a new one" in response.text


def test_accepting_while_linked_is_refused_with_a_clear_message(
    db: Session, signed_in: SignedIn, charlie: User, linked: PartnerLink
) -> None:
    _, code = service.create_invite(db=db, user=charlie)
    db.commit()
    response = post_form(signed_in("bob"), "/together/accept", {"code": code})
    assert response.status_code == 409 and "one partner at a time" in response.text


def test_a_whole_check_in_on_the_web(signed_in: SignedIn, linked: PartnerLink) -> None:
    alices, bobs = signed_in("alice"), signed_in("bob")
    assert 'name="vulnerable_share"' in alices.get("/together/checkin").text
    saved = post_form(alices, "/together/checkin", FORM)
    assert saved.status_code == 303
    round_path = saved.headers["location"].split("?")[0]
    mine = alices.get(saved.headers["location"]).text
    assert "It stays private until your partner has answered" in mine
    assert "you made soup on Tuesday" in mine
    editing = alices.get("/together/checkin").text
    assert "change your answer" in editing and ">you made soup on Tuesday</textarea>" in editing

    waiting = bobs.get(round_path)
    assert waiting.status_code == 200
    assert "soup" not in waiting.text and "left out" not in waiting.text
    assert "Alice has answered" in waiting.text
    assert "soup" not in bobs.get("/together/checkin").text

    bob_form = {**FORM, "appreciation": "you listened to me", "vulnerable_share": "I miss us"}
    post_form(bobs, "/together/checkin", bob_form)
    revealed = bobs.get(round_path).text
    assert "you made soup on Tuesday" in revealed and "you listened to me" in revealed
    assert 'class="side-by-side"' in revealed and "Listening to each other" in revealed

    replied = post_form(alices, f"{round_path}/replies", {"body": "I hear that you miss us"})
    assert replied.status_code == 303
    assert "I hear that you miss us" in bobs.get(round_path).text


def test_the_waiting_status_is_also_a_fragment_for_htmx(
    db: Session, signed_in: SignedIn, alice: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    bobs = signed_in("bob")
    page = bobs.get(f"/together/checkins/{saved.round_id}")
    fragment = bobs.get(f"/together/checkins/{saved.round_id}", headers={"HX-Request": "true"})
    assert "<html" in page.text and "<html" not in fragment.text
    assert 'id="round-status"' in fragment.text and "hx-trigger" in fragment.text
    assert "soup" not in fragment.text


def test_an_empty_answer_keeps_what_was_written_and_says_why(
    signed_in: SignedIn, linked: PartnerLink
) -> None:
    response = post_form(
        signed_in("alice"), "/together/checkin", {**FORM, "words": [], "feeling_note": ""}
    )
    assert response.status_code == 422
    assert "at least one word" in response.text and "you made soup on Tuesday" in response.text


def test_a_crisis_answer_shows_help_to_the_writer_and_guidance_to_the_partner(
    db: Session, signed_in: SignedIn, bob: User, linked: PartnerLink
) -> None:
    alices, bobs = signed_in("alice"), signed_in("bob")
    painful = {**FORM, "vulnerable_share": "I don't want to be alive anymore."}
    saved = post_form(alices, "/together/checkin", painful)
    page = alices.get(saved.headers["location"]).text
    assert "crisis-panel" in page and "Samaritans" in page  # alice's country is GB
    answer(db, bob)
    seen = bobs.get(saved.headers["location"].split("?")[0]).text
    assert "I don&#39;t want to be alive anymore." in seen
    assert "may be in danger" in seen and "Are you thinking about suicide?" in seen
    assert "Text About It" in seen  # the reader's own country's lines: bob lives in Ireland
    assert "You matter, and help is here right now" not in seen  # that is for the writer


def test_charlie_gets_not_found_on_every_together_page_of_the_couple(
    db: Session, signed_in: SignedIn, alice: User, charlie: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    activity = service.add_activity(db=db, user=alice, idea_key="garden")
    entry = journal_service.create_entry(db=db, user=alice, body="for bob only")
    share = service.share_entry(db=db, user=alice, entry_id=entry.id)
    db.commit()
    charlies = signed_in("charlie")
    for path in (
        f"/together/checkins/{saved.round_id}",
        f"/together/shared/{share.id}",
        "/together/checkin",
        "/together/checkins",
        "/together/activities",
        "/together/shared",
        "/together/schedule",
    ):
        assert charlies.get(path).status_code == 404, path
    for path in (
        f"/together/checkins/{saved.round_id}/replies",
        f"/together/activities/{activity.id}/done",
        f"/together/activities/{activity.id}/delete",
        f"/together/shared/{share.id}/delete",
        "/together/unlink",
    ):
        assert post_form(charlies, path, {"body": "hello"}).status_code == 404, path
    assert "for bob only" in signed_in("bob").get(f"/together/shared/{share.id}").text


def test_sharing_and_unsharing_a_journal_entry(
    db: Session, signed_in: SignedIn, alice: User, linked: PartnerLink
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="the letter I never sent")
    journal_service.create_entry(db=db, user=alice, body="a private grocery list")
    db.commit()
    alices, bobs = signed_in("alice"), signed_in("bob")
    assert "a private grocery list" not in bobs.get("/together/shared").text
    assert post_form(alices, "/together/shared", {"entry_id": str(entry.id)}).status_code == 303
    shared = bobs.get("/together/shared").text
    [share_id] = re.findall(r'href="/together/shared/(\d+)"', shared)
    read = bobs.get(f"/together/shared/{share_id}").text
    assert "the letter I never sent" in read and "Stop sharing" not in read
    assert bobs.get(f"/journal/{entry.id}").status_code == 404  # the journal stays private
    assert f'href="/together/shared/{share_id}"' in bobs.get("/together/sharing").text
    assert post_form(bobs, f"/together/shared/{share_id}/delete", {}).status_code == 404
    assert post_form(alices, f"/together/shared/{share_id}/delete", {}).status_code == 303
    assert bobs.get(f"/together/shared/{share_id}").status_code == 404


def test_schedule_activities_and_ladder_pages(signed_in: SignedIn, linked: PartnerLink) -> None:
    alices, bobs = signed_in("alice"), signed_in("bob")
    saved = post_form(
        alices,
        "/together/schedule",
        {"weekday": "6", "time_of_day": "19:30", "every_weeks": "2"},
    )
    assert saved.status_code == 303
    assert "Every two weeks on Sunday at 19:30" in bobs.get("/together").text
    bad = post_form(
        bobs, "/together/schedule", {"weekday": "6", "time_of_day": "7pm", "every_weeks": "1"}
    )
    assert bad.status_code == 422 and "HH:MM" in bad.text

    assert (
        post_form(alices, "/together/activities", {"idea_key": "cook-new-dish"}).status_code == 303
    )
    listed = bobs.get("/together/activities").text
    [activity_id] = re.findall(r"/together/activities/(\d+)/plan", listed)
    planned = post_form(
        bobs, f"/together/activities/{activity_id}/plan", {"planned_on": "2026-12-24"}
    )
    assert planned.status_code == 303
    assert "Planned for Thu 24 Dec 2026" in alices.get("/together/activities").text
    assert post_form(alices, f"/together/activities/{activity_id}/done", {}).status_code == 303
    assert "Done on" in bobs.get("/together/activities").text
    bad_date = post_form(bobs, f"/together/activities/{activity_id}/plan", {"planned_on": "soon"})
    assert bad_date.status_code == 422

    assert post_form(alices, "/together/ladder", {"step": "3"}).status_code == 303
    assert "You are on step 3" in alices.get("/together/ladder").text
    assert "You are on step 1" in bobs.get("/together/ladder").text
    assert post_form(alices, "/together/ladder", {"step": "99"}).status_code == 422


def test_unlinking_from_the_page_hides_everything_shared(
    db: Session, signed_in: SignedIn, alice: User, bob: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    answer(db, bob)
    bobs = signed_in("bob")
    assert post_form(bobs, "/together/unlink", {}).status_code == 303
    alices = signed_in("alice")
    assert alices.get(f"/together/checkins/{saved.round_id}").status_code == 404
    assert "Make an invite code" in alices.get("/together").text


def test_a_shared_entry_in_crisis_gives_the_reader_guidance(
    db: Session, signed_in: SignedIn, alice: User, linked: PartnerLink
) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="I have decided to end my life.")
    share = service.share_entry(db=db, user=alice, entry_id=entry.id)
    db.commit()
    seen = signed_in("bob").get(f"/together/shared/{share.id}").text
    assert "may be in danger" in seen and "Text About It" in seen
    own = signed_in("alice").get(f"/together/shared/{share.id}").text
    assert "may be in danger" not in own


def test_the_notice_after_a_reply_shows_beside_the_replies(
    db: Session, signed_in: SignedIn, alice: User, bob: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    answer(db, bob)
    alices = signed_in("alice")
    round_path = f"/together/checkins/{saved.round_id}"
    replied = post_form(alices, f"{round_path}/replies", {"body": "I see"})
    assert replied.headers["location"] == f"{round_path}?notice=together_reply_saved#replies"
    page = alices.get(replied.headers["location"]).text
    replies = page[page.index('id="replies"') :]
    assert f'id="reply-notice">{M.REPLY_SAVED}</p>' in replies
    assert page.count('class="notice"') == 1
    assert 'class="notice"' not in alices.get(round_path).text
