"""Journal emotions: on-device analysis of saved text, corrections, re-analysis and markers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from reconnect import analysis
from reconnect.accounts.models import User
from reconnect.analysis import markers
from reconnect.core.errors import ValidationFailed
from reconnect.journal import stats
from reconnect.journal.models import AnalysisMixin, CheckIn, JournalEntry
from reconnect.messages import Journal as JM
from reconnect.safety import service as safety_service

Analysable = CheckIn | JournalEntry
ANALYSED_TABLES: dict[str, type[Analysable]] = {
    JournalEntry.__tablename__: JournalEntry,
    CheckIn.__tablename__: CheckIn,
}


def store_counts(target: AnalysisMixin, text: str | None) -> None:
    """Keep the text's marker counts beside it, so the markers are summed without decrypting."""
    found = markers.counts(text or "")
    target.marker_words, target.marker_absolutist = found.words, found.absolutist
    target.marker_singular, target.marker_plural = found.singular, found.plural


def annotate(target: AnalysisMixin, text: str | None) -> None:
    """Analyse and screen a check-in's or entry's text before it is stored."""
    text = text or ""
    store_counts(target, text)
    [result] = analysis.classify([text])
    target.detected_emotions = result.labels
    target.emotion_scores = result.scores if text.strip() else {}
    target.analysis_version = analysis.model_version()
    screened = safety_service.screen(text)
    target.safety_level = screened.level
    target.safety_reason = screened.reason or None


def annotate_many(items: Sequence[Analysable]) -> None:
    """Analyse and screen several stored texts in batched model passes."""
    if not items:
        return
    version = analysis.model_version()
    texts = [text_of(item) for item in items]
    results = analysis.classify(texts)
    screened = safety_service.screen_many(texts)
    for item, text, result, screen in zip(items, texts, results, screened, strict=True):
        store_counts(item, text)
        item.detected_emotions = result.labels
        item.emotion_scores = result.scores if text.strip() else {}
        item.analysis_version = version
        item.safety_level, item.safety_reason = screen.level, screen.reason or None


ANALYSIS_COLUMNS: Final = (
    "detected_emotions",
    "emotion_scores",
    "analysis_version",
    "safety_level",
    "safety_reason",
    "marker_words",
    "marker_absolutist",
    "marker_singular",
    "marker_plural",
)


def needs_analysis(row: dict[str, Any]) -> bool:
    """Whether a row about to be stored lacks this model's analysis."""
    return row.get("analysis_version") != analysis.model_version()


def annotate_rows(*, table: str, rows: Sequence[dict[str, Any]]) -> list[str]:
    """Analyse rows about to be stored (column values, as an import holds them) in place,
    in batched model passes, and return each one's safety level.

    A row that already carries this model's analysis is only recounted. Nothing touches
    the database, so an import does this before it takes the write lock.
    """
    model = ANALYSED_TABLES[table]
    version = analysis.model_version()
    items = [model(**{k: v for k, v in row.items() if k != "id"}) for row in rows]
    stale = [item for item in items if item.analysis_version != version]
    for item in items:
        if item.analysis_version == version:
            store_counts(item, text_of(item))  # annotate_many counts the stale ones
    annotate_many(stale)
    for row, item in zip(rows, items, strict=True):
        row.update({name: getattr(item, name) for name in ANALYSIS_COLUMNS})
    return [item.safety_level or "none" for item in items]


def text_of(item: Analysable) -> str:
    """The text the analysis reads for an item."""
    if isinstance(item, CheckIn):
        return item.note or ""
    return f"{item.title}. {item.body}" if item.title else item.body


def correct_emotions(*, db: Session, item: Analysable, emotions: Sequence[str]) -> None:
    """Store the person's own reading of the emotions in a text (it wins over the model's)."""
    chosen = list(dict.fromkeys(e.strip().lower() for e in emotions if e.strip()))
    unknown = [e for e in chosen if e not in analysis.LABELS]
    if unknown:
        raise ValidationFailed(
            JM.EMOTIONS_UNKNOWN.format(words=", ".join(unknown)), field="emotions"
        )
    item.corrected_emotions = chosen
    db.flush()


def shown_emotions(item: AnalysisMixin) -> list[str]:
    """The person's correction if there is one, else what the model found."""
    if item.corrected_emotions is not None:
        return item.corrected_emotions
    return item.detected_emotions or []


def count_stale(*, db: Session) -> int:
    """How many stored texts were analysed by another model version (or never), or still
    lack their marker counts."""
    version = analysis.model_version()
    return sum(
        db.scalar(
            select(func.count()).where(or_(_stale(model, version), model.marker_words.is_(None)))
        )
        or 0
        for model in (JournalEntry, CheckIn)
    )


def _stale(model: type[Analysable], version: str):  # type: ignore[no-untyped-def]
    return or_(model.analysis_version.is_(None), model.analysis_version != version)


def _uncounted(db: Session, model: type[Analysable], version: str, limit: int) -> int:
    """Store the marker counts of up to ``limit`` texts this model has read but nobody has
    counted yet (rows the migration could not decrypt); no model pass is needed."""
    items: list[Analysable] = list(
        db.scalars(
            select(model)
            .where(model.marker_words.is_(None), ~_stale(model, version))
            .order_by(model.id)
            .limit(limit)
        )
    )
    for item in items:
        store_counts(item, text_of(item))
    return len(items)


def reanalyse_stale(
    *, db: Session, batch_size: int = 64, on_batch: Callable[[int], None] | None = None
) -> int:
    """Re-analyse one batch of stale texts per model, and count one batch of uncounted ones;
    returns how many were done.

    Callers commit after each call, so an interrupted run resumes where it stopped.
    """
    version, done = analysis.model_version(), 0
    models: tuple[type[Analysable], ...] = (JournalEntry, CheckIn)
    for model in models:
        items: list[Analysable] = list(
            db.scalars(
                select(model).where(_stale(model, version)).order_by(model.id).limit(batch_size)
            )
        )
        counted = _uncounted(db, model, version, batch_size)
        annotate_many(items)
        done += len(items) + counted
        if on_batch and len(items) + counted:
            on_batch(len(items) + counted)
    db.flush()
    return done


def weekly_markers(*, db: Session, user: User) -> list[tuple[object, markers.Markers]]:
    """The person's markers per week over entries and check-in notes, oldest first
    (summed from stored counts and labels, without decrypting)."""
    first, last = stats.first_day(db=db, user=user), stats.last_day(db=db, user=user)
    if first is None or last is None:
        return []
    tallies = stats.marker_tallies(db=db, user=user, start=first, end=last, bucket="week")
    return [(week, markers.from_tally(tally)) for week, tally in tallies]
