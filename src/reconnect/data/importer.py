"""Import a Reconnect export document into an account, all or nothing.

Rows are checked first (every field by its column's type, and numbers, choices and dates
by the limits the app's own forms keep to: ``limits``), then compared with what the
person already has by a content fingerprint, so importing the same file twice adds
nothing. New rows get new ids; foreign keys follow the document's numbering to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, insert
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.data import limits
from reconnect.data.codec import ImportFailed, from_json, to_json
from reconnect.data.export import FORMAT, VERSION
from reconnect.data.fingerprints import Fingerprinter, existing_content
from reconnect.data.ownership import TablePlan, table_plans
from reconnect.db import EncryptedText
from reconnect.journal import emotions as emotion_service
from reconnect.journal import service as journal_service
from reconnect.journal.models import JournalEntry, entry_tags
from reconnect.messages import Data as M
from reconnect.safety import service as safety_service

OnProgress = Callable[[int, int], None]
BATCH = 64
# Free text that is not screened when it is written, so not on import either.
NOT_SCREENED = frozenset({"safety_plans"})  # written for hard moments, to be read in them


@dataclass
class ImportSummary:
    """What an import added, skipped and noticed."""

    added: dict[str, int] = field(default_factory=dict)
    duplicates: int = 0
    warnings: list[str] = field(default_factory=list)
    crisis: int = 0
    concern: int = 0

    @property
    def total_added(self) -> int:
        """How many rows were added across every kind."""
        return sum(self.added.values())


def label(name: str) -> str:
    """A table name as people read it."""
    return name.replace("_", " ")


@dataclass
class _Incoming:
    """One table's rows, checked and converted, with their fingerprints."""

    plan: TablePlan
    refs: list[Any] = field(default_factory=list)
    values: list[dict[str, Any]] = field(default_factory=list)
    fingerprints: list[str] = field(default_factory=list)
    keys: list[list[tuple[Any, ...]]] = field(default_factory=list)


def _check_header(doc: Any) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportFailed(M.NOT_OUR_FORMAT)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFailed(M.BAD_VERSION)
    if version > VERSION:
        raise ImportFailed(M.NEWER_VERSION.format(version=version))
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise ImportFailed(M.NO_TABLES)
    return tables


def import_document(
    *,
    db: Session,
    user: User,
    doc: Any,
    on_progress: OnProgress | None = None,
    before_writing: Callable[[], None] | None = None,
) -> ImportSummary:
    """Import a Reconnect export into the person's account; nothing is kept on error.

    Two steps. First everything is read, checked, analysed and screened without writing
    (the slow part: the models read every new text). Then ``before_writing`` is called
    (the web import uses it to take the database's write lock only now, so a long import
    never holds it while the models run) and the new rows are stored in one savepoint.
    """
    tables = _check_header(doc)
    plans = {p.name: p for p in table_plans()}
    summary = ImportSummary()
    unknown = sorted(set(tables) - set(plans))
    if unknown:
        raise ImportFailed(M.UNKNOWN_TABLES.format(names=", ".join(unknown)))
    for name in tables:
        if not plans[name].importable and tables[name]:
            summary.warnings.append(M.NOT_IMPORTED_KIND.format(kind=label(name)))
    incoming = _prepare(db, user, tables, plans, summary, on_progress)
    if before_writing is not None:
        before_writing()
    try:
        with db.begin_nested():
            _store(db, user, incoming, plans, summary)
    except (IntegrityError, DBAPIError) as exc:
        raise ImportFailed(M.DATABASE_REFUSED.format(problem=type(exc.orig).__name__)) from exc
    return summary


def _prepare(
    db: Session,
    user: User,
    tables: dict[str, Any],
    plans: dict[str, TablePlan],
    summary: ImportSummary,
    on_progress: OnProgress | None,
) -> list[_Incoming]:
    """Read and check every row, then analyse and screen the new ones: no writing."""
    _, by_print, by_key = existing_content(db, user, plans)
    printer = Fingerprinter(plans)
    incoming = [
        _read_table(plan, tables[plan.name], plans, printer, user)
        for plan in plans.values()
        if plan.importable and tables.get(plan.name)
    ]
    progress = _Progress(on_progress, incoming)
    progress.advance(sum(len(t.values) for t in incoming))
    other_texts: list[str] = []
    for table in incoming:
        name = table.plan.name
        fresh = _new_rows(table, by_print.get(name, {}), by_key.get(name, {}))
        if name in emotion_service.ANALYSED_TABLES:
            _analyse(name, fresh, summary, progress)
        elif name not in NOT_SCREENED:
            other_texts += _free_texts(table.plan, fresh)
    _screen(other_texts, summary, progress)
    progress.finish()
    return incoming


def _new_rows(
    table: _Incoming, existing_prints: dict[str, Any], existing_keys: dict[tuple[Any, ...], Any]
) -> list[dict[str, Any]]:
    """The rows of a table the person does not have yet (their values, not copies)."""
    sorted_rows = _sort_rows(table, existing_prints, existing_keys, {}, ImportSummary())
    return [values for _, values in sorted_rows.fresh]


def _store(
    db: Session,
    user: User,
    incoming: list[_Incoming],
    plans: dict[str, TablePlan],
    summary: ImportSummary,
) -> None:
    """Insert the new rows, deciding again what is new now that the write lock is held."""
    _, by_print, by_key = existing_content(db, user, plans)
    new_ids: dict[str, dict[Any, Any]] = {}
    to_index: set[int] = set()  # new entries, and entries that gained a tag
    for table in incoming:
        name = table.plan.name
        stored, inserted = _insert_table(
            db, table, by_print.get(name, {}), by_key.get(name, {}), new_ids, summary
        )
        if name == JournalEntry.__tablename__:
            to_index.update(stored)
        elif name == entry_tags.name:
            to_index.update(int(row["entry_id"]) for row in inserted)
    db.flush()
    db.expire_all()  # rows were written behind the ORM's back: reload what is read next
    journal_service.index_entries_by_id(db=db, entry_ids=sorted(to_index))
    journal_service.forget_monthly_totals(db=db, user=user)  # rows stored without the ORM


class _Progress:
    """One count for the whole import: every row stored, then every text analysed."""

    def __init__(self, report: OnProgress | None, incoming: list[_Incoming]) -> None:
        self.report, self.done = report, 0
        rows = sum(len(t.values) for t in incoming)
        texts = sum(
            len(t.values) for t in incoming if t.plan.name in emotion_service.ANALYSED_TABLES
        )
        self.total = rows + texts

    def advance(self, count: int) -> None:
        self.done = min(self.done + count, self.total)
        if self.report:
            self.report(self.done, self.total)

    def finish(self) -> None:
        self.advance(self.total)


def _read_table(
    plan: TablePlan,
    raw_rows: Any,
    plans: dict[str, TablePlan],
    printer: Fingerprinter,
    user: User,
) -> _Incoming:
    kind = label(plan.name)
    if not isinstance(raw_rows, list):
        raise ImportFailed(M.TABLE_NOT_LIST.format(kind=kind))
    table = _Incoming(plan)
    known = {c.name for c in plan.exported_columns} - {c.name for c in plan.user_columns}
    ref = plan.ref_column
    printer.by_ref[plan.name] = {}
    for number, raw in enumerate(raw_rows, 1):
        where = M.WHERE_ROW.format(kind=kind, row=number)
        if not isinstance(raw, dict):
            raise ImportFailed(M.ROW_NOT_OBJECT.format(where=where))
        extra = sorted(set(raw) - known)
        if extra:
            raise ImportFailed(M.UNKNOWN_FIELDS.format(where=where, fields=", ".join(extra)))
        values = _read_row(plan, raw, plans, printer, user, where)
        shown = {k: to_json(v) for k, v in values.items()}
        if ref is not None:
            row_ref = from_json(ref, raw.get(ref.name), where)
            if row_ref in printer.by_ref[plan.name]:
                raise ImportFailed(M.DUPLICATE_ID.format(where=where, id=row_ref))
            shown[ref.name] = row_ref
            table.refs.append(row_ref)
        fingerprint = printer.of(plan, shown)
        if ref is not None:
            printer.by_ref[plan.name][shown[ref.name]] = fingerprint
        table.values.append(values)
        table.fingerprints.append(fingerprint)
        table.keys.append(printer.keys(plan, shown))
    return table


def _read_row(
    plan: TablePlan,
    raw: dict[str, Any],
    plans: dict[str, TablePlan],
    printer: Fingerprinter,
    user: User,
    where: str,
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in plan.table.columns:
        if column is plan.ref_column:
            continue
        if column.name in plan.user_names:
            values[column.name] = user.id
        elif column.name not in raw:
            if column.nullable and column.default is None and column.server_default is None:
                values[column.name] = None  # every row of a batch insert names every column
            elif column.default is None and column.server_default is None:
                raise _required(where, column)
        elif column.name in plan.links:
            values[column.name] = _read_link(plan, column, raw, plans, printer, where)
        else:
            values[column.name] = _in_limits(
                plan, column, from_json(column, raw[column.name], where), where
            )
    return values


def _in_limits(plan: TablePlan, column: Column[Any], value: Any, where: str) -> Any:
    """The value, if it keeps to the limits the app's own forms and API keep to."""
    problem = limits.problem_with(table=plan.name, column=column.name, value=value)
    if problem is not None:
        raise ImportFailed(
            M.BAD_FIELD.format(where=where, field=column.name, problem=problem),
            field=column.name,
        )
    return value


def _required(where: str, column: Column[Any]) -> ImportFailed:
    return ImportFailed(
        M.BAD_FIELD.format(where=where, field=column.name, problem=M.PROBLEM_REQUIRED),
        field=column.name,
    )


def _read_link(
    plan: TablePlan,
    column: Column[Any],
    raw: dict[str, Any],
    plans: dict[str, TablePlan],
    printer: Fingerprinter,
    where: str,
) -> Any:
    """A link to another row: a number that must name a row of that kind in the file."""
    target = plan.links[column.name]
    if target not in printer.by_ref or not plans[target].importable:
        if not column.nullable:
            raise ImportFailed(
                M.MISSING_PARENT.format(where=where, field=column.name, kind=label(target))
            )
        return None
    value = from_json(column, raw[column.name], where)
    if value is None:
        if not column.nullable:
            raise _required(where, column)
        return None
    if value not in printer.by_ref[target] and target == plan.name:
        raise ImportFailed(M.LINK_FORWARD.format(where=where, field=column.name, id=value))
    if value not in printer.by_ref[target]:
        raise ImportFailed(
            M.BAD_REFERENCE.format(where=where, field=column.name, kind=label(target), id=value)
        )
    return value


@dataclass
class _Sorted:
    """One table's rows split into new ones and ones already stored (or twice in the file)."""

    fresh: list[tuple[Any, dict[str, Any]]] = field(default_factory=list)
    aliases: list[tuple[Any, Any]] = field(default_factory=list)


def _sort_rows(
    table: _Incoming,
    existing_prints: dict[str, Any],
    existing_keys: dict[tuple[Any, ...], Any],
    ids: dict[Any, Any],
    summary: ImportSummary,
) -> _Sorted:
    has_ref = table.plan.ref_column is not None
    seen_prints: dict[str, Any] = {}
    seen_keys: dict[tuple[Any, ...], Any] = {}
    result = _Sorted()
    for i, values in enumerate(table.values):
        row_ref = table.refs[i] if has_ref else i + 1
        fingerprint, keys = table.fingerprints[i], table.keys[i]
        match = existing_prints.get(fingerprint) or _first(existing_keys, keys)
        twin = seen_prints.get(fingerprint) or _first(seen_keys, keys)
        if match is not None or twin is not None:
            summary.duplicates += 1
            if match is not None and has_ref:
                ids[row_ref] = match
            elif twin is not None:
                result.aliases.append((row_ref, twin))
            continue
        seen_prints[fingerprint] = row_ref
        seen_keys.update(dict.fromkeys(keys, row_ref))
        result.fresh.append((row_ref, values))
    return result


def _first(found: dict[tuple[Any, ...], Any], keys: list[tuple[Any, ...]]) -> Any:
    return next((found[k] for k in keys if k in found), None)


def _insert_table(
    db: Session,
    table: _Incoming,
    existing_prints: dict[str, Any],
    existing_keys: dict[tuple[Any, ...], Any],
    new_ids: dict[str, dict[Any, Any]],
    summary: ImportSummary,
) -> tuple[list[Any], list[dict[str, Any]]]:
    """Insert the rows that are new; map every row's number to a stored id.

    Returns the new rows' ids (if the table has them) and their values as stored (with
    the stored ids of the rows they link to)."""
    plan = table.plan
    ids = new_ids.setdefault(plan.name, {})
    rows = _sort_rows(table, existing_prints, existing_keys, ids, summary)
    if plan.name in emotion_service.ANALYSED_TABLES:
        # Analysed while preparing; a row found new only now (its twin was deleted in the
        # meantime) is analysed here, before it is stored.
        unread = [v for _, v in rows.fresh if emotion_service.needs_analysis(v)]
        levels = emotion_service.annotate_rows(table=plan.name, rows=unread)
        summary.crisis += sum(map(safety_service.is_crisis, levels))
        summary.concern += sum(map(safety_service.is_concern, levels))
    # A table that links to itself is stored row by row, so earlier rows have ids.
    chunk = 1 if plan.name in plan.links.values() else 500
    stored: list[Any] = []
    inserted: list[dict[str, Any]] = []
    for start in range(0, len(rows.fresh), chunk):
        part = rows.fresh[start : start + chunk]
        values = [_with_stored_ids(plan, row, new_ids, ref) for ref, row in part]
        added = _insert(db, plan, values)
        if plan.ref_column is not None:
            ids.update(zip([ref for ref, _ in part], added, strict=True))
        stored += added
        inserted += values
    for alias, twin in rows.aliases:
        if plan.ref_column is not None:
            ids[alias] = ids[twin]
    if rows.fresh:
        summary.added[label(plan.name)] = len(rows.fresh)
    return stored, inserted


def _with_stored_ids(
    plan: TablePlan, values: dict[str, Any], new_ids: dict[str, dict[Any, Any]], ref: Any
) -> dict[str, Any]:
    row = dict(values)
    for name, target in plan.links.items():
        if row.get(name) is None:
            continue
        if row[name] not in new_ids.get(target, {}):
            where = M.WHERE_ID.format(kind=label(plan.name), id=ref)
            raise ImportFailed(M.LINK_FORWARD.format(where=where, field=name, id=row[name]))
        row[name] = new_ids[target][row[name]]
    return row


def _insert(db: Session, plan: TablePlan, rows: list[dict[str, Any]]) -> list[Any]:
    """Insert rows in one statement; returns their new ids, in order, if they have any."""
    if not rows:
        return []
    if plan.ref_column is None:
        db.execute(insert(plan.table), rows)
        return []
    statement = insert(plan.table).returning(plan.ref_column, sort_by_parameter_order=True)
    return list(db.scalars(statement, rows))


def _analyse(
    table: str, rows: list[dict[str, Any]], summary: ImportSummary, progress: _Progress
) -> None:
    """Analyse and screen new texts like new writing (batched), unless the file already
    carries this model's analysis; the results go into the rows before they are stored."""
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        levels = emotion_service.annotate_rows(table=table, rows=batch)
        summary.crisis += sum(map(safety_service.is_crisis, levels))
        summary.concern += sum(map(safety_service.is_concern, levels))
        progress.advance(len(batch))


def _free_texts(plan: TablePlan, rows: list[dict[str, Any]]) -> list[str]:
    """The free text in new rows of other domains (their encrypted columns), to screen too."""
    columns = [c.name for c in plan.table.columns if isinstance(c.type, EncryptedText)]
    return [row[name] for row in rows for name in columns if row.get(name)]


def _screen(texts: list[str], summary: ImportSummary, progress: _Progress) -> None:
    """Screen other domains' imported free text like new writing, for the summary."""
    progress.total += len(texts)
    for start in range(0, len(texts), BATCH):
        batch = texts[start : start + BATCH]
        levels = [r.level for r in safety_service.screen_many(batch)]
        summary.crisis += sum(map(safety_service.is_crisis, levels))
        summary.concern += sum(map(safety_service.is_concern, levels))
        progress.advance(len(batch))
