"""The patterns page: what goes with more pleasant or harder check-ins."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from reconnect.core import dates
from reconnect.patterns import service, stats, wording
from reconnect.web.deps import CurrentUser, DbSession
from reconnect.web.templating import render

router = APIRouter()
Period = Annotated[Literal["90", "365", "all"], Query()]


@router.get("/patterns", response_class=HTMLResponse)
def patterns_page(
    request: Request, db: DbSession, user: CurrentUser, period: Period = "365"
) -> Response:
    report = service.report(db=db, user=user, period=period, today=dates.today(user.time_zone))
    context = {
        "report": report,
        "described": [wording.describe(f, report.tests) for f in report.patterns],
        "context": wording.context,
        "signed": wording.signed,
        "min_group": stats.MIN_GROUP,
    }
    return render(request, "patterns/page.html", context, fragment="patterns/_findings.html")
