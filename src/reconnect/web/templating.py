"""Jinja2 set-up: one environment that finds every domain's templates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context

from reconnect import messages
from reconnect.core import dates
from reconnect.safety import service as safety_service
from reconnect.web.forms import notice_text
from reconnect.web.security import CSRF_FIELD, csrf_token
from reconnect.web.shell import THEMES, back_after_theme, theme_of

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DOMAINS = (
    "web",
    "accounts",
    "journal",
    "safety",
    "assess",
    "insights",
    "learn",
    "plan",
    "together",
    "patterns",
    "data",
)


def _template_dirs() -> list[str]:
    return [str(PACKAGE_DIR / domain / "templates") for domain in DOMAINS]


def zone_of(context: Context | dict[str, Any]) -> str | None:
    """The signed-in person's time zone, for what a page shows (None: nobody signed in)."""
    user = context.get("user")
    return getattr(user, "time_zone", None)


@pass_context
def _human_datetime(context: Context, value: dt.datetime) -> str:
    return dates.human_datetime(value, zone_of(context))


@pass_context
def _local_date(context: Context, value: dt.datetime) -> dt.date:
    return dates.local_date(value, zone_of(context))


def _environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(_template_dirs())]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["M"] = messages
    env.globals["csrf_token"] = csrf_token
    env.globals["CSRF_FIELD"] = CSRF_FIELD
    env.globals.update(theme_of=theme_of, back_after_theme=back_after_theme, THEMES=THEMES)
    env.filters["human_date"] = dates.human_date
    env.filters["human_datetime"] = _human_datetime
    env.filters["local_date"] = _local_date
    env.tests["crisis"] = safety_service.is_crisis
    env.tests["concern"] = safety_service.is_concern
    return env


templates = Jinja2Templates(env=_environment())


def compile_all() -> int:
    """Compile every page and fragment now (a first visit would otherwise pay for its own);
    returns how many."""
    names = templates.env.list_templates(filter_func=lambda name: name.endswith(".html"))
    for name in names:
        templates.env.get_template(name)
    return len(names)


def is_htmx(request: Request) -> bool:
    """Whether HTMX made this request (and so wants a fragment)."""
    return request.headers.get("HX-Request") == "true"


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    fragment: str | None = None,
) -> HTMLResponse:
    """Render a full page, or its fragment when HTMX asked for one."""
    template = fragment if fragment is not None and is_htmx(request) else name
    ctx = {
        "user": getattr(request.state, "user", None),
        "notice": notice_text(request.query_params.get("notice")),
        **(context or {}),
    }
    return templates.TemplateResponse(request, template, ctx, status_code=status_code)
