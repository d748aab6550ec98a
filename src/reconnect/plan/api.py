"""REST API for the plan, practices and logs (``/api/v1/plan``)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from reconnect.core import dates
from reconnect.messages import Plan as PM
from reconnect.plan import catalogue, feed, service
from reconnect.plan.models import PlanPractice, PracticeLog
from reconnect.plan.schemas import (
    FeedOut,
    GoalOut,
    LogCreate,
    LogOut,
    MilestoneOut,
    PlanOut,
    PlanPracticeOut,
    PracticeOut,
    ScheduleWrite,
    StreakOut,
    SuggestionOut,
    TimeZoneOut,
    TimeZoneWrite,
)
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1/plan", tags=["plan"])


def _row_out(row: PlanPractice) -> PlanPracticeOut:
    practice = catalogue.BY_SLUG[row.practice]
    return PlanPracticeOut(
        practice=row.practice,
        title=practice.title,
        strategy=practice.strategy,
        days=row.days,
        at_time=row.at_time,
        reason=PM.REASONS.get(row.reason or ""),
    )


def _log_out(log: PracticeLog) -> LogOut:
    return LogOut(
        id=log.id,
        practice=log.practice,
        strategy=log.strategy,
        done_on=log.done_on,
        rating=log.rating,
        note=log.note,
        answers=service.answers_of(log),
        safety_level=log.safety_level,
        created_at=log.created_at,
    )


@router.get("", response_model=PlanOut)
def get_plan(db: DbSession, user: ApiUser) -> PlanOut:
    """The caller's plan, suggestions, this week's goals, streak and milestones."""
    today = dates.today(user.time_zone)
    streak = service.current_streak(db=db, user=user, today=today)
    return PlanOut(
        practices=[_row_out(row) for row in service.list_practices(db=db, user=user)],
        suggestions=[
            SuggestionOut(practice=s.practice, reason=PM.REASONS[s.reason])
            for s in service.suggestions(db=db, user=user)
        ],
        goals=[
            GoalOut(practice=g.practice.slug, target=g.target, done=g.done, met=g.met)
            for g in service.weekly_goals(db=db, user=user, today=today)
        ],
        streak=StreakOut(days=streak.days, best=streak.best),
        milestones=[
            MilestoneOut(reached_on=m.reached_on, title=m.title, message=m.message)
            for m in service.milestones(db=db, user=user)
        ],
    )


@router.post("/generate", response_model=list[PlanPracticeOut], status_code=201)
def generate(db: DbSession, user: ApiUser) -> list[PlanPracticeOut]:
    """Add every current suggestion to the caller's plan; returns what was added."""
    return [_row_out(row) for row in service.generate_plan(db=db, user=user)]


@router.get("/practices", response_model=list[PracticeOut])
def list_catalogue() -> list[PracticeOut]:
    """Every practice, grouped by strategy in reading order."""
    return [
        PracticeOut(
            slug=p.slug,
            strategy=p.strategy,
            title=p.title,
            summary=p.summary,
            steps=list(p.steps),
            duration_minutes=p.duration_minutes,
            days_per_week=p.days_per_week,
            learn_url=f"/learn/{catalogue.STRATEGY_BY_SLUG[p.strategy].learn}",
        )
        for p in catalogue.PRACTICES
    ]


@router.put("/practices/{slug}", response_model=PlanPracticeOut)
def put_practice(db: DbSession, user: ApiUser, slug: str, body: ScheduleWrite) -> PlanPracticeOut:
    """Add a practice to the caller's plan, or change its days and time."""
    row = service.add_practice(db=db, user=user, slug=slug, days=body.days, at_time=body.at_time)
    return _row_out(row)


@router.delete("/practices/{slug}", status_code=204)
def delete_practice(db: DbSession, user: ApiUser, slug: str) -> Response:
    """Take a practice out of the caller's plan (logs are kept)."""
    service.remove_practice(db=db, user=user, slug=slug)
    return Response(status_code=204)


@router.get("/logs", response_model=list[LogOut])
def list_logs(db: DbSession, user: ApiUser, practice: str | None = None) -> list[LogOut]:
    """The caller's most recent practice logs (up to 100), newest first."""
    return [_log_out(log) for log in service.list_logs(db=db, user=user, slug=practice, limit=100)]


@router.post("/logs", response_model=LogOut, status_code=201)
def create_log(db: DbSession, user: ApiUser, body: LogCreate) -> LogOut:
    """Log a practice done, with an optional rating, note and written answers."""
    log = service.log_practice(
        db=db,
        user=user,
        slug=body.practice,
        rating=body.rating,
        note=body.note,
        answers=body.answers,
        done_on=body.done_on,
    )
    return _log_out(log)


@router.get("/logs/{log_id}", response_model=LogOut)
def get_log(db: DbSession, user: ApiUser, log_id: int) -> LogOut:
    """One of the caller's practice logs."""
    return _log_out(service.get_log_for_user(db=db, user=user, log_id=log_id))


@router.delete("/logs/{log_id}", status_code=204)
def delete_log(db: DbSession, user: ApiUser, log_id: int) -> Response:
    """Delete one of the caller's practice logs."""
    service.delete_log(db=db, user=user, log_id=log_id)
    return Response(status_code=204)


@router.post("/feed", response_model=FeedOut, status_code=201)
def create_feed(request: Request, db: DbSession, user: ApiUser) -> FeedOut:
    """A new secret calendar feed address; any earlier one stops working."""
    token = feed.create_token(db=db, user=user)
    return FeedOut(url=str(request.base_url).rstrip("/") + f"/plan/feed/{token}.ics")


@router.delete("/feed", status_code=204)
def revoke_feed(db: DbSession, user: ApiUser) -> Response:
    """Turn the caller's calendar feed off."""
    feed.revoke_token(db=db, user=user)
    return Response(status_code=204)


@router.put("/time-zone", response_model=TimeZoneOut)
def put_time_zone(db: DbSession, user: ApiUser, body: TimeZoneWrite) -> TimeZoneOut:
    """Set the time zone that reminder times in the calendar feed are read in."""
    feed.set_time_zone(db=db, user=user, time_zone=body.time_zone)
    return TimeZoneOut(time_zone=user.time_zone)
