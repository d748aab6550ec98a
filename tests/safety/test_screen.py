"""The safety screen: recall first, few false alarms, for meaning rather than keywords."""

from __future__ import annotations

import csv
import os
from collections import Counter
from pathlib import Path

import pytest

from reconnect import analysis
from reconnect.safety.screen import screen, screen_many, screen_rules

DEV = Path(
    os.environ.get(
        "RECONNECT_SAFETY_DEV",
        Path(__file__).resolve().parents[3] / "shared" / "data" / "safety" / "dev.tsv",
    )
)
needs_dev_set = pytest.mark.skipif(not DEV.is_file(), reason="safety development set not present")

CRISIS = [
    "i wanna die lol no seriously",
    "thinking abt kms tbh",
    "been having suicidal thoughts again",
    "I just want to go to sleep forever",
    "I can't keep living like this, I want it to end",
    "i've been stockpiling my meds",
    "There's no point in going on anymore. No point in living.",
    "My son said he wants to kill himself",
    "I hurt myself on purpose last night",
    "if i disappeared for good nobody would care",
    "I'm going to jump off the bridge after work",
    "life isn't worth living",
    "I've decided tonight is the night",
    "wrote goodbye letters to my kids",
    "my wife keeps saying she wants to die",
    "I wish I was dead",
    "sometimes I think about killing myself",
    "I relapsed and cut again",
    "I'm so tired of existing",
    "I don't see myself being around next year",
    "Everyone would be fine without me around",
    "I keep imagining not waking up and it feels like peace",
    "I don't want to wake up to another day like this",
    "I won't need any of it anymore",
]
CONCERN = [
    "I've been numb for weeks",
    "Nothing matters anymore",
    "I feel so hopeless about everything",
    "I tried to kill myself when I was 16 and I think about it a lot lately",
    "I haven't left the house in ten days",
    "I'm falling apart",
    "i just feel like a burden to everyone",
]
NONE = [
    "My feet are killing me after that hike",
    "I'm dying to know what happens next",
    "I'd never hurt myself",
    "I want to end this fight",
    "The movie's hero kills himself at the end",
    "We learned about suicide prevention at work",
    "my phone died again",
    "I'm dead tired",
    "She killed it at her recital",
    "We took my life savings and bought a flat",
    "I'm not suicidal, just stressed",
    "I want to disappear into a good book this weekend",
    "I'm done with exams!",
    "I'm tired of this project",
    "Everyone would be fine without me at the party tonight",
    "I hope I'm not waking up late tomorrow",
    "That is a face I do not want to wake up to in the morning",
    "They're quieter and then I won't need them, are we done",
    "",
]


def _dev_rows() -> list[tuple[str, str]]:
    with DEV.open(encoding="utf-8") as handle:
        return [(row["label"], row["text"]) for row in csv.DictReader(handle, delimiter="\t")]


@needs_dev_set
def test_no_crisis_in_the_development_set_is_missed() -> None:
    rows = [(label, text) for label, text in _dev_rows() if label == "crisis"]
    results = screen_many([text for _, text in rows], embed=analysis.embed_meaning)
    missed = [
        text for (_, text), result in zip(rows, results, strict=True) if result.level != "crisis"
    ]
    assert missed == []


@needs_dev_set
def test_no_false_alarm_on_the_development_sets_ordinary_texts() -> None:
    rows = [(label, text) for label, text in _dev_rows() if label == "none"]
    results = screen_many([text for _, text in rows], embed=analysis.embed_meaning)
    alarms = [
        text for (_, text), result in zip(rows, results, strict=True) if result.level == "crisis"
    ]
    assert alarms == []


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_in_other_words(text: str) -> None:
    result = screen(text, embed=analysis.embed_meaning)
    assert result.level == "crisis", result
    assert result.reason


@pytest.mark.parametrize("text", CONCERN)
def test_concern_in_other_words(text: str) -> None:
    assert screen_rules(text).level == "concern"


@pytest.mark.parametrize("text", NONE)
def test_idioms_negations_and_stories_are_not_alarms(text: str) -> None:
    assert screen(text, embed=analysis.embed_meaning).level == "none"


def test_a_past_attempt_is_a_concern_but_a_new_one_is_a_crisis() -> None:
    assert screen_rules("Years ago I tried to kill myself.").level == "concern"
    assert screen_rules("I tried to kill myself again last night.").level == "crisis"


def test_the_most_serious_sentence_wins() -> None:
    result = screen_rules("I feel numb all the time. I want to die.")
    assert result.level == "crisis"
    assert len(result.signals) == 2


def test_phq9_item_9_above_zero_is_a_crisis() -> None:
    from reconnect.safety.screen import screen_answer

    assert screen_answer(instrument="phq9", item=9, value=1).level == "crisis"
    assert screen_answer(instrument="PHQ9", item=9, value=3).reason
    assert screen_answer(instrument="phq9", item=9, value=0).level == "none"
    assert screen_answer(instrument="phq9", item=2, value=3).level == "none"


def _screened_one_by_one(name: str) -> Counter[tuple[str, str]]:
    """(label, level) counts for a labelled set here, each text screened alone, as in the app."""
    with Path(__file__).with_name(name).open(encoding="utf-8") as handle:
        rows = [(row["label"], row["text"]) for row in csv.DictReader(handle, delimiter="\t")]
    return Counter(
        (label, screen(text, embed=analysis.embed_meaning).level) for label, text in rows
    )


def test_wordings_written_after_the_screen_was_built_are_mostly_found() -> None:
    # 30 crisis and 30 everyday texts we wrote after the rules and the example texts were
    # last changed, and not used to change them since. The floor is what was measured
    # (docs/benchmarks.md), so a change that loses recall here fails.
    levels = _screened_one_by_one("held_out.tsv")
    assert levels["crisis", "crisis"] >= 26, levels
    assert levels["none", "crisis"] <= 2, levels


def test_a_set_written_by_someone_else_is_mostly_found_without_false_alarms() -> None:
    # 40 crisis, 20 concern and 40 everyday texts written by a colleague who had not seen
    # the rules or the example texts. First run: 29/40 crisis, 9/20 concern, no false
    # alarm; the screen was then widened with it in view, so these floors guard against
    # regressions rather than measure generality (held_out.tsv does that).
    levels = _screened_one_by_one("independent.tsv")
    assert levels["crisis", "crisis"] >= 38, levels
    assert levels["concern", "concern"] + levels["concern", "crisis"] >= 17, levels
    assert levels["none", "none"] == 40, levels


def test_a_second_blind_set_stays_found() -> None:
    # 40 crisis, 20 concern and 40 everyday texts from a second colleague, with more
    # euphemism ("checking out for good", "won't be a problem much longer"). First run:
    # 23/40 crisis, 17/20 concern, one false alarm; widened with it in view since.
    levels = _screened_one_by_one("blind.tsv")
    assert levels["crisis", "crisis"] >= 38, levels
    assert levels["concern", "concern"] + levels["concern", "crisis"] >= 20, levels
    assert levels["none", "crisis"] <= 1 and levels["none", "concern"] == 0, levels


def test_a_third_blind_set_stays_found() -> None:
    # From a third colleague, written after the two sets above had shaped the screen.
    # First run: 27/40 crisis, 15/20 concern, one false alarm (a novel's forged suicide
    # note); widened with it in view since.
    levels = _screened_one_by_one("blind2.tsv")
    assert levels["crisis", "crisis"] >= 39, levels
    assert levels["concern", "concern"] + levels["concern", "crisis"] >= 18, levels
    assert levels["none", "crisis"] <= 1 and levels["none", "concern"] == 0, levels


def test_a_figure_of_speech_leaves_the_rest_of_the_text_to_the_learned_signal() -> None:
    text = "This commute is killing me. I hate myself so much, I deserve to bleed."
    assert screen_rules(text).level == "none"  # the rules do not know the second sentence
    result = screen(text, embed=analysis.embed_meaning)
    assert result.level == "crisis" and result.signals == ("learned",)
    assert screen("This commute is killing me.", embed=analysis.embed_meaning).level == "none"
