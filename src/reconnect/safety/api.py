"""REST API for help resources, the screen and the safety plan (``/api/v1``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter

from reconnect import analysis
from reconnect.safety import service
from reconnect.safety.schemas import SafetyPlanIO, ScreenIn, ScreenOut
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1", tags=["safety"])


@router.get("/help")
def helplines(country: str = "US") -> dict[str, Any]:
    """Crisis and support lines for a country, and the worldwide directory (no token needed)."""
    return {
        "country": asdict(service.helplines_for(country)),
        "worldwide": asdict(service.worldwide_directory()),
    }


@router.post("/safety/screen", response_model=ScreenOut)
def screen_text(user: ApiUser, body: ScreenIn) -> ScreenOut:
    """Screen a text without storing it: ``crisis``, ``concern`` or ``none`` with the reason."""
    result = service.screen(body.text, embed=analysis.embed_meaning)
    return ScreenOut(level=result.level, reason=result.reason, signals=list(result.signals))


@router.get("/safety-plan", response_model=SafetyPlanIO)
def get_plan(db: DbSession, user: ApiUser) -> SafetyPlanIO:
    """The caller's safety plan (empty parts if not written yet)."""
    return SafetyPlanIO.model_validate(service.get_plan_for_user(db=db, user=user))


@router.put("/safety-plan", response_model=SafetyPlanIO)
def put_plan(db: DbSession, user: ApiUser, body: SafetyPlanIO) -> SafetyPlanIO:
    """Replace the caller's safety plan."""
    return SafetyPlanIO.model_validate(
        service.save_plan(db=db, user=user, sections=body.model_dump())
    )
