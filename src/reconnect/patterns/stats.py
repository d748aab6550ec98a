"""Which factors go with higher or lower check-ins: tests, intervals and a false-discovery guard.

Pure: observations in, findings out; no database, no web. For every factor (and weekday and
time of day) that has enough check-ins both with and without it, each outcome is compared
between the two groups:

- pleasantness and energy (ordinal, -4 to 4): Mann-Whitney U test; the size of the
  difference is the difference in means with Welch's t interval;
- "no emotion detected" (yes/no per text): Fisher's exact test; the size is the difference in
  shares with Newcombe's interval built from two Wilson intervals.

All p-values of one report are adjusted together with Benjamini-Hochberg, and only those
under the false discovery rate are called patterns. Their intervals are widened to the
false-coverage-rate level of Benjamini and Yekutieli (2005), 1 - R*q/m, so an interval
stays honest after being picked out of many. Nothing here claims a cause.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

MIN_GROUP = 10  # check-ins needed both with and without a factor before it is tested
FDR = 0.05  # the share of false patterns tolerated among those shown
NUMERIC = ("pleasantness", "energy")
OUTCOMES = (*NUMERIC, "no_emotion")
Status = Literal["pattern", "unclear", "not_enough"]


@dataclass(frozen=True)
class Observation:
    """One check-in or entry: the factors present, which were recorded, and the outcomes."""

    features: frozenset[str]
    recorded: frozenset[str]
    pleasantness: int | None = None
    energy: int | None = None
    no_emotion: bool | None = None


@dataclass(frozen=True)
class Finding:
    """One factor against one outcome: how many points, and what, if anything, stands out."""

    feature: str
    outcome: str
    n_with: int
    n_without: int
    status: Status
    direction: Literal["higher", "lower"] | None = None
    p_value: float | None = None
    q_value: float | None = None
    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    confidence: float | None = None
    typical_without: float | None = None
    typical_with: float | None = None
    beyond_typical: int | None = None


@dataclass(frozen=True)
class GroupMean:
    """How many check-ins fall in a group (a weekday, a time of day) and their averages."""

    feature: str
    n: int
    pleasantness: float | None
    energy: float | None


def category(feature: str) -> str:
    """The category a feature belongs to: 'people' for 'people:partner'."""
    return feature.split(":", 1)[0]


@dataclass
class _Table:
    features: list[str]
    has: NDArray[np.bool_]  # observations x features
    recorded: NDArray[np.bool_]  # observations x features: the feature's category was recorded
    outcomes: dict[str, NDArray[np.float64]]  # NaN where there is no value


def _table(observations: Sequence[Observation]) -> _Table:
    features = sorted({f for o in observations for f in o.features})
    column = {f: i for i, f in enumerate(features)}
    categories = sorted({category(f) for f in features})
    cat_column = {c: i for i, c in enumerate(categories)}
    n = len(observations)
    has = np.zeros((n, len(features)), dtype=bool)
    cat_recorded = np.zeros((n, len(categories)), dtype=bool)
    for row, obs in enumerate(observations):
        for feature in obs.features:
            has[row, column[feature]] = True
        for cat in obs.recorded:
            if cat in cat_column:
                cat_recorded[row, cat_column[cat]] = True
    feature_cat = [cat_column[category(f)] for f in features]
    recorded = cat_recorded[:, feature_cat] | has
    nan = float("nan")
    outcomes = {
        "pleasantness": [nan if o.pleasantness is None else o.pleasantness for o in observations],
        "energy": [nan if o.energy is None else o.energy for o in observations],
        "no_emotion": [nan if o.no_emotion is None else float(o.no_emotion) for o in observations],
    }
    arrays = {name: np.asarray(values, dtype=float) for name, values in outcomes.items()}
    return _Table(features, has, recorded, arrays)


@dataclass
class _Pair:
    feature: str
    outcome: str
    a: NDArray[np.float64]
    b: NDArray[np.float64]
    p_value: float = 1.0


def analyse(
    observations: Sequence[Observation], *, min_group: int = MIN_GROUP, fdr: float = FDR
) -> list[Finding]:
    """Every factor against every outcome; patterns first, strongest evidence first."""
    from scipy import stats  # SciPy takes about a second to import; only this report pays

    table = _table(observations)
    tested: list[_Pair] = []
    findings: list[Finding] = []
    for col, feature in enumerate(table.features):
        for outcome, values in table.outcomes.items():
            usable = table.recorded[:, col] & ~np.isnan(values)
            a, b = values[usable & table.has[:, col]], values[usable & ~table.has[:, col]]
            if len(a) == 0:
                continue
            if len(a) < min_group or len(b) < min_group:
                findings.append(Finding(feature, outcome, len(a), len(b), "not_enough"))
                continue
            tested.append(_Pair(feature, outcome, a, b, _p_value(stats, outcome, a, b)))
    if tested:
        q_values = stats.false_discovery_control([t.p_value for t in tested], method="bh")
        claimed = int(np.sum(q_values <= fdr))
        level = 1 - max(claimed, 1) * fdr / len(tested)
        for pair, q in zip(tested, q_values, strict=True):
            findings.append(_finding(stats, pair, float(q), fdr, level))
    order = {"pattern": 0, "unclear": 1, "not_enough": 2}
    return sorted(findings, key=lambda f: (order[f.status], f.q_value or 1.0, f.feature))


def _p_value(stats: Any, outcome: str, a: NDArray[np.float64], b: NDArray[np.float64]) -> float:
    if outcome in NUMERIC:
        p = stats.mannwhitneyu(a, b, alternative="two-sided").pvalue
    else:
        table = [[a.sum(), len(a) - a.sum()], [b.sum(), len(b) - b.sum()]]
        p = stats.fisher_exact(table).pvalue
    return 1.0 if math.isnan(p) else float(p)


def _finding(stats: Any, pair: _Pair, q: float, fdr: float, level: float) -> Finding:
    a, b = pair.a, pair.b
    n_with, n_without = len(a), len(b)
    if q > fdr:
        return Finding(
            pair.feature, pair.outcome, n_with, n_without, "unclear", None, pair.p_value, q
        )
    if pair.outcome in NUMERIC:
        low, high = _mean_difference_ci(stats, a, b, level)
        typical = float(np.median(b))
        direction: Literal["higher", "lower"] = "higher" if a.mean() > b.mean() else "lower"
        beyond = int(np.sum(a > typical) if direction == "higher" else np.sum(a < typical))
        typical_with = float(np.median(a))
    else:
        low, high = _share_difference_ci(stats, a, b, level)
        typical, typical_with = float(b.mean()), float(a.mean())
        direction = "higher" if typical_with > typical else "lower"
        beyond = int(a.sum())
    return Finding(
        feature=pair.feature,
        outcome=pair.outcome,
        n_with=n_with,
        n_without=n_without,
        status="pattern",
        direction=direction,
        p_value=pair.p_value,
        q_value=q,
        difference=float(a.mean() - b.mean()),
        ci_low=low,
        ci_high=high,
        confidence=level,
        typical_without=typical,
        typical_with=typical_with,
        beyond_typical=beyond,
    )


def _mean_difference_ci(
    stats: Any, a: NDArray[np.float64], b: NDArray[np.float64], level: float
) -> tuple[float, float]:
    difference = float(a.mean() - b.mean())
    if a.std() == 0 and b.std() == 0:  # no spread at all: the interval collapses to the point
        return difference, difference
    interval = stats.ttest_ind(a, b, equal_var=False).confidence_interval(confidence_level=level)
    return float(interval.low), float(interval.high)


def _share_difference_ci(
    stats: Any, a: NDArray[np.float64], b: NDArray[np.float64], level: float
) -> tuple[float, float]:
    # Newcombe (1998), method 10: combine the two Wilson score intervals.
    p1, p2 = float(a.mean()), float(b.mean())
    ci1 = stats.binomtest(int(a.sum()), len(a)).proportion_ci(level, method="wilson")
    ci2 = stats.binomtest(int(b.sum()), len(b)).proportion_ci(level, method="wilson")
    below = math.sqrt((p1 - ci1.low) ** 2 + (ci2.high - p2) ** 2)
    above = math.sqrt((ci1.high - p1) ** 2 + (p2 - ci2.low) ** 2)
    return p1 - p2 - below, p1 - p2 + above


def group_means(observations: Sequence[Observation], prefix: str) -> list[GroupMean]:
    """Check-in counts and averages per feature of one category (weekday, time of day)."""
    sums: dict[str, list[float]] = {}
    for obs in observations:
        if obs.pleasantness is None or obs.energy is None:
            continue
        for feature in obs.features:
            if category(feature) == prefix:
                total = sums.setdefault(feature, [0, 0.0, 0.0])
                total[0] += 1
                total[1] += obs.pleasantness
                total[2] += obs.energy
    return [GroupMean(feature, int(n), p / n, e / n) for feature, (n, p, e) in sorted(sums.items())]
