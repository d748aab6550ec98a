"""Together pages: linking, the schedule, check-ins with their reveal, and the ladder."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.core.errors import ReconnectError, ValidationFailed
from reconnect.journal import vocabulary
from reconnect.messages import Together as M
from reconnect.safety import service as safety_service
from reconnect.together import service
from reconnect.together.models import CheckinAnswer
from reconnect.web.deps import CurrentUser, DbSession
from reconnect.web.forms import redirect, register_notices
from reconnect.web.templating import render

router = APIRouter(prefix="/together")
register_notices(
    {
        "together_linked": M.LINKED,
        "together_unlinked": M.UNLINKED,
        "together_schedule_saved": M.SCHEDULE_SAVED,
        "together_answer_saved": M.ANSWER_SAVED,
        "together_revealed": M.ANSWER_REVEALED,
        "together_reply_saved": M.REPLY_SAVED,
        "together_ladder_saved": M.LADDER_SAVED,
    }
)
FormText = Annotated[str, Form()]


def partner_name(partner: User | None) -> str:
    """How to call the partner on a page."""
    return "" if partner is None else (partner.display_name or partner.username)


def _overview(
    request: Request, db: DbSession, user: User, *, status_code: int = 200, **extra: object
) -> HTMLResponse:
    partner = service.partner_of(db=db, user=user)
    context: dict[str, object] = {"partner": partner, "partner_name": partner_name(partner)}
    if partner is not None:
        context |= {
            "schedule": service.schedule_for(db=db, user=user),
            "streak": service.checkin_streak(db=db, user=user, today=dates.today(user.time_zone)),
            "current": service.current_view(db=db, user=user),
            "today": dates.today(user.time_zone),
        }
    return render(request, "together/overview.html", context | extra, status_code=status_code)


@router.get("", response_class=HTMLResponse)
def overview(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _overview(request, db, user)


@router.post("/invite")
def create_invite(request: Request, db: DbSession, user: CurrentUser) -> Response:
    try:
        invite, code = service.create_invite(db=db, user=user)
    except ReconnectError as exc:
        return _overview(request, db, user, status_code=exc.status_code, invite_error=exc.message)
    message = service.invite_message(code=code, expires_at=invite.expires_at, zone=user.time_zone)
    return _overview(
        request, db, user, new_code=code, expires_at=invite.expires_at, invite_message=message
    )


@router.post("/accept")
def accept_invite(
    request: Request, db: DbSession, user: CurrentUser, code: FormText = ""
) -> Response:
    try:
        service.accept_invite(db=db, user=user, code=code)
    except ReconnectError as exc:
        return _overview(request, db, user, status_code=exc.status_code, accept_error=exc.message)
    return redirect("/together/sharing", notice="together_linked")


@router.post("/unlink")
def unlink(db: DbSession, user: CurrentUser) -> Response:
    service.unlink(db=db, user=user)
    return redirect("/together", notice="together_unlinked")


@router.get("/sharing", response_class=HTMLResponse)
def sharing_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    partner = service.partner_of(db=db, user=user)
    context: dict[str, object] = {"partner_name": partner_name(partner)}
    if partner is not None:
        shared = service.list_shared(db=db, user=user)
        context |= {
            "my_shares": [item for item in shared if item.mine],
            "their_shares": [item for item in shared if not item.mine],
            "rounds": len(service.list_rounds(db=db, user=user)),
            "activities": len(service.list_activities(db=db, user=user)),
        }
    return render(request, "together/sharing.html", context)


@router.get("/schedule", response_class=HTMLResponse)
def schedule_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _schedule_page(request, db, user)


def _schedule_page(
    request: Request,
    db: DbSession,
    user: User,
    *,
    error: str | None = None,
    values: dict[str, str] | None = None,
) -> HTMLResponse:
    service.require_link(db=db, user=user)
    schedule = service.schedule_for(db=db, user=user)
    if values is None:
        values = {"weekday": "6", "time_of_day": "19:00", "every_weeks": "1"}
        if schedule is not None:
            values = {
                "weekday": str(schedule.weekday),
                "time_of_day": schedule.time_of_day,
                "every_weeks": str(schedule.every_weeks),
            }
    context = {"schedule": schedule, "values": values, "error": error}
    return render(request, "together/schedule.html", context, status_code=422 if error else 200)


def _int_field(raw: str, message: str, field: str) -> int:
    try:
        return int(raw.strip())
    except ValueError as exc:
        raise ValidationFailed(message, field=field) from exc


@router.post("/schedule")
def save_schedule(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    weekday: FormText = "",
    time_of_day: FormText = "",
    every_weeks: FormText = "",
) -> Response:
    values = {"weekday": weekday, "time_of_day": time_of_day, "every_weeks": every_weeks}
    try:
        service.set_schedule(
            db=db,
            user=user,
            weekday=_int_field(weekday, M.WEEKDAY_INVALID, "weekday"),
            time_of_day=time_of_day,
            every_weeks=_int_field(every_weeks, M.EVERY_INVALID, "every_weeks"),
            today=dates.today(user.time_zone),
        )
    except ReconnectError as exc:
        return _schedule_page(request, db, user, error=exc.message, values=values)
    return redirect("/together", notice="together_schedule_saved")


def _answer_form(
    request: Request,
    db: DbSession,
    user: User,
    *,
    error: str | None = None,
    values: dict[str, object] | None = None,
) -> HTMLResponse:
    service.require_link(db=db, user=user)
    current = service.current_view(db=db, user=user)
    if values is None:
        values = _values_of(current.mine if current else None)
    step = service.ladder_step(db=db, user=user)
    partner = service.partner_of(db=db, user=user)
    context = {
        "current": current,
        "values": values,
        "error": error,
        "prompt": service.share_prompt(step, dates.today(user.time_zone)),
        "quadrants": [(q, vocabulary.words_in(q)) for q in vocabulary.QUADRANT_ORDER],
        "partner_name": partner_name(partner),
    }
    return render(request, "together/checkin.html", context, status_code=422 if error else 200)


@router.get("/checkin", response_class=HTMLResponse)
def checkin_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _answer_form(request, db, user)


@router.post("/checkin")
def submit_answer(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    words: Annotated[list[str] | None, Form()] = None,
    feeling_note: FormText = "",
    appreciation: FormText = "",
    need: FormText = "",
    vulnerable_share: FormText = "",
    together_wish: FormText = "",
) -> Response:
    fields = service.AnswerFields(
        words=words or [],
        feeling_note=feeling_note,
        appreciation=appreciation,
        need=need,
        vulnerable_share=vulnerable_share,
        together_wish=together_wish,
    )
    try:
        answer = service.submit_answer(
            db=db, user=user, fields=fields, today=dates.today(user.time_zone)
        )
    except ReconnectError as exc:
        return _answer_form(request, db, user, error=exc.message, values=_values_of(fields))
    view = service.view_round(db=db, user=user, round_id=answer.round_id)
    notice = "together_revealed" if view.revealed else "together_answer_saved"
    return redirect(f"/together/checkins/{answer.round_id}", notice=notice)


def _values_of(answer: service.AnswerFields | CheckinAnswer | None) -> dict[str, object]:
    """What to put back in the form: a saved answer, or what was just typed."""
    if answer is None:
        return {"words": []}
    words = answer.words if isinstance(answer, service.AnswerFields) else answer.feeling_words
    return {"words": list(words), **{n: getattr(answer, n) or "" for n in service.TEXT_FIELDS}}


@router.get("/checkins", response_class=HTMLResponse)
def history_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    rounds = service.list_rounds(db=db, user=user)
    return render(request, "together/history.html", {"rounds": rounds})


def _round_page(
    request: Request, db: DbSession, user: User, round_id: int, *, error: str | None = None
) -> HTMLResponse:
    view = service.view_round(db=db, user=user, round_id=round_id)
    partner = service.partner_of(db=db, user=user)
    context = {
        "view": view,
        "partner_name": partner_name(partner),
        "error": error,
        "home": safety_service.helplines_for(user.country)
        if view.needs_help or view.partner_at_risk
        else None,
    }
    if request.query_params.get("notice") == "together_reply_saved":
        # The page opens at the replies, so the notice is shown there, not above the answers.
        context["notice"], context["reply_notice"] = None, M.REPLY_SAVED
    status_code = 422 if error else 200
    return render(
        request,
        "together/round.html",
        context,
        status_code=status_code,
        fragment="together/_round_status.html",
    )


@router.get("/checkins/{round_id}", response_class=HTMLResponse)
def round_page(request: Request, db: DbSession, user: CurrentUser, round_id: int) -> Response:
    return _round_page(request, db, user, round_id)


@router.post("/checkins/{round_id}/replies")
def add_reply(
    request: Request, db: DbSession, user: CurrentUser, round_id: int, body: FormText = ""
) -> Response:
    service.get_round_for_user(db=db, user=user, round_id=round_id)
    try:
        service.add_reply(db=db, user=user, round_id=round_id, body=body)
    except ReconnectError as exc:
        return _round_page(request, db, user, round_id, error=exc.message)
    return redirect(f"/together/checkins/{round_id}#replies", notice="together_reply_saved")


@router.get("/ladder", response_class=HTMLResponse)
def ladder_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _ladder_page(request, db, user)


def _ladder_page(
    request: Request, db: DbSession, user: User, *, error: str | None = None
) -> HTMLResponse:
    context = {
        "steps": service.ladder(),
        "current": service.ladder_step(db=db, user=user),
        "error": error,
    }
    return render(request, "together/ladder.html", context, status_code=422 if error else 200)


@router.post("/ladder")
def set_ladder_step(
    request: Request, db: DbSession, user: CurrentUser, step: FormText = ""
) -> Response:
    try:
        number = _int_field(step, M.LADDER_INVALID, "step")
        service.set_ladder_step(db=db, user=user, number=number)
    except ReconnectError as exc:
        return _ladder_page(request, db, user, error=exc.message)
    return redirect("/together/ladder", notice="together_ladder_saved")
