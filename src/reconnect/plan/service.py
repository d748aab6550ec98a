"""Plan service: the person's practices, logging them, progress, and what is due today."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.core import dates
from reconnect.core.agenda import CalendarItem, TodayItem
from reconnect.core.errors import NotFound, ValidationFailed
from reconnect.messages import Plan as PM
from reconnect.plan import catalogue, progress
from reconnect.plan.catalogue import BY_SLUG, Practice
from reconnect.plan.generate import EFFECTS, NOTICED, TRIED, PlanSignals, Suggestion, suggest
from reconnect.plan.models import Plan, PlanPractice, PracticeLog
from reconnect.plan.progress import Streak as Streak
from reconnect.plan.schedule import (
    WEEKDAY_CODES,
    clean_days,
    clean_time,
    default_days,
    next_start,
)
from reconnect.safety import service as safety_service
from reconnect.together import service as together_service

MAX_NOTE = 2_000
# What counts as a signal in the reflections (see content/assess): a cause that resonates,
# a sign present on more than half the days, a contrast leaning to the detachment pole.
CAUSE_RESONATES = 1
SIGN_OFTEN = 2
CONTRAST_LEANS_DETACHED = 3
MAX_ANSWER = 2_000
RATINGS = range(1, 6)


@dataclass(frozen=True, slots=True)
class PracticeDone:
    """One practice done on a day, for insights and reports."""

    day: dt.date
    practice: str
    strategy: str
    rating: int | None


@dataclass(frozen=True, slots=True)
class Milestone:
    """Something worth celebrating, with a kind message."""

    reached_on: dt.date
    title: str
    message: str


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """This week's goal for one practice: how many days planned and how many done."""

    practice: Practice
    target: int
    done: int

    @property
    def met(self) -> bool:
        """Whether the week's goal is reached."""
        return self.done >= self.target

    @property
    def percent(self) -> int:
        """Progress as a whole percentage, at most 100."""
        return min(100, round(100 * self.done / self.target)) if self.target else 100


def get_practice(slug: str) -> Practice:
    """A practice from the catalogue; an unknown slug is 'not found'."""
    practice = BY_SLUG.get(slug)
    if practice is None:
        raise NotFound(PM.PRACTICE_UNKNOWN.format(slug=slug))
    return practice


# The reflections whose answers shape the suggestions (a validated questionnaire adds one
# signal: whether it reached the range where its authors suggest talking to a professional).
SUGGESTION_SOURCES = ("signs", "causes", "contrasts", "partner")


def signals_for_user(*, db: Session, user: User) -> PlanSignals:
    """What the person's latest reflections and questionnaires showed, for plan suggestions."""
    latest = {
        result.instrument: result for result in assess_service.latest_results(db=db, user=user)
    }

    def chosen(instrument: str, at_least: int) -> frozenset[str]:
        result = latest.get(instrument)
        answers = result.answers if result else {}
        return frozenset(item for item, value in answers.items() if value >= at_least)

    feels_far, someone_far = accounts_service.starts_with(user)
    partner_often = chosen("partner", SIGN_OFTEN)
    return PlanSignals(
        causes=chosen("causes", CAUSE_RESONATES),
        frequent_signs=chosen("signs", SIGN_OFTEN),
        detachment_contrasts=chosen("contrasts", CONTRAST_LEANS_DETACHED),
        referral_reached=any(r.at_referral and not r.reflective for r in latest.values()),
        has_partner=together_service.partner_of(db=db, user=user) is not None,
        starts_self=feels_far,
        starts_supporting=someone_far,
        noticed=partner_often & frozenset(NOTICED),
        effects=partner_often & frozenset(EFFECTS),
        untried=_untried(latest.get("partner")),
    )


def _untried(result: assess_service.ResultSummary | None) -> frozenset[str]:
    """What the person has not tried yet, from the partner reflection's last part."""
    answers = result.answers if result else {}
    return frozenset(item for item in TRIED if answers.get(item) == 0)


def get_plan_for_user(*, db: Session, user: User) -> Plan:
    """The person's plan settings (an unsaved default if they have none yet)."""
    plan = db.scalar(select(Plan).where(Plan.user_id == user.id))
    return plan or Plan(user_id=user.id)


def saved_plan_for_user(*, db: Session, user: User) -> Plan:
    """The person's plan settings, stored if they were not yet."""
    plan = get_plan_for_user(db=db, user=user)
    if plan.id is None:
        db.add(plan)
        db.flush()
    return plan


def list_practices(*, db: Session, user: User) -> list[PlanPractice]:
    """The practices in the person's plan, in the catalogue's order."""
    rows = db.scalars(select(PlanPractice).where(PlanPractice.user_id == user.id))
    order = list(BY_SLUG)
    return sorted(
        (row for row in rows if row.practice in BY_SLUG), key=lambda r: order.index(r.practice)
    )


def get_plan_practice(*, db: Session, user: User, slug: str) -> PlanPractice | None:
    """The person's own plan entry for a practice, or None when it is not in their plan."""
    get_practice(slug)
    query = select(PlanPractice).where(PlanPractice.user_id == user.id)
    return db.scalar(query.where(PlanPractice.practice == slug))


def add_practice(
    *,
    db: Session,
    user: User,
    slug: str,
    days: Sequence[str] | None = None,
    at_time: str | None = None,
    reason: str | None = None,
) -> PlanPractice:
    """Put a practice in the plan (or change its schedule if it is there already)."""
    practice = get_practice(slug)
    row = get_plan_practice(db=db, user=user, slug=slug)
    if row is None:
        row = PlanPractice(user_id=user.id, practice=slug, reason=reason)
        row.days, row.at_time = default_days(practice.days_per_week), practice.time
        db.add(row)
    if days is not None:
        row.days = clean_days(days)
    if at_time is not None:
        row.at_time = clean_time(at_time)
    db.flush()
    return row


def remove_practice(*, db: Session, user: User, slug: str) -> None:
    """Take a practice out of the plan; its logs stay, so progress is never lost."""
    row = get_plan_practice(db=db, user=user, slug=slug)
    if row is None:
        raise NotFound(PM.NOT_IN_PLAN)
    db.delete(row)
    db.flush()


def suggestions(*, db: Session, user: User) -> list[Suggestion]:
    """Suggested practices that are not in the plan yet, each with why."""
    have = {row.practice for row in list_practices(db=db, user=user)}
    return [s for s in suggest(signals_for_user(db=db, user=user)) if s.practice not in have]


def generate_plan(*, db: Session, user: User) -> list[PlanPractice]:
    """Add every current suggestion to the plan; returns what was added."""
    saved_plan_for_user(db=db, user=user)
    return [
        add_practice(db=db, user=user, slug=s.practice, reason=s.reason)
        for s in suggestions(db=db, user=user)
    ]


def _clean_answers(practice: Practice, answers: Mapping[str, str] | None) -> dict[str, str]:
    allowed = {field.name for field in practice.fields}
    unknown = set(answers or {}) - allowed
    if unknown:
        raise ValidationFailed(PM.FIELDS_UNKNOWN.format(names=", ".join(sorted(unknown))))
    cleaned = {k: v.strip() for k, v in (answers or {}).items() if v and v.strip()}
    for name, value in cleaned.items():
        if len(value) > MAX_ANSWER:
            raise ValidationFailed(PM.ANSWER_TOO_LONG.format(limit=MAX_ANSWER), field=name)
    return cleaned


def _check_log_values(rating: int | None, note: str, done_on: dt.date, zone: str) -> None:
    if rating is not None and (isinstance(rating, bool) or rating not in RATINGS):
        raise ValidationFailed(PM.RATING_INVALID, field="rating")
    if len(note) > MAX_NOTE:
        raise ValidationFailed(PM.NOTE_TOO_LONG.format(limit=MAX_NOTE), field="note")
    if done_on > dates.today(zone) + dt.timedelta(days=1):  # a day of slack for time zones
        raise ValidationFailed(PM.DATE_IN_FUTURE, field="done_on")


def log_practice(
    *,
    db: Session,
    user: User,
    slug: str,
    rating: int | None = None,
    note: str | None = None,
    answers: Mapping[str, str] | None = None,
    done_on: dt.date | None = None,
) -> PracticeLog:
    """Record a practice done; what the person wrote is screened, then stored encrypted."""
    practice = get_practice(slug)
    note = (note or "").strip()
    day = done_on or dates.today(user.time_zone)
    _check_log_values(rating, note, day, user.time_zone)
    cleaned = _clean_answers(practice, answers)
    log = PracticeLog(
        user_id=user.id,
        practice=slug,
        strategy=practice.strategy,
        done_on=day,
        rating=rating,
        note=note or None,
        answers=json.dumps(cleaned, ensure_ascii=False) if cleaned else None,
    )
    text = "\n".join([*cleaned.values(), note]).strip()
    if text:
        screened = safety_service.screen(text)
        log.safety_level, log.safety_reason = screened.level, screened.reason or None
    db.add(log)
    db.flush()
    return log


def answers_of(log: PracticeLog) -> dict[str, str]:
    """The person's written answers in a log, by field name."""
    loaded = json.loads(log.answers) if log.answers else {}
    return {str(k): str(v) for k, v in loaded.items()}


def get_log_for_user(*, db: Session, user: User, log_id: int) -> PracticeLog:
    """The person's own practice log; anyone else's is 'not found'."""
    log = db.get(PracticeLog, log_id)
    if log is None or log.user_id != user.id:
        raise NotFound(PM.LOG_NOT_FOUND)
    return log


def delete_log(*, db: Session, user: User, log_id: int) -> None:
    """Delete one of the person's practice logs."""
    db.delete(get_log_for_user(db=db, user=user, log_id=log_id))
    db.flush()


def list_logs(
    *, db: Session, user: User, slug: str | None = None, limit: int = 50
) -> list[PracticeLog]:
    """The person's practice logs, newest first, optionally for one practice."""
    query = select(PracticeLog).where(PracticeLog.user_id == user.id)
    if slug is not None:
        query = query.where(PracticeLog.practice == get_practice(slug).slug)
    query = query.order_by(PracticeLog.done_on.desc(), PracticeLog.id.desc()).limit(limit)
    return list(db.scalars(query))


def practices_done(*, db: Session, user: User, since: dt.date | None) -> list[PracticeDone]:
    """Every practice the person has done (from a day on, if given), oldest first."""
    query = select(
        PracticeLog.done_on, PracticeLog.practice, PracticeLog.strategy, PracticeLog.rating
    ).where(PracticeLog.user_id == user.id)
    if since is not None:
        query = query.where(PracticeLog.done_on >= since)
    rows = db.execute(query.order_by(PracticeLog.done_on, PracticeLog.id))
    return [
        PracticeDone(day, practice, strategy, rating) for day, practice, strategy, rating in rows
    ]


def _practice_days(db: Session, user: User) -> list[dt.date]:
    query = select(PracticeLog.done_on).where(PracticeLog.user_id == user.id).distinct()
    return list(db.scalars(query))


def current_streak(*, db: Session, user: User, today: dt.date) -> Streak:
    """Days practised in the current run (one missed day forgiven) and the best run."""
    return progress.streak(_practice_days(db, user), today=today)


def milestones(*, db: Session, user: User) -> list[Milestone]:
    """Every milestone the person has reached, oldest first, each with a kind message."""
    mine = PracticeLog.user_id == user.id
    total = db.scalar(select(func.count()).where(mine)) or 0
    ordered = select(PracticeLog.done_on).where(mine).order_by(PracticeLog.done_on, PracticeLog.id)
    nth_days = {
        n: db.scalar(ordered.offset(n - 1).limit(1))
        for n in progress.COUNT_MILESTONES
        if n <= total
    }
    by_strategy = select(PracticeLog.strategy, func.min(PracticeLog.done_on)).where(mine)
    firsts = db.execute(by_strategy.group_by(PracticeLog.strategy))
    reached = progress.milestones_from(
        nth_days={n: day for n, day in nth_days.items() if day is not None},
        practice_days=_practice_days(db, user),
        strategy_firsts={strategy: day for strategy, day in firsts},
        strategies=len(catalogue.STRATEGIES),
    )
    return [Milestone(r.reached_on, *_milestone_words(r)) for r in reached]


def _milestone_words(reached: progress.Reached) -> tuple[str, str]:
    if reached.kind == "streak":
        return PM.STREAK_TITLE.format(days=reached.size), PM.STREAK_MESSAGE
    if reached.kind == "strategies":
        return PM.STRATEGIES_TITLE, PM.STRATEGIES_MESSAGE
    if reached.size == 1:
        return PM.FIRST_TITLE, PM.FIRST_MESSAGE
    return PM.COUNT_TITLE.format(count=reached.size), PM.COUNT_MESSAGE


def weekly_goals(*, db: Session, user: User, today: dt.date) -> list[GoalProgress]:
    """This week's goal per practice in the plan (its planned days) and the days done so far."""
    start = progress.week_start(today)
    query = select(PracticeLog.practice, PracticeLog.done_on).where(
        PracticeLog.user_id == user.id, PracticeLog.done_on >= start
    )
    days_done: dict[str, set[dt.date]] = {}
    for slug, day in db.execute(query.where(PracticeLog.done_on < start + dt.timedelta(days=7))):
        days_done.setdefault(slug, set()).add(day)
    return [
        GoalProgress(BY_SLUG[row.practice], len(row.days), len(days_done.get(row.practice, ())))
        for row in list_practices(db=db, user=user)
        if row.days
    ]


def done_today(*, db: Session, user: User, today: dt.date) -> set[str]:
    """Slugs of the practices the person has logged today."""
    query = select(PracticeLog.practice).where(
        PracticeLog.user_id == user.id, PracticeLog.done_on == today
    )
    return set(db.scalars(query))


def today_items(*, db: Session, user: User, today: dt.date) -> list[TodayItem]:
    """Practices planned for today's weekday that are not done yet."""
    weekday = WEEKDAY_CODES[today.weekday()]
    done = done_today(db=db, user=user, today=today)
    return [
        TodayItem(
            key=f"plan:{row.practice}",
            title=BY_SLUG[row.practice].title,
            detail=PM.TODAY_DETAIL.format(minutes=BY_SLUG[row.practice].duration_minutes),
            href=f"/plan/practices/{row.practice}",
            kind="plan",
        )
        for row in list_practices(db=db, user=user)
        if weekday in row.days and row.practice not in done
    ]


def calendar_items(*, db: Session, user: User) -> list[CalendarItem]:
    """A weekly reminder per planned practice, on its days, at its time in the person's zone."""
    zone = user.time_zone
    items = []
    for row in list_practices(db=db, user=user):
        if not row.days:
            continue
        practice = BY_SLUG[row.practice]
        items.append(
            CalendarItem(
                uid=f"plan-practice-{row.id}@reconnect",
                title=practice.title,
                description=practice.summary,
                starts=next_start(row.created_at, row.days, row.at_time, zone),
                duration=dt.timedelta(minutes=practice.duration_minutes),
                rrule=f"FREQ=WEEKLY;BYDAY={','.join(row.days)}",
                href=f"/plan/practices/{row.practice}",
            )
        )
    return items
