"""API shapes for the plan, practices, logs and progress."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from reconnect.plan.service import MAX_NOTE


class PracticeOut(BaseModel):
    """A practice from the catalogue."""

    slug: str
    strategy: str
    title: str
    summary: str
    steps: list[str]
    duration_minutes: int
    days_per_week: int
    learn_url: str


class PlanPracticeOut(BaseModel):
    """A practice in the caller's plan, with its schedule and why it is there."""

    practice: str
    title: str
    strategy: str
    days: list[str]
    at_time: str
    reason: str | None = Field(description="Why it was suggested, or null if added by hand")


class ScheduleWrite(BaseModel):
    """Add a practice to the plan, or change when it is done."""

    model_config = ConfigDict(extra="forbid")

    days: list[str] | None = Field(default=None, max_length=7, description="e.g. ['MO','TH']")
    at_time: str | None = Field(default=None, max_length=5, description="HH:MM")


class SuggestionOut(BaseModel):
    """A suggested practice and the reason shown for it."""

    practice: str
    reason: str


class GoalOut(BaseModel):
    """This week's goal for one practice."""

    practice: str
    target: int
    done: int
    met: bool


class StreakOut(BaseModel):
    """Practice days in a row (one missed day forgiven) and the best run."""

    days: int
    best: int


class MilestoneOut(BaseModel):
    """Something reached and worth celebrating."""

    reached_on: dt.date
    title: str
    message: str


class PlanOut(BaseModel):
    """The caller's plan with this week's goals and progress."""

    practices: list[PlanPracticeOut]
    suggestions: list[SuggestionOut]
    goals: list[GoalOut]
    streak: StreakOut
    milestones: list[MilestoneOut]


class LogCreate(BaseModel):
    """A practice done."""

    model_config = ConfigDict(extra="forbid")

    practice: str = Field(max_length=60)
    rating: int | None = Field(default=None, ge=1, le=5, strict=True)
    note: str | None = Field(default=None, max_length=MAX_NOTE)
    answers: dict[str, str] = Field(default_factory=dict, max_length=10)
    done_on: dt.date | None = None


class LogOut(BaseModel):
    """A stored practice log."""

    id: int
    practice: str
    strategy: str
    done_on: dt.date
    rating: int | None
    note: str | None
    answers: dict[str, str]
    safety_level: str | None
    created_at: dt.datetime


class FeedOut(BaseModel):
    """A new calendar feed address (shown once; only its hash is stored)."""

    url: str


class TimeZoneWrite(BaseModel):
    """The time zone reminder times are read in."""

    model_config = ConfigDict(extra="forbid")

    time_zone: str = Field(max_length=64, description="An IANA name such as Europe/London")


class TimeZoneOut(BaseModel):
    """The caller's reminder time zone."""

    time_zone: str
