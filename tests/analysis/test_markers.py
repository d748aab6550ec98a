"""Personal markers over plain samples: no model, no database."""

from __future__ import annotations

import datetime as dt

import pytest

from reconnect.analysis import markers
from reconnect.analysis.markers import Sample

DAY = dt.date(2026, 11, 2)  # a Monday


def test_absolutist_words_are_counted_per_hundred_words() -> None:
    result = markers.compute([Sample(DAY, "I always fail and nothing works", ())])
    assert result.absolutist_per_100_words == pytest.approx(100 * 2 / 6)


def test_we_share_compares_plural_and_singular_pronouns() -> None:
    result = markers.compute(
        [Sample(DAY, "We went out; I'm glad we did. Our evening was mine too.", ())]
    )
    assert result.we_share == pytest.approx(3 / 5)  # we, we, our / I'm, mine


def test_we_and_i_are_also_counted_per_hundred_words() -> None:
    result = markers.compute([Sample(DAY, "We talked and I listened to us", ())])
    assert result.we_per_100_words == pytest.approx(100 * 2 / 7)
    assert result.i_per_100_words == pytest.approx(100 * 1 / 7)


def test_words_keep_accents_apostrophes_and_curly_quotes() -> None:
    assert markers.words("I\u2019m très tired, don't 42") == ["i'm", "très", "tired", "don't"]


def test_emodiversity_is_zero_for_one_feeling_and_one_for_an_even_mix() -> None:
    assert markers.emodiversity(["sadness", "sadness"]) == 0.0
    assert markers.emodiversity(["joy", "sadness", "anger"]) == pytest.approx(1.0)
    assert markers.emodiversity(["neutral"]) is None


def test_texts_with_no_feeling_are_counted() -> None:
    samples = [
        Sample(DAY, "went to work", ("neutral",)),
        Sample(DAY, "lovely", ("joy",)),
        Sample(DAY, "", ()),
    ]
    result = markers.compute(samples)
    assert result.no_emotion_share == pytest.approx(0.5)
    assert result.emotion_variety == 1


def test_nothing_to_say_gives_none_not_zero() -> None:
    result = markers.compute([])
    assert (
        result.absolutist_per_100_words is None
        and result.we_share is None
        and result.no_emotion_share is None
    )


def test_weeks_are_grouped_from_monday_oldest_first() -> None:
    samples = [
        Sample(DAY + dt.timedelta(days=8), "b", ()),
        Sample(DAY + dt.timedelta(days=6), "a", ()),
    ]
    weeks = markers.weekly(samples)
    assert [week for week, _ in weeks] == [DAY, DAY + dt.timedelta(days=7)]


def test_counts_tally_words_absolutist_words_and_i_and_we() -> None:
    found = markers.counts("We ALWAYS said I’m fine; I never was. Let's see: 42 of us, all mine.")
    assert found == markers.Counts(words=14, absolutist=3, singular=3, plural=3)
    assert markers.counts("") == markers.Counts() == markers.counts("... 10/10 !")


def test_counts_add_up_like_the_text_they_came_from() -> None:
    first, second = "I always listen.", "We talk, we never shout."
    assert markers.counts(first) + markers.counts(second) == markers.counts(f"{first} {second}")


def test_markers_from_a_tally_equal_markers_from_the_samples() -> None:
    samples = [
        Sample(DAY, "We always talk, and I listen.", ("joy", "love")),
        Sample(DAY, "I felt nothing at all.", ("neutral",)),
        Sample(DAY, "", ("calm",)),
        Sample(DAY, "   ", ()),
        Sample(DAY, "Everything is fine with us.", ("joy",)),
    ]
    total = markers.Tally()
    for sample in samples:  # one per text, summed, as the dashboard sums stored counts
        total.add(markers.tally([sample]))
    assert total.samples == 5 and total.with_text == 3 and total.flat == 1
    assert markers.from_tally(total) == markers.compute(samples)
