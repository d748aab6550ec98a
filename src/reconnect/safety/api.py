"""REST API for help resources, the screen and the safety plan (``/api/v1``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter

from reconnect.safety import service
from reconnect.safety.schemas import SafetyPlanIO, ScreenIn, ScreenOut
from reconnect.web.deps import ApiUser, AppRuntime, DbSession, OptionalApiUser

router = APIRouter(prefix="/api/v1", tags=["safety"])


@router.get("/help")
def helplines(runtime: AppRuntime, user: OptionalApiUser, country: str = "") -> dict[str, Any]:
    """Crisis and support lines, and the worldwide directory (no token needed).

    For ``country`` when given; otherwise the token owner's own country, or the configured
    default country without a token.
    """
    code = country or (user.country if user else runtime.settings.default_country)
    return {
        "country": asdict(service.helplines_for(code)),
        "worldwide": asdict(service.worldwide_directory()),
    }


@router.post("/safety/screen", response_model=ScreenOut)
def screen_text(user: ApiUser, body: ScreenIn) -> ScreenOut:
    """Screen a text without storing it: ``crisis``, ``concern`` or ``none`` with the reason."""
    result = service.screen(body.text)
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
