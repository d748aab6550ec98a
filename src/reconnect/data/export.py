"""A person's data as one versioned document, as CSV files per kind, and as Markdown.

Rows are renumbered inside the document (the first journal entry is ``id`` 1, and every
foreign key points at those numbers), so two accounts with the same content export the
same ``tables``, and an import can rebuild the links in a fresh account.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from reconnect import __version__
from reconnect.accounts.models import User
from reconnect.data.codec import to_json
from reconnect.data.ownership import Selector, TablePlan, table_plans
from reconnect.db import utcnow
from reconnect.journal import service as journal_service
from reconnect.messages import Data as M

FORMAT: Final = "reconnect-export"
VERSION: Final = 1
SELF, OTHER = "self", "other"


@dataclass
class Snapshot:
    """The exported rows per table, and which stored row each renumbered id stands for."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    stored_ids: dict[str, dict[int, Any]] = field(default_factory=dict)


def take_snapshot(*, db: Session, user: User) -> Snapshot:
    """Read every exported row the person owns, decrypted, with ids renumbered."""
    every = {p.name: p for p in table_plans()}
    selector = Selector(user.id, every.values())
    snap, renumber = Snapshot(), {}
    for plan in every.values():
        if not plan.exported:
            continue
        table, ref = plan.table, plan.ref_column
        order = list(table.primary_key.columns)
        rows = db.execute(select(table).where(selector.exported(plan.name)).order_by(*order))
        stored = [dict(row) for row in rows.mappings()]
        if ref is not None:
            snap.stored_ids[plan.name] = {i: row[ref.name] for i, row in enumerate(stored, 1)}
            renumber[plan.name] = {row[ref.name]: i for i, row in enumerate(stored, 1)}
        out = [_row_out(plan, every, row, renumber, user.id) for row in stored]
        if ref is None:
            out.sort(key=lambda r: json.dumps([r.get(c.name) for c in order], default=str))
        snap.tables[plan.name] = out
    return snap


def _row_out(
    plan: TablePlan,
    plans: dict[str, TablePlan],
    row: dict[str, Any],
    renumber: dict[str, dict[Any, int]],
    user_id: int,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in plan.exported_columns:
        value = row[column.name]
        if column.name in plan.user_names:
            if plan.shared:
                out[column.name] = None if value is None else (SELF if value == user_id else OTHER)
            continue
        target = plan.name if column is plan.ref_column else plan.links.get(column.name)
        if target is not None and value is not None:
            out[column.name] = renumber.get(target, {}).get(value)
        else:
            out[column.name] = to_json(value)
    return out


def export_document(*, db: Session, user: User) -> dict[str, Any]:
    """Everything the person owns, as one JSON-ready document."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": utcnow().isoformat(),
        "account": {
            "username": user.username,
            "display_name": user.display_name,
            "country": user.country,
            "time_zone": user.time_zone,
            "created_at": user.created_at.isoformat(),
        },
        "tables": take_snapshot(db=db, user=user).tables,
    }


def export_json(*, db: Session, user: User) -> bytes:
    """The document as indented UTF-8 JSON."""
    text = json.dumps(export_document(db=db, user=user), ensure_ascii=False, indent=1)
    return text.encode("utf-8")


FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """A CSV cell. Text a spreadsheet would run as a formula gets a leading apostrophe
    (so a note such as ``=HYPERLINK(...)`` stays text); numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, dict | list | bool):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, str):
        text = value
    else:
        return str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_csv_zip(*, db: Session, user: User) -> bytes:
    """One CSV file per kind of data, zipped (for spreadsheets; not re-importable)."""
    snapshot = take_snapshot(db=db, user=user)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for plan in table_plans():
            if not plan.exported:
                continue
            text = io.StringIO()
            columns = [
                c.name
                for c in plan.exported_columns
                if plan.shared or c.name not in plan.user_names
            ]
            writer = csv.writer(text)
            writer.writerow(columns)
            for row in snapshot.tables[plan.name]:
                writer.writerow([_cell(row[name]) for name in columns])
            archive.writestr(f"{plan.name}.csv", text.getvalue())
        archive.writestr("README.txt", M.CSV_README)
    return buffer.getvalue()


def export_markdown(*, db: Session, user: User) -> bytes:
    """The journal as one Markdown file, oldest entry first."""
    name = user.display_name or user.username
    lines = [f"# {M.MARKDOWN_TITLE.format(name=name)}", ""]
    lines += [f"_{M.MARKDOWN_EXPORTED.format(when=utcnow().date().isoformat())}_", ""]
    for entry in journal_service.entries_since(db=db, user=user, since=dt.date.min):
        heading = entry.entry_date.isoformat() + (f" · {entry.title}" if entry.title else "")
        lines += [f"## {heading}", ""]
        if entry.tags:
            lines += [M.MARKDOWN_TAGS.format(tags=", ".join(t.name for t in entry.tags)), ""]
        lines += [entry.body.strip(), ""]
    return "\n".join(lines).encode("utf-8")
