from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core.errors import Conflict, NotFound, ValidationFailed
from reconnect.together import content, service
from reconnect.together.models import CheckinAnswer, CheckinRound, PartnerLink
from tests.together.conftest import answer

CRISIS_TEXT = "I don't want to be alive anymore."


def test_bob_sees_nothing_of_alices_answer_until_he_has_answered(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    mine = answer(db, alice)
    before = service.view_round(db=db, user=bob, round_id=mine.round_id)
    assert before.theirs is None and before.mine is None
    assert before.partner_answered and not before.revealed and before.replies == ()
    answer(db, bob)
    after = service.view_round(db=db, user=bob, round_id=mine.round_id)
    assert after.revealed
    assert after.theirs is not None and after.theirs.appreciation == "alice appreciated the soup"
    assert after.mine is not None and after.mine.need == "bob needs a quiet evening"


def test_alice_can_change_her_answer_until_bob_answers(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    first = answer(db, alice)
    second = answer(db, alice, need="a long bath")
    assert first.id == second.id and second.need == "a long bath"
    answer(db, bob)
    third = answer(db, alice)
    assert third.round_id != first.round_id  # a revealed round is closed; a new one opens


def test_an_answer_needs_a_feeling_and_known_words(
    db: Session, alice: User, linked: PartnerLink
) -> None:
    with pytest.raises(ValidationFailed, match="at least one word"):
        answer(db, alice, words=[], feeling_note="  ")
    with pytest.raises(ValidationFailed, match="blorp"):
        answer(db, alice, words=["blorp"])
    with pytest.raises(ValidationFailed, match="under 2000"):
        answer(db, alice, need="x" * 2001)
    only_words = answer(db, alice, feeling_note="", appreciation="", need="")
    assert only_words.feeling_words == ["hopeful"] and only_words.appreciation == ""


def test_free_text_is_encrypted_at_rest(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    answer(db, bob)
    service.add_reply(db=db, user=alice, round_id=saved.round_id, body="thank you for the soup")
    db.flush()
    columns = "feeling_note, appreciation, need, vulnerable_share, together_wish"
    values = [
        bytes(v)
        for row in db.execute(text(f"SELECT {columns} FROM together_answers"))  # noqa: S608
        for v in row
    ]
    values += [bytes(v) for v in db.execute(text("SELECT body FROM together_replies")).scalars()]
    assert values and all(v.startswith(b"rc1") for v in values)
    assert not any(b"soup" in v for v in values)


def test_replies_open_only_after_the_reveal(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    with pytest.raises(Conflict, match="once you have both answered"):
        service.add_reply(db=db, user=alice, round_id=saved.round_id, body="too early")
    answer(db, bob)
    service.add_reply(db=db, user=bob, round_id=saved.round_id, body="I heard you")
    with pytest.raises(ValidationFailed, match="empty"):
        service.add_reply(db=db, user=bob, round_id=saved.round_id, body="  ")
    view = service.view_round(db=db, user=alice, round_id=saved.round_id)
    assert [r.body for r in view.replies] == ["I heard you"]


def test_a_crisis_answer_is_saved_flagged_for_the_writer_only(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice, vulnerable_share=CRISIS_TEXT)
    assert saved.safety_level == "crisis"
    assert service.view_round(db=db, user=alice, round_id=saved.round_id).needs_help == "crisis"
    answer(db, bob)
    bobs = service.view_round(db=db, user=bob, round_id=saved.round_id)
    assert bobs.needs_help is None
    assert bobs.theirs is not None and bobs.theirs.vulnerable_share == CRISIS_TEXT


def test_charlie_reaches_no_round(
    db: Session, alice: User, charlie: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    with pytest.raises(NotFound):
        service.view_round(db=db, user=charlie, round_id=saved.round_id)
    with pytest.raises(NotFound):
        service.add_reply(db=db, user=charlie, round_id=saved.round_id, body="hi")
    with pytest.raises(NotFound):
        service.submit_answer(db=db, user=charlie, fields=service.AnswerFields(words=["calm"]))


def test_after_unlinking_neither_partner_reaches_old_rounds(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    answer(db, bob)
    service.unlink(db=db, user=alice)
    for person in (alice, bob):
        with pytest.raises(NotFound):
            service.view_round(db=db, user=person, round_id=saved.round_id)


def test_the_ladder_starts_low_and_moves_only_when_chosen(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    assert service.ladder_step(db=db, user=alice).number == 1
    for _ in range(3):
        answer(db, alice)
        answer(db, bob)
    assert service.ladder_step(db=db, user=alice).number == 1
    step = service.set_ladder_step(db=db, user=alice, number=4)
    assert service.ladder_step(db=db, user=alice) == step
    assert service.ladder_step(db=db, user=bob).number == 1  # each at their own pace
    prompt = service.share_prompt(step, dt.date(2026, 11, 25))
    assert prompt in content.ladder()[3].prompts
    assert answer(db, alice).ladder_step == 4
    with pytest.raises(ValidationFailed):
        service.set_ladder_step(db=db, user=alice, number=len(content.ladder()) + 1)


def _revealed_on(db: Session, link: PartnerLink, *days: dt.date) -> None:
    for day in days:
        at = dt.datetime.combine(day, dt.time(20), tzinfo=dt.UTC)
        db.add(CheckinRound(link_id=link.id, opened_on=day, revealed_at=at))
    db.flush()


def test_the_streak_counts_periods_in_a_row(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    wednesday = dt.date(2026, 11, 4)
    service.set_schedule(
        db=db, user=alice, weekday=6, time_of_day="19:00", every_weeks=1, today=wednesday
    )  # Sundays from 8 November
    _revealed_on(db, linked, dt.date(2026, 11, 8), dt.date(2026, 11, 15), dt.date(2026, 11, 23))
    assert service.checkin_streak(db=db, user=bob, today=dt.date(2026, 11, 24)) == 3
    # this week's check-in is still open: the streak holds until the week is over
    assert service.checkin_streak(db=db, user=alice, today=dt.date(2026, 11, 29)) == 3
    # a whole week missed breaks it
    assert service.checkin_streak(db=db, user=alice, today=dt.date(2026, 12, 7)) == 0


def test_the_today_page_gets_the_check_in_when_it_is_due_or_waiting(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    sunday = dt.date(2026, 11, 29)
    service.set_schedule(
        db=db, user=alice, weekday=6, time_of_day="19:00", every_weeks=1, today=sunday
    )
    [due] = service.today_items(db=db, user=bob, today=sunday)
    assert due.kind == "together" and due.href == "/together/checkin"
    assert service.today_items(db=db, user=bob, today=sunday + dt.timedelta(days=1)) == []
    answer(db, alice)
    [waiting] = service.today_items(db=db, user=bob, today=sunday + dt.timedelta(days=1))
    assert "waiting for yours" in waiting.detail
    assert service.today_items(db=db, user=alice, today=sunday + dt.timedelta(days=1)) == []
    assert service.today_items(db=db, user=alice, today=sunday + dt.timedelta(days=7)) == []
    answer(db, bob)  # both have answered: revealed
    next_sunday = sunday + dt.timedelta(days=7)
    assert len(service.today_items(db=db, user=bob, today=next_sunday)) == 1
    for person in (alice, bob):
        service.submit_answer(
            db=db, user=person, fields=service.AnswerFields(words=["calm"]), today=next_sunday
        )
    assert service.today_items(db=db, user=bob, today=next_sunday) == []  # done for today


def test_a_couple_has_one_open_check_in_at_a_time(
    db: Session, alice: User, linked: PartnerLink
) -> None:
    db.add(CheckinRound(link_id=linked.id, opened_on=dt.date(2026, 11, 25)))
    db.flush()
    with db.begin_nested(), pytest.raises(IntegrityError):
        db.add(CheckinRound(link_id=linked.id, opened_on=dt.date(2026, 11, 25)))
        db.flush()


def test_answers_saved_at_the_same_moment_are_still_revealed(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    db.add(
        CheckinAnswer(
            round_id=saved.round_id,
            user_id=bob.id,
            feeling_words=["calm"],
            appreciation="",
            need="",
            vulnerable_share="",
            together_wish="",
            ladder_step=1,
        )
    )  # as if bob's request had not yet seen alice's answer
    db.flush()
    view = service.view_round(db=db, user=bob, round_id=saved.round_id)
    assert view.revealed and view.theirs is not None


def test_a_crisis_reply_shows_help_to_its_writer_only(
    db: Session, alice: User, bob: User, linked: PartnerLink
) -> None:
    saved = answer(db, alice)
    answer(db, bob)
    service.add_reply(db=db, user=bob, round_id=saved.round_id, body=CRISIS_TEXT)
    assert service.view_round(db=db, user=bob, round_id=saved.round_id).needs_help == "crisis"
    alices = service.view_round(db=db, user=alice, round_id=saved.round_id)
    assert alices.needs_help is None and alices.replies[0].body == CRISIS_TEXT
