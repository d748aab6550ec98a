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
import onnxruntime as ort
from tokenizers import Tokenizer

from reconnect.analysis.emotions import (
    EMBEDDING_DIM,
    MAX_TOKENS,
    Floats,
    threads_from_env,
    verify_checksums,
)

SENTENCE_DIR: Final = Path(__file__).parent / "sentence_model"
SENTENCE_FILE: Final = "sentence.int8.onnx"
SENTENCE_FILES: Final = (SENTENCE_FILE, "tokenizer.json")


class _Encoder:
    """The ONNX session and tokenizer."""

    def __init__(self, threads: int, folder: Path = SENTENCE_DIR) -> None:
        verify_checksums(folder, SENTENCE_FILES)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(folder / SENTENCE_FILE), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106

    def run(self, texts: list[str]) -> Floats:
        """Unit-length (n, 384) embeddings for one batch."""
        encoded = self.tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
        }
        return np.asarray(self.session.run(["embedding"], feeds)[0], np.float32)


_lock = threading.Lock()
_loaded: dict[str, _Encoder] = {}


def _encoder() -> _Encoder:
    """The loaded encoder, loading it once (thread-safe) on first use."""
    with _lock:
        if "encoder" not in _loaded:
            _loaded["encoder"] = _Encoder(threads_from_env())
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
            out[idx] = encoder.run([texts[i] for i in idx])
    return out
