"""Where the sections fed by other domains get their data.

Each ``*_source`` function below is the one connection point to another domain's service;
the adapters turn that domain's dataclasses into the plain data the sections draw.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.insights.charts import Band
from reconnect.insights.sections import MilestoneItem, PracticeDay, ScoreHistory, ScorePoint
from reconnect.patterns import service as patterns_service
from reconnect.plan import service as plan_service
from reconnect.together import service as together_service


def score_history(
    results: Sequence[assess_service.ResultSummary], bands: Iterable[Band] = ()
) -> ScoreHistory | None:
    """One instrument's results (oldest first) as a score history; None if there are none."""
    if not results:
        return None
    last = results[-1]
    return ScoreHistory(
        instrument=last.instrument,
        title=last.title,
        max_total=last.max_total,
        points=tuple(ScorePoint(r.taken_at, r.total, r.band, r.at_referral) for r in results),
        bands=tuple(bands),
        reflective=last.reflective,
    )


def practice_days_of(done: Iterable[plan_service.PracticeDone]) -> list[PracticeDay]:
    """The plan's practices done as plain practice days."""
    return [PracticeDay(p.day, p.practice, p.rating) for p in done]


def milestones_of(milestones: Iterable[plan_service.Milestone]) -> list[MilestoneItem]:
    """The plan's milestones as plain milestone items."""
    return [MilestoneItem(m.reached_on, m.title, m.message) for m in milestones]


# --- Connection points: one per contract function. -------------------------------------


def questionnaire_source(*, db: Session, user: User) -> list[ScoreHistory]:
    """Every questionnaire the person has taken, with its results oldest first."""
    histories = (
        score_history(
            assess_service.history(db=db, user=user, instrument=latest.instrument),
            _bands_of(latest.instrument),
        )
        for latest in assess_service.latest_results(db=db, user=user)
    )
    return [history for history in histories if history is not None]


def _bands_of(instrument: str) -> list[Band]:
    """The authors' score ranges of an instrument, for shading behind its line."""
    return [
        Band(band.label, band.min, band.max)
        for band in assess_service.get_instrument(slug=instrument).bands
    ]


def practices_source(*, db: Session, user: User, since: dt.date) -> list[PracticeDay]:
    """The practices the person logged from a day on."""
    return practice_days_of(plan_service.practices_done(db=db, user=user, since=since))


def practice_streak_source(*, db: Session, user: User, today: dt.date) -> tuple[int, int] | None:
    """The person's current and best practice streak in days, if the plan keeps one."""
    streak = plan_service.current_streak(db=db, user=user, today=today)
    return streak.days, streak.best


def milestones_source(*, db: Session, user: User) -> list[MilestoneItem]:
    """The milestones the person has reached."""
    return milestones_of(plan_service.milestones(db=db, user=user))


def together_streak_source(*, db: Session, user: User, today: dt.date) -> int | None:
    """Relationship check-ins in a row with a partner, if the person has one."""
    if together_service.partner_of(db=db, user=user) is None:
        return None
    return together_service.checkin_streak(db=db, user=user, today=today)


def sleep_source(
    *, db: Session, user: User, start: dt.date, end: dt.date
) -> list[tuple[dt.date, float]]:
    """Mean hours of sleep noted per day, from the factors of check-ins and entries."""
    return patterns_service.sleep_by_day(db=db, user=user, start=start, end=end)
