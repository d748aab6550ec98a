"""The 'Get help now' page, reachable from every page, signed in or not."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from reconnect.safety import service
from reconnect.web.deps import AppRuntime, OptionalUser
from reconnect.web.templating import render

router = APIRouter()


@router.get("/help", response_class=HTMLResponse)
def help_page(
    request: Request, runtime: AppRuntime, user: OptionalUser, country: str = ""
) -> Response:
    code = (country or (user.country if user else runtime.settings.default_country)).upper()
    context = {
        "home": service.helplines_for(code),
        "others": service.other_countries(service.helplines_for(code).code),
        "worldwide": service.worldwide_directory(),
    }
    return render(request, "safety/help.html", context)
