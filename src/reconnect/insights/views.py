"""Pages for the insights dashboard and the report for a professional."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.core.errors import ValidationFailed
from reconnect.insights import periods, report, service
from reconnect.journal import service as journal_service
from reconnect.messages import Insights as M
from reconnect.web.deps import CurrentUser, DbSession
from reconnect.web.templating import render

router = APIRouter()
RangeName = Annotated[str, Query(alias="range", max_length=20)]
FormText = Annotated[str, Form()]
FormList = Annotated[list[str] | None, Form()]
DEFAULT_REPORT_DAYS = 90


@router.get("/insights", response_class=HTMLResponse)
def dashboard(
    request: Request, db: DbSession, user: CurrentUser, range_name: RangeName = "month"
) -> Response:
    today = dates.today(user.time_zone)
    period = service.period_named(db=db, user=user, name=range_name, today=today)
    board = service.build_dashboard(db=db, user=user, period=period, today=today)
    context = {"board": board, "ranges": periods.RANGES, "streaks": report.streak_lines(board)}
    return render(request, "insights/dashboard.html", context, fragment="insights/_dashboard.html")


def _report_form(
    request: Request,
    db: Session,
    user: User,
    *,
    values: dict[str, object] | None = None,
    error: str | None = None,
) -> HTMLResponse:
    today = dates.today(user.time_zone)
    defaults: dict[str, object] = {
        "start": (today - dt.timedelta(days=DEFAULT_REPORT_DAYS - 1)).isoformat(),
        "end": today.isoformat(),
        "parts": list(service.PARTS),
        "excerpts": "none",
        "cap": report.MAX_EXCERPTS // 10,
        "entry_ids": [],
    }
    context = {
        "values": values or defaults,
        "error": error,
        "parts": service.PARTS,
        "entries": journal_service.list_entries(db=db, user=user, size=report.MAX_EXCERPTS).items,
        "max_excerpts": report.MAX_EXCERPTS,
    }
    return render(request, "insights/report.html", context, status_code=422 if error else 200)


@router.get("/insights/report", response_class=HTMLResponse)
def report_form(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _report_form(request, db, user)


@router.post("/insights/report")
def make_report(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    start: FormText = "",
    end: FormText = "",
    parts: FormList = None,
    excerpts: FormText = "none",
    cap: FormText = "5",
    entry_ids: FormList = None,
) -> Response:
    values: dict[str, object] = {
        "start": start,
        "end": end,
        "parts": parts or [],
        "excerpts": excerpts,
        "cap": cap,
        "entry_ids": entry_ids or [],
    }
    try:
        choice = report.make_request(
            period=periods.between(_date(start), _date(end)),
            parts=parts or [],
            excerpts=excerpts,
            cap=_whole(cap, "cap"),
            entry_ids=[_whole(i, "entry_ids") for i in entry_ids or []],
        )
    except ValidationFailed as exc:
        return _report_form(request, db, user, values=values, error=exc.message)
    pdf = report.build_report(db=db, user=user, request=choice, today=dates.today(user.time_zone))
    filename = M.REPORT_FILENAME.format(day=dates.today(user.time_zone).isoformat())
    headers = {
        "content-disposition": f'attachment; filename="{filename}"',
        "cache-control": "no-store",
    }
    return Response(pdf, media_type="application/pdf", headers=headers)


def _date(raw: str) -> dt.date:
    day = dates.parse_date(raw)
    if day is None:
        raise ValidationFailed(M.REPORT_DATE_INVALID.format(value=raw), field="start")
    return day


def _whole(raw: str, field: str) -> int:
    try:
        return int(raw.strip())
    except ValueError as exc:
        raise ValidationFailed(
            M.REPORT_CAP_INVALID.format(limit=report.MAX_EXCERPTS), field=field
        ) from exc
