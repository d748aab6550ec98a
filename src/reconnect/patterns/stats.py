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
from dataclasses import dataclass, field
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


# The values each outcome takes: the tests need only how many observations had each.
LOWEST: dict[str, int] = {"pleasantness": -4, "energy": -4, "no_emotion": 0}
BINS: dict[str, int] = {"pleasantness": 9, "energy": 9, "no_emotion": 2}
Counts = dict[str, dict[str, list[int]]]  # outcome -> category or feature -> count per value


@dataclass
class Summary:
    """Everything the tests read from a set of observations, as counts that add up.

    Per outcome: for each category, how many observations that answered it had each value
    of the outcome; for each feature, how many of those that had the feature. Every test
    here (rank tests, exact tests, intervals, medians) follows from these, so the patterns
    of years are summed from stored months (``reconnect.patterns.service``) without
    reading every row.
    """

    answered: Counts = field(default_factory=dict)
    having: Counts = field(default_factory=dict)

    def add(self, other: Summary) -> None:
        """Add another set of observations' counts to these."""
        for mine, theirs in ((self.answered, other.answered), (self.having, other.having)):
            for outcome, groups in theirs.items():
                into = mine.setdefault(outcome, {})
                for name, counts in groups.items():
                    old = into.get(name)
                    into[name] = (
                        [a + b for a, b in zip(old, counts, strict=True)] if old else list(counts)
                    )

    def minus(self, other: Summary) -> Summary:
        """These counts less another set's that they include (a range's from a running
        total); names left with no observation are dropped, as if never seen."""
        result = Summary()
        for mine, theirs, into in (
            (self.answered, other.answered, result.answered),
            (self.having, other.having, result.having),
        ):
            for outcome, groups in mine.items():
                less = theirs.get(outcome, {})
                for name, counts in groups.items():
                    left = [
                        a - b
                        for a, b in zip(counts, less.get(name, [0] * len(counts)), strict=True)
                    ]
                    if any(left):
                        into.setdefault(outcome, {})[name] = left
        return result

    def to_json(self) -> dict[str, Any]:
        """Plain lists and dicts, for storing."""
        return {"answered": self.answered, "having": self.having}

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Summary:
        """A summary from ``to_json``'s output."""
        return cls(
            answered={o: {k: list(v) for k, v in g.items()} for o, g in doc["answered"].items()},
            having={o: {k: list(v) for k, v in g.items()} for o, g in doc["having"].items()},
        )


def _value(obs: Observation, outcome: str) -> int | None:
    value = getattr(obs, outcome)
    return None if value is None else int(value) - LOWEST[outcome]


def summarize(observations: Sequence[Observation]) -> Summary:
    """The counts the tests need from these observations."""
    summary = Summary()
    for obs in observations:
        answered = obs.recorded | {category(f) for f in obs.features}
        for outcome in OUTCOMES:
            index = _value(obs, outcome)
            if index is None:
                continue
            for groups, names in (
                (summary.answered.setdefault(outcome, {}), answered),
                (summary.having.setdefault(outcome, {}), obs.features),
            ):
                for name in names:
                    counts = groups.get(name)
                    if counts is None:
                        counts = groups[name] = [0] * BINS[outcome]
                    counts[index] += 1
    return summary


@dataclass(frozen=True)
class _Split:
    """One feature against one outcome: the counts per value with and without it."""

    feature: str
    outcome: str
    with_: NDArray[np.float64]
    without: NDArray[np.float64]
    p_value: float = 1.0

    @property
    def values(self) -> NDArray[np.float64]:
        return np.arange(len(self.with_), dtype=float) + LOWEST[self.outcome]


def _categories(summary: Summary) -> dict[str, list[str]]:
    """Each category's features, categories in order of their first feature."""
    features = sorted({f for groups in summary.having.values() for f in groups})
    found: dict[str, list[str]] = {}
    for feature in features:
        found.setdefault(category(feature), []).append(feature)
    return found


def warm() -> None:
    """Import SciPy's statistics and run each test once on made-up observations (together
    about half a second), so the first report does not pay for it."""
    made_up = [
        Observation(
            features=frozenset({"tag:a"} if i % 2 else ()),
            recorded=frozenset({"tag"}),
            pleasantness=min(4, (i * 7) % 9 - 4 + i % 2),
            energy=(i * 5) % 9 - 4,
            no_emotion=bool(i % 2 and i % 3),
        )
        for i in range(60)
    ]
    analyse(made_up)
    analyse([*made_up[:24], *made_up[24:27]], min_group=2)  # small tables: Fisher's test


def analyse(
    observations: Sequence[Observation] | Summary,
    *,
    min_group: int = MIN_GROUP,
    fdr: float = FDR,
) -> list[Finding]:
    """Every factor against every outcome; patterns first, strongest evidence first."""
    from scipy import stats  # SciPy takes about a second to import; only this report pays

    summary = observations if isinstance(observations, Summary) else summarize(observations)
    tested: list[_Split] = []
    findings: list[Finding] = []
    categories = _categories(summary)
    for outcome in OUTCOMES:
        having = summary.having.get(outcome, {})
        for cat, names in categories.items():
            features = [f for f in names if f in having]
            if not features:
                continue
            pooled = np.asarray(summary.answered[outcome][cat], dtype=float)
            with_ = np.asarray([having[f] for f in features], dtype=float)
            p_values = _p_values_of(stats, outcome, pooled, with_)
            for feature, counts, p in zip(features, with_, p_values, strict=True):
                n_with, n_without = int(counts.sum()), int(pooled.sum() - counts.sum())
                if n_with < min_group or n_without < min_group:
                    findings.append(Finding(feature, outcome, n_with, n_without, "not_enough"))
                    continue
                tested.append(_Split(feature, outcome, counts, pooled - counts, float(p)))
    if tested:
        q_values = stats.false_discovery_control([t.p_value for t in tested], method="bh")
        claimed = int(np.sum(q_values <= fdr))
        level = 1 - max(claimed, 1) * fdr / len(tested)
        for split, q in zip(tested, q_values, strict=True):
            findings.append(_finding(stats, split, float(q), fdr, level))
    order = {"pattern": 0, "unclear": 1, "not_enough": 2}
    return sorted(findings, key=lambda f: (order[f.status], f.q_value or 1.0, f.feature))


def _histograms(
    outcome: str, y: NDArray[np.float64], groups: NDArray[np.bool_]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Counts per value of all of ``y``, and of each group's part (rows: the groups)."""
    index = (y - LOWEST[outcome]).astype(int)
    pooled = np.bincount(index, minlength=BINS[outcome]).astype(float)
    with_ = np.stack(
        [np.bincount(index[groups[:, j]], minlength=BINS[outcome]) for j in range(groups.shape[1])]
    ).astype(float)
    return pooled, with_


def _p_values(
    stats: Any, outcome: str, y: NDArray[np.float64], groups: NDArray[np.bool_]
) -> NDArray[np.float64]:
    """``_p_values_of`` for observed values and a column per group (as the tests check)."""
    return _p_values_of(stats, outcome, *_histograms(outcome, y, groups))


def _fisher(stats: Any, y: NDArray[np.float64], groups: NDArray[np.bool_]) -> NDArray[np.float64]:
    """``_fisher_of`` for observed yes/no values and a column per group."""
    return _fisher_of(stats, *_histograms("no_emotion", y, groups))


def _p_values_of(
    stats: Any, outcome: str, pooled: NDArray[np.float64], with_: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Two-sided p-values for every feature of one category at once, from the counts."""
    if pooled.sum() < 2 or len(with_) == 0:
        return np.ones(len(with_))
    p = _mann_whitney(pooled, with_)
    if outcome not in NUMERIC:
        # On yes/no values the rank test is the large-sample test of two shares; where a
        # table has an expected count under 5 (Cochran's rule) Fisher's exact test is used.
        sparse = _sparse(pooled, with_)
        if sparse.any():
            p[sparse] = _fisher_of(stats, pooled, with_[sparse])
    return p


def _mann_whitney(pooled: NDArray[np.float64], with_: NDArray[np.float64]) -> NDArray[np.float64]:
    from scipy import special

    # The asymptotic method of scipy.stats.mannwhitneyu (tie and continuity corrections
    # included; a test checks they agree), from counts: every observation of one value
    # shares its midrank, so a group's rank sum is its counts times those midranks.
    n = float(pooled.sum())
    n1 = with_.sum(axis=1)
    n2 = n - n1
    midranks = np.cumsum(pooled) - pooled + (pooled + 1) / 2
    tie_term = float(np.sum(pooled**3 - pooled))
    u1 = with_ @ midranks - n1 * (n1 + 1) / 2
    u = np.maximum(u1, n1 * n2 - u1)
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = np.sqrt(n1 * n2 / 12 * ((n + 1) - tie_term / (n * (n - 1))))
        p = np.clip(2 * special.ndtr(-(u - n1 * n2 / 2 - 0.5) / spread), 0.0, 1.0)
    return np.asarray(np.where(np.isnan(p), 1.0, p), dtype=float)


def _sparse(pooled: NDArray[np.float64], with_: NDArray[np.float64]) -> NDArray[np.bool_]:
    n, yes = float(pooled.sum()), float(pooled[1])
    n1 = with_.sum(axis=1)
    smallest_expected = np.minimum(n1, n - n1) * min(yes, n - yes) / n
    return np.asarray(smallest_expected < 5, dtype=bool)


def _fisher_of(
    stats: Any, pooled: NDArray[np.float64], with_: NDArray[np.float64]
) -> NDArray[np.float64]:
    # Fisher's exact test from SciPy's hypergeometric distribution for all features at once:
    # the p-value sums the probabilities of every table no more likely than the one seen
    # (with scipy.stats.fisher_exact's relative tolerance; a test checks they agree).
    n, yes = int(pooled.sum()), int(pooled[1])
    n1 = with_.sum(axis=1).astype(int)
    hits = with_[:, 1]
    low = np.maximum(0, n1 - (n - yes))
    width = int(np.max(np.minimum(n1, yes) - low)) + 1
    tables = stats.hypergeom.pmf(low[:, None] + np.arange(width)[None, :], n, yes, n1[:, None])
    seen = stats.hypergeom.pmf(hits, n, yes, n1)
    p = np.sum(np.where(tables <= seen[:, None] * (1 + 1e-7), tables, 0.0), axis=1)
    return np.asarray(np.clip(p, 0.0, 1.0), dtype=float)


def _mean(counts: NDArray[np.float64], values: NDArray[np.float64]) -> float:
    return float(counts @ values / counts.sum())


def _median(counts: NDArray[np.float64], values: NDArray[np.float64]) -> float:
    """The median of the observations these counts stand for (NumPy's, for an even count)."""
    n = int(counts.sum())
    ends = np.cumsum(counts)
    lower = values[np.searchsorted(ends, (n - 1) // 2, side="right")]
    upper = values[np.searchsorted(ends, n // 2, side="right")]
    return float((lower + upper) / 2)


def _finding(stats: Any, split: _Split, q: float, fdr: float, level: float) -> Finding:
    a, b, values = split.with_, split.without, split.values
    n_with, n_without = int(a.sum()), int(b.sum())
    if q > fdr:
        return Finding(
            split.feature, split.outcome, n_with, n_without, "unclear", None, split.p_value, q
        )
    mean_a, mean_b = _mean(a, values), _mean(b, values)
    if split.outcome in NUMERIC:
        low, high = _mean_difference_ci(stats, a, b, values, level)
        typical, typical_with = _median(b, values), _median(a, values)
        direction: Literal["higher", "lower"] = "higher" if mean_a > mean_b else "lower"
        beyond_values = values > typical if direction == "higher" else values < typical
        beyond = int(a[beyond_values].sum())
    else:
        low, high = _share_difference_ci(stats, a, b, level)
        typical, typical_with = mean_b, mean_a
        direction = "higher" if typical_with > typical else "lower"
        beyond = int(a[1])
    return Finding(
        feature=split.feature,
        outcome=split.outcome,
        n_with=n_with,
        n_without=n_without,
        status="pattern",
        direction=direction,
        p_value=split.p_value,
        q_value=q,
        difference=mean_a - mean_b,
        ci_low=low,
        ci_high=high,
        confidence=level,
        typical_without=typical,
        typical_with=typical_with,
        beyond_typical=beyond,
    )


def _mean_difference_ci(
    stats: Any,
    a: NDArray[np.float64],
    b: NDArray[np.float64],
    values: NDArray[np.float64],
    level: float,
) -> tuple[float, float]:
    """Welch's interval for the difference in means (``scipy.stats.ttest_ind`` with
    ``equal_var=False``; a test checks they agree), from the counts."""
    n_a, n_b = float(a.sum()), float(b.sum())
    mean_a, mean_b = _mean(a, values), _mean(b, values)
    difference = mean_a - mean_b
    var_a = float(a @ (values - mean_a) ** 2) / (n_a - 1)
    var_b = float(b @ (values - mean_b) ** 2) / (n_b - 1)
    if var_a == 0 and var_b == 0:  # no spread at all: the interval collapses to the point
        return difference, difference
    va, vb = var_a / n_a, var_b / n_b
    df = (va + vb) ** 2 / (va**2 / (n_a - 1) + vb**2 / (n_b - 1))
    half = float(stats.t.ppf((1 + level) / 2, df)) * math.sqrt(va + vb)
    return difference - half, difference + half


def _share_difference_ci(
    stats: Any, a: NDArray[np.float64], b: NDArray[np.float64], level: float
) -> tuple[float, float]:
    # Newcombe (1998), method 10: combine the two Wilson score intervals.
    p1, p2 = float(a[1] / a.sum()), float(b[1] / b.sum())
    ci1 = stats.binomtest(int(a[1]), int(a.sum())).proportion_ci(level, method="wilson")
    ci2 = stats.binomtest(int(b[1]), int(b.sum())).proportion_ci(level, method="wilson")
    below = math.sqrt((p1 - ci1.low) ** 2 + (ci2.high - p2) ** 2)
    above = math.sqrt((ci1.high - p1) ** 2 + (p2 - ci2.low) ** 2)
    return p1 - p2 - below, p1 - p2 + above


def group_means(observations: Sequence[Observation] | Summary, prefix: str) -> list[GroupMean]:
    """Check-in counts and averages per feature of one category (weekday, time of day)."""
    summary = observations if isinstance(observations, Summary) else summarize(observations)
    pleasant = summary.having.get("pleasantness", {})
    energy = summary.having.get("energy", {})
    means = []
    for feature in sorted(f for f in pleasant if category(f) == prefix and f in energy):
        p, e = np.asarray(pleasant[feature], float), np.asarray(energy[feature], float)
        values = np.arange(BINS["pleasantness"], dtype=float) + LOWEST["pleasantness"]
        means.append(GroupMean(feature, int(p.sum()), _mean(p, values), _mean(e, values)))
    return means
