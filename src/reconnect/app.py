"""create_app(): routers, templates, static files, security and error pages."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from reconnect import __version__
from reconnect.accounts import api as accounts_api
from reconnect.accounts import views as accounts_views
from reconnect.assess import api as assess_api
from reconnect.assess import views as assess_views
from reconnect.bootstrap import Runtime, start
from reconnect.config import Settings, get_settings
from reconnect.core.errors import ReconnectError
from reconnect.data import api as data_api
from reconnect.data import views as data_views
from reconnect.insights import api as insights_api
from reconnect.insights import views as insights_views
from reconnect.journal import api as journal_api
from reconnect.journal import views as journal_views
from reconnect.learn import views as learn_views
from reconnect.messages import App as M
from reconnect.patterns import api as patterns_api
from reconnect.patterns import service as patterns_service
from reconnect.patterns import views as patterns_views
from reconnect.plan import api as plan_api
from reconnect.plan import views as plan_views
from reconnect.safety import api as safety_api
from reconnect.safety import service as safety_service
from reconnect.safety import views as safety_views
from reconnect.together import api as together_api
from reconnect.together import sharing_views as together_sharing_views
from reconnect.together import views as together_views
from reconnect.web import shell, templating
from reconnect.web.deps import SignInRequired
from reconnect.web.problems import declare_errors, problem
from reconnect.web.security import SecurityMiddleware, csrf_protect, security_headers
from reconnect.web.templating import render

STATIC_DIR = Path(__file__).parent / "web" / "static"
MAX_ID = 2**31 - 1  # PostgreSQL's integer; SQLite holds more, but no id gets that far
WEB_ROUTERS = (
    accounts_views.router,
    journal_views.router,
    safety_views.router,
    assess_views.router,
    insights_views.router,
    learn_views.router,
    plan_views.router,
    together_views.router,
    together_sharing_views.router,
    patterns_views.router,
    data_views.router,
    shell.router,
)
API_ROUTERS = (
    accounts_api.router,
    journal_api.router,
    safety_api.router,
    assess_api.router,
    insights_api.router,
    plan_api.router,
    together_api.router,
    patterns_api.router,
    data_api.router,
)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status_code: int, message: str, field: str | None = None) -> Response:
    if _wants_json(request):
        return problem(status_code, message, field=field)
    if templating.is_htmx(request):  # shown in place of the part the form updates
        shown = M.NOT_FOUND if status_code == 404 else message
        return render(request, "_form_error.html", {"error": shown}, status_code=status_code)
    if status_code == 404:  # one plain page, whatever was missing
        context = {"title": M.NOT_FOUND_TITLE, "message": M.NOT_FOUND}
        return render(request, "error.html", context, status_code=404)
    return render(request, "error.html", {"message": message}, status_code=status_code)


def _bad_path(request: Request, exc: RequestValidationError) -> bool:
    """Whether a page's address itself is wrong (an id that is not a number, or a page
    number that is not one): not found."""

    def wrong(loc: tuple[object, ...]) -> bool:
        return loc[0] == "path" or (request.method == "GET" and tuple(loc[:2]) == ("query", "page"))

    return not _wants_json(request) and any(wrong(tuple(e["loc"])) for e in exc.errors())


def _id_past_range(request: Request) -> bool:
    """Whether a page's address holds an id no table can hold: not found."""
    return not _wants_json(request) and any(
        value.isdigit() and int(value) > MAX_ID for value in request.path_params.values()
    )


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ReconnectError)
    async def on_reconnect_error(request: Request, exc: ReconnectError) -> Response:
        return _error(request, exc.status_code, exc.message, exc.field)

    @app.exception_handler(SignInRequired)
    async def on_sign_in_required(request: Request, exc: SignInRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return Response(status_code=303, headers={"location": f"/login?next={quote(target)}"})

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = M.NOT_FOUND if exc.status_code == 404 else str(exc.detail)
        return _error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            errors = jsonable_errors(exc)
            return problem(422, _validation_detail(errors), errors=errors)
        if _bad_path(request, exc):
            return _error(request, 404, M.NOT_FOUND)
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors()
        )
        return _error(request, 422, problems)

    @app.exception_handler(DataError)
    @app.exception_handler(OverflowError)
    async def on_out_of_range(request: Request, exc: Exception) -> Response:
        # A number the database cannot hold, such as an id past its integer range
        # (PostgreSQL raises DataError; SQLite's driver an OverflowError), or a NUL
        # character, which PostgreSQL text cannot hold.
        if _id_past_range(request):
            return _error(request, 404, M.NOT_FOUND)
        if "0x00" in str(exc) or "NUL" in str(exc):
            return _error(request, 422, M.TEXT_HAS_NUL)
        return _error(request, 422, M.OUT_OF_RANGE)

    @app.exception_handler(UnicodeEncodeError)
    async def on_broken_text(request: Request, exc: Exception) -> Response:
        # A lone surrogate ("\ud800" in JSON) decodes to text that cannot be stored.
        return _error(request, 422, M.TEXT_NOT_UNICODE)

    @app.exception_handler(Exception)
    async def on_unexpected(request: Request, exc: Exception) -> Response:
        # Starlette answers an unexpected error outside every middleware, so this
        # response gets the security headers here.
        response = _error(request, 500, M.SERVER_ERROR)
        response.headers.update(security_headers(request.app.state.runtime.settings.cookies_secure))
        return response


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, object]]:
    """Validation errors without the raw input echoed back (it may be private text)."""
    return [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]


def _validation_detail(errors: list[dict[str, object]]) -> str:
    """One sentence for a request that does not match its schema: each place and why."""
    places = [
        f"{'.'.join(str(part) for part in e['loc'][1:]) or e['loc'][0]}: {e['msg']}"  # type: ignore[index]
        for e in errors
    ]
    return M.INVALID_REQUEST.format(problems="; ".join(places))


_warming: list[threading.Thread] = []


def warm_up() -> None:
    """What first visits would otherwise wait for: every template compiled, and SciPy for
    the patterns page (together about a second, paid once per process)."""
    templating.compile_all()
    patterns_service.warm()


def start_warming() -> threading.Thread:
    """Warm up in the background, once per process: starting up does not wait for it."""
    if not _warming:
        _warming.append(threading.Thread(target=warm_up, name="reconnect-warm-up", daemon=True))
        _warming[0].start()
    return _warming[0]


def _declare_api_errors(app: FastAPI) -> None:
    """The OpenAPI document declares each operation's errors as problem details."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = declare_errors(
                get_openapi(title=app.title, version=app.version, routes=app.routes)
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app(settings: Settings | None = None, runtime: Runtime | None = None) -> FastAPI:
    """Build the web application for these settings (or an already started runtime)."""
    runtime = runtime or start(settings or get_settings())
    safety_service.load_screener()  # one screener per process; refuses to start without it
    start_warming()
    app = FastAPI(
        title="Reconnect API",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.runtime = runtime
    for router in WEB_ROUTERS:  # pages and forms: not part of the API's OpenAPI document
        app.include_router(router, dependencies=[Depends(csrf_protect)], include_in_schema=False)
    for router in API_ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _install_error_handlers(app)
    _declare_api_errors(app)
    app.add_middleware(SecurityMiddleware, secure_cookies=runtime.settings.cookies_secure)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=runtime.settings.trusted_hosts)
    return app
