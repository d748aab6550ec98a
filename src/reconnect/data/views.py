"""The "Your data" page: export downloads, import upload, and deleting the account."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.core.errors import AuthenticationFailed, ReconnectError
from reconnect.data import service
from reconnect.messages import Data as M
from reconnect.web.deps import AppRuntime, CurrentUser, DbSession, begin_writing, reads_first
from reconnect.web.forms import redirect, register_notices
from reconnect.web.security import SESSION_COOKIE
from reconnect.web.templating import render

router = APIRouter()
register_notices({"account_deleted": M.ACCOUNT_DELETED})
FormText = Annotated[str, Form()]


def _page(
    request: Request, db: DbSession, user: User, *, status_code: int = 200, **extra: object
) -> HTMLResponse:
    context = {
        "counts": service.owned_counts(db=db, user=user),
        "sources": service.SOURCES,
        "kinds": service.EXPORT_KINDS,
        **extra,
    }
    return render(
        request,
        "data/data.html",
        context,
        status_code=status_code,
        fragment="data/_import_result.html"
        if "summary" in extra or "import_error" in extra
        else None,
    )


@router.get("/account/data", response_class=HTMLResponse)
def data_page(request: Request, db: DbSession, user: CurrentUser) -> Response:
    return _page(request, db, user)


@router.get("/account/data/export")
def download(
    db: DbSession,
    user: CurrentUser,
    format: Annotated[service.ExportKind, Query()] = "json",
) -> Response:
    data, media, name = service.export_file(db=db, user=user, kind=format)
    headers = {"content-disposition": f'attachment; filename="{name}"', "cache-control": "no-store"}
    return Response(data, media_type=media, headers=headers)


@router.post("/account/data/import", response_class=HTMLResponse)
@reads_first
def upload(
    request: Request,
    db: DbSession,
    user: CurrentUser,
    file: Annotated[UploadFile | None, File()] = None,
    source: FormText = "",
) -> Response:
    if file is None or not file.filename:
        return _page(request, db, user, status_code=422, import_error=M.NO_FILE)
    data = file.file.read(service.MAX_UPLOAD_BYTES + 1)
    try:
        summary = service.import_file(
            db=db,
            user=user,
            data=data,
            source=source or None,  # type: ignore[arg-type]
            before_writing=lambda: begin_writing(db),
        )
    except ReconnectError as exc:
        return _page(request, db, user, status_code=exc.status_code, import_error=exc.message)
    return _page(request, db, user, summary=summary)


@router.post("/account/data/delete", response_class=HTMLResponse)
def delete_account(
    request: Request,
    runtime: AppRuntime,
    db: DbSession,
    user: CurrentUser,
    confirm: FormText = "",
    password: FormText = "",
) -> Response:
    settings = runtime.settings
    try:
        service.check_deletion_confirmed(user=user, typed=confirm)
        _check_password(
            db, user, password, settings.login_max_attempts, settings.login_lockout_minutes
        )
    except ReconnectError as exc:
        return _page(request, db, user, status_code=exc.status_code, delete_error=exc.message)
    service.delete_account(db=db, user=user, data_dir=settings.data_dir)
    response = redirect("/login", notice="account_deleted")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _check_password(db: DbSession, user: User, password: str, attempts: int, minutes: int) -> None:
    try:
        accounts_service.authenticate(
            db=db,
            username=user.username,
            password=password,
            max_attempts=attempts,
            lockout_minutes=minutes,
        )
    except AuthenticationFailed as exc:
        raise AuthenticationFailed(M.WRONG_PASSWORD, field="password") from exc
