"""REST API: ``/api/v1/export``, ``/api/v1/import`` and account deletion."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from reconnect.accounts import service as accounts_service
from reconnect.core.errors import AuthenticationFailed
from reconnect.data import service
from reconnect.data.schemas import AccountDeletion, ImportResult
from reconnect.messages import Data as M
from reconnect.web.deps import ApiUser, AppRuntime, DbSession, begin_writing, reads_first

router = APIRouter(prefix="/api/v1", tags=["data"])


@router.get("/export", response_class=Response)
def export(
    db: DbSession, user: ApiUser, format: Annotated[service.ExportKind, Query()] = "json"
) -> Response:
    """Everything the caller owns: ``json`` (re-importable), ``csv`` (zip) or ``markdown``."""
    data, media, name = service.export_file(db=db, user=user, kind=format)
    headers = {"content-disposition": f'attachment; filename="{name}"', "cache-control": "no-store"}
    return Response(data, media_type=media, headers=headers)


_FILE_BODY = {
    "requestBody": {
        "required": True,
        "description": "The file itself: a Reconnect export, a Daylio CSV or a jrnl JSON.",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


async def _upload(request: Request) -> bytes:
    """The request body, read without blocking (and no further than the upload limit)."""
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > service.MAX_UPLOAD_BYTES:
            break
    return bytes(data)


Upload = Annotated[bytes, Depends(_upload)]


@router.post("/import", response_model=ImportResult, openapi_extra=_FILE_BODY)
@reads_first
def import_(
    db: DbSession,
    user: ApiUser,
    data: Upload,
    source: Annotated[service.Source | None, Query(alias="from")] = None,
) -> ImportResult:
    """Import the request body (a Reconnect export, Daylio CSV or jrnl JSON); all or nothing."""
    # A plain ``def``: the import runs in the worker's thread pool, so the server keeps
    # answering everyone else (the help page first of all) while it works; and it takes
    # the write lock only once the models have read every text, so others' writes wait
    # for the storing alone.
    summary = service.import_file(
        db=db, user=user, data=data, source=source, before_writing=lambda: begin_writing(db)
    )
    return ImportResult(
        added=summary.added,
        total_added=summary.total_added,
        duplicates=summary.duplicates,
        warnings=summary.warnings,
        crisis=summary.crisis,
        concern=summary.concern,
    )


@router.post("/account/delete", status_code=204)
def delete_account(
    db: DbSession, runtime: AppRuntime, user: ApiUser, body: AccountDeletion
) -> Response:
    """Delete the caller's account and everything in it (needs username and password)."""
    service.check_deletion_confirmed(user=user, typed=body.confirm)
    settings = runtime.settings
    try:
        accounts_service.authenticate(
            db=db,
            username=user.username,
            password=body.password,
            max_attempts=settings.login_max_attempts,
            lockout_minutes=settings.login_lockout_minutes,
        )
    except AuthenticationFailed as exc:
        raise AuthenticationFailed(M.WRONG_PASSWORD, field="password") from exc
    service.delete_account(db=db, user=user, data_dir=settings.data_dir)
    return Response(status_code=204)
