"""API shapes for factors and the patterns report."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from reconnect.patterns import factors, stats, wording
from reconnect.patterns.factors import Factors
from reconnect.patterns.service import Report

MAX_TAGS = 10


class FactorsIn(BaseModel):
    """What was going on around an entry; every part optional. Choices: GET /api/v1/factors."""

    model_config = ConfigDict(extra="forbid")

    sleep_hours: float | None = Field(
        default=None,
        ge=factors.SLEEP_MIN,
        le=factors.SLEEP_MAX,
        strict=True,  # a number: ``true`` or "7" is refused, not read as 1 or 7
        description="Hours slept, 0-24",
    )
    sleep_quality: str | None = Field(default=None, max_length=8, description="poor, okay, good")
    movement: str | None = Field(default=None, max_length=8, description="none, light, active")
    people: list[str] = Field(default_factory=list, max_length=len(factors.PEOPLE))
    places: list[str] = Field(default_factory=list, max_length=len(factors.PLACES))
    activities: list[str] = Field(default_factory=list, max_length=len(factors.ACTIVITIES))


class CheckInFactorsIn(FactorsIn):
    """What was going on around a check-in, with the person's own tags."""

    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)


class FactorsOut(BaseModel):
    """The factors stored with a check-in or entry (tags: check-ins only)."""

    sleep_hours: float | None
    sleep_quality: str | None
    movement: str | None
    people: list[str]
    places: list[str]
    activities: list[str]
    tags: list[str]

    @classmethod
    def of(cls, chosen: Factors) -> FactorsOut:
        """The API shape of stored factors."""
        return cls(
            sleep_hours=chosen.sleep_hours,
            sleep_quality=chosen.sleep_quality,
            movement=chosen.movement,
            people=list(chosen.people),
            places=list(chosen.places),
            activities=list(chosen.activities),
            tags=list(chosen.tags),
        )


class FactorChoicesOut(BaseModel):
    """The allowed values of each factor, the caller's most used first."""

    sleep_hours: tuple[float, float]
    choices: dict[str, list[str]]


class LinkOut(BaseModel):
    """A learn topic or plan practice."""

    href: str
    label: str
    kind: str


class PatternOut(BaseModel):
    """A factor that goes with a difference, with its size and uncertainty."""

    feature: str
    outcome: str
    direction: Literal["higher", "lower"] | None
    n_with: int
    n_without: int
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    confidence: float | None
    p_value: float | None
    q_value: float | None
    sentence: str
    detail: str
    links: list[LinkOut]


class ComparisonOut(BaseModel):
    """A factor looked at (status 'unclear') or waiting for more check-ins ('not_enough')."""

    feature: str
    outcome: str
    status: str
    n_with: int
    n_without: int


class GroupOut(BaseModel):
    """Check-ins and averages for a weekday or time of day."""

    group: str
    n: int
    pleasantness: float | None
    energy: float | None


class PatternsOut(BaseModel):
    """The patterns report."""

    period: str
    checkins: int
    entries: int
    tests: int
    min_group: int
    patterns: list[PatternOut]
    unclear: list[ComparisonOut]
    not_enough: list[ComparisonOut]
    when: list[GroupOut]


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


def report_out(report: Report) -> PatternsOut:
    """The API (and ``reconnect patterns --json``) shape of a report."""
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
