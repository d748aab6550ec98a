"""API shapes for the insights series."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel


class PeriodOut(BaseModel):
    """The days covered and how they are grouped (day, week or month)."""

    name: str
    start: dt.date
    end: dt.date
    bucket: str


class ActivityOut(BaseModel):
    """How much was recorded in the period."""

    checkins: int
    checkin_days: int
    entries: int
    words_written: int


class StreaksOut(BaseModel):
    """Current streaks; null where the source has nothing (yet)."""

    checkin_days: int
    practice_days: int | None
    practice_best: int | None
    together_checkins: int | None


class MoodOut(BaseModel):
    """Average pleasantness and energy (-4 to 4) of one bucket's check-ins."""

    day: dt.date
    pleasantness: float
    energy: float
    checkins: int


class CountOut(BaseModel):
    """How often a feeling was named or noticed."""

    label: str
    count: int


class MarkersOut(BaseModel):
    """One bucket's markers (see docs/analysis.md); null where there is too little to say."""

    day: dt.date
    samples: int
    emotion_variety: int
    emodiversity: float | None
    no_emotion_share: float | None
    absolutist_per_100_words: float | None
    we_share: float | None


class ScoreOut(BaseModel):
    """One questionnaire result."""

    taken_at: dt.datetime
    total: float
    band: str
    at_referral: bool


class QuestionnaireOut(BaseModel):
    """A questionnaire's results in the period."""

    instrument: str
    title: str
    max_total: float
    reflective: bool
    results: list[ScoreOut]


class PracticeCountOut(BaseModel):
    """Practices logged in one bucket."""

    day: dt.date
    count: int


class MilestoneOut(BaseModel):
    """A milestone reached in the period."""

    reached_on: dt.date
    title: str
    message: str


class InsightsOut(BaseModel):
    """Every series of the dashboard for one period."""

    period: PeriodOut
    activity: ActivityOut
    streaks: StreaksOut
    mood: list[MoodOut]
    chosen_words: list[CountOut]
    detected_emotions: list[CountOut]
    markers: list[MarkersOut]
    questionnaires: list[QuestionnaireOut]
    practices: list[PracticeCountOut]
    milestones: list[MilestoneOut]
