"""Journal emotions: on-device analysis of saved text, corrections, re-analysis and markers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from reconnect import analysis
from reconnect.accounts.models import User
from reconnect.analysis import markers
from reconnect.core.errors import ValidationFailed
from reconnect.journal.models import AnalysisMixin, CheckIn, JournalEntry
from reconnect.messages import Journal as JM
from reconnect.safety import service as safety_service

Analysable = CheckIn | JournalEntry
ANALYSED_TABLES: dict[str, type[Analysable]] = {
    JournalEntry.__tablename__: JournalEntry,
    CheckIn.__tablename__: CheckIn,
}


def annotate(target: AnalysisMixin, text: str | None) -> None:
    """Analyse and screen a check-in's or entry's text (one model pass) before it is stored."""
    text = text or ""
    [result], vectors = analysis.classify_and_embed([text])
    target.detected_emotions = result.labels
    target.emotion_scores = result.scores if text.strip() else {}
    target.analysis_version = analysis.model_version()
    screened = safety_service.screen(text, embed=analysis.embed, vector=vectors[0])
    target.safety_level = screened.level
    target.safety_reason = screened.reason or None


def annotate_many(items: Sequence[Analysable]) -> None:
    """Analyse and screen several stored texts in one batched model pass."""
    if not items:
        return
    version = analysis.model_version()
    texts = [text_of(item) for item in items]
    results, vectors = analysis.classify_and_embed(texts)
    screened = safety_service.screen_many(texts, embed=analysis.embed, vectors=vectors)
    for item, text, result, screen in zip(items, texts, results, screened, strict=True):
        item.detected_emotions = result.labels
        item.emotion_scores = result.scores if text.strip() else {}
        item.analysis_version = version
        item.safety_level, item.safety_reason = screen.level, screen.reason or None


def annotate_stored(*, db: Session, table: str, ids: Sequence[int]) -> list[str]:
    """Analyse the stored texts among ``ids`` that this model has not read yet (one batch),
    and return every one's safety level."""
    model = ANALYSED_TABLES[table]
    items: list[Analysable] = list(db.scalars(select(model).where(model.id.in_(ids))))
    version = analysis.model_version()
    annotate_many([item for item in items if item.analysis_version != version])
    db.flush()
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
    """How many stored texts were analysed by another model version (or never)."""
    version = analysis.model_version()
    return sum(
        len(list(db.scalars(select(model.id).where(_stale(model, version)))))
        for model in (JournalEntry, CheckIn)
    )


def _stale(model: type[Analysable], version: str):  # type: ignore[no-untyped-def]
    return or_(model.analysis_version.is_(None), model.analysis_version != version)


def reanalyse_stale(
    *, db: Session, batch_size: int = 64, on_batch: Callable[[int], None] | None = None
) -> int:
    """Re-analyse one batch of stale texts per model; returns how many were done.

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
        if not items:
            continue
        annotate_many(items)
        done += len(items)
        if on_batch:
            on_batch(len(items))
    db.flush()
    return done


def weekly_markers(*, db: Session, user: User) -> list[tuple[object, markers.Markers]]:
    """The person's markers per week over entries and check-in notes, oldest first."""
    samples = [
        markers.Sample(e.entry_date, text_of(e), tuple(shown_emotions(e)))
        for e in db.scalars(select(JournalEntry).where(JournalEntry.user_id == user.id))
    ]
    samples += [
        markers.Sample(c.created_at.date(), c.note or "", tuple(shown_emotions(c)) + tuple(c.words))
        for c in db.scalars(select(CheckIn).where(CheckIn.user_id == user.id))
    ]
    return list(markers.weekly(samples))
