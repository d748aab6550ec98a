"""Relationship check-ins: private answers, the reveal once both wrote, replies, the ladder.

The rule that matters most lives in ``view_round``: a partner's answer is handed out only
after the round is revealed, and never with what the safety screen noticed in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.core.errors import Conflict, NotFound, ValidationFailed
from reconnect.db import utcnow
from reconnect.journal import service as journal_service
from reconnect.messages import Together as M
from reconnect.safety import service as safety_service
from reconnect.together import content
from reconnect.together.linking import active_link, other_id, require_link, schedule_of
from reconnect.together.models import (
    CheckinAnswer,
    CheckinReply,
    CheckinRound,
    LadderStep,
    PartnerLink,
)

MAX_TEXT = 2_000
TEXT_FIELDS = ("feeling_note", "appreciation", "need", "vulnerable_share", "together_wish")


def screen_level(texts: Sequence[str]) -> safety_service.ScreenResult:
    """Screen what a person wrote (one pass over all of it)."""
    return safety_service.screen("\n".join(t for t in texts if t.strip()))


# The ladder ------------------------------------------------------------------------------


def ladder_step(*, db: Session, user: User) -> content.Step:
    """The person's own step on the ladder (the first until they choose another)."""
    row = db.get(LadderStep, user.id)
    steps = content.ladder()
    number = row.step if row is not None else 1
    return steps[min(max(number, 1), len(steps)) - 1]


def set_ladder_step(*, db: Session, user: User, number: int) -> content.Step:
    """Move to a step the person chose; nothing ever moves them by itself."""
    steps = content.ladder()
    if isinstance(number, bool) or number not in range(1, len(steps) + 1):
        raise ValidationFailed(M.LADDER_INVALID, field="step")
    row = db.get(LadderStep, user.id)
    if row is None:
        row = LadderStep(user_id=user.id, step=number, updated_at=utcnow())
        db.add(row)
    row.step, row.updated_at = number, utcnow()
    db.flush()
    return steps[number - 1]


def share_prompt(step: content.Step, day: dt.date) -> str:
    """The vulnerable-share prompt for a step, changing from day to day."""
    return step.prompts[day.toordinal() % len(step.prompts)]


# Rounds and answers ----------------------------------------------------------------------


def open_round(*, db: Session, link: PartnerLink) -> CheckinRound | None:
    """The couple's check-in that is waiting for an answer, if any."""
    query = (
        select(CheckinRound)
        .where(CheckinRound.link_id == link.id, CheckinRound.revealed_at.is_(None))
        .order_by(CheckinRound.id.desc())
        .limit(1)
    )
    return db.scalar(query)


def opened_on(*, db: Session, link: PartnerLink, day: dt.date) -> bool:
    """Whether the couple started a check-in on this day."""
    query = select(CheckinRound.id).where(
        CheckinRound.link_id == link.id, CheckinRound.opened_on == day
    )
    return db.scalar(query.limit(1)) is not None


def get_round_for_user(*, db: Session, user: User, round_id: int) -> CheckinRound:
    """A check-in of the person's current link; anyone else's is 'not found'."""
    link = active_link(db=db, user=user)
    found = db.get(CheckinRound, round_id)
    if found is None or link is None or found.link_id != link.id:
        raise NotFound(M.HISTORY_NONE)
    return found


def answer_of(db: Session, round_id: int, user_id: int) -> CheckinAnswer | None:
    """One person's answer in a round."""
    return db.scalar(
        select(CheckinAnswer).where(
            CheckinAnswer.round_id == round_id, CheckinAnswer.user_id == user_id
        )
    )


@dataclass(frozen=True, slots=True)
class AnswerFields:
    """What a person writes in a check-in, before it is validated."""

    words: Sequence[str] = ()
    feeling_note: str = ""
    appreciation: str = ""
    need: str = ""
    vulnerable_share: str = ""
    together_wish: str = ""


def _clean(fields: AnswerFields) -> dict[str, object]:
    words = journal_service.clean_words(fields.words)
    texts = {name: (getattr(fields, name) or "").strip() for name in TEXT_FIELDS}
    for name, text in texts.items():
        if len(text) > MAX_TEXT:
            raise ValidationFailed(M.TEXT_TOO_LONG.format(limit=MAX_TEXT), field=name)
    if not words and not texts["feeling_note"]:
        raise ValidationFailed(M.FEELINGS_NEEDED, field="words")
    return {"feeling_words": words, **texts, "feeling_note": texts["feeling_note"] or None}


def submit_answer(
    *, db: Session, user: User, fields: AnswerFields, today: dt.date | None = None
) -> CheckinAnswer:
    """Save the person's answer to the open check-in (starting one if none is open).

    Answering again before the partner has answered replaces the earlier answer. Once both
    have answered the round is revealed.
    """
    link = require_link(db=db, user=user)
    values = _clean(fields)
    # Partners answering at the same moment take turns (the link's row is locked until
    # this answer is stored), so one round is opened and the second answer sees the
    # first and reveals the round.
    db.execute(select(PartnerLink.id).where(PartnerLink.id == link.id).with_for_update())
    current = open_round(db=db, link=link)
    if current is None:
        current = CheckinRound(link_id=link.id, opened_on=today or dates.today(user.time_zone))
        db.add(current)
        db.flush()
    step = ladder_step(db=db, user=user).number
    screened = screen_level([str(values[name] or "") for name in TEXT_FIELDS])
    answer = answer_of(db, current.id, user.id)
    if answer is None:
        answer = CheckinAnswer(round_id=current.id, user_id=user.id)
        db.add(answer)
    for name, value in values.items():
        setattr(answer, name, value)
    answer.ladder_step = step
    answer.safety_level, answer.safety_reason = screened.level, screened.reason or None
    db.flush()
    if answer_of(db, current.id, other_id(link, user)) is not None:
        current.revealed_at = utcnow()
        db.flush()
    return answer


@dataclass(frozen=True, slots=True)
class RoundView:
    """A check-in as one partner may see it: their own answer, and the other's only once
    both have answered."""

    round: CheckinRound
    mine: CheckinAnswer | None
    theirs: CheckinAnswer | None
    partner_answered: bool
    replies: tuple[CheckinReply, ...]
    reflect: str
    curious: str

    @property
    def revealed(self) -> bool:
        """Whether both answers are shown."""
        return self.round.revealed_at is not None

    @property
    def needs_help(self) -> str | None:
        """'crisis' or 'concern' when something the viewer wrote here was screened so."""
        levels = [self.mine.safety_level if self.mine else None]
        levels += [r.safety_level for r in self.replies if r.user_id == self.mine_user_id]
        for level in (safety_service.CRISIS, safety_service.CONCERN):
            if level in levels:
                return level
        return None

    @property
    def partner_at_risk(self) -> bool:
        """Whether the partner's revealed answer or one of their replies screened as crisis:
        the viewer then gets guidance on helping someone who may be in danger."""
        levels = [self.theirs.safety_level if self.theirs else None]
        levels += [r.safety_level for r in self.replies if r.user_id != self.mine_user_id]
        return any(map(safety_service.is_crisis, levels))

    @property
    def mine_user_id(self) -> int | None:
        """The viewer's id, when they answered."""
        return self.mine.user_id if self.mine else None


def view_round(*, db: Session, user: User, round_id: int) -> RoundView:
    """A check-in for one partner: the other's answer stays hidden until both answered."""
    found = get_round_for_user(db=db, user=user, round_id=round_id)
    link = db.get(PartnerLink, found.link_id)
    assert link is not None
    mine = answer_of(db, found.id, user.id)
    theirs = answer_of(db, found.id, other_id(link, user))
    if found.revealed_at is None and mine is not None and theirs is not None:
        found.revealed_at = utcnow()  # both answered at the same moment; reveal now
        db.flush()
    revealed = found.revealed_at is not None
    replies = db.scalars(
        select(CheckinReply)
        .where(CheckinReply.round_id == found.id)
        .order_by(CheckinReply.created_at, CheckinReply.id)
    )
    prompts = content.listening()
    return RoundView(
        round=found,
        mine=mine,
        theirs=theirs if revealed else None,
        partner_answered=theirs is not None,
        replies=tuple(replies) if revealed else (),
        reflect=prompts.reflect[found.id % len(prompts.reflect)],
        curious=prompts.curious[found.id % len(prompts.curious)],
    )


def current_view(*, db: Session, user: User) -> RoundView | None:
    """The open check-in as this partner may see it, if one is open."""
    current = open_round(db=db, link=require_link(db=db, user=user))
    return None if current is None else view_round(db=db, user=user, round_id=current.id)


def add_reply(*, db: Session, user: User, round_id: int, body: str) -> CheckinReply:
    """Reply under a revealed check-in; the text is screened like every other."""
    found = get_round_for_user(db=db, user=user, round_id=round_id)
    if found.revealed_at is None:
        raise Conflict(M.REPLY_BEFORE_REVEAL)
    body = (body or "").strip()
    if not body:
        raise ValidationFailed(M.REPLY_EMPTY, field="body")
    if len(body) > MAX_TEXT:
        raise ValidationFailed(M.TEXT_TOO_LONG.format(limit=MAX_TEXT), field="body")
    screened = screen_level([body])
    reply = CheckinReply(
        round_id=found.id,
        user_id=user.id,
        body=body,
        safety_level=screened.level,
        safety_reason=screened.reason or None,
    )
    db.add(reply)
    db.flush()
    return reply


@dataclass(frozen=True, slots=True)
class RoundSummary:
    """One line of the check-in history."""

    round_id: int
    opened_on: dt.date
    revealed: bool
    i_answered: bool
    partner_answered: bool


def list_rounds(*, db: Session, user: User, limit: int = 52) -> list[RoundSummary]:
    """The current link's check-ins, newest first."""
    link = require_link(db=db, user=user)
    rounds = list(
        db.scalars(
            select(CheckinRound)
            .where(CheckinRound.link_id == link.id)
            .order_by(CheckinRound.id.desc())
            .limit(limit)
        )
    )
    answered: set[tuple[int, int]] = set()
    if rounds:
        rows = db.execute(
            select(CheckinAnswer.round_id, CheckinAnswer.user_id).where(
                CheckinAnswer.round_id.in_([r.id for r in rounds])
            )
        )
        answered = {(row[0], row[1]) for row in rows}
    partner = other_id(link, user)
    return [
        RoundSummary(
            r.id,
            r.opened_on,
            r.revealed_at is not None,
            (r.id, user.id) in answered,
            (r.id, partner) in answered,
        )
        for r in rounds
    ]


def checkin_streak(*, db: Session, user: User, today: dt.date) -> int:
    """How many schedule periods in a row, up to now, the couple completed a check-in.

    A period is one or two weeks long (as the couple picked; a week before they pick). The
    current period counts once done, and does not break the streak while it is still open.
    """
    link = active_link(db=db, user=user)
    if link is None:
        return 0
    schedule = schedule_of(link)
    zone = user.time_zone
    anchor = schedule.starts if schedule else dates.local_date(link.created_at, zone)
    days = 7 * (schedule.every_weeks if schedule else 1)
    revealed = db.scalars(
        select(CheckinRound.revealed_at).where(
            CheckinRound.link_id == link.id, CheckinRound.revealed_at.is_not(None)
        )
    )
    periods = {
        (dates.local_date(when, zone) - anchor).days // days
        for when in revealed
        if when is not None
    }
    period = (today - anchor).days // days
    if period not in periods:
        period -= 1
    streak = 0
    while period in periods:
        streak, period = streak + 1, period - 1
    return streak
