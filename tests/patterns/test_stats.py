"""The statistics on synthetic data where the right answer is known."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy import stats as scipy_stats

from reconnect.patterns import stats
from reconnect.patterns.stats import Observation


def _checkins(
    n: int, *, seed: int, effect: float = 0.0, share: float = 0.5, feature: str = "sleep:enough"
) -> list[Observation]:
    rng = random.Random(seed)
    observations = []
    for _ in range(n):
        has = rng.random() < share
        base = rng.gauss(0, 1.5) + (effect if has else 0.0)
        observations.append(
            Observation(
                features=frozenset({feature} if has else set()) | {f"weekday:{rng.randrange(7)}"},
                recorded=frozenset({stats.category(feature), "weekday", "tag"}),
                pleasantness=max(-4, min(4, round(base))),
                energy=max(-4, min(4, round(rng.gauss(0, 1.5)))),
            )
        )
    return observations


def test_a_strong_planted_effect_is_found_with_its_size_and_direction() -> None:
    findings = stats.analyse(_checkins(120, seed=1, effect=2.0))
    [found] = [f for f in findings if f.status == "pattern"]
    assert (found.feature, found.outcome, found.direction) == (
        "sleep:enough",
        "pleasantness",
        "higher",
    )
    assert found.ci_low is not None and found.ci_high is not None
    assert 0 < found.ci_low < 2.0 < found.ci_high + 0.5
    assert found.n_with + found.n_without == 120
    assert found.beyond_typical is not None and found.beyond_typical > found.n_with / 2
    assert found.confidence is not None and found.confidence >= 0.95


def test_a_planted_drop_is_found_as_lower() -> None:
    findings = stats.analyse(_checkins(150, seed=2, effect=-1.8, feature="people:partner"))
    patterns = [f for f in findings if f.status == "pattern"]
    assert [(f.feature, f.direction) for f in patterns] == [("people:partner", "lower")]


def test_pure_noise_almost_never_yields_a_pattern() -> None:
    # 20 independent data sets, ~16 comparisons each: with the false discovery control a
    # claim under pure noise should turn up in about 1 in 20 of them.
    with_claims = sum(
        any(f.status == "pattern" for f in stats.analyse(_checkins(200, seed=seed)))
        for seed in range(100, 120)
    )
    assert with_claims <= 2


def test_a_handful_of_points_is_not_enough_however_strong() -> None:
    findings = stats.analyse(_checkins(12, seed=3, effect=4.0))
    assert findings and all(f.status == "not_enough" for f in findings)
    assert all(f.p_value is None and f.ci_low is None for f in findings)


def test_a_factor_is_compared_only_where_its_category_was_recorded() -> None:
    recorded = _checkins(60, seed=4, effect=2.5, feature="people:partner")
    recorded = [
        Observation(o.features, o.recorded | {"people"}, o.pleasantness, o.energy) for o in recorded
    ]
    skipped = [Observation(frozenset(), frozenset({"tag"}), 4, 0) for _ in range(200)]
    findings = stats.analyse(recorded + skipped)
    partner = [f for f in findings if f.feature == "people:partner" and f.outcome == "pleasantness"]
    assert partner[0].n_with + partner[0].n_without == 60


def test_no_emotion_share_is_compared_with_an_interval_in_points() -> None:
    rng = random.Random(5)
    observations = []
    for i in range(160):
        alone = i % 2 == 0
        observations.append(
            Observation(
                features=frozenset({"people:alone"} if alone else set()),
                recorded=frozenset({"people"}),
                no_emotion=rng.random() < (0.7 if alone else 0.15),
            )
        )
    [found] = [f for f in stats.analyse(observations) if f.status == "pattern"]
    assert (found.outcome, found.direction) == ("no_emotion", "higher")
    assert found.ci_low is not None and found.ci_high is not None
    assert 0 < found.ci_low < 0.55 < found.ci_high < 1
    assert found.typical_with is not None and found.typical_without is not None
    assert found.typical_with > 0.5 > found.typical_without


def test_identical_values_do_not_break_the_interval() -> None:
    observations = [
        Observation(
            frozenset({"tag:x"} if i % 2 else set()), frozenset({"tag"}), 3 if i % 2 else -3, 0
        )
        for i in range(40)
    ]
    [found] = [f for f in stats.analyse(observations) if f.status == "pattern"]
    assert found.ci_low == found.ci_high == 6.0


def test_group_means_count_check_ins_per_weekday() -> None:
    observations = [
        Observation(frozenset({"weekday:0"}), frozenset({"weekday"}), 2, 1),
        Observation(frozenset({"weekday:0"}), frozenset({"weekday"}), 0, -1),
        Observation(frozenset({"weekday:3"}), frozenset({"weekday"}), -2, 0),
    ]
    means = stats.group_means(observations, "weekday")
    assert [(g.feature, g.n, g.pleasantness, g.energy) for g in means] == [
        ("weekday:0", 2, 1.0, 0.0),
        ("weekday:3", 1, -2.0, 0.0),
    ]


def test_the_all_at_once_p_values_match_scipys_mann_whitney_and_fisher() -> None:
    from scipy.stats import fisher_exact, mannwhitneyu

    rng = np.random.default_rng(7)
    y = rng.integers(-4, 5, size=90).astype(float)
    groups = rng.random((90, 4)) < [0.5, 0.3, 0.15, 0.8]
    fast = stats._p_values(scipy_stats, "pleasantness", y, groups)
    for j in range(4):
        expected = mannwhitneyu(y[groups[:, j]], y[~groups[:, j]], method="asymptotic").pvalue
        assert fast[j] == pytest.approx(expected, rel=1e-9)
    flat = (rng.random(80) < [0.1] * 40 + [0.5] * 40).astype(float)
    groups = rng.random((80, 3)) < [0.5, 0.12, 0.7]
    exact = stats._fisher(scipy_stats, flat, groups)
    approximate = stats._p_values(scipy_stats, "no_emotion", flat, groups)
    for j in range(3):
        a, b = flat[groups[:, j]], flat[~groups[:, j]]
        table = [[a.sum(), len(a) - a.sum()], [b.sum(), len(b) - b.sum()]]
        assert exact[j] == pytest.approx(fisher_exact(table).pvalue, rel=1e-9)
        expected = np.outer([len(a), len(b)], [flat.sum(), len(flat) - flat.sum()]) / len(flat)
        if expected.min() < 5:
            assert approximate[j] == exact[j]
        else:
            rank_test = mannwhitneyu(a, b, method="asymptotic").pvalue
            assert approximate[j] == pytest.approx(rank_test, rel=1e-9)


def test_welch_intervals_and_medians_from_counts_match_scipy_and_numpy() -> None:
    rng = np.random.default_rng(11)
    values = np.arange(-4, 5, dtype=float)
    for size_a, size_b in ((12, 40), (31, 31), (57, 13)):
        a = rng.integers(-4, 5, size=size_a).astype(float)
        b = np.clip(rng.integers(-4, 5, size=size_b) + 1, -4, 4).astype(float)
        count_a = np.bincount((a + 4).astype(int), minlength=9).astype(float)
        count_b = np.bincount((b + 4).astype(int), minlength=9).astype(float)
        expected = scipy_stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.97)
        low, high = stats._mean_difference_ci(scipy_stats, count_a, count_b, values, 0.97)
        assert (low, high) == pytest.approx((expected.low, expected.high), rel=1e-9)
        assert stats._median(count_a, values) == np.median(a)
        assert stats._median(count_b, values) == np.median(b)


def test_summaries_of_two_halves_add_up_to_the_summary_of_the_whole() -> None:
    observations = _checkins(300, seed=9, effect=1.0)
    whole = stats.summarize(observations)
    halves = stats.summarize(observations[:137])
    halves.add(stats.Summary.from_json(stats.summarize(observations[137:]).to_json()))
    assert halves == whole
    assert stats.analyse(halves) == stats.analyse(observations)
