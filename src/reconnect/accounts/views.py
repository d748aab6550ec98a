"""Pages for first-run set-up, sign-in, sign-up, sign-out and the account page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from reconnect.accounts import service, zones
from reconnect.accounts.models import User
from reconnect.bootstrap import Runtime
from reconnect.core import dates
from reconnect.core.errors import ReconnectError
from reconnect.core.tokens import sign
from reconnect.db import utcnow
from reconnect.messages import Accounts as M
from reconnect.plan import feed
from reconnect.safety import service as safety_service
from reconnect.web.deps import AppRuntime, CurrentUser, DbSession, OptionalUser
from reconnect.web.forms import redirect, register_notices, safe_next
from reconnect.web.security import SESSION_COOKIE, client_address, session_cookie_kwargs
from reconnect.web.templating import render

router = APIRouter()
register_notices(
    {
        "password_changed": M.PASSWORD_CHANGED,
        "settings_saved": M.SETTINGS_SAVED,
        "token_revoked": M.TOKEN_REVOKED,
        "signed_out": M.SIGNED_OUT,
        "time_zone_saved": M.TIME_ZONE_SAVED,
    }
)
Text = Annotated[str, Form()]
OptionalText = Annotated[str, Form()]


def _signed_in(
    request: Request, runtime: AppRuntime, db: DbSession, user: User, to: str
) -> Response:
    token = service.start_session(db=db, user=user, days=runtime.settings.session_days)
    response = redirect(safe_next(to))
    response.set_cookie(value=token, **session_cookie_kwargs(request))
    return response


def _account_form(
    request: Request,
    page: str,
    *,
    error: str | None = None,
    status_code: int = 422,
    **values: str,
) -> HTMLResponse:
    context = {
        "error": error,
        "values": values,
        "countries": safety_service.country_choices(),
        "zone_choices": zones.zone_choices(),
    }
    return render(request, page, context, status_code=status_code if error else 200)


def _count_attempt(request: Request, runtime: Runtime, db: Session) -> None:
    """Count a sign-in or sign-up from this address against the per-minute limit."""
    service.count_sign_in_attempt(
        db=db,
        address_key=sign(runtime.secret, client_address(request)),
        limit=runtime.settings.login_attempts_per_minute,
    )


@router.get("/setup", response_class=HTMLResponse)
def setup_page(request: Request, db: DbSession, user: OptionalUser) -> Response:
    if service.count_users(db=db) > 0:
        return redirect("/login")
    return _account_form(request, "accounts/setup.html", country="US")


class AccountForm:
    """The fields of the set-up and sign-up forms."""

    def __init__(
        self,
        username: Text,
        password: Text,
        display_name: OptionalText = "",
        country: OptionalText = "US",
        time_zone: OptionalText = "",
        browser_time_zone: OptionalText = "",
    ) -> None:
        self.username, self.password = username, password
        self.display_name, self.country = display_name, country
        self.time_zone, self.browser_time_zone = time_zone, browser_time_zone

    def chosen_zone(self) -> str:
        """The zone picked in the form, else the browser's own when it sent a known one
        (blank: the country's main zone)."""
        if self.time_zone.strip():
            return self.time_zone
        browser = self.browser_time_zone.strip()
        # Many private and headless browsers say UTC whatever the place: that says nothing.
        if browser in UNTOLD_ZONES or not dates.is_time_zone(browser):
            return ""
        return browser


AccountFields = Annotated[AccountForm, Depends()]
UNTOLD_ZONES = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal"})


def _create_and_sign_in(
    request: Request,
    runtime: AppRuntime,
    db: DbSession,
    form: AccountForm,
    page: str,
    *,
    is_admin: bool,
) -> Response:
    try:
        _count_attempt(request, runtime, db)  # sign-ups share the sign-in limit
        user = service.create_user(
            db=db,
            username=form.username,
            password=form.password,
            display_name=form.display_name,
            country=form.country,
            time_zone=form.chosen_zone(),
            is_admin=is_admin,
        )
    except ReconnectError as exc:
        return _account_form(
            request,
            page,
            error=exc.message,
            status_code=exc.status_code,
            username=form.username,
            display_name=form.display_name,
            country=form.country,
            time_zone=form.time_zone,
        )
    return _signed_in(request, runtime, db, user, "/")


@router.post("/setup")
def setup(request: Request, runtime: AppRuntime, db: DbSession, form: AccountFields) -> Response:
    if service.count_users(db=db) > 0:
        return redirect("/login")
    return _create_and_sign_in(request, runtime, db, form, "accounts/setup.html", is_admin=True)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, db: DbSession, user: OptionalUser, next: str = "/") -> Response:
    if service.count_users(db=db) == 0:
        return redirect("/setup")
    return render(request, "accounts/login.html", {"next": safe_next(next), "values": {}})


@router.post("/login")
def login(
    request: Request,
    runtime: AppRuntime,
    db: DbSession,
    username: Text,
    password: Text,
    next: OptionalText = "/",
) -> Response:
    settings = runtime.settings
    try:
        _count_attempt(request, runtime, db)
        user = service.authenticate(
            db=db,
            username=username,
            password=password,
            max_attempts=settings.login_max_attempts,
            lockout_minutes=settings.login_lockout_minutes,
        )
    except ReconnectError as exc:
        context = {"error": exc.message, "next": safe_next(next), "values": {"username": username}}
        return render(request, "accounts/login.html", context, status_code=exc.status_code)
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        service.end_session(db=db, token=old)
    return _signed_in(request, runtime, db, user, next)


@router.post("/logout")
def logout(request: Request, db: DbSession) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        service.end_session(db=db, token=token)
    response = redirect("/login", notice="signed_out")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/signup", response_class=HTMLResponse)
def signup_page(request: Request, runtime: AppRuntime, user: OptionalUser) -> Response:
    if not runtime.settings.allow_signup:
        return render(request, "accounts/signup_closed.html", status_code=403)
    return _account_form(request, "accounts/signup.html", country=runtime.settings.default_country)


@router.post("/signup")
def signup(request: Request, runtime: AppRuntime, db: DbSession, form: AccountFields) -> Response:
    if not runtime.settings.allow_signup:
        return render(request, "accounts/signup_closed.html", status_code=403)
    return _create_and_sign_in(request, runtime, db, form, "accounts/signup.html", is_admin=False)


def _account_page(
    request: Request, db: DbSession, user: User, *, status_code: int = 200, **extra: object
) -> HTMLResponse:
    context = {
        "tokens": service.list_api_tokens(db=db, user=user),
        "lifetimes": list(service.TOKEN_LIFETIMES),
        "default_lifetime": service.DEFAULT_TOKEN_LIFETIME,
        "now": utcnow(),
        "countries": safety_service.country_choices(),
        "time_zones": dates.time_zones(),
        "starts_with": service.starts_with(user),
        **extra,
    }
    return render(request, "accounts/account.html", context, status_code=status_code)


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _account_page(request, db, user)


@router.post("/account/profile")
def update_profile(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    display_name: OptionalText = "",
    country: OptionalText = "US",
) -> Response:
    try:
        service.update_profile(db=db, user=user, display_name=display_name, country=country)
    except ReconnectError as exc:
        return _account_page(
            request, db, user, status_code=exc.status_code, profile_error=exc.message
        )
    return redirect("/account", notice="settings_saved")


@router.post("/account/time-zone")
def set_time_zone(
    request: Request, db: DbSession, user: CurrentUser, time_zone: OptionalText = ""
) -> Response:
    try:
        service.set_time_zone(db=db, user=user, time_zone=time_zone)
    except ReconnectError as exc:
        return _account_page(
            request, db, user, status_code=exc.status_code, time_zone_error=exc.message
        )
    return redirect("/account", notice="time_zone_saved")


@router.post("/account/starting-point")
def set_starting_point(
    db: DbSession,
    user: CurrentUser,
    feels_far: OptionalText = "",
    someone_far: OptionalText = "",
    skip: OptionalText = "",
    next: OptionalText = "/account",
) -> Response:
    ticked = (feels_far == "1", someone_far == "1")  # a checkbox sends "1" when ticked
    chosen = (False, False) if skip else ticked
    service.set_starting_point(db=db, user=user, feels_far=chosen[0], someone_far=chosen[1])
    return redirect(safe_next(next), notice="settings_saved")


@router.post("/account/password")
def change_password(
    request: Request,
    runtime: AppRuntime,
    db: DbSession,
    user: CurrentUser,
    current_password: Text,
    new_password: Text,
) -> Response:
    try:
        service.change_password(db=db, user=user, current=current_password, new=new_password)
        feed.revoke_token(db=db, user=user)
    except ReconnectError as exc:
        return _account_page(
            request, db, user, status_code=exc.status_code, password_error=exc.message
        )
    return _signed_in(request, runtime, db, user, "/account?notice=password_changed")


@router.post("/account/tokens")
def create_token(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    name: Text,
    lifetime: OptionalText = service.DEFAULT_TOKEN_LIFETIME,
) -> Response:
    try:
        _, secret = service.create_api_token(db=db, user=user, name=name, lifetime=lifetime)
    except ReconnectError as exc:
        return _account_page(
            request, db, user, status_code=exc.status_code, token_error=exc.message
        )
    return _account_page(request, db, user, new_token=secret)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(db: DbSession, user: CurrentUser, token_id: int) -> Response:
    service.revoke_api_token(db=db, user=user, token_id=token_id)
    return redirect("/account", notice="token_revoked")
