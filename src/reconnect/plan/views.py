"""Pages for the plan, the practices, logging them, and the calendar feed."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.core import dates
from reconnect.core.errors import NotFound, ReconnectError, ValidationFailed
from reconnect.messages import Plan as PM
from reconnect.messages import SafetyReasons
from reconnect.plan import catalogue, feed, service
from reconnect.plan.catalogue import Practice
from reconnect.plan.schedule import WEEKDAY_CODES
from reconnect.safety import service as safety_service
from reconnect.web.deps import CurrentUser, DbSession
from reconnect.web.forms import redirect, register_notices
from reconnect.web.templating import is_htmx, render

router = APIRouter()
register_notices(
    {
        "plan_generated": PM.PLAN_GENERATED,
        "practice_added": PM.PLAN_ADDED,
        "practice_removed": PM.PLAN_REMOVED,
        "schedule_saved": PM.SCHEDULE_SAVED,
        "practice_logged": PM.LOGGED,
        "log_deleted": PM.LOG_DELETED,
        "feed_revoked": PM.CALENDAR_REVOKED,
        "time_zone_saved": PM.TIME_ZONE_SAVED,
    }
)
FormText = Annotated[str, Form()]
FormList = Annotated[list[str] | None, Form()]


@router.get("/plan", response_class=HTMLResponse)
def plan_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    today = dates.today(user.time_zone)
    context = {
        "rows": service.list_practices(db=db, user=user),
        "suggestions": service.suggestions(db=db, user=user),
        "goals": service.weekly_goals(db=db, user=user, today=today),
        "today_items": service.today_items(db=db, user=user, today=today),
        "streak": service.current_streak(db=db, user=user, today=today),
        "milestones": list(reversed(service.milestones(db=db, user=user)))[:5],
        "by_slug": catalogue.BY_SLUG,
        "strategies": catalogue.STRATEGY_BY_SLUG,
        "reflections": [assess_service.get_instrument(slug=s) for s in service.SUGGESTION_SOURCES],
        "taken": {
            r.instrument: dates.local_date(r.taken_at, user.time_zone)
            for r in assess_service.latest_results(db=db, user=user)
            if r.instrument in service.SUGGESTION_SOURCES
        },
    }
    return render(request, "plan/plan.html", context)


@router.post("/plan/generate")
def generate(db: DbSession, user: CurrentUser) -> Response:
    service.generate_plan(db=db, user=user)
    return redirect("/plan", notice="plan_generated")


@router.get("/plan/practices", response_class=HTMLResponse)
def practices_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    in_plan = {row.practice for row in service.list_practices(db=db, user=user)}
    context = {"strategies": catalogue.STRATEGIES, "in_plan": in_plan}
    return render(request, "plan/practices.html", context)


def _practice_page(
    request: Request,
    db: DbSession,
    user: User,
    practice: Practice,
    *,
    error: str | None = None,
    values: dict[str, object] | None = None,
    saved_level: str | None = None,
    saved_reason: str | None = None,
) -> HTMLResponse:
    context = {
        "saved_level": saved_level,
        "saved_reason": saved_reason,
        "practice": practice,
        "strategy": catalogue.STRATEGY_BY_SLUG[practice.strategy],
        "row": service.get_plan_practice(db=db, user=user, slug=practice.slug),
        "logs": service.list_logs(db=db, user=user, slug=practice.slug, limit=10),
        "answers_of": service.answers_of,
        "weekdays": WEEKDAY_CODES,
        "error": error,
        "values": values or {"done_on": dates.today(user.time_zone).isoformat()},
    }
    status = 422 if error else 200
    return render(
        request, "plan/practice.html", context, status_code=status, fragment="plan/_history.html"
    )


@router.get("/plan/practices/{slug}", response_class=HTMLResponse)
def practice_page(request: Request, db: DbSession, user: CurrentUser, slug: str) -> Response:
    return _practice_page(request, db, user, service.get_practice(slug))


@router.post("/plan/practices/{slug}/add")
def add_practice(db: DbSession, user: CurrentUser, slug: str, back: FormText = "") -> Response:
    service.add_practice(db=db, user=user, slug=slug)
    target = "/plan/practices" if back == "list" else f"/plan/practices/{slug}"
    return redirect(target, notice="practice_added")


@router.post("/plan/practices/{slug}/remove")
def remove_practice(db: DbSession, user: CurrentUser, slug: str, back: FormText = "") -> Response:
    service.remove_practice(db=db, user=user, slug=slug)
    target = "/plan" if back == "plan" else f"/plan/practices/{slug}"
    return redirect(target, notice="practice_removed")


@router.post("/plan/practices/{slug}/schedule")
def save_schedule(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    slug: str,
    days: FormList = None,
    at_time: FormText = "",
) -> Response:
    practice = service.get_practice(slug)
    try:
        service.add_practice(db=db, user=user, slug=slug, days=days or [], at_time=at_time)
    except ValidationFailed as exc:
        return _practice_page(request, db, user, practice, error=exc.message)
    return redirect(f"/plan/practices/{slug}", notice="schedule_saved")


def _rating(raw: str) -> int | None:
    if not raw.strip():
        return None
    try:
        return int(raw)
    except ValueError as exc:
        raise ValidationFailed(PM.RATING_INVALID, field="rating") from exc


def _done_on(raw: str) -> dt.date | None:
    if not raw.strip():
        return None
    day = dates.parse_date(raw)
    if day is None:
        raise ValidationFailed(PM.DATE_INVALID.format(value=raw), field="done_on")
    return day


async def _form_answers(request: Request) -> dict[str, str]:
    """The practice's written answers, sent as ``answer_<field>`` (the fields vary by practice)."""
    form = await request.form()
    return {
        key.removeprefix("answer_"): value
        for key, value in form.items()
        if key.startswith("answer_") and isinstance(value, str)
    }


FormAnswers = Annotated[dict[str, str], Depends(_form_answers)]


@router.post("/plan/practices/{slug}/log")
def log_practice(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    slug: str,
    answers: FormAnswers,
    rating: FormText = "",
    note: FormText = "",
    done_on: FormText = "",
) -> Response:
    practice = service.get_practice(slug)
    values: dict[str, object] = {"rating": rating, "note": note, "done_on": done_on, **answers}
    try:
        log = service.log_practice(
            db=db,
            user=user,
            slug=slug,
            rating=_rating(rating),
            note=note,
            answers=answers,
            done_on=_done_on(done_on),
        )
    except ReconnectError as exc:
        return _practice_page(request, db, user, practice, error=exc.message, values=values)
    if safety_service.is_crisis(log.safety_level):
        url = safety_service.help_url(
            source="practice", reason=log.safety_reason, text=" ".join([note, *answers.values()])
        )
        if is_htmx(request):
            return Response(status_code=200, headers={"HX-Redirect": url})
        return redirect(url)
    if is_htmx(request):
        return _practice_page(
            request,
            db,
            user,
            practice,
            saved_level=log.safety_level or "none",
            saved_reason=log.safety_reason,
        )
    target = f"/plan/practices/{slug}"
    if safety_service.is_concern(log.safety_level):
        target += "?concern=1"
        if log.safety_reason == SafetyReasons.UNSAFE_AT_HOME:
            target += "&unsafe=1"
    return redirect(target, notice="practice_logged")


@router.post("/plan/logs/{log_id}/delete")
def delete_log(request: Request, db: DbSession, user: CurrentUser, log_id: int) -> Response:
    log = service.get_log_for_user(db=db, user=user, log_id=log_id)
    slug = log.practice
    service.delete_log(db=db, user=user, log_id=log_id)
    if is_htmx(request):
        return HTMLResponse("")
    return redirect(f"/plan/practices/{slug}", notice="log_deleted")


def _calendar_page(
    request: Request,
    db: DbSession,
    user: User,
    *,
    feed_url: str | None = None,
    error: str | None = None,
) -> HTMLResponse:
    context = {
        "plan": service.get_plan_for_user(db=db, user=user),
        "feed_url": feed_url,
        "time_zones": dates.time_zones(),
        "error": error,
    }
    return render(request, "plan/calendar.html", context, status_code=422 if error else 200)


@router.get("/plan/calendar", response_class=HTMLResponse)
def calendar_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _calendar_page(request, db, user)


@router.post("/plan/calendar", response_class=HTMLResponse)
def create_feed(request: Request, db: DbSession, user: CurrentUser) -> Response:
    token = feed.create_token(db=db, user=user)
    url = str(request.base_url).rstrip("/") + f"/plan/feed/{token}.ics"
    return _calendar_page(request, db, user, feed_url=url)


@router.post("/plan/calendar/revoke")
def revoke_feed(db: DbSession, user: CurrentUser) -> Response:
    feed.revoke_token(db=db, user=user)
    return redirect("/plan/calendar", notice="feed_revoked")


@router.post("/plan/calendar/time-zone")
def save_time_zone(
    request: Request, db: DbSession, user: CurrentUser, time_zone: FormText = ""
) -> Response:
    try:
        feed.set_time_zone(db=db, user=user, time_zone=time_zone)
    except ValidationFailed as exc:
        return _calendar_page(request, db, user, error=exc.message)
    return redirect("/plan/calendar", notice="time_zone_saved")


@router.get("/plan/feed/{feed_token}.ics")
def calendar_feed(request: Request, db: DbSession, feed_token: str) -> Response:
    body = feed.feed_for_token(db=db, token=feed_token, base_url=str(request.base_url))
    if body is None:
        raise NotFound(PM.FEED_NOT_FOUND)
    headers = {"cache-control": "private, max-age=900"}
    return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)
