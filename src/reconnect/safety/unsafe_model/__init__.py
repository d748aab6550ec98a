"""The learned half of "not safe at home": a logistic regression over the emotion
encoder's sentence embeddings, trained by ``training/train_unsafe.py``.

It adds to the rules (``safety.rules.unsafe_at_home``), never replaces them: a text is
"not safe at home" when either says so. The weights are checked against ``SHA256SUMS`` and
against the emotion model they were trained on; a mismatch raises, so the screen never
runs with a model it was not measured with.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from reconnect import analysis
from reconnect.analysis.emotions import ModelIntegrityError, verify_checksums

MODEL_DIR: Final = Path(__file__).parent
MODEL_FILE: Final = "unsafe.json"


def embed_each(texts: Sequence[str]) -> np.ndarray:
    """Embeddings with each text run on its own (the int8 encoder's answers move with
    batch-mates), so a text reads the same in a save and an import."""
    if not texts:
        return np.zeros((0, analysis.EMBEDDING_DIM), np.float32)
    return np.vstack([analysis.embed([text], batch_size=1) for text in texts])


@dataclass(frozen=True)
class UnsafeModel:
    """Standardisation, weights and the threshold."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """One score per text; at or above ``threshold`` reads as not safe at home."""
        x = (embed_each(texts) - self.mean) / self.scale
        return np.asarray(x @ self.weights + self.bias)

    def flags(self, texts: Sequence[str]) -> list[bool]:
        """Whether each text reads as not safe at home (blank texts never do)."""
        scores = self.scores(texts)
        return [
            bool(text.strip()) and bool(s >= self.threshold)
            for text, s in zip(texts, scores, strict=True)
        ]


_lock = threading.Lock()
_loaded: dict[str, UnsafeModel] = {}


def load() -> UnsafeModel:
    """The model, loaded and checked once per process."""
    with _lock:
        if "model" not in _loaded:
            _loaded["model"] = _read(MODEL_DIR)
        return _loaded["model"]


def _read(folder: Path) -> UnsafeModel:
    verify_checksums(folder, (MODEL_FILE,))
    path = folder / MODEL_FILE
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc["embedding"] != analysis.model_version():
        raise ModelIntegrityError(f"{path.name} was trained on another emotion model")
    return UnsafeModel(
        mean=np.array(doc["mean"], np.float32),
        scale=np.array(doc["scale"], np.float32),
        weights=np.array(doc["weights"], np.float32),
        bias=float(doc["bias"]),
        threshold=float(doc["threshold"]),
    )
