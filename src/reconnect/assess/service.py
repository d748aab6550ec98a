"""Assessments service: instruments, answers (drafts and results), history, safety, reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import reminders, scoring
from reconnect.assess.instruments import Instrument, catalogue
from reconnect.assess.models import AssessmentDraft, AssessmentResult
from reconnect.assess.reminders import calendar_items as calendar_items
from reconnect.assess.reminders import reminder_days as reminder_days
from reconnect.assess.reminders import set_reminder as set_reminder
from reconnect.assess.reminders import today_items as today_items
from reconnect.core import dates
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.db import utcnow
from reconnect.messages import Assess as M
from reconnect.safety import service as safety_service

MAX_NOTE = 2_000
REMINDER_CHOICES = reminders.CHOICES
REMINDER_MIN_DAYS, REMINDER_MAX_DAYS = reminders.MIN_DAYS, reminders.MAX_DAYS  # or 0: off


@dataclass(frozen=True)
class ResultSummary:
    """One result as other domains see it."""

    result_id: int
    instrument: str
    title: str
    taken_at: dt.datetime
    total: float
    max_total: float
    band: str
    at_referral: bool
    subscales: dict[str, float] = field(default_factory=dict)
    answers: dict[str, int] = field(default_factory=dict)
    reflective: bool = False


def instruments() -> list[Instrument]:
    """Every instrument, reflections first."""
    return list(catalogue().values())


def get_instrument(*, slug: str) -> Instrument:
    """One instrument by slug; an unknown slug is 'not found'."""
    found = catalogue().get(slug.lower())
    if found is None:
        raise NotFound(M.UNKNOWN_INSTRUMENT.format(slug=slug))
    return found


def _screen_answers(
    instrument: Instrument, answers: Mapping[str, int]
) -> safety_service.ScreenResult:
    worst = safety_service.ScreenResult("none", "")
    for position, item in enumerate(instrument.items, start=1):
        if item.id in answers:
            found = safety_service.screen_answer(
                instrument=instrument.slug, item=position, value=answers[item.id]
            )
            if safety_service.is_crisis(found.level):
                worst = found
    return worst


def has_risk_answer(*, instrument: Instrument, answers: Mapping[str, int]) -> bool:
    """Whether any answer so far goes to the safety screen as a crisis (e.g. PHQ-9 item 9)."""
    return safety_service.is_crisis(_screen_answers(instrument, answers).level)


def _clean_note(note: str | None) -> str | None:
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise ValidationFailed(
            M.NOTE_TOO_LONG.format(length=len(note), limit=MAX_NOTE), field="note"
        )
    return note or None


def _apply_note(result: AssessmentResult, note: str | None) -> None:
    result.note = _clean_note(note)
    if result.note is None:
        result.note_safety_level = None
        return
    screened = safety_service.screen(result.note)
    result.note_safety_level = screened.level


def submit(
    *,
    db: Session,
    user: User,
    instrument: str,
    answers: Mapping[str, object],
    note: str | None = None,
    at: dt.datetime | None = None,
) -> AssessmentResult:
    """Score a complete answer set, screen it, store it and clear the draft."""
    chosen = get_instrument(slug=instrument)
    clean = scoring.check_complete(chosen, answers)
    scored = scoring.score(chosen, clean)
    screened = _screen_answers(chosen, clean)
    result = AssessmentResult(
        user_id=user.id,
        instrument=chosen.slug,
        taken_at=at or utcnow(),
        answers=clean,
        total=scored.total,
        max_total=scored.max_total,
        band=scored.band,
        at_referral=scored.at_referral,
        subscales=scored.subscales,
        safety_level=screened.level,
        safety_reason=screened.reason or None,
    )
    _apply_note(result, note)
    db.add(result)
    discard_draft(db=db, user=user, instrument=chosen.slug)
    db.flush()
    return result


def get_result_for_user(*, db: Session, user: User, result_id: int) -> AssessmentResult:
    """The person's own result; anyone else's is 'not found'."""
    result = db.get(AssessmentResult, result_id)
    if result is None or result.user_id != user.id:
        raise NotFound(M.HISTORY_EMPTY)
    return result


def set_note(*, db: Session, user: User, result_id: int, note: str) -> AssessmentResult:
    """Write (or clear) the private note on a result; it is screened and stored encrypted."""
    result = get_result_for_user(db=db, user=user, result_id=result_id)
    _apply_note(result, note)
    db.flush()
    return result


def summary_of(result: AssessmentResult) -> ResultSummary:
    """A stored result as a plain value."""
    chosen = get_instrument(slug=result.instrument)
    return ResultSummary(
        result_id=result.id,
        instrument=result.instrument,
        title=chosen.title,
        taken_at=result.taken_at,
        total=result.total,
        max_total=result.max_total,
        band=result.band,
        at_referral=result.at_referral,
        subscales=dict(result.subscales or {}),
        answers=dict(result.answers),
        reflective=chosen.reflective,
    )


def _results(db: Session, user: User, instrument: str | None = None) -> list[AssessmentResult]:
    query = select(AssessmentResult).where(AssessmentResult.user_id == user.id)
    if instrument is not None:
        query = query.where(AssessmentResult.instrument == instrument)
    query = query.order_by(AssessmentResult.taken_at, AssessmentResult.id)
    return list(db.scalars(query))


def history(*, db: Session, user: User, instrument: str) -> list[ResultSummary]:
    """The person's results for one instrument, oldest first."""
    slug = get_instrument(slug=instrument).slug
    return [summary_of(result) for result in _results(db, user, slug)]


def taken_slugs(*, db: Session, user: User) -> set[str]:
    """Which questionnaires and reflections the person has a result for."""
    query = select(AssessmentResult.instrument).where(AssessmentResult.user_id == user.id)
    return set(db.scalars(query.distinct()))


def latest_results(*, db: Session, user: User) -> list[ResultSummary]:
    """The person's newest result per instrument, in catalogue order."""
    newest: dict[str, AssessmentResult] = {}
    for result in _results(db, user):
        newest[result.instrument] = result
    return [summary_of(newest[slug]) for slug in catalogue() if slug in newest]


def previous_result(*, db: Session, user: User, result: AssessmentResult) -> ResultSummary | None:
    """The result for the same instrument just before this one, if any."""
    earlier = [
        r
        for r in _results(db, user, result.instrument)
        if (r.taken_at, r.id) < (result.taken_at, result.id)
    ]
    return summary_of(earlier[-1]) if earlier else None


def results_since(*, db: Session, user: User, since: dt.date) -> list[AssessmentResult]:
    """The person's results taken from a day on, oldest first."""
    start = dates.day_start(since, user.time_zone)
    query = (
        select(AssessmentResult)
        .where(AssessmentResult.user_id == user.id, AssessmentResult.taken_at >= start)
        .order_by(AssessmentResult.taken_at, AssessmentResult.id)
    )
    return list(db.scalars(query))


def referral_results_since(*, db: Session, user: User, since: dt.date) -> list[ResultSummary]:
    """Results from a day on that reached their authors' referral range, oldest first."""
    return [summary_of(r) for r in results_since(db=db, user=user, since=since) if r.at_referral]


def risk_results_since(*, db: Session, user: User, since: dt.date) -> list[ResultSummary]:
    """Results from a day on with an answer the safety screen treats as a crisis."""
    rows = results_since(db=db, user=user, since=since)
    return [summary_of(r) for r in rows if safety_service.is_crisis(r.safety_level)]


def get_draft(*, db: Session, user: User, instrument: str) -> dict[str, int]:
    """The answers saved so far for an unfinished questionnaire (empty if none)."""
    draft = _draft_row(db, user, get_instrument(slug=instrument).slug)
    return dict(draft.answers) if draft else {}


def _draft_row(db: Session, user: User, slug: str) -> AssessmentDraft | None:
    query = select(AssessmentDraft).where(
        AssessmentDraft.user_id == user.id, AssessmentDraft.instrument == slug
    )
    return db.scalar(query)


def save_draft(
    *, db: Session, user: User, instrument: str, answers: Mapping[str, object]
) -> dict[str, int]:
    """Merge answers into the saved draft (each value checked); returns the whole draft."""
    chosen = get_instrument(slug=instrument)
    clean = scoring.check_values(chosen, answers)
    draft = _draft_row(db, user, chosen.slug)
    if draft is None:
        draft = AssessmentDraft(user_id=user.id, instrument=chosen.slug, answers={})
        db.add(draft)
    draft.answers = {**draft.answers, **clean}
    db.flush()
    return dict(draft.answers)


def save_valid_answers(
    *, db: Session, user: User, instrument: str, answers: Mapping[str, object]
) -> dict[str, int]:
    """Keep every acceptable answer in the draft and skip the rest, so nothing good is lost."""
    chosen = get_instrument(slug=instrument)
    valid = scoring.valid_answers(chosen, answers)
    return save_draft(db=db, user=user, instrument=chosen.slug, answers=valid)


def discard_draft(*, db: Session, user: User, instrument: str) -> None:
    """Forget the unfinished answers for an instrument."""
    draft = _draft_row(db, user, get_instrument(slug=instrument).slug)
    if draft is not None:
        db.delete(draft)
        db.flush()


def drafts(*, db: Session, user: User) -> dict[str, dict[str, int]]:
    """Every unfinished answer set the person has, by instrument."""
    rows = db.scalars(select(AssessmentDraft).where(AssessmentDraft.user_id == user.id))
    return {row.instrument: dict(row.answers) for row in rows}
