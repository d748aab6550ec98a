"""REST API for check-ins and journal entries (``/api/v1``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query, Response

from reconnect.core import dates
from reconnect.core.paging import MAX_PER_PAGE, PAGE_SIZE
from reconnect.journal import emotions as emotion_service
from reconnect.journal import prompts, service, vocabulary
from reconnect.journal.models import CheckIn, JournalEntry
from reconnect.journal.schemas import (
    CheckInChange,
    CheckInCreate,
    CheckInOut,
    CheckInPage,
    EmotionCorrection,
    EmotionWordOut,
    EntryOut,
    EntryPage,
    EntryWrite,
    PromptOut,
)
from reconnect.patterns import service as patterns_service
from reconnect.patterns.factors import Factors
from reconnect.patterns.schemas import FactorsIn, FactorsOut
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1", tags=["journal"])
PageNumber = Annotated[int, Query(ge=1, le=100_000)]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Items a page (1 to 100).")]


def _factors_in(body: FactorsIn | None) -> Factors:
    return patterns_service.clean_factors(**body.model_dump()) if body else Factors()


def _checkin_out(checkin: CheckIn, factors: Factors | None) -> CheckInOut:
    out = CheckInOut.model_validate(checkin)
    out.factors = FactorsOut.of(factors or Factors())
    return out


def _entry_out(entry: JournalEntry, factors: Factors) -> EntryOut:
    return EntryOut(
        id=entry.id,
        entry_date=entry.entry_date,
        title=entry.title,
        body=entry.body,
        tags=[tag.name for tag in entry.tags],
        word_count=entry.word_count,
        prompt_key=entry.prompt_key,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        detected_emotions=entry.detected_emotions,
        corrected_emotions=entry.corrected_emotions,
        safety_level=entry.safety_level,
        safety_reason=entry.safety_reason,
        factors=FactorsOut.of(factors),
    )


def _entry_with_factors(db: DbSession, user: ApiUser, entry: JournalEntry) -> EntryOut:
    return _entry_out(
        entry, patterns_service.factors_for_entry(db=db, user=user, entry_id=entry.id)
    )


@router.get("/checkins", response_model=CheckInPage)
def list_checkins(
    db: DbSession, user: ApiUser, page: PageNumber = 1, per_page: PerPage = PAGE_SIZE
) -> CheckInPage:
    """The caller's check-ins, newest first."""
    result = service.list_checkins(db=db, user=user, page=page, size=per_page)
    picked = patterns_service.factors_for_checkins(
        db=db, user=user, checkin_ids=[item.id for item in result.items]
    )
    items = [_checkin_out(item, picked.get(item.id)) for item in result.items]
    return CheckInPage(
        items=items,
        page=result.number,
        per_page=per_page,
        total=service.count_checkins(db=db, user=user),
        has_next=result.has_next,
    )


@router.post("/checkins", response_model=CheckInOut, status_code=201)
def create_checkin(db: DbSession, user: ApiUser, body: CheckInCreate) -> CheckInOut:
    """Record a check-in, with optional factors (sleep, movement, people, places, ...)."""
    chosen = _factors_in(body.factors)
    checkin = service.create_checkin(db=db, user=user, **body.model_dump(exclude={"factors"}))
    patterns_service.save_for_checkin(db=db, user=user, checkin_id=checkin.id, chosen=chosen)
    return _checkin_out(checkin, chosen)


@router.get("/checkins/{checkin_id}", response_model=CheckInOut)
def get_checkin(db: DbSession, user: ApiUser, checkin_id: int) -> CheckInOut:
    """One of the caller's check-ins."""
    checkin = service.get_checkin_for_user(db=db, user=user, checkin_id=checkin_id)
    picked = patterns_service.factors_for_checkins(db=db, user=user, checkin_ids=[checkin.id])
    return _checkin_out(checkin, picked.get(checkin.id))


@router.patch("/checkins/{checkin_id}", response_model=CheckInOut)
def change_checkin(
    db: DbSession, user: ApiUser, checkin_id: int, body: CheckInChange
) -> CheckInOut:
    """Change one of the caller's check-ins: only the fields sent change; a changed note is
    screened again, and ``factors``, when sent, replace the check-in's factors."""
    sent = body.model_fields_set
    checkin = service.update_checkin(
        db=db,
        user=user,
        checkin_id=checkin_id,
        pleasantness=body.pleasantness,
        energy=body.energy,
        words=body.words,
        note=(body.note or "") if "note" in sent else None,
    )
    if "factors" in sent:
        chosen = _factors_in(body.factors)
        patterns_service.save_for_checkin(db=db, user=user, checkin_id=checkin.id, chosen=chosen)
    picked = patterns_service.factors_for_checkins(db=db, user=user, checkin_ids=[checkin.id])
    return _checkin_out(checkin, picked.get(checkin.id))


@router.delete("/checkins/{checkin_id}", status_code=204)
def delete_checkin(db: DbSession, user: ApiUser, checkin_id: int) -> Response:
    """Delete one of the caller's check-ins."""
    service.delete_checkin(db=db, user=user, checkin_id=checkin_id)
    return Response(status_code=204)


@router.get("/entries", response_model=EntryPage)
def list_entries(
    db: DbSession,
    user: ApiUser,
    page: PageNumber = 1,
    per_page: PerPage = PAGE_SIZE,
    q: str = "",
    tag: str = "",
) -> EntryPage:
    """The caller's entries, newest first; ``q`` searches, ``tag`` filters."""
    if q.strip():
        result = service.search_entries(db=db, user=user, query=q, page=page, size=per_page)
        total = service.count_search(db=db, user=user, query=q)
    else:
        result = service.list_entries(db=db, user=user, page=page, tag=tag or None, size=per_page)
        total = service.count_entries(db=db, user=user, tag=tag or None)
    picked = patterns_service.factors_for_entries(
        db=db, user=user, entry_ids=[e.id for e in result.items]
    )
    return EntryPage(
        items=[_entry_out(e, picked.get(e.id, Factors())) for e in result.items],
        page=result.number,
        per_page=per_page,
        total=total,
        has_next=result.has_next,
    )


@router.post("/entries", response_model=EntryOut, status_code=201)
def create_entry(db: DbSession, user: ApiUser, body: EntryWrite) -> EntryOut:
    """Write a journal entry, with optional factors."""
    chosen = _factors_in(body.factors)
    entry = service.create_entry(db=db, user=user, **body.model_dump(exclude={"factors"}))
    patterns_service.save_for_entry(db=db, user=user, entry_id=entry.id, chosen=chosen)
    return _entry_out(entry, chosen)


@router.get("/entries/{entry_id}", response_model=EntryOut)
def get_entry(db: DbSession, user: ApiUser, entry_id: int) -> EntryOut:
    """One of the caller's entries."""
    return _entry_with_factors(
        db, user, service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
    )


@router.put("/entries/{entry_id}", response_model=EntryOut)
def update_entry(db: DbSession, user: ApiUser, entry_id: int, body: EntryWrite) -> EntryOut:
    """Replace the text, title, tags, date and factors of an entry."""
    chosen = _factors_in(body.factors)
    fields = body.model_dump(exclude={"prompt_key", "factors"})
    entry = service.update_entry(db=db, user=user, entry_id=entry_id, **fields)
    patterns_service.save_for_entry(db=db, user=user, entry_id=entry.id, chosen=chosen)
    return _entry_out(entry, chosen)


@router.delete("/entries/{entry_id}", status_code=204)
def delete_entry(db: DbSession, user: ApiUser, entry_id: int) -> Response:
    """Delete an entry for good."""
    service.delete_entry(db=db, user=user, entry_id=entry_id)
    return Response(status_code=204)


@router.get("/tags", response_model=list[str])
def list_tags(db: DbSession, user: ApiUser) -> list[str]:
    """The caller's tags."""
    return service.list_tags(db=db, user=user)


@router.get("/emotion-words", response_model=list[EmotionWordOut])
def emotion_words() -> list[EmotionWordOut]:
    """The emotion vocabulary, grouped by grid quadrant."""
    return [EmotionWordOut(**asdict(word)) for word in vocabulary.VOCABULARY]


@router.get("/prompts/today", response_model=PromptOut)
def prompt_today(user: ApiUser, offset: Annotated[int, Query(ge=0, le=1000)] = 0) -> PromptOut:
    """Today's journaling prompt for the caller."""
    prompt = prompts.prompt_for_day(day=dates.today(user.time_zone), user_id=user.id, offset=offset)
    return PromptOut(**asdict(prompt))


@router.put("/entries/{entry_id}/emotions", response_model=EntryOut)
def correct_entry_emotions(
    db: DbSession, user: ApiUser, entry_id: int, body: EmotionCorrection
) -> EntryOut:
    """Replace the detected emotions of an entry with the caller's own reading."""
    entry = service.get_entry_for_user(db=db, user=user, entry_id=entry_id)
    emotion_service.correct_emotions(db=db, item=entry, emotions=body.emotions)
    return _entry_with_factors(db, user, entry)


@router.put("/checkins/{checkin_id}/emotions", response_model=CheckInOut)
def correct_checkin_emotions(
    db: DbSession, user: ApiUser, checkin_id: int, body: EmotionCorrection
) -> CheckInOut:
    """Replace the detected emotions of a check-in note with the caller's own reading."""
    checkin = service.get_checkin_for_user(db=db, user=user, checkin_id=checkin_id)
    emotion_service.correct_emotions(db=db, item=checkin, emotions=body.emotions)
    picked = patterns_service.factors_for_checkins(db=db, user=user, checkin_ids=[checkin.id])
    return _checkin_out(checkin, picked.get(checkin.id))
