"""Every instrument scores known answer sets to known totals, ranges and referral flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconnect.assess import scoring
from reconnect.assess.instruments import InstrumentError, catalogue, load_file
from reconnect.core.errors import ValidationFailed


def _answers(slug: str, values: list[int]) -> dict[str, int]:
    items = catalogue()[slug].items
    assert len(values) == len(items)
    return {item.id: value for item, value in zip(items, values, strict=True)}


@pytest.mark.parametrize(
    ("slug", "values", "total", "band", "referral"),
    [
        ("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "minimal", False),
        ("phq9", [1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal", False),
        ("phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild", False),
        ("phq9", [2, 2, 2, 1, 1, 1, 0, 0, 0], 9, "mild", False),
        ("phq9", [2, 2, 2, 2, 1, 1, 0, 0, 0], 10, "moderate", True),
        ("phq9", [3, 3, 2, 2, 2, 2, 1, 0, 0], 15, "moderately severe", True),
        ("phq9", [3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "severe", True),
        ("phq9", [3, 3, 3, 3, 3, 3, 3, 3, 3], 27, "severe", True),
        ("gad7", [1, 1, 1, 1, 0, 0, 0], 4, "minimal", False),
        ("gad7", [1, 1, 1, 1, 1, 0, 0], 5, "mild", False),
        ("gad7", [2, 2, 2, 2, 1, 1, 0], 10, "moderate", True),
        ("gad7", [3, 3, 3, 2, 2, 1, 1], 15, "severe", True),
        ("gad7", [3, 3, 3, 3, 3, 3, 3], 21, "severe", True),
        ("who5", [5, 5, 5, 5, 5], 100, "not in the low well-being range", False),
        ("who5", [3, 3, 3, 2, 2], 52, "not in the low well-being range", False),
        ("who5", [3, 3, 2, 2, 2], 48, "low well-being, worth screening further", True),
        ("who5", [2, 2, 1, 1, 1], 28, "low well-being, likely to reflect low mood", True),
        ("who5", [0, 0, 0, 0, 0], 0, "low well-being, likely to reflect low mood", True),
        ("ucla3", [1, 1, 1], 3, "not lonely", False),
        ("ucla3", [2, 2, 1], 5, "not lonely", False),
        ("ucla3", [2, 2, 2], 6, "lonely", False),
        ("ucla3", [3, 3, 3], 9, "lonely", False),
        ("csi4", [6, 5, 5, 5], 21, "not in the dissatisfied range", False),
        ("csi4", [3, 4, 3, 4], 14, "not in the dissatisfied range", False),
        ("csi4", [3, 3, 4, 3], 13, "notable relationship dissatisfaction", True),
        ("csi4", [0, 0, 0, 0], 0, "notable relationship dissatisfaction", True),
        ("signs", [0] * 9, 0, "few signs lately", False),
        ("signs", [1] * 9, 9, "some signs lately", False),
        ("signs", [2] * 9, 18, "many signs lately", False),
        ("contrasts", [0, 1, 2, 2], 5, "mostly on the healthy-boundaries side", False),
        ("contrasts", [4, 4, 3, 0], 11, "mostly on the detachment side", False),
        ("causes", [0, 0, 0, 0, 0, 0], 0, "none resonate right now", False),
        ("causes", [1, 0, 1, 0, 1, 0], 3, "several resonate", False),
    ],
)
def test_known_answer_sets_score_to_known_totals(
    slug: str, values: list[int], total: float, band: str, referral: bool
) -> None:
    result = scoring.score(catalogue()[slug], _answers(slug, values))
    assert (result.total, result.band, result.at_referral) == (total, band, referral)


def test_pc_ptsd_5_counts_yes_answers_and_refers_at_three() -> None:
    instrument = catalogue()["pcptsd5"]
    two = scoring.score(instrument, {"exposure": 1, "1": 1, "2": 1, "3": 0, "4": 0, "5": 0})
    three = scoring.score(instrument, {"exposure": 1, "1": 1, "2": 0, "3": 1, "4": 1, "5": 0})
    assert (two.total, two.at_referral) == (2, False)
    assert (three.total, three.at_referral, three.max_total) == (3, True, 5)


def test_pc_ptsd_5_ends_with_zero_when_no_event_was_experienced() -> None:
    instrument = catalogue()["pcptsd5"]
    result = scoring.score(instrument, {"exposure": 0})
    assert (result.total, result.band, result.at_referral) == (
        0,
        "below the screening cut-off",
        False,
    )
    assert scoring.check_complete(instrument, {"exposure": 0, "1": 1}) == {"exposure": 0}


def test_paq_scores_its_total_and_every_subscale() -> None:
    instrument = catalogue()["paq"]
    # Item n answered with n mod 7 + 1 so that each subscale has a distinct, checkable sum.
    answers = {str(n): n % 7 + 1 for n in range(1, 25)}
    result = scoring.score(instrument, answers)
    assert result.total == 93
    known = {"N-DIF": 13, "P-DIF": 18, "N-DDF": 16, "P-DDF": 14, "G-EOT": 32}
    for name, value in known.items():
        assert result.subscales[name] == value, name
    assert result.subscales["G-DIF"] == result.subscales["N-DIF"] + result.subscales["P-DIF"]
    assert result.subscales["G-DAF"] == result.total - result.subscales["G-EOT"]
    lowest = scoring.score(instrument, dict.fromkeys(answers, 1))
    highest = scoring.score(instrument, dict.fromkeys(answers, 7))
    assert (lowest.total, highest.total) == (24, 168)


def test_phq9_item_9_above_zero_is_flagged_as_risky() -> None:
    values = [0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert scoring.score(catalogue()["phq9"], _answers("phq9", values)).risky_items == ("9",)


def test_missing_answers_are_named() -> None:
    with pytest.raises(ValidationFailed) as failed:
        scoring.score(catalogue()["gad7"], {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0})
    assert "question 6, question 7" in failed.value.message


@pytest.mark.parametrize("bad", [4, -1, "x", "2.5", True])
def test_out_of_range_answers_are_refused(bad: object) -> None:
    with pytest.raises(ValidationFailed) as failed:
        scoring.check_values(catalogue()["phq9"], {"3": bad})
    assert "question 3" in failed.value.message and "0 to 3" in failed.value.message


def test_unknown_items_are_refused() -> None:
    with pytest.raises(ValidationFailed, match="10"):
        scoring.check_values(catalogue()["phq9"], {"10": 1})


REVERSED = """
slug = "demo"
title = "Demo"
name = "Demo"
kind = "reflection"
about = "a"
time_frame = "b"
citation = "c"
licence = "d"
detachment = "e"
options = [
  { value = 1, label = "low" }, { value = 2, label = "mid" }, { value = 3, label = "high" },
]
items = [
  { id = "a", text = "A" },
  { id = "b", text = "B", reverse = true },
]
subscales = [{ id = "only-b", title = "B", items = ["b"] }]
bands = [{ min = 2, max = 4, label = "low" }, { min = 5, max = 6, label = "high" }]
referral = { at_least = 5 }
"""


def test_reverse_keyed_items_score_from_the_other_end(tmp_path: Path) -> None:
    path = tmp_path / "demo.toml"
    path.write_text(REVERSED)
    instrument = load_file(path)
    result = scoring.score(instrument, {"a": 3, "b": 1})
    assert (result.total, result.subscales, result.band) == (6, {"only-b": 3.0}, "high")
    assert scoring.score(instrument, {"a": 1, "b": 3}).total == 2


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('{ id = "b", text = "B", reverse = true }', '{ id = "a", text = "B" }'), "unique"),
        (('items = ["b"]', 'items = ["z"]'), "unknown items"),
        (("max = 6", "max = 5"), "bands must cover"),
        (("min = 5", "min = 4"), "overlap"),
        (("referral = { at_least = 5 }", "referral = { }"), "exactly one"),
        (('kind = "reflection"', 'kind = "quiz"'), "kind"),
        (('title = "Demo"', 'title = "Demo"\ncolour = "red"'), "colour"),
        (('{ value = 1, label = "low" }', '{ value = 2, label = "low" }'), "distinct"),
    ],
)
def test_the_loader_refuses_inconsistent_files(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    path = tmp_path / "demo.toml"
    path.write_text(REVERSED.replace(*change))
    with pytest.raises(InstrumentError, match=problem):
        load_file(path)


def test_every_shipped_instrument_loads_with_citation_and_licence() -> None:
    shipped = catalogue()
    assert list(shipped) == [
        "signs",
        "contrasts",
        "causes",
        "partner",
        "phq9",
        "gad7",
        "who5",
        "pcptsd5",
        "ucla3",
        "csi4",
        "paq",
    ]
    for instrument in shipped.values():
        assert instrument.citation and instrument.licence and instrument.learn
    assert [i.id for i in shipped["signs"].items] == [
        "avoid_conversations",
        "numbness",
        "autopilot",
        "solitude",
        "resist_vulnerability",
        "low_empathy",
        "physical_withdrawal",
        "celebrating_support",
        "burdened",
    ]
    assert [i.id for i in shipped["contrasts"].items] == [
        "avoidance",
        "care",
        "numbness",
        "emptiness",
    ]
    assert [i.id for i in shipped["causes"].items] == [
        "trauma",
        "stress",
        "patterns",
        "mental_health",
        "vulnerability",
        "physical",
    ]
    assert len(shipped["paq"].items) == 24


def test_the_partner_reflection_scores_each_part_on_its_own() -> None:
    instrument = catalogue()["partner"]
    answers = {item.id: 0 for item in instrument.items}
    answers |= {"pulling_away": 3, "indifferent": 2, "isolated": 1, "tried_talking": 1}
    result = scoring.score(instrument, answers)
    assert result.subscales == {"noticed": 5, "effects": 1, "tried": 1}
    assert not instrument.show_total and instrument.reflective
