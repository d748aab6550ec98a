"""REST API for insights (``/api/v1/insights``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query

from reconnect.core import dates
from reconnect.insights import sections, service
from reconnect.insights.schemas import (
    ActivityOut,
    CountOut,
    InsightsOut,
    MarkersOut,
    MilestoneOut,
    MoodOut,
    PeriodOut,
    PracticeCountOut,
    QuestionnaireOut,
    ScoreOut,
    StreaksOut,
)
from reconnect.messages import Insights as M
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1", tags=["insights"])
RangeName = Annotated[str, Query(alias="range", max_length=20, description=M.API_RANGE_HELP)]


@router.get("/insights", response_model=InsightsOut)
def insights(db: DbSession, user: ApiUser, range_name: RangeName = "month") -> InsightsOut:
    """The caller's dashboard series for a range: month, quarter, year or all."""
    today = dates.today(user.time_zone)
    period = service.period_named(db=db, user=user, name=range_name, today=today)
    board = service.build_dashboard(db=db, user=user, period=period, today=today)
    return InsightsOut(
        period=PeriodOut(
            name=period.name, start=period.start, end=period.end, bucket=period.bucket
        ),
        activity=ActivityOut(**asdict(board.activity)),
        streaks=StreaksOut(**asdict(board.streaks)),
        mood=[MoodOut(**asdict(p)) for p in board.mood_points],
        chosen_words=[CountOut(label=w, count=n) for w, n in board.chosen_words],
        detected_emotions=[CountOut(label=w, count=n) for w, n in board.detected_emotions],
        markers=[
            MarkersOut(
                day=day,
                samples=m.samples,
                emotion_variety=m.emotion_variety,
                emodiversity=m.emodiversity,
                no_emotion_share=m.no_emotion_share,
                absolutist_per_100_words=m.absolutist_per_100_words,
                we_share=m.we_share,
            )
            for day, m in board.markers
        ],
        questionnaires=[
            QuestionnaireOut(
                instrument=s.history.instrument,
                title=s.history.title,
                max_total=s.history.max_total,
                reflective=s.history.reflective,
                results=[
                    ScoreOut(
                        taken_at=p.taken_at, total=p.total, band=p.band, at_referral=p.at_referral
                    )
                    for p in s.history.points
                    if period.contains(dates.local_date(p.taken_at, user.time_zone))
                ],
            )
            for s in board.scores
        ],
        practices=[
            PracticeCountOut(day=day, count=n)
            for day, n in sections.practice_days(board.practices, period)
        ],
        milestones=[MilestoneOut(**asdict(m)) for m in board.milestones],
    )
