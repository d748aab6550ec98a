"""Together pages for what a couple shares on purpose: activities and single journal entries."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.core.errors import ReconnectError, ValidationFailed
from reconnect.journal import service as journal_service
from reconnect.messages import Together as M
from reconnect.safety import service as safety_service
from reconnect.together import service
from reconnect.together.views import partner_name
from reconnect.web.deps import CurrentUser, DbSession
from reconnect.web.forms import redirect, register_notices
from reconnect.web.templating import render

router = APIRouter(prefix="/together")
register_notices(
    {
        "together_activity_added": M.ACTIVITY_ADDED,
        "together_activity_saved": M.ACTIVITY_SAVED,
        "together_activity_removed": M.ACTIVITY_REMOVED,
        "together_shared": M.SHARED_NOTICE,
        "together_unshared": M.UNSHARED,
    }
)
FormText = Annotated[str, Form()]
SHAREABLE_ENTRIES = 50


def _activities_page(
    request: Request, db: DbSession, user: User, *, error: str | None = None, title: str = ""
) -> HTMLResponse:
    activities = service.list_activities(db=db, user=user)
    chosen = {a.idea_key for a in activities if a.idea_key and a.done_on is None}
    context = {
        "activities": [(a, service.activity_title(a)) for a in activities],
        "ideas": [idea for idea in service.ideas() if idea.key not in chosen],
        "error": error,
        "title": title,
    }
    return render(request, "together/activities.html", context, status_code=422 if error else 200)


@router.get("/activities", response_class=HTMLResponse)
def activities_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _activities_page(request, db, user)


@router.post("/activities")
def add_activity(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    idea_key: FormText = "",
    title: FormText = "",
) -> Response:
    try:
        activity = service.add_activity(db=db, user=user, idea_key=idea_key or None, title=title)
    except ReconnectError as exc:
        return _activities_page(request, db, user, error=exc.message, title=title)
    if safety_service.is_crisis(activity.safety_level):
        return redirect("/help")
    return redirect("/together/activities", notice="together_activity_added")


def _parse_day(raw: str) -> dt.date | None:
    if not raw.strip():
        return None
    day = dates.parse_date(raw)
    if day is None:
        raise ValidationFailed(M.DATE_INVALID.format(value=raw), field="planned_on")
    return day


@router.post("/activities/{activity_id}/plan")
def plan_activity(
    request: Request, db: DbSession, user: CurrentUser, activity_id: int, planned_on: FormText = ""
) -> Response:
    service.get_activity_for_user(db=db, user=user, activity_id=activity_id)
    try:
        day = _parse_day(planned_on)
    except ReconnectError as exc:
        return _activities_page(request, db, user, error=exc.message)
    service.plan_activity(db=db, user=user, activity_id=activity_id, planned_on=day)
    return redirect("/together/activities", notice="together_activity_saved")


@router.post("/activities/{activity_id}/done")
def mark_done(
    db: DbSession, user: CurrentUser, activity_id: int, done: FormText = "yes"
) -> Response:
    service.mark_done(
        db=db,
        user=user,
        activity_id=activity_id,
        done=done != "no",
        today=dates.today(user.time_zone),
    )
    return redirect("/together/activities", notice="together_activity_saved")


@router.post("/activities/{activity_id}/delete")
def delete_activity(db: DbSession, user: CurrentUser, activity_id: int) -> Response:
    service.delete_activity(db=db, user=user, activity_id=activity_id)
    return redirect("/together/activities", notice="together_activity_removed")


@router.get("/shared", response_class=HTMLResponse)
def shared_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    items = service.list_shared(db=db, user=user)
    shared_ids = {item.entry.id for item in items if item.mine}
    entries = journal_service.list_entries(db=db, user=user, size=SHAREABLE_ENTRIES).items
    context = {
        "theirs": [item for item in items if not item.mine],
        "mine": [item for item in items if item.mine],
        "shareable": [e for e in entries if e.id not in shared_ids],
        "partner_name": partner_name(service.partner_of(db=db, user=user)),
    }
    return render(request, "together/shared.html", context)


def _back_to(back: str, entry_id: int) -> str:
    """Where to go after sharing: the entry's own page when asked from there, else the list."""
    return f"/journal/{entry_id}" if back == "entry" else "/together/shared"


@router.post("/shared")
def share_entry(
    db: DbSession, user: CurrentUser, entry_id: FormText = "", back: FormText = ""
) -> Response:
    service.require_link(db=db, user=user)
    try:
        number = int(entry_id)
    except ValueError as exc:
        raise ValidationFailed(M.SHARE_LABEL, field="entry_id") from exc
    share = service.share_entry(db=db, user=user, entry_id=number)
    return redirect(_back_to(back, share.entry_id), notice="together_shared")


@router.get("/shared/{share_id}", response_class=HTMLResponse)
def shared_entry_page(
    request: Request, db: DbSession, user: CurrentUser, share_id: int
) -> Response:
    item = service.read_shared(db=db, user=user, share_id=share_id)
    writer = user if item.mine else service.partner_of(db=db, user=user)
    context = {
        "item": item,
        "writer": partner_name(writer),
        "partner_at_risk": not item.mine and safety_service.is_crisis(item.entry.safety_level),
        "home": safety_service.helplines_for(user.country),
    }
    return render(request, "together/shared_entry.html", context)


@router.post("/shared/{share_id}/delete")
def unshare(db: DbSession, user: CurrentUser, share_id: int, back: FormText = "") -> Response:
    entry_id = service.get_share_for_user(db=db, user=user, share_id=share_id).entry_id
    service.unshare(db=db, user=user, share_id=share_id)
    return redirect(_back_to(back, entry_id), notice="together_unshared")
