"""Pages for questionnaires: the list, a form (all at once or one question at a time),
results with their history, and reminders."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, Response

from reconnect.accounts.models import User
from reconnect.assess import chart, scoring, service
from reconnect.assess.instruments import Instrument, Item
from reconnect.core import dates
from reconnect.core.errors import ReconnectError, ValidationFailed
from reconnect.messages import Assess as M
from reconnect.safety import service as safety_service
from reconnect.web.deps import CurrentUser, DbSession
from reconnect.web.forms import redirect, register_notices
from reconnect.web.templating import is_htmx, render

router = APIRouter()
register_notices(
    {
        "assess_saved": M.PROGRESS_SAVED,
        "assess_discarded": M.DRAFT_DISCARDED,
        "assess_note_saved": M.NOTE_SAVED,
        "assess_reminder_saved": M.REMINDER_SAVED,
    }
)
FormText = Annotated[str, Form()]
ITEM_PREFIX = "item-"


async def _posted_answers(request: Request) -> dict[str, str]:
    form = await request.form()
    return {
        key.removeprefix(ITEM_PREFIX): value
        for key, value in form.multi_items()
        if key.startswith(ITEM_PREFIX) and isinstance(value, str) and value.strip()
    }


PostedAnswers = Annotated[dict[str, str], Depends(_posted_answers)]


@router.get("/assess", response_class=HTMLResponse)
def index(request: Request, db: DbSession, user: CurrentUser) -> Response:
    everything = service.instruments()
    context = {
        "reflections": [i for i in everything if i.reflective],
        "validated": [i for i in everything if not i.reflective],
        "latest": {s.instrument: s for s in service.latest_results(db=db, user=user)},
        "drafts": service.drafts(db=db, user=user),
        "due": {
            item.href
            for item in service.today_items(db=db, user=user, today=dates.today(user.time_zone))
        },
    }
    return render(request, "assess/index.html", context)


def _form_page(
    request: Request,
    user: User,
    instrument: Instrument,
    values: dict[str, object],
    *,
    error: str | None = None,
) -> HTMLResponse:
    clean = scoring.valid_answers(instrument, values)
    context = {
        "instrument": instrument,
        "values": values,
        "error": error,
        "crisis_home": _crisis_home(user, instrument, clean),
    }
    return render(request, "assess/form.html", context, status_code=422 if error else 200)


def _crisis_home(user: User, instrument: Instrument, answers: dict[str, int]) -> object | None:
    """The person's crisis lines when an answer so far needs them at once, else None."""
    if service.has_risk_answer(instrument=instrument, answers=answers):
        return safety_service.helplines_for(user.country)
    return None


@router.get("/assess/results/{result_id}", response_class=HTMLResponse)
def result_page(request: Request, db: DbSession, user: CurrentUser, result_id: int) -> Response:
    result = service.get_result_for_user(db=db, user=user, result_id=result_id)
    instrument = service.get_instrument(slug=result.instrument)
    context = {
        "result": result,
        "summary": service.summary_of(result),
        "instrument": instrument,
        "previous": service.previous_result(db=db, user=user, result=result),
        "home": safety_service.helplines_for(user.country),
        "crisis": safety_service.is_crisis(result.safety_level),
        "resonating": _resonating(instrument, result.answers),
    }
    return render(request, "assess/result.html", context)


def _resonating(instrument: Instrument, answers: dict[str, int]) -> list[Item] | None:
    if instrument.slug != "causes":
        return None
    return [item for item in instrument.items if answers.get(item.id) == 1]


@router.post("/assess/results/{result_id}/note")
def save_note(db: DbSession, user: CurrentUser, result_id: int, note: FormText = "") -> Response:
    service.set_note(db=db, user=user, result_id=result_id, note=note)
    return redirect(f"/assess/results/{result_id}", notice="assess_note_saved")


@router.get("/assess/{instrument}", response_class=HTMLResponse)
def form_page(request: Request, db: DbSession, user: CurrentUser, instrument: str) -> Response:
    chosen = service.get_instrument(slug=instrument)
    draft: dict[str, object] = dict(service.get_draft(db=db, user=user, instrument=chosen.slug))
    return _form_page(request, user, chosen, draft)


@router.post("/assess/{instrument}")
def submit_form(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    instrument: str,
    answers: PostedAnswers,
    action: FormText = "submit",
) -> Response:
    chosen = service.get_instrument(slug=instrument)
    values: dict[str, object] = {**service.get_draft(db=db, user=user, instrument=chosen.slug)}
    values.update(answers)
    try:
        service.save_draft(db=db, user=user, instrument=chosen.slug, answers=answers)
        if action == "save":
            return redirect(f"/assess/{chosen.slug}", notice="assess_saved")
        result = service.submit(db=db, user=user, instrument=chosen.slug, answers=values)
    except ReconnectError as exc:
        service.save_valid_answers(db=db, user=user, instrument=chosen.slug, answers=answers)
        return _form_page(request, user, chosen, values, error=exc.message)
    return redirect(f"/assess/results/{result.id}")


@router.post("/assess/{instrument}/discard")
def discard(db: DbSession, user: CurrentUser, instrument: str) -> Response:
    service.discard_draft(db=db, user=user, instrument=instrument)
    return redirect(f"/assess/{instrument}", notice="assess_discarded")


def _step_page(
    request: Request,
    user: User,
    instrument: Instrument,
    draft: dict[str, int],
    position: int | None,
    *,
    error: str | None = None,
) -> HTMLResponse:
    missing = scoring.missing_items(instrument, draft)
    if position is None:
        position = instrument.items.index(missing[0]) if missing else len(instrument.items)
    position = max(0, min(position, len(instrument.items) - 1))
    item = instrument.items[position] if missing else None
    context = {
        "instrument": instrument,
        "item": item,
        "position": position,
        "draft": draft,
        "error": error,
        "crisis_home": _crisis_home(user, instrument, draft),
    }
    status = 422 if error else 200
    return render(
        request, "assess/step.html", context, status_code=status, fragment="assess/_step.html"
    )


@router.get("/assess/{instrument}/step", response_class=HTMLResponse)
def step_page(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    instrument: str,
    n: Annotated[int | None, Query(ge=0, le=100)] = None,
) -> Response:
    chosen = service.get_instrument(slug=instrument)
    draft = service.get_draft(db=db, user=user, instrument=chosen.slug)
    return _step_page(request, user, chosen, draft, n)


@router.post("/assess/{instrument}/step")
def answer_step(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    instrument: str,
    answers: PostedAnswers,
    n: Annotated[int, Form(ge=0, le=100)] = 0,
    action: FormText = "next",
) -> Response:
    chosen = service.get_instrument(slug=instrument)
    position = min(n, len(chosen.items) - 1)
    try:
        draft = service.save_draft(db=db, user=user, instrument=chosen.slug, answers=answers)
        if action != "back" and chosen.items[position].id not in draft:
            item = scoring.label_of(chosen, chosen.items[position])
            raise ValidationFailed(M.MISSING_ITEMS.format(items=item))
    except ReconnectError as exc:
        draft = service.get_draft(db=db, user=user, instrument=chosen.slug)
        return _step_page(request, user, chosen, draft, position, error=exc.message)
    target = max(position - 1, 0) if action == "back" else None
    if is_htmx(request):
        return _step_page(request, user, chosen, draft, target)
    query = f"?n={target}" if target is not None else ""
    return redirect(f"/assess/{chosen.slug}/step{query}")


@router.get("/assess/{instrument}/history", response_class=HTMLResponse)
def history_page(request: Request, db: DbSession, user: CurrentUser, instrument: str) -> Response:
    chosen = service.get_instrument(slug=instrument)
    results = service.history(db=db, user=user, instrument=chosen.slug)
    referral = chosen.referral
    drawn = [
        chart.build(
            [
                (dates.human_date(dates.local_date(r.taken_at, user.time_zone)), r.total)
                for r in results
            ],
            low=chosen.min_total,
            high=chosen.max_total,
            referral=referral.threshold if referral else None,
            layout=layout,
        )
        for layout in chart.LAYOUTS
    ]
    context = {
        "instrument": chosen,
        "results": results,
        "charts": drawn,
        "every_days": service.reminder_days(db=db, user=user).get(chosen.slug),
        "choices": service.REMINDER_CHOICES,
    }
    return render(request, "assess/history.html", context)


@router.post("/assess/{instrument}/reminder")
def save_reminder(
    db: DbSession, user: CurrentUser, instrument: str, every_days: FormText = ""
) -> Response:
    chosen = service.get_instrument(slug=instrument)
    try:
        days = int(every_days)
    except ValueError as exc:
        raise ValidationFailed(M.REMINDER_INVALID, field="every_days") from exc
    service.set_reminder(db=db, user=user, instrument=chosen.slug, every_days=days)
    return redirect(f"/assess/{chosen.slug}/history", notice="assess_reminder_saved")
