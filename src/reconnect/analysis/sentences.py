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
    length_batches,
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
    live = [i for i, text in enumerate(texts) if text.strip()]
    batches = length_batches([texts[i] for i in live], batch_size)
    out = np.zeros((len(texts), EMBEDDING_DIM), np.float32)
    if live:
        encoder = _encoder()
        for batch in batches:
            idx = [live[j] for j in batch]
            out[idx] = encoder.outputs([texts[i] for i in idx], ["embedding"])[0]
    return out
