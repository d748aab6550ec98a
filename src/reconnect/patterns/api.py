"""REST API for the patterns report and the factor choices (``/api/v1``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from reconnect.core import dates
from reconnect.patterns import factors, service, stats, wording
from reconnect.patterns.schemas import (
    ComparisonOut,
    FactorChoicesOut,
    GroupOut,
    LinkOut,
    PatternOut,
    PatternsOut,
)
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1", tags=["patterns"])
Period = Annotated[Literal["90", "365", "all"], Query()]


def _pattern_out(finding: stats.Finding, tests: int) -> PatternOut:
    described = wording.describe(finding, tests)
    return PatternOut(
        feature=finding.feature,
        outcome=finding.outcome,
        direction=finding.direction,
        n_with=finding.n_with,
        n_without=finding.n_without,
        difference=finding.difference,
        ci_low=finding.ci_low,
        ci_high=finding.ci_high,
        confidence=finding.confidence,
        p_value=finding.p_value,
        q_value=finding.q_value,
        sentence=described.sentence,
        detail=described.detail,
        links=[LinkOut(href=x.href, label=x.label, kind=x.kind) for x in described.links],
    )


def _comparison_out(finding: stats.Finding) -> ComparisonOut:
    return ComparisonOut(
        feature=finding.feature,
        outcome=finding.outcome,
        status=finding.status,
        n_with=finding.n_with,
        n_without=finding.n_without,
    )


@router.get("/patterns", response_model=PatternsOut)
def patterns(db: DbSession, user: ApiUser, period: Period = "365") -> PatternsOut:
    """Which factors go with higher or lower check-ins (goes with, not causes)."""
    report = service.report(db=db, user=user, period=period, today=dates.today())
    return PatternsOut(
        period=report.period,
        checkins=report.checkins,
        entries=report.entries,
        tests=report.tests,
        min_group=stats.MIN_GROUP,
        patterns=[_pattern_out(f, report.tests) for f in report.patterns],
        unclear=[_comparison_out(f) for f in report.unclear],
        not_enough=[_comparison_out(f) for f in report.not_enough],
        when=[
            GroupOut(group=g.feature, n=g.n, pleasantness=g.pleasantness, energy=g.energy)
            for g in report.when
        ],
    )


@router.get("/factors", response_model=FactorChoicesOut)
def factor_choices(db: DbSession, user: ApiUser) -> FactorChoicesOut:
    """The factor choices, the caller's most used first."""
    return FactorChoicesOut(
        sleep_hours=(factors.SLEEP_MIN, factors.SLEEP_MAX),
        choices=service.choice_order(db=db, user=user),
    )
