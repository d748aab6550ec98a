"""The safety screen, with its real model: recall first, few false alarms, meaning not keywords."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from reconnect.messages import SafetyReasons
from reconnect.safety.rules import screen_rules
from reconnect.safety.service import load_screener, screen, screen_many
from reconnect.safety.units import sentences, units

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
    rows = [text for label, text in _dev_rows() if label == "crisis"]
    assert [t for t, r in zip(rows, screen_many(rows), strict=True) if r.level != "crisis"] == []


@needs_dev_set
def test_no_false_alarm_on_the_development_sets_ordinary_texts() -> None:
    rows = [text for label, text in _dev_rows() if label == "none"]
    assert [t for t, r in zip(rows, screen_many(rows), strict=True) if r.level == "crisis"] == []


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_in_other_words(text: str) -> None:
    result = screen(text)
    assert result.level == "crisis", result
    assert result.reason


@pytest.mark.parametrize("text", CONCERN)
def test_concern_in_other_words(text: str) -> None:
    assert screen(text).level in ("concern", "crisis")


@pytest.mark.parametrize("text", NONE)
def test_idioms_negations_and_stories_are_not_alarms(text: str) -> None:
    assert screen(text).level != "crisis"


# The first trained model raised these; a training writer was then briefed with their
# phrases, so this guards against a regression and says nothing about unseen wordings.
@pytest.mark.parametrize(
    "text",
    [
        "Everyone would be fine without me at the party tonight",
        "Lighthouse. We walked to the lighthouse and I felt something again.",
    ],
)
def test_happy_look_alikes_are_not_alarms(text: str) -> None:
    assert screen(text).level != "crisis"


def test_one_sentence_of_risk_inside_a_long_ordinary_entry_is_found() -> None:
    ordinary = (
        "Work was the usual, three meetings and a spreadsheet that would not add up. "
        "I made pasta with the last of the tomatoes and watched two episodes of the baking "
        "show. The cat sat on my feet the whole time. "
    )
    risky = "I have been looking up how many of my tablets it would take. "
    assert screen(ordinary * 3).level == "none"
    assert screen(ordinary * 2 + risky + ordinary).level == "crisis"


def test_someone_else_at_risk_is_flagged_as_such() -> None:
    result = screen("My brother texted me that he's going to kill himself tonight.")
    assert result.level == "crisis" and result.other
    assert result.reason == SafetyReasons.OTHER_AT_RISK
    assert not screen("I don't want to be alive anymore.").other


def test_a_text_in_another_language_says_the_screen_reads_english_only() -> None:
    for text in ("Ich will nicht mehr leben.", "Je ne veux plus vivre.", "No quiero vivir más."):
        result = screen(text)
        assert result.level == "crisis" or result.reason == SafetyReasons.NOT_ENGLISH, text
    assert screen("kms lol").reason != SafetyReasons.NOT_ENGLISH  # short slang stays English
    assert screen("Heute war ein guter Tag, wir waren im Park.").reason == SafetyReasons.NOT_ENGLISH


def test_a_short_text_is_read_whole_and_a_long_one_by_sentence_and_window() -> None:
    short = "First thing. Second thing here. Third one now."
    assert units(short) == [short]
    parts = [f"Sentence number {n} of a longer entry about the day." for n in range(6)]
    text = " ".join(parts)
    read = units(text)
    assert read[0] == text and read[1:7] == parts
    assert read[7:] == [" ".join(parts[0:3]), " ".join(parts[2:5]), " ".join(parts[3:6])]
    assert units(" ".join(parts * 3))[0] != " ".join(parts * 3)  # too long to read whole
    assert sentences("I can't. Forever. Goodbye now, friend.") == [
        "I can't. Forever.",
        "Goodbye now, friend.",
    ]
    assert units("") == [] and units("One sentence only.") == ["One sentence only."]


def test_many_texts_are_screened_in_one_model_call(monkeypatch: pytest.MonkeyPatch) -> None:
    screener = load_screener()
    calls: list[int] = []
    real = screener.model.probabilities

    def counted(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(screener.model, "probabilities", counted)
    results = screener.screen_many(["A walk. Then tea.", "", "I want to die."])
    assert len(calls) == 1 and calls[0] == 2  # the blank text has no unit
    assert [r.level for r in results][1] == "none"


def test_a_text_is_screened_the_same_alone_as_in_an_import() -> None:
    # Each once read differently in a batch of many (an import) than saved on its own.
    texts = [
        "burnt myself with the straightener again. on purpose. it was that or something worse",
        "mood 2/10. ate toast. paid off the credit card so nobody has to deal with it after.",
        "I can't keep going like this.",
        "Finally tackled the garden shed. Found Dad's old tools and a wasp nest.",
        *[f"Day {i}: a walk by the sea and soup for tea. " * (i % 5 + 1) for i in range(20)],
    ]
    screener = load_screener()
    assert screener.screen_many(texts) == [screener.screen_many([t])[0] for t in texts]
    assert screener.screen_many(texts)[0].level == "crisis"


def test_the_rules_only_raise_the_level() -> None:
    assert screen_rules("Years ago I tried to kill myself.").level == "concern"
    assert screen_rules("I tried to kill myself again last night.").level == "crisis"
    assert screen("I tried to kill myself again last night.").level == "crisis"


def test_phq9_item_9_above_zero_is_a_crisis() -> None:
    from reconnect.safety.screen import screen_answer

    assert screen_answer(instrument="phq9", item=9, value=1).level == "crisis"
    assert screen_answer(instrument="PHQ9", item=9, value=3).reason
    assert screen_answer(instrument="phq9", item=9, value=0).level == "none"
    assert screen_answer(instrument="phq9", item=2, value=3).level == "none"
