"""Help pages: crisis lines, the safety plan, finding a professional, when to consider help.

"Get help now" in the header of every page leads here; the lines need no sign-in.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.exc import SQLAlchemyError

from reconnect.accounts.models import User
from reconnect.core.crypto import KeyringError
from reconnect.messages import Help as HM
from reconnect.safety import consider, service
from reconnect.safety.models import PLAN_SECTIONS
from reconnect.web.deps import AppRuntime, CurrentUser, DbSession, OptionalUser, UserIfAvailable
from reconnect.web.forms import redirect, register_notices
from reconnect.web.templating import render

router = APIRouter()
register_notices({"plan_saved": HM.PLAN_SAVED})
Section = Annotated[str, Form()]


def _plan_written(request: Request, user: User | None) -> bool:
    if user is None:
        return False
    try:
        with request.app.state.runtime.sessions() as db:
            return not service.plan_is_empty(service.get_plan_for_user(db=db, user=user))
    except (SQLAlchemyError, KeyringError):
        return False


@router.get("/help", response_class=HTMLResponse)
def help_page(
    request: Request, runtime: AppRuntime, user: UserIfAvailable, country: str = ""
) -> Response:
    code = (country or (user.country if user else runtime.settings.default_country)).upper()
    home = service.helplines_for(code)
    context = {
        "home": home,
        "others": service.other_countries(home.code),
        "worldwide": service.worldwide_directory(),
        "crisis": request.query_params.get("from") in ("entry", "checkin", "practice"),
        "someone_else": request.query_params.get("about") == "other",
        "unsafe": request.query_params.get("unsafe") == "1",
        "plan_written": _plan_written(request, user),
    }
    return render(request, "safety/help.html", context)


@router.get("/help/plan", response_class=HTMLResponse)
def plan_page(request: Request, db: DbSession, user: OptionalUser) -> Response:
    if user is None:
        return render(request, "safety/plan_signed_out.html")
    plan = service.get_plan_for_user(db=db, user=user)
    return render(request, "safety/plan.html", {"plan": plan, "sections": PLAN_SECTIONS})


@router.post("/help/plan")
def save_plan(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    warning_signs: Section = "",
    coping_steps: Section = "",
    distractions: Section = "",
    people_to_ask: Section = "",
    professionals: Section = "",
    safe_surroundings: Section = "",
    reasons_to_live: Section = "",
) -> Response:
    sections = {
        "warning_signs": warning_signs,
        "coping_steps": coping_steps,
        "distractions": distractions,
        "people_to_ask": people_to_ask,
        "professionals": professionals,
        "safe_surroundings": safe_surroundings,
        "reasons_to_live": reasons_to_live,
    }
    try:
        service.save_plan(db=db, user=user, sections=sections)
    except service.ValidationFailed as exc:
        context = {"plan": sections, "sections": PLAN_SECTIONS, "error": exc.message}
        return render(request, "safety/plan.html", context, status_code=422)
    return redirect("/help/plan", notice="plan_saved")


@router.get("/help/plan/print", response_class=HTMLResponse)
def plan_print(request: Request, db: DbSession, user: CurrentUser) -> Response:
    plan = service.get_plan_for_user(db=db, user=user)
    home = service.helplines_for(user.country)
    return render(
        request, "safety/plan_print.html", {"plan": plan, "sections": PLAN_SECTIONS, "home": home}
    )


@router.get("/help/professional", response_class=HTMLResponse)
def professional_page(request: Request, user: UserIfAvailable) -> Response:
    return render(request, "safety/professional.html")


@router.get("/help/consider", response_class=HTMLResponse)
def consider_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    suggestion = consider.consider_help(db=db, user=user)
    return render(request, "safety/consider.html", {"suggestion": suggestion})
