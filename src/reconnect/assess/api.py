"""REST API for questionnaires (``/api/v1/assessments``)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import scoring, service
from reconnect.assess.instruments import Instrument
from reconnect.assess.models import AssessmentResult
from reconnect.assess.schemas import (
    AnswersIn,
    BandOut,
    DraftIn,
    DraftOut,
    InstrumentOut,
    InstrumentSummaryOut,
    ItemOut,
    OptionOut,
    ResultOut,
)
from reconnect.safety import service as safety_service
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1/assessments", tags=["assessments"])


def _summary_out(instrument: Instrument) -> InstrumentSummaryOut:
    return InstrumentSummaryOut(
        slug=instrument.slug,
        title=instrument.title,
        name=instrument.name,
        reflective=instrument.reflective,
        about=instrument.about,
        items=len(instrument.items),
    )


def _instrument_out(instrument: Instrument) -> InstrumentOut:
    referral = instrument.referral
    questions = [
        ItemOut(
            id=item.id,
            number=number,
            text=item.text,
            options=[OptionOut(value=o.value, label=o.label) for o in instrument.options_for(item)],
            low=item.low,
            high=item.high,
        )
        for number, item in enumerate(instrument.items, start=1)
    ]
    return InstrumentOut(
        **_summary_out(instrument).model_dump(),
        time_frame=instrument.time_frame,
        citation=instrument.citation,
        licence=instrument.licence,
        source=instrument.source,
        questions=questions,
        min_total=instrument.min_total,
        max_total=instrument.max_total,
        bands=[BandOut(min=b.min, max=b.max, label=b.label) for b in instrument.bands],
        referral_at_least=referral.at_least if referral else None,
        referral_at_most=referral.at_most if referral else None,
        gate_item=instrument.gate.item if instrument.gate else None,
        learn=list(instrument.learn),
    )


def _result_out(db: Session, user: User, result: AssessmentResult) -> ResultOut:
    summary = service.summary_of(result)
    previous = service.previous_result(db=db, user=user, result=result)
    return ResultOut(
        id=summary.result_id,
        instrument=summary.instrument,
        title=summary.title,
        taken_at=summary.taken_at,
        total=summary.total,
        max_total=summary.max_total,
        band=summary.band,
        at_referral=summary.at_referral,
        subscales=summary.subscales,
        answers=summary.answers,
        reflective=summary.reflective,
        safety_level=result.safety_level,
        note=result.note,
        previous_total=previous.total if previous else None,
        crisis_lines=f"/api/v1/help?country={user.country}"
        if safety_service.is_crisis(result.safety_level)
        or safety_service.is_crisis(result.note_safety_level)
        else None,
    )


@router.get("", response_model=list[InstrumentSummaryOut])
def list_instruments(user: ApiUser) -> list[InstrumentSummaryOut]:
    """Every questionnaire and reflection."""
    return [_summary_out(i) for i in service.instruments()]


@router.get("/results", response_model=list[ResultOut])
def latest_results(db: DbSession, user: ApiUser) -> list[ResultOut]:
    """The caller's newest result per instrument."""
    latest = service.latest_results(db=db, user=user)
    return [
        _result_out(db, user, service.get_result_for_user(db=db, user=user, result_id=s.result_id))
        for s in latest
    ]


@router.get("/results/{result_id}", response_model=ResultOut)
def get_result(db: DbSession, user: ApiUser, result_id: int) -> ResultOut:
    """One of the caller's results."""
    return _result_out(db, user, service.get_result_for_user(db=db, user=user, result_id=result_id))


@router.get("/{instrument}", response_model=InstrumentOut)
def get_instrument(user: ApiUser, instrument: str) -> InstrumentOut:
    """One instrument: items, options, scoring ranges, licence and citation."""
    return _instrument_out(service.get_instrument(slug=instrument))


@router.post("/{instrument}", response_model=ResultOut, status_code=201)
def submit(db: DbSession, user: ApiUser, instrument: str, body: AnswersIn) -> ResultOut:
    """Score and store a complete answer set (422 names missing or out-of-range answers)."""
    result = service.submit(
        db=db, user=user, instrument=instrument, answers=body.answers, note=body.note
    )
    return _result_out(db, user, result)


@router.get("/{instrument}/history", response_model=list[ResultOut])
def history(db: DbSession, user: ApiUser, instrument: str) -> list[ResultOut]:
    """The caller's results for one instrument, oldest first."""
    summaries = service.history(db=db, user=user, instrument=instrument)
    return [
        _result_out(db, user, service.get_result_for_user(db=db, user=user, result_id=s.result_id))
        for s in summaries
    ]


def _draft_out(instrument: Instrument, answers: dict[str, int]) -> DraftOut:
    missing = [item.id for item in scoring.missing_items(instrument, answers)]
    return DraftOut(instrument=instrument.slug, answers=answers, missing=missing)


@router.get("/{instrument}/draft", response_model=DraftOut)
def get_draft(db: DbSession, user: ApiUser, instrument: str) -> DraftOut:
    """The caller's unfinished answers for an instrument."""
    chosen = service.get_instrument(slug=instrument)
    return _draft_out(chosen, service.get_draft(db=db, user=user, instrument=chosen.slug))


@router.put("/{instrument}/draft", response_model=DraftOut)
def save_draft(db: DbSession, user: ApiUser, instrument: str, body: DraftIn) -> DraftOut:
    """Add answers to the caller's unfinished answer set."""
    chosen = service.get_instrument(slug=instrument)
    answers = service.save_draft(db=db, user=user, instrument=chosen.slug, answers=body.answers)
    return _draft_out(chosen, answers)
