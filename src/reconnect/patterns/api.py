"""REST API for the patterns report and the factor choices (``/api/v1``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from reconnect.core import dates
from reconnect.patterns import factors, service
from reconnect.patterns.schemas import FactorChoicesOut, PatternsOut, report_out
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1", tags=["patterns"])
Period = Annotated[Literal["90", "365", "all"], Query()]


@router.get("/patterns", response_model=PatternsOut)
def patterns(db: DbSession, user: ApiUser, period: Period = "365") -> PatternsOut:
    """Which factors go with higher or lower check-ins (goes with, not causes)."""
    report = service.report(db=db, user=user, period=period, today=dates.today(user.time_zone))
    return report_out(report)


@router.get("/factors", response_model=FactorChoicesOut)
def factor_choices(db: DbSession, user: ApiUser) -> FactorChoicesOut:
    """The factor choices, the caller's most used first."""
    return FactorChoicesOut(
        sleep_hours=(factors.SLEEP_MIN, factors.SLEEP_MAX),
        choices=service.choice_order(db=db, user=user),
    )
