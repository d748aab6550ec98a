"""Findings in plain words, the same on the page, in the API and in the terminal."""

from __future__ import annotations

from dataclasses import dataclass

from reconnect.messages import Patterns as PM
from reconnect.patterns import factors
from reconnect.patterns.stats import Finding


@dataclass(frozen=True)
class Link:
    """A learn topic or plan practice to explore a pattern with."""

    href: str
    label: str
    kind: str


@dataclass(frozen=True)
class Described:
    """A finding as sentences a person can read."""

    sentence: str
    detail: str
    evidence: str
    links: list[Link]


def context(feature: str) -> str:
    """'With your partner' for 'people:partner'."""
    kind, _, value = feature.partition(":")
    if kind == "tag":
        return PM.CONTEXT_TAG.format(tag=value)
    return PM.CONTEXT.get(feature, feature)


def signed(value: float) -> str:
    """+1.2, -0.8, or 0.0 (never -0.0)."""
    text = f"{value:+.1f}"
    return "0.0" if text in {"+0.0", "-0.0"} else text


def _share(value: float) -> str:
    return f"{round(value * 100)}%"


def _p(value: float | None) -> str:
    return "< 0.001" if value is not None and value < 0.001 else f"= {value or 0:.3f}"


def links(finding: Finding) -> list[Link]:
    """Where to read or practise more about this kind of pattern."""
    return [
        Link(
            href=f"/{path}",
            label=PM.LINKS[path],
            kind=PM.LEARN_KIND if path.startswith("learn/") else PM.PRACTICE_KIND,
        )
        for path in factors.links_for(finding.feature, finding.outcome)
    ]


def describe(finding: Finding, tests: int) -> Described:
    """Plain sentences for a finding with status 'pattern'."""
    assert finding.status == "pattern" and finding.direction is not None
    assert finding.ci_low is not None and finding.ci_high is not None
    assert finding.confidence is not None and finding.typical_without is not None
    confidence = f"{finding.confidence * 100:.1f}".rstrip("0").rstrip(".")
    if finding.outcome == "no_emotion":
        sentence = PM.FLAT_SENTENCE[finding.direction].format(
            context=context(finding.feature),
            k=finding.beyond_typical,
            n=finding.n_with,
            share=_share(finding.typical_with or 0.0),
            others_share=_share(finding.typical_without),
        )
        detail = PM.FLAT_DETAIL.format(
            others=finding.n_without,
            low=signed(finding.ci_low * 100),
            high=signed(finding.ci_high * 100),
            confidence=confidence,
        )
    else:
        sentence = PM.NUMERIC_SENTENCE[(finding.outcome, finding.direction)].format(
            context=context(finding.feature), k=finding.beyond_typical, n=finding.n_with
        )
        detail = PM.NUMERIC_DETAIL.format(
            difference=signed(finding.difference or 0.0),
            others=finding.n_without,
            typical=f"{finding.typical_without:g}",
            low=signed(finding.ci_low),
            high=signed(finding.ci_high),
            confidence=confidence,
        )
    evidence = PM.EVIDENCE.format(p=_p(finding.p_value), tests=tests, q=_p(finding.q_value))
    return Described(sentence, detail, evidence, links(finding))
