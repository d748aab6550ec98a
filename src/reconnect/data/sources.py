"""Read an uploaded file (our export, a Daylio CSV, a jrnl JSON) into an export document.

Other apps' files are turned into the same document our own export is, so one importer
checks, de-duplicates and stores them all.

- Daylio's CSV has a header row ``full_date,date,weekday,time,mood,activities,note_title,
  note`` (older versions: ``year,date,weekday,time,mood,activities,note``); activities are
  separated by `` | ``; notes may hold simple HTML. Each row becomes a check-in (the mood
  on the pleasantness scale, energy at the grid's midpoint) and, when it has a note, a
  journal entry tagged with its activities. Its dates and times are the person's wall
  clock, so they are read in the person's own time zone (the caller passes it).
- jrnl's JSON (``jrnl --format json``) is ``{"tags": {...}, "entries": [{"title", "body",
  "date", "time", "tags", "starred"}]}``; each entry becomes a journal entry. Its dates and
  times carry no zone either: they too are read in the person's own time zone.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import zoneinfo
from collections.abc import Sequence
from typing import Any, Final, Literal

from reconnect.core.errors import ValidationFailed
from reconnect.data.codec import ImportFailed
from reconnect.data.export import FORMAT, VERSION
from reconnect.journal import service as journal_service
from reconnect.messages import Data as M

Source = Literal["reconnect", "daylio", "jrnl"]
SOURCES: Final[tuple[Source, ...]] = ("reconnect", "daylio", "jrnl")

DAYLIO_MOODS: Final[dict[str, int]] = {
    **dict.fromkeys(("rad", "amazing", "great", "super"), 4),
    **dict.fromkeys(("good", "happy"), 2),
    **dict.fromkeys(("meh", "okay", "ok", "average", "fine"), 0),
    **dict.fromkeys(("bad", "sad", "down"), -2),
    **dict.fromkeys(("awful", "horrible", "terrible"), -4),
}
# Daylio records no energy, and a check-in must have one: the grid's midpoint, where the
# check-in form's energy slider starts.
DAYLIO_ENERGY: Final = (journal_service.GRID_MIN + journal_service.GRID_MAX) // 2
_TAGS_LIMIT = journal_service.MAX_TAGS
_HTML_BREAK = re.compile(r"<\s*(br|/p|/li|/div)\s*/?\s*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]{0,200}>")


class _Builder:
    """Collects entries, tags and check-ins as rows of an export document."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []
        self.checkins: list[dict[str, Any]] = []
        self.tags: dict[str, int] = {}
        self.entry_tags: list[dict[str, int]] = []
        self.trimmed_tags = False

    def entry(
        self,
        *,
        where: str,
        day: dt.date,
        at: dt.datetime,
        title: str | None,
        body: str,
        tags: Sequence[str],
    ) -> None:
        body, title = body.strip(), (title or "").strip() or None
        if not body and title:
            body, title = title, None
        if title and len(title) > journal_service.MAX_TITLE:
            body, title = f"{title}\n\n{body}".strip(), None
        if not body:
            return
        if len(body) > journal_service.MAX_BODY:
            raise ImportFailed(
                M.TEXT_TOO_LONG.format(where=where, limit=journal_service.MAX_BODY), field="body"
            )
        ref = len(self.entries) + 1
        self.entries.append(
            {
                "id": ref,
                "entry_date": day.isoformat(),
                "title": title,
                "body": body,
                "prompt_key": None,
                "word_count": len(body.split()),
                "created_at": at.isoformat(),
                "updated_at": at.isoformat(),
                "corrected_emotions": None,
            }
        )
        for name in self._clean_tags(tags, where):
            tag_ref = self.tags.setdefault(name, len(self.tags) + 1)
            self.entry_tags.append({"entry_id": ref, "tag_id": tag_ref})

    def _clean_tags(self, tags: Sequence[str], where: str) -> list[str]:
        names = [t.strip().lstrip("@#").strip()[: journal_service.MAX_TAG] for t in tags]
        names = [n for n in names if n and "," not in n]
        if len(dict.fromkeys(n.lower() for n in names)) > _TAGS_LIMIT:
            self.trimmed_tags = True
            names = list(dict.fromkeys(n.lower() for n in names))[:_TAGS_LIMIT]
        try:
            return journal_service.parse_tags(names)
        except ValidationFailed as exc:
            raise ImportFailed(f"{where}: {exc.message}", field="tags") from exc

    def checkin(self, *, at: dt.datetime, pleasantness: int, note: str | None) -> None:
        self.checkins.append(
            {
                "id": len(self.checkins) + 1,
                "pleasantness": pleasantness,
                "energy": DAYLIO_ENERGY,
                "words": [],
                "note": note,
                "created_at": at.isoformat(),
                "corrected_emotions": None,
            }
        )

    def document(self) -> dict[str, Any]:
        tags = [{"id": ref, "name": name} for name, ref in self.tags.items()]
        return {
            "format": FORMAT,
            "version": VERSION,
            "tables": {
                "tags": tags,
                "journal_entries": self.entries,
                "entry_tags": self.entry_tags,
                "checkins": self.checkins,
            },
        }


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(M.NOT_UTF8.format(position=exc.start)) from exc


def _json(data: bytes) -> Any:
    try:
        return json.loads(_text(data))
    except json.JSONDecodeError as exc:
        raise ImportFailed(M.BAD_JSON.format(line=exc.lineno, column=exc.colno)) from exc
    except RecursionError as exc:
        raise ImportFailed(M.TOO_DEEP) from exc


def detect(data: bytes) -> Source:
    """Which kind of file this is, from its content."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        doc = _json(data)
        if isinstance(doc, dict) and doc.get("format") == FORMAT:
            return "reconnect"
        if isinstance(doc, dict) and "entries" in doc:
            return "jrnl"
        raise ImportFailed(M.NOT_RECOGNISED)
    first_line = _text(data[:4096]).splitlines()[:1]
    if first_line and "mood" in first_line[0].lower():
        return "daylio"
    raise ImportFailed(M.NOT_RECOGNISED)


def read_document(
    data: bytes, source: Source | None = None, *, time_zone: str = "UTC"
) -> tuple[dict[str, Any], list[str]]:
    """The export document for an uploaded file, and warnings about what was adapted.

    ``time_zone`` is the person's own: Daylio's and jrnl's times are wall-clock times there."""
    if not data.strip():
        raise ImportFailed(M.EMPTY_FILE)
    source = source or detect(data)
    if source == "reconnect":
        doc = _json(data)
        if not isinstance(doc, dict):
            raise ImportFailed(M.NOT_OUR_FORMAT)
        return doc, []
    builder = _Builder()
    zone = zoneinfo.ZoneInfo(time_zone)
    if source == "daylio":
        warnings = _read_daylio(data, builder, zone)
    else:
        warnings = _read_jrnl(data, builder, zone)
    if builder.trimmed_tags:
        warnings.append(M.TAGS_TRIMMED.format(limit=_TAGS_LIMIT))
    return builder.document(), warnings


def _daylio_day(row: dict[str, str], where: str) -> dt.date:
    try:
        if row.get("full_date"):
            return dt.date.fromisoformat(row["full_date"].strip())
        return dt.datetime.strptime(
            f"{row['date'].strip()} {row['year'].strip()}", "%d %B %Y"
        ).date()
    except (ValueError, KeyError, AttributeError) as exc:
        raise ImportFailed(M.BAD_DAYLIO_DATE.format(where=where), field="full_date") from exc


def _daylio_time(value: str, where: str) -> dt.time:
    text = (value or "").strip().upper()
    for pattern in ("%H:%M", "%I:%M %p", "%H:%M:%S"):
        try:
            return dt.datetime.strptime(text, pattern).time()
        except ValueError:
            continue
    raise ImportFailed(M.BAD_TIME.format(where=where, value=value[:20]), field="time")


def _plain(note: str) -> str:
    return html.unescape(_HTML_TAG.sub("", _HTML_BREAK.sub("\n", note))).replace("\x00", "")


def _read_daylio(data: bytes, builder: _Builder, zone: dt.tzinfo) -> list[str]:
    reader = csv.DictReader(io.StringIO(_text(data), newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    reader.fieldnames = header
    if (
        "mood" not in header
        or "time" not in header
        or not ("full_date" in header or {"year", "date"} <= set(header))
    ):
        raise ImportFailed(M.DAYLIO_HEADER)
    warnings: list[str] = []
    try:
        for row in reader:
            where = M.WHERE_LINE.format(line=reader.line_num)
            if None in row:
                raise ImportFailed(M.TOO_MANY_CELLS.format(where=where))
            cells = {k: (v or "") for k, v in row.items()}
            _daylio_row(cells, where, builder, warnings, zone)
    except csv.Error as exc:
        raise ImportFailed(M.BAD_CSV.format(line=reader.line_num, problem=exc)) from exc
    return warnings


def _daylio_row(
    cells: dict[str, str], where: str, builder: _Builder, warnings: list[str], zone: dt.tzinfo
) -> None:
    """One Daylio row: a check-in for the mood, and an entry when there is a note."""
    day = _daylio_day(cells, where)
    at = dt.datetime.combine(day, _daylio_time(cells["time"], where), tzinfo=zone)
    activities = [a.strip() for a in cells.get("activities", "").split("|") if a.strip()]
    note = _plain(cells.get("note", "")).strip()
    title = _plain(cells.get("note_title", "")).strip()
    if note or title:
        builder.entry(where=where, day=day, at=at, title=title, body=note, tags=activities)
    mood = cells["mood"].strip().lower()
    if mood not in DAYLIO_MOODS:
        warnings.append(M.DAYLIO_MOOD_UNKNOWN.format(where=where, mood=mood[:40]))
        return
    kept = M.DAYLIO_ACTIVITIES.format(names=", ".join(activities))
    note_for_checkin = kept if activities and not (note or title) else None
    builder.checkin(at=at, pleasantness=DAYLIO_MOODS[mood], note=note_for_checkin)


def _read_jrnl(data: bytes, builder: _Builder, zone: dt.tzinfo) -> list[str]:
    doc = _json(data)
    entries = doc.get("entries") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise ImportFailed(M.JRNL_SHAPE)
    for number, entry in enumerate(entries, 1):
        where = M.WHERE_ENTRY.format(number=number)
        if not isinstance(entry, dict):
            raise ImportFailed(M.ROW_NOT_OBJECT.format(where=where))
        _jrnl_entry(entry, where, builder, zone)
    return []


def _jrnl_entry(entry: dict[str, Any], where: str, builder: _Builder, zone: dt.tzinfo) -> None:
    """One jrnl entry: title, body, date and time, @tags, and a star as a tag."""
    try:
        day = dt.date.fromisoformat(entry["date"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad(where, "date", M.PROBLEM_DATE) from exc
    raw_time = entry.get("time") or "00:00"
    at_time = _daylio_time(raw_time if isinstance(raw_time, str) else "?", where)
    tags = entry.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise _bad(where, "tags", M.PROBLEM_TEXT)
    if entry.get("starred") is True:
        tags = [*tags, "starred"]
    body, title = entry.get("body") or "", entry.get("title") or ""
    if not isinstance(body, str) or not isinstance(title, str):
        raise _bad(where, "body", M.PROBLEM_TEXT)
    builder.entry(
        where=where,
        day=day,
        at=dt.datetime.combine(day, at_time, tzinfo=zone),
        title=title.replace("\x00", ""),
        body=body.replace("\x00", ""),
        tags=tags,
    )


def _bad(where: str, field: str, problem: str) -> ImportFailed:
    return ImportFailed(M.BAD_FIELD.format(where=where, field=field, problem=problem), field=field)
