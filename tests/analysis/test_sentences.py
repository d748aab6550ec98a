"""The general sentence encoder the safety screen compares meanings with (real int8 ONNX)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from reconnect import analysis
from reconnect.analysis import emotions, sentences


def test_embeddings_are_unit_length_and_blank_texts_are_zero() -> None:
    vectors = analysis.embed_meaning(["I want to rest this weekend.", "", "   ", "😶"])
    assert vectors.shape == (4, analysis.EMBEDDING_DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors[[0, 3]], axis=1), 1.0, atol=1e-3)
    assert not vectors[1].any() and not vectors[2].any()
    assert analysis.embed_meaning([]).shape == (0, analysis.EMBEDDING_DIM)


def test_texts_that_mean_the_same_are_closer_than_texts_that_share_a_feeling() -> None:
    same, paraphrase, sad_but_different = analysis.embed_meaning(
        [
            "I don't want to be alive anymore.",
            "I wish I could stop existing.",
            "I'm so sad that my holiday is over.",
        ]
    )
    assert same @ paraphrase > same @ sad_but_different + 0.1


def test_batching_keeps_the_input_order() -> None:
    texts = [f"Sentence number {i} about a walk by the sea." * (i % 4 + 1) for i in range(40)]
    together = analysis.embed_meaning(texts, batch_size=7)
    alone = np.stack([analysis.embed_meaning([t])[0] for t in texts[:5]])
    assert np.allclose(together[:5], alone, atol=0.05)
    with pytest.raises(ValueError, match="batch_size"):
        analysis.embed_meaning(texts, batch_size=0)


def test_a_tampered_encoder_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "sentence_model"
    shutil.copytree(sentences.SENTENCE_DIR, copy)
    assert emotions.verify_checksums(copy, sentences.SENTENCE_FILES)
    (copy / "tokenizer.json").write_text("{}")
    with pytest.raises(analysis.ModelIntegrityError, match=r"tokenizer\.json.*checksum"):
        emotions.verify_checksums(copy, sentences.SENTENCE_FILES)
