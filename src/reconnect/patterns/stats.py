"""Which factors go with higher or lower check-ins: tests, intervals and a false-discovery guard.

Pure: observations in, findings out; no database, no web. For every factor (and weekday and
time of day) that has enough check-ins both with and without it, each outcome is compared
between the two groups:

- pleasantness and energy (ordinal, -4 to 4): Mann-Whitney U test; the size of the
  difference is the difference in means with Welch's t interval;
- "no emotion detected" (yes/no per text): the same rank test (on yes/no values, the
  large-sample test of two shares), or Fisher's exact test where a table has an expected
  count under 5; the size is the difference in shares with Newcombe's interval built from
  two Wilson intervals.

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
    categories: dict[str, list[int]]  # category -> its feature columns
    recorded: dict[str, NDArray[np.bool_]]  # category -> observations where it was answered
    outcomes: dict[str, NDArray[np.float64]]  # NaN where there is no value


def _table(observations: Sequence[Observation]) -> _Table:
    features = sorted({f for o in observations for f in o.features})
    column = {f: i for i, f in enumerate(features)}
    categories: dict[str, list[int]] = {}
    for i, feature in enumerate(features):
        categories.setdefault(category(feature), []).append(i)
    cat_column = {c: i for i, c in enumerate(categories)}
    n = len(observations)
    has = np.zeros((n, len(features)), dtype=bool)
    answered = np.zeros((n, len(categories)), dtype=bool)
    feature_cat = {f: cat_column[category(f)] for f in features}
    for row, obs in enumerate(observations):
        for feature in obs.features:
            has[row, column[feature]] = True
            answered[row, feature_cat[feature]] = True
        for cat in obs.recorded:
            if cat in cat_column:
                answered[row, cat_column[cat]] = True
    nan = float("nan")
    outcomes = {
        "pleasantness": [nan if o.pleasantness is None else o.pleasantness for o in observations],
        "energy": [nan if o.energy is None else o.energy for o in observations],
        "no_emotion": [nan if o.no_emotion is None else float(o.no_emotion) for o in observations],
    }
    return _Table(
        features,
        has,
        categories,
        {cat: answered[:, i] for cat, i in cat_column.items()},
        {name: np.asarray(values, dtype=float) for name, values in outcomes.items()},
    )


@dataclass
class _Pair:
    feature: str
    outcome: str
    y: NDArray[np.float64]  # the outcome where the feature's question was answered
    with_feature: NDArray[np.bool_]
    p_value: float = 1.0

    @property
    def a(self) -> NDArray[np.float64]:
        return self.y[self.with_feature]

    @property
    def b(self) -> NDArray[np.float64]:
        return self.y[~self.with_feature]


def warm() -> None:
    """Import SciPy's statistics now (about half a second), not on the first report."""
    from scipy import special, stats  # noqa: F401


def analyse(
    observations: Sequence[Observation], *, min_group: int = MIN_GROUP, fdr: float = FDR
) -> list[Finding]:
    """Every factor against every outcome; patterns first, strongest evidence first."""
    from scipy import stats  # SciPy takes about a second to import; only this report pays

    table = _table(observations)
    tested: list[_Pair] = []
    findings: list[Finding] = []
    for outcome, values in table.outcomes.items():
        present = ~np.isnan(values)
        for cat, columns in table.categories.items():
            usable = table.recorded[cat] & present
            y, groups = values[usable], table.has[usable][:, columns]
            p_values = _p_values(stats, outcome, y, groups)
            sizes = groups.sum(axis=0)
            for j, col in enumerate(columns):
                n_with, n_without = int(sizes[j]), len(y) - int(sizes[j])
                if n_with == 0:
                    continue
                feature = table.features[col]
                if n_with < min_group or n_without < min_group:
                    findings.append(Finding(feature, outcome, n_with, n_without, "not_enough"))
                    continue
                tested.append(_Pair(feature, outcome, y, groups[:, j], float(p_values[j])))
    if tested:
        q_values = stats.false_discovery_control([t.p_value for t in tested], method="bh")
        claimed = int(np.sum(q_values <= fdr))
        level = 1 - max(claimed, 1) * fdr / len(tested)
        for pair, q in zip(tested, q_values, strict=True):
            findings.append(_finding(stats, pair, float(q), fdr, level))
    order = {"pattern": 0, "unclear": 1, "not_enough": 2}
    return sorted(findings, key=lambda f: (order[f.status], f.q_value or 1.0, f.feature))


def _p_values(
    stats: Any, outcome: str, y: NDArray[np.float64], groups: NDArray[np.bool_]
) -> NDArray[np.float64]:
    """Two-sided p-values for every feature column of one category at once."""
    if len(y) < 2 or groups.shape[1] == 0:
        return np.ones(groups.shape[1])
    p = _mann_whitney(stats, y, groups)
    if outcome not in NUMERIC:
        # On yes/no values the rank test is the large-sample test of two shares; where a
        # table has an expected count under 5 (Cochran's rule) Fisher's exact test is used.
        sparse = _sparse_columns(y, groups)
        if sparse.any():
            p[sparse] = _fisher(stats, y, groups[:, sparse])
    return p


def _mann_whitney(
    stats: Any, y: NDArray[np.float64], groups: NDArray[np.bool_]
) -> NDArray[np.float64]:
    from scipy import special

    # The pooled ranks and tie term are shared by a category's features, so this is the
    # asymptotic method of scipy.stats.mannwhitneyu (tie and continuity corrections
    # included; a test checks they agree) in one matrix product instead of a call per factor.
    n = len(y)
    n1 = groups.sum(axis=0).astype(float)
    n2 = n - n1
    _, ties = np.unique(y, return_counts=True)
    tie_term = float(np.sum(ties.astype(float) ** 3 - ties))
    u1 = stats.rankdata(y) @ groups - n1 * (n1 + 1) / 2
    u = np.maximum(u1, n1 * n2 - u1)
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.sqrt(n1 * n2 / 12 * ((n + 1) - tie_term / (n * (n - 1))))
        p = np.clip(2 * special.ndtr(-(u - n1 * n2 / 2 - 0.5) / spread), 0.0, 1.0)
    return np.asarray(np.where(np.isnan(p), 1.0, p), dtype=float)


def _sparse_columns(y: NDArray[np.float64], groups: NDArray[np.bool_]) -> NDArray[np.bool_]:
    n, yes = len(y), float(y.sum())
    n1 = groups.sum(axis=0).astype(float)
    smallest_expected = np.minimum(n1, n - n1) * min(yes, n - yes) / n
    return np.asarray(smallest_expected < 5, dtype=bool)


def _fisher(stats: Any, y: NDArray[np.float64], groups: NDArray[np.bool_]) -> NDArray[np.float64]:
    # Fisher's exact test from SciPy's hypergeometric distribution for all columns at once:
    # the p-value sums the probabilities of every table no more likely than the one seen
    # (with scipy.stats.fisher_exact's relative tolerance; a test checks they agree).
    n, yes = len(y), int(y.sum())
    n1 = groups.sum(axis=0)
    hits = (y @ groups).round()
    low = np.maximum(0, n1 - (n - yes))
    width = int(np.max(np.minimum(n1, yes) - low)) + 1
    tables = stats.hypergeom.pmf(low[:, None] + np.arange(width)[None, :], n, yes, n1[:, None])
    seen = stats.hypergeom.pmf(hits, n, yes, n1)
    p = np.sum(np.where(tables <= seen[:, None] * (1 + 1e-7), tables, 0.0), axis=1)
    return np.asarray(np.clip(p, 0.0, 1.0), dtype=float)


def _finding(stats: Any, pair: _Pair, q: float, fdr: float, level: float) -> Finding:
    n_with = int(pair.with_feature.sum())
    n_without = len(pair.y) - n_with
    if q > fdr:
        return Finding(
            pair.feature, pair.outcome, n_with, n_without, "unclear", None, pair.p_value, q
        )
    a, b = pair.a, pair.b
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
