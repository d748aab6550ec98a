"""A general sentence encoder for meaning: all-MiniLM-L6-v2 as it ships, int8 ONNX.

The emotion model's own embedding places texts by emotion, so a sad but safe text sits
close to a text about ending one's life. The safety screen needs the opposite: texts that
mean the same thing close together, whatever their emotion. This encoder was trained for
exactly that (sentence similarity) and is used as it ships, not fine-tuned. Its files in
``sentence_model/`` are checked against their SHA256SUMS when it loads.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import numpy as np

from reconnect.analysis.emotions import (
    EMBEDDING_DIM,
    Floats,
    OnnxText,
    threads_from_env,
    verify_checksums,
)

SENTENCE_DIR: Final = Path(__file__).parent / "sentence_model"
SENTENCE_FILE: Final = "sentence.int8.onnx"
SENTENCE_FILES: Final = (SENTENCE_FILE, "tokenizer.json")


_lock = threading.Lock()
_loaded: dict[str, OnnxText] = {}


def _encoder() -> OnnxText:
    """The encoder, checked and loaded once (thread-safe) on first use."""
    with _lock:
        if "encoder" not in _loaded:
            verify_checksums(SENTENCE_DIR, SENTENCE_FILES)
            _loaded["encoder"] = OnnxText(
                SENTENCE_DIR / SENTENCE_FILE, SENTENCE_DIR / "tokenizer.json", threads_from_env()
            )
        return _loaded["encoder"]


def embed_meaning(texts: Sequence[str], *, batch_size: int = 32) -> Floats:
    """Unit-length (n, 384) embeddings of what each text means; zeros for blank texts."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    out = np.zeros((len(texts), EMBEDDING_DIM), np.float32)
    live = sorted((i for i, text in enumerate(texts) if text.strip()), key=lambda i: len(texts[i]))
    if live:
        encoder = _encoder()
        for start in range(0, len(live), batch_size):
            idx = live[start : start + batch_size]
            out[idx] = encoder.outputs([texts[i] for i in idx], ["embedding"])[0]
    return out
