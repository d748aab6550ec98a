"""Data ownership: export, import and account deletion, over every owned table."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Final, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core.errors import ValidationFailed
from reconnect.data import export, importer, sources
from reconnect.data.codec import ImportFailed as ImportFailed
from reconnect.data.importer import ImportSummary as ImportSummary
from reconnect.data.importer import OnProgress, label
from reconnect.data.ownership import Selector, table_plans
from reconnect.data.sources import SOURCES as SOURCES
from reconnect.data.sources import Source as Source
from reconnect.db import utcnow
from reconnect.messages import Data as M

ExportKind = Literal["json", "csv", "markdown"]
EXPORT_KINDS: Final[tuple[ExportKind, ...]] = ("json", "csv", "markdown")
MAX_UPLOAD_BYTES: Final = 50 * 1024 * 1024
_MEDIA = {
    "json": ("application/json", "json"),
    "csv": ("application/zip", "zip"),
    "markdown": ("text/markdown; charset=utf-8", "md"),
}


def export_file(*, db: Session, user: User, kind: ExportKind) -> tuple[bytes, str, str]:
    """The export as bytes, with its media type and a file name."""
    if kind == "json":
        data = export.export_json(db=db, user=user)
    elif kind == "csv":
        data = export.export_csv_zip(db=db, user=user)
    else:
        data = export.export_markdown(db=db, user=user)
    media, suffix = _MEDIA[kind]
    day = utcnow().date().isoformat()
    return data, media, f"reconnect-{user.username}-{day}.{suffix}"


def export_document(*, db: Session, user: User) -> dict[str, object]:
    """Everything the person owns, as one JSON-ready document."""
    return export.export_document(db=db, user=user)


def import_file(
    *,
    db: Session,
    user: User,
    data: bytes,
    source: Source | None = None,
    on_progress: OnProgress | None = None,
    before_writing: Callable[[], None] | None = None,
) -> ImportSummary:
    """Import an uploaded file (format detected unless given); all or nothing.

    ``before_writing`` is called once everything is read, checked and analysed, just
    before the first row is stored (``importer.import_document``).
    """
    if len(data) > MAX_UPLOAD_BYTES:
        raise ImportFailed(M.FILE_TOO_BIG.format(limit=MAX_UPLOAD_BYTES // (1024 * 1024)))
    if source is not None and source not in sources.SOURCES:
        raise ImportFailed(M.UNKNOWN_SOURCE.format(source=source))
    # Other apps write the person's wall-clock times: read them in the person's own zone.
    doc, warnings = sources.read_document(data, source, time_zone=user.time_zone)
    summary = importer.import_document(
        db=db, user=user, doc=doc, on_progress=on_progress, before_writing=before_writing
    )
    summary.warnings[:0] = warnings
    return summary


def owned_counts(*, db: Session, user: User) -> dict[str, int]:
    """How many rows the person has in each exported kind of data (empty kinds left out)."""
    selector = Selector(user.id)
    counts = {}
    for plan in table_plans():
        if plan.exported:
            query = select(func.count()).select_from(plan.table).where(selector.exported(plan.name))
            count = db.scalar(query) or 0
            if count:
                counts[M.KIND_NAMES.get(plan.name, label(plan.name))] = count
    return counts


def user_files_dir(*, data_dir: Path, user_id: int) -> Path:
    """Where files that belong to one person live (removed with the account)."""
    return data_dir / "users" / str(user_id)


def delete_account(*, db: Session, user: User, data_dir: Path | None = None) -> int:
    """Remove every row and file of the person, then the account; returns rows removed."""
    selector = Selector(user.id)
    removed = 0
    for plan in reversed(table_plans()):
        result = db.execute(delete(plan.table).where(selector.deleted(plan.name)))
        removed += result.rowcount or 0  # type: ignore[attr-defined]
    db.delete(user)
    db.flush()
    if data_dir is not None:
        shutil.rmtree(user_files_dir(data_dir=data_dir, user_id=user.id), ignore_errors=True)
    return removed + 1


def check_deletion_confirmed(*, user: User, typed: str) -> None:
    """Raise unless the person re-typed their username exactly."""
    if typed.strip().lower() != user.username:
        raise ValidationFailed(M.CONFIRM_MISMATCH, field="confirm")
