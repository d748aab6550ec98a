"""The real int8 ONNX model, loaded from the committed files (no mocks)."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from reconnect import analysis
from reconnect.analysis import emotions

EKMAN = {"anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"}


def test_every_text_gets_all_28_scores_and_7_groups() -> None:
    [result] = analysis.classify(["Thank you so much, this means the world to me."])
    assert list(result.scores) == list(analysis.LABELS) and len(result.scores) == 28
    assert all(0.0 <= v <= 1.0 for v in result.scores.values())
    assert set(result.ekman) == EKMAN
    assert set(result.labels) <= set(analysis.LABELS)
    assert set(result.ekman_labels) <= EKMAN


def test_labels_pass_their_thresholds_highest_first_and_groups_take_the_top_member() -> None:
    thresholds = json.loads((emotions.MODEL_DIR / "thresholds.json").read_text())
    texts = ["Wow, I did not expect that at all! Amazing news, I'm thrilled.", "so tired of this"]
    for result in analysis.classify(texts):
        passing = {k for k, v in result.scores.items() if v >= thresholds["labels"][k]}
        assert set(result.labels) == passing
        assert [result.scores[k] for k in result.labels] == sorted(
            (result.scores[k] for k in result.labels), reverse=True
        )
        for group, members in analysis.EKMAN_GROUPS.items():
            assert result.ekman[group] == max(result.scores[m] for m in members)
        assert set(result.ekman_labels) == {
            g for g, v in result.ekman.items() if v >= thresholds["ekman"][g]
        }


def test_the_model_reads_clear_feelings() -> None:
    thanks, angry, sad, scared, plain = analysis.classify(
        [
            "Thank you so much for helping me move, I really appreciate it!",
            "I am furious that they lied to me again.",
            "I miss her so much, I have been crying all day.",
            "I'm terrified of the surgery tomorrow.",
            "The meeting was moved to Tuesday at three.",
        ]
    )
    assert "gratitude" in thanks.labels and "joy" in thanks.ekman_labels
    assert "anger" in angry.ekman_labels
    assert "sadness" in sad.ekman_labels
    assert "fear" in scared.labels
    assert plain.labels[:1] == ["neutral"]


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_blank_texts_get_zero_scores_no_labels_and_a_zero_embedding(text: str) -> None:
    [result], vectors = analysis.classify_and_embed([text])
    assert result.labels == [] and result.ekman_labels == []
    assert set(result.scores.values()) == {0.0} and set(result.ekman.values()) == {0.0}
    assert not vectors.any() and not analysis.embed([text]).any()


@pytest.mark.parametrize(
    "text",
    [
        "Je me sens très seul ce soir.",
        "😶😶😶",
        "🌧️",
        "日本語のテキスト",
        "\x00odd\x01",
        "a" * 5000,
    ],
)
def test_unusual_texts_are_handled(text: str) -> None:
    [result] = analysis.classify([text])
    assert len(result.scores) == 28
    assert all(np.isfinite(v) for v in result.scores.values())


def test_a_ten_thousand_word_text_is_truncated_and_quick() -> None:
    start = time.perf_counter()
    long, short = analysis.classify(["I am so happy today. " + "word " * 10_000, "hi"])
    assert time.perf_counter() - start < 5
    assert len(long.scores) == 28 and len(short.scores) == 28


def test_batching_keeps_the_input_order() -> None:
    texts = ["I love this so much!", "", "This is disgusting.", "What? I had no idea!"]
    together = analysis.classify(texts, batch_size=2)
    for text, result in zip(texts, together, strict=True):
        alone = analysis.classify([text])[0]
        # int8 activations are quantised per batch, so scores move a little with batch-mates
        assert result.scores == pytest.approx(alone.scores, abs=0.05)
        assert result.labels[:1] == alone.labels[:1]


def test_threads_give_the_same_answers_as_one_caller() -> None:
    texts = [f"I feel {word} today" for word in ("happy", "sad", "angry", "calm", "lost", "proud")]
    expected = [analysis.classify([t])[0] for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: analysis.classify([t])[0], texts * 3))
    assert got == expected * 3


def test_embeddings_are_unit_length_and_match_classify_and_embed() -> None:
    texts = ["hello there", "I want to sleep forever"]
    vectors = analysis.embed(texts)
    assert vectors.shape == (2, analysis.EMBEDDING_DIM) == (2, 384)
    assert np.allclose((vectors**2).sum(axis=1), 1, atol=1e-3)
    assert np.allclose(analysis.classify_and_embed(texts)[1], vectors, atol=1e-6)
    assert analysis.embed([]).shape == (0, 384)
    assert analysis.classify([]) == []


def test_threads_come_from_the_argument_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    analysis.load(threads=2)
    assert emotions._model().threads == 2
    analysis.load(threads=1)
    assert emotions._model().threads == 1
    monkeypatch.setenv(analysis.THREADS_ENV, "many")
    with pytest.raises(ValueError, match=analysis.THREADS_ENV):
        emotions.threads_from_env()
    monkeypatch.setenv(analysis.THREADS_ENV, "3")
    assert emotions.threads_from_env() == 3
    with pytest.raises(ValueError, match="batch_size"):
        analysis.classify(["hi"], batch_size=0)


def _rewrite_sums(folder: Path) -> None:
    (folder / "SHA256SUMS").write_text(
        "".join(
            f"{hashlib.sha256((folder / name).read_bytes()).hexdigest()}  {name}\n"
            for name in emotions.MODEL_FILES
        )
    )


def test_a_tampered_or_missing_model_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(emotions.MODEL_DIR, copy)
    assert emotions.verify_checksums(copy)
    (copy / "thresholds.json").write_text("{}")
    with pytest.raises(analysis.ModelIntegrityError, match=r"thresholds\.json.*checksum"):
        emotions.verify_checksums(copy)
    (copy / "tokenizer.json").unlink()
    with pytest.raises(analysis.ModelIntegrityError, match="missing"):
        emotions.verify_checksums(copy)
    (copy / "SHA256SUMS").unlink()
    with pytest.raises(analysis.ModelIntegrityError, match="checksum file is missing"):
        emotions.verify_checksums(copy)


def test_model_files_with_other_labels_are_refused(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(emotions.MODEL_DIR, copy)
    doc = json.loads((copy / "labels.json").read_text())
    doc["labels"] = list(reversed(doc["labels"]))
    (copy / "labels.json").write_text(json.dumps(doc))
    _rewrite_sums(copy)
    with pytest.raises(analysis.ModelIntegrityError, match="labels"):
        emotions._Model(1, copy)


def test_the_model_version_names_the_checksum_file() -> None:
    digest = hashlib.sha256((emotions.MODEL_DIR / "SHA256SUMS").read_bytes()).hexdigest()
    assert analysis.MODEL_VERSION == analysis.model_version() == f"emotions-{digest[:12]}"
