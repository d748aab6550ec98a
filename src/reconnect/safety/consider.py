"""'When to consider help': kind observations from the person's own recent data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.core import dates
from reconnect.journal import service as journal_service
from reconnect.journal import vocabulary
from reconnect.messages import Assess as AM
from reconnect.messages import Help as M
from reconnect.safety.service import is_concern, is_crisis

WINDOW_DAYS = 28
NUMB_WORDS = frozenset(
    {"numb", "empty", "detached", "disconnected", "flat", "apathetic", "indifferent", "hopeless"}
)
ALONE_WORDS = frozenset({"lonely", "withdrawn", "distant", "invisible", "rejected"})
CONFLICT_WORDS = frozenset({"angry", "furious", "resentful", "betrayed", "defensive", "hurt"})
MIN_CHECKINS = 5
MIN_SPAN_DAYS = 14
LOW_MOOD_SHARE = 0.6
WORD_REPEATS = 3
CONCERN_REPEATS = 2


@dataclass(frozen=True)
class HelpSuggestion:
    """What stood out, and whether talking to a professional could help."""

    observations: list[str] = field(default_factory=list)
    suggest: bool = False
    urgent: bool = False


def consider_help(*, db: Session, user: User, today: dt.date | None = None) -> HelpSuggestion:
    """Look over the last four weeks of check-ins and entries for lasting distress."""
    since = (today or dates.today(user.time_zone)) - dt.timedelta(days=WINDOW_DAYS)
    checkins = journal_service.checkins_since(db=db, user=user, since=since)
    entries = journal_service.entries_since(db=db, user=user, since=since)
    levels = [c.safety_level for c in checkins] + [e.safety_level for e in entries]
    notes: list[str] = []
    crisis = sum(map(is_crisis, levels))
    concern = sum(map(is_concern, levels))
    if crisis:
        notes.append(M.SIGNAL_CRISIS_TEXTS.format(count=crisis))
    if concern >= CONCERN_REPEATS:
        notes.append(M.SIGNAL_CONCERN_TEXTS.format(count=concern))
    notes.extend(_checkin_signals(checkins))
    risky, referrals = _questionnaire_signals(db, user, since)
    notes.extend(risky + referrals)
    return HelpSuggestion(observations=notes, suggest=bool(notes), urgent=bool(crisis or risky))


def _questionnaire_signals(db: Session, user: User, since: dt.date) -> tuple[list[str], list[str]]:
    """Answers the screen treats as a crisis, and results in their authors' referral range."""
    risky = [
        AM.CONSIDER_RISK_ANSWER.format(
            date=dates.local_date(r.taken_at, user.time_zone).isoformat()
        )
        for r in assess_service.risk_results_since(db=db, user=user, since=since)
    ]
    referrals = [
        AM.CONSIDER_AT_REFERRAL.format(
            title=r.title, date=dates.local_date(r.taken_at, user.time_zone).isoformat()
        )
        for r in assess_service.referral_results_since(db=db, user=user, since=since)
    ]
    return risky, referrals


def _checkin_signals(checkins: list[journal_service.CheckIn]) -> list[str]:
    notes: list[str] = []
    if len(checkins) >= MIN_CHECKINS:
        days = (max(c.created_at for c in checkins) - min(c.created_at for c in checkins)).days
        low = sum(
            vocabulary.quadrant_of(c.pleasantness, c.energy) == "low_unpleasant" for c in checkins
        )
        if days >= MIN_SPAN_DAYS and low / len(checkins) >= LOW_MOOD_SHARE:
            notes.append(
                M.SIGNAL_LOW_MOOD.format(share=round(100 * low / len(checkins)), days=days)
            )
    for words, message in (
        (NUMB_WORDS, M.SIGNAL_NUMB_WORDS),
        (ALONE_WORDS, M.SIGNAL_ISOLATION_WORDS),
        (CONFLICT_WORDS, M.SIGNAL_CONFLICT_WORDS),
    ):
        count = sum(bool(words & set(c.words)) for c in checkins)
        if count >= WORD_REPEATS:
            notes.append(message.format(count=count))
    return notes
