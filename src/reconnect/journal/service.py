"""Journal service: check-ins and entries, validated, encrypted at rest, owner-only."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.core import dates
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.core.paging import PAGE_SIZE, Page, clamp_page, page_of
from reconnect.journal import emotions as emotion_service
from reconnect.journal import rollups, search
from reconnect.journal.models import CheckIn as CheckIn
from reconnect.journal.models import JournalEntry, Tag, entry_tags
from reconnect.journal.rollups import activity as activity
from reconnect.journal.rollups import labels_by_bucket as labels_by_bucket
from reconnect.journal.rollups import marker_tallies as marker_tallies
from reconnect.journal.rollups import mood_by_bucket as mood_by_bucket
from reconnect.journal.stats import Activity as Activity
from reconnect.journal.stats import BucketLabels as BucketLabels
from reconnect.journal.stats import GridCount as GridCount
from reconnect.journal.stats import MoodPoint as MoodPoint
from reconnect.journal.stats import checkin_streak as checkin_streak
from reconnect.journal.stats import chosen_word_counts as chosen_word_counts
from reconnect.journal.stats import detected_emotion_counts as detected_emotion_counts
from reconnect.journal.stats import entries_between as entries_between
from reconnect.journal.stats import first_day as first_day
from reconnect.journal.stats import grid_counts as grid_counts
from reconnect.journal.vocabulary import BY_WORD
from reconnect.messages import Checkins as CM
from reconnect.messages import Journal as JM

GRID_MIN, GRID_MAX = -4, 4
MAX_WORDS = 12
MAX_NOTE = 2_000
MAX_TITLE = 200
MAX_BODY = 20_000
EARLIEST_ENTRY_DATE = dt.date(1900, 1, 1)  # anything earlier is surely a typing slip
MAX_TAGS = 10
MAX_TAG = 40


def validate_grid(pleasantness: int, energy: int) -> None:
    """Raise unless both grid values are whole numbers from -4 to 4."""
    for value in (pleasantness, energy):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationFailed(CM.GRID_INVALID, field="pleasantness")
        if not GRID_MIN <= value <= GRID_MAX:
            raise ValidationFailed(CM.GRID_INVALID, field="pleasantness")


def clean_words(words: Sequence[str]) -> list[str]:
    """Lowercase, de-duplicate and check words against the vocabulary."""
    cleaned = list(dict.fromkeys(word.strip().lower() for word in words if word.strip()))
    unknown = [word for word in cleaned if word not in BY_WORD]
    if unknown:
        raise ValidationFailed(CM.WORDS_UNKNOWN.format(words=", ".join(unknown)), field="words")
    if len(cleaned) > MAX_WORDS:
        raise ValidationFailed(CM.WORDS_TOO_MANY.format(limit=MAX_WORDS), field="words")
    return cleaned


def _clean_note(note: str | None) -> str | None:
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise ValidationFailed(
            CM.NOTE_TOO_LONG.format(length=len(note), limit=MAX_NOTE), field="note"
        )
    return note or None


def create_checkin(
    *,
    db: Session,
    user: User,
    pleasantness: int,
    energy: int,
    words: Sequence[str] = (),
    note: str | None = None,
    at: dt.datetime | None = None,
) -> CheckIn:
    """Record a check-in; the note is analysed and screened before it is stored."""
    validate_grid(pleasantness, energy)
    checkin = CheckIn(
        user_id=user.id,
        pleasantness=pleasantness,
        energy=energy,
        words=clean_words(words),
        note=_clean_note(note),
    )
    if at is not None:
        checkin.created_at = at
    emotion_service.annotate(checkin, checkin.note)
    db.add(checkin)
    db.flush()
    return checkin


def update_checkin(
    *,
    db: Session,
    user: User,
    checkin_id: int,
    pleasantness: int | None = None,
    energy: int | None = None,
    words: Sequence[str] | None = None,
    note: str | None = None,
) -> CheckIn:
    """Change one of the person's check-ins; what is left out (None) stays as it was.

    A changed note is analysed and screened again; feelings the person corrected stay
    theirs, as for an edited entry.
    """
    checkin = get_checkin_for_user(db=db, user=user, checkin_id=checkin_id)
    grid = (
        checkin.pleasantness if pleasantness is None else pleasantness,
        checkin.energy if energy is None else energy,
    )
    validate_grid(*grid)
    chosen = checkin.words if words is None else clean_words(words)
    cleaned = checkin.note if note is None else _clean_note(note)
    # Everything is checked before anything changes: a refused change leaves it as it was.
    checkin.pleasantness, checkin.energy = grid
    checkin.words = chosen
    if cleaned != checkin.note:
        checkin.note = cleaned
        emotion_service.annotate(checkin, cleaned)
    db.flush()
    return checkin


def get_checkin_for_user(*, db: Session, user: User, checkin_id: int) -> CheckIn:
    """The person's own check-in; anyone else's is 'not found'."""
    checkin = db.get(CheckIn, checkin_id)
    if checkin is None or checkin.user_id != user.id:
        raise NotFound(CM.NOT_FOUND.format(id=checkin_id))
    return checkin


def list_checkins(
    *, db: Session, user: User, page: int = 1, size: int = PAGE_SIZE
) -> Page[CheckIn]:
    """The person's check-ins, newest first."""
    page = clamp_page(page)
    query = (
        select(CheckIn)
        .where(CheckIn.user_id == user.id)
        .order_by(CheckIn.created_at.desc(), CheckIn.id.desc())
        .limit(size + 1)
        .offset((page - 1) * size)
    )
    return page_of(list(db.scalars(query)), page, size)


def delete_checkin(*, db: Session, user: User, checkin_id: int) -> None:
    """Delete one of the person's check-ins."""
    db.delete(get_checkin_for_user(db=db, user=user, checkin_id=checkin_id))
    db.flush()


def parse_tags(raw: str | Sequence[str]) -> list[str]:
    """Split, trim, lowercase and de-duplicate tags; raise on bad ones."""
    parts = raw.split(",") if isinstance(raw, str) else list(raw)
    tags = list(dict.fromkeys(part.strip().lower().lstrip("#") for part in parts if part.strip()))
    for tag in tags:
        if not 1 <= len(tag) <= MAX_TAG or len(tags) > MAX_TAGS:
            raise ValidationFailed(JM.TAG_INVALID.format(tag=tag, limit=MAX_TAGS), field="tags")
    return tags


def _tag_rows(db: Session, user: User, names: list[str]) -> list[Tag]:
    existing = {
        tag.name: tag
        for tag in db.scalars(select(Tag).where(Tag.user_id == user.id, Tag.name.in_(names)))
    }
    rows = []
    for name in sorted(names):
        if name not in existing:
            existing[name] = Tag(user_id=user.id, name=name)
            db.add(existing[name])
        rows.append(existing[name])
    return rows


def _clean_entry_fields(
    body: str, title: str | None, entry_date: dt.date | None, zone: str
) -> tuple[str, str | None, dt.date]:
    body = body.strip()
    if not body:
        raise ValidationFailed(JM.BODY_EMPTY, field="body")
    if len(body) > MAX_BODY:
        raise ValidationFailed(
            JM.BODY_TOO_LONG.format(length=len(body), limit=MAX_BODY), field="body"
        )
    title = (title or "").strip() or None
    if title is not None and len(title) > MAX_TITLE:
        raise ValidationFailed(JM.TITLE_TOO_LONG.format(limit=MAX_TITLE), field="title")
    day = entry_date or dates.today(zone)
    if day > dates.today(zone) + dt.timedelta(days=1):  # a day of slack for time zones
        raise ValidationFailed(JM.DATE_IN_FUTURE, field="entry_date")
    if day < EARLIEST_ENTRY_DATE:
        raise ValidationFailed(
            JM.DATE_TOO_EARLY.format(day=EARLIEST_ENTRY_DATE.isoformat()), field="entry_date"
        )
    return body, title, day


def create_entry(
    *,
    db: Session,
    user: User,
    body: str,
    title: str | None = None,
    tags: str | Sequence[str] = (),
    entry_date: dt.date | None = None,
    prompt_key: str | None = None,
) -> JournalEntry:
    """Write a journal entry; it is analysed and screened, then stored encrypted."""
    body, title, day = _clean_entry_fields(body, title, entry_date, user.time_zone)
    entry = JournalEntry(
        user_id=user.id,
        body=body,
        title=title,
        entry_date=day,
        prompt_key=prompt_key,
        word_count=len(body.split()),
        tags=_tag_rows(db, user, parse_tags(tags)),
    )
    emotion_service.annotate(entry, _entry_text(entry))
    db.add(entry)
    db.flush()
    search.index_entries(db, [entry], new=True)
    return entry


def _entry_text(entry: JournalEntry) -> str:
    return f"{entry.title}. {entry.body}" if entry.title else entry.body


def update_entry(
    *,
    db: Session,
    user: User,
    entry_id: int,
    body: str,
    title: str | None = None,
    tags: str | Sequence[str] = (),
    entry_date: dt.date | None = None,
) -> JournalEntry:
    """Change an entry; changed text is analysed and screened again, and the feelings the
    person named for it stay (their reading wins until they change it themselves)."""
    entry = get_entry_for_user(db=db, user=user, entry_id=entry_id)
    body, title, day = _clean_entry_fields(
        body, title, entry_date or entry.entry_date, user.time_zone
    )
    tag_names = parse_tags(tags)
    changed_text = (body, title) != (entry.body, entry.title)
    entry.body, entry.title, entry.entry_date = body, title, day
    entry.word_count = len(body.split())
    entry.tags = _tag_rows(db, user, tag_names)
    if changed_text:
        emotion_service.annotate(entry, _entry_text(entry))
    db.flush()
    search.index_entries(db, [entry])
    _drop_unused_tags(db, user)
    return entry


def get_entry_for_user(*, db: Session, user: User, entry_id: int) -> JournalEntry:
    """The person's own entry; anyone else's is 'not found'."""
    entry = db.get(JournalEntry, entry_id)
    if entry is None or entry.user_id != user.id:
        raise NotFound(JM.ENTRY_NOT_FOUND)
    return entry


def delete_entry(*, db: Session, user: User, entry_id: int) -> None:
    """Delete an entry for good, and tags no other entry uses."""
    db.delete(get_entry_for_user(db=db, user=user, entry_id=entry_id))
    db.flush()
    _drop_unused_tags(db, user)


def _drop_unused_tags(db: Session, user: User) -> None:
    used = select(entry_tags.c.tag_id)
    db.execute(delete(Tag).where(Tag.user_id == user.id, Tag.id.not_in(used)))


def _entries_query(user: User, tag: str | None) -> Select[JournalEntry]:
    query = select(JournalEntry).where(JournalEntry.user_id == user.id)
    if tag:
        query = query.where(JournalEntry.tags.any(Tag.name == tag.strip().lower()))
    return query.order_by(JournalEntry.entry_date.desc(), JournalEntry.id.desc())


def list_entries(
    *, db: Session, user: User, page: int = 1, tag: str | None = None, size: int = PAGE_SIZE
) -> Page[JournalEntry]:
    """The person's entries, newest first, optionally only one tag."""
    page = clamp_page(page)
    query = _entries_query(user, tag).limit(size + 1).offset((page - 1) * size)
    return page_of(list(db.scalars(query)), page, size)


def search_entries(
    *, db: Session, user: User, query: str, page: int = 1, size: int = PAGE_SIZE
) -> Page[JournalEntry]:
    """Entries with a word beginning with each word of the query, in the title, body or
    tags, newest first (through the search index: ``reconnect.journal.search``)."""
    page = clamp_page(page)
    skip = (page - 1) * size
    found = itertools.islice(search.search(db, user.id, query), skip, skip + size + 1)
    return page_of(list(found), page, size)


def count_checkins(*, db: Session, user: User) -> int:
    """How many check-ins the person has."""
    return db.scalar(select(func.count()).where(CheckIn.user_id == user.id)) or 0


def count_entries(*, db: Session, user: User, tag: str | None = None) -> int:
    """How many entries the person has, optionally only one tag."""
    query = _entries_query(user, tag).order_by(None).with_only_columns(func.count())
    return db.scalar(query) or 0


def count_search(*, db: Session, user: User, query: str) -> int:
    """How many entries a search finds (each candidate is opened to confirm it)."""
    return sum(1 for _ in search.search(db, user.id, query))


def index_entries_by_id(*, db: Session, entry_ids: Sequence[int]) -> None:
    """Add entries stored without the ORM (an import) to the search index."""
    search.index_ids(db, entry_ids)


def forget_monthly_totals(*, db: Session, user: User) -> None:
    """Recompute the person's monthly totals at commit (after rows written without the ORM)."""
    rollups.forget(db, user.id)


def reindex_entries(*, db: Session) -> int:
    """Index again every entry not indexed under the active key (after a key rotation)."""
    return search.reindex(db)


def list_tags(*, db: Session, user: User) -> list[str]:
    """The person's tag names, alphabetically."""
    return list(db.scalars(select(Tag.name).where(Tag.user_id == user.id).order_by(Tag.name)))


def checkins_since(*, db: Session, user: User, since: dt.date) -> list[CheckIn]:
    """The person's check-ins from a day on, oldest first."""
    start = dates.day_start(since, user.time_zone)
    query = (
        select(CheckIn)
        .where(CheckIn.user_id == user.id, CheckIn.created_at >= start)
        .order_by(CheckIn.created_at)
    )
    return list(db.scalars(query))


def entries_since(*, db: Session, user: User, since: dt.date) -> list[JournalEntry]:
    """The person's entries dated from a day on, oldest first."""
    query = (
        select(JournalEntry)
        .where(JournalEntry.user_id == user.id, JournalEntry.entry_date >= since)
        .order_by(JournalEntry.entry_date)
    )
    return list(db.scalars(query))
