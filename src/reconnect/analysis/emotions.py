"""The emotion model: a fine-tuned MiniLM as int8 ONNX, 28 GoEmotions labels plus Ekman groups.

Run time needs only onnxruntime, tokenizers and numpy. The files in ``model/`` are checked
against ``model/SHA256SUMS`` when the model loads, which happens once per process, on first
use or through :func:`load`.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from reconnect.analysis.labels import EKMAN_GROUPS, LABELS

MODEL_DIR: Final = Path(__file__).parent / "model"
MODEL_FILE: Final = "emotions.int8.onnx"
MODEL_FILES: Final = (MODEL_FILE, "tokenizer.json", "labels.json", "thresholds.json")
MAX_TOKENS: Final = 128
EMBEDDING_DIM: Final = 384
THREADS_ENV: Final = "RECONNECT_ANALYSIS_THREADS"
SCORE_DECIMALS: Final = 4

Floats = npt.NDArray[np.float32]


class ModelIntegrityError(RuntimeError):
    """A model file is missing, unreadable or does not match its recorded checksum."""


@dataclass(frozen=True)
class EmotionResult:
    """One text's scores: all 28 labels, those past their thresholds, and the Ekman groups."""

    scores: dict[str, float]
    labels: list[str]
    ekman: dict[str, float]
    ekman_labels: list[str]


def _sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify_checksums(folder: Path = MODEL_DIR, files: Sequence[str] = MODEL_FILES) -> str:
    """Check every model file against SHA256SUMS; returns the digest of SHA256SUMS itself."""
    sums_path = folder / "SHA256SUMS"
    if not sums_path.is_file():
        raise ModelIntegrityError(f"a model's checksum file is missing: {sums_path}")
    recorded = {}
    for line in sums_path.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        recorded[name.strip()] = digest.strip()
    for name in files:
        path = folder / name
        if name not in recorded:
            raise ModelIntegrityError(f"SHA256SUMS does not list the model file {name}")
        if not path.is_file():
            raise ModelIntegrityError(f"the model file {name} is missing from {folder}")
        if _sha256(path) != recorded[name]:
            raise ModelIntegrityError(
                f"the model file {name} does not match its checksum in SHA256SUMS: "
                "reinstall the package or re-run the export script in training/"
            )
    return _sha256(sums_path)


def _version(folder: Path) -> str:
    """The model version named by the checksum file (without verifying the files)."""
    try:
        return "emotions-" + _sha256(folder / "SHA256SUMS")[:12]
    except OSError:
        return "emotions-unavailable"


MODEL_VERSION: Final = _version(MODEL_DIR)


def model_version() -> str:
    """A short id of the installed model files; stored with every analysis."""
    return MODEL_VERSION


def _read_json(folder: Path, name: str) -> Any:
    """A JSON file from the model folder."""
    return json.loads((folder / name).read_text(encoding="utf-8"))


def _check_labels(folder: Path) -> None:
    """Refuse model files whose labels differ from the ones this code was written for."""
    doc = _read_json(folder, "labels.json")
    groups = {group: tuple(members) for group, members in doc["ekman"].items()}
    if tuple(doc["labels"]) != LABELS or groups != EKMAN_GROUPS:
        raise ModelIntegrityError("model/labels.json does not match reconnect.analysis.LABELS")


def threads_from_env() -> int:
    """Intra-op threads from RECONNECT_ANALYSIS_THREADS (default 1)."""
    raw = os.environ.get(THREADS_ENV, "").strip() or "1"
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{THREADS_ENV} must be a whole number of at least 1, not {raw!r}")
    return int(raw)


class OnnxText:
    """An ONNX text encoder and its tokenizer (truncating at ``max_tokens``, padding per batch)."""

    def __init__(
        self, path: Path, tokenizer: Path, threads: int, max_tokens: int = MAX_TOKENS
    ) -> None:
        import onnxruntime as ort  # loaded with the first model, not by every command
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106

    def outputs(self, texts: list[str], names: list[str]) -> list[Floats]:
        """The named outputs for one batch of texts, as float32 arrays."""
        encoded = self.tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
        }
        return [np.asarray(value, np.float32) for value in self.session.run(names, feeds)]


class _Model:
    """The emotion encoder and its thresholds."""

    def __init__(self, threads: int, folder: Path = MODEL_DIR) -> None:
        verify_checksums(folder)
        _check_labels(folder)
        self.threads = threads
        self.encoder = OnnxText(folder / MODEL_FILE, folder / "tokenizer.json", threads)
        doc = _read_json(folder, "thresholds.json")
        self.thresholds = np.array([doc["labels"][name] for name in LABELS], np.float32)
        self.ekman_thresholds = np.array([doc["ekman"][g] for g in EKMAN_GROUPS], np.float32)

    def run(self, texts: list[str]) -> tuple[Floats, Floats]:
        """Sigmoid scores (n, 28) and unit-length embeddings (n, 384) for one batch."""
        logits, embedding = self.encoder.outputs(texts, ["logits", "embedding"])
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32), embedding


_lock = threading.Lock()
_loaded: dict[str, _Model] = {}


def load(*, threads: int | None = None) -> None:
    """Load the model now rather than on first use; ``threads`` overrides the environment."""
    if threads is not None and threads < 1:
        raise ValueError("threads must be at least 1")
    with _lock:
        current = _loaded.get("model")
        if current is None or (threads is not None and current.threads != threads):
            _loaded["model"] = _Model(threads or threads_from_env())


def _model() -> _Model:
    """The loaded model, loading it once (thread-safe) on first use."""
    model = _loaded.get("model")
    if model is None:
        load()
        model = _loaded["model"]
    return model


def length_batches(texts: Sequence[str], batch_size: int) -> list[list[int]]:
    """Indices of the texts in batches of similar length (less padding), shortest first."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    return [order[start : start + batch_size] for start in range(0, len(order), batch_size)]


def _run_sorted(texts: Sequence[str], batch_size: int) -> tuple[Floats, Floats]:
    """Run texts in length-sorted batches; rows come back in input order."""
    batches = length_batches(texts, batch_size)
    model = _model()
    scores = np.zeros((len(texts), len(LABELS)), np.float32)
    embeddings = np.zeros((len(texts), EMBEDDING_DIM), np.float32)
    for idx in batches:
        scores[idx], embeddings[idx] = model.run([texts[i] for i in idx])
    return scores, embeddings


_GROUP_MEMBERS: Final = [
    np.array([LABELS.index(m) for m in members]) for members in EKMAN_GROUPS.values()
]


def ekman_scores(scores: Floats) -> Floats:
    """Ekman group scores (n, 7) from label scores (n, 28): each group's highest member.

    Training and threshold tuning call this too, so the rule lives in one place.
    """
    return np.stack([scores[:, members].max(axis=1) for members in _GROUP_MEMBERS], axis=1).astype(
        np.float32
    )


def _passed(names: Sequence[str], values: Floats, thresholds: Floats) -> list[str]:
    """Names whose value reaches its threshold, highest value first."""
    return [names[j] for j in np.argsort(-values, kind="stable") if values[j] >= thresholds[j]]


def _result(row: Floats, model: _Model) -> EmotionResult:
    """One text's result from its 28 sigmoid scores (rounded first, so shown = compared)."""
    row = np.round(row, SCORE_DECIMALS).astype(np.float32)
    groups = ekman_scores(row[np.newaxis])[0]
    return EmotionResult(
        scores={label: float(v) for label, v in zip(LABELS, row, strict=True)},
        labels=_passed(LABELS, row, model.thresholds),
        ekman={group: float(v) for group, v in zip(EKMAN_GROUPS, groups, strict=True)},
        ekman_labels=_passed(tuple(EKMAN_GROUPS), groups, model.ekman_thresholds),
    )


def _empty_result() -> EmotionResult:
    """The result for a blank text: nothing to read, so zeros and no labels."""
    return EmotionResult(
        scores=dict.fromkeys(LABELS, 0.0),
        labels=[],
        ekman=dict.fromkeys(EKMAN_GROUPS, 0.0),
        ekman_labels=[],
    )


def classify_and_embed(
    texts: Sequence[str], *, batch_size: int = 32
) -> tuple[list[EmotionResult], Floats]:
    """Emotion results and (n, 384) embeddings from one pass; blank texts get zeros."""
    live = [i for i, text in enumerate(texts) if text.strip()]
    results = [_empty_result() for _ in texts]
    embeddings = np.zeros((len(texts), EMBEDDING_DIM), np.float32)
    if not live:
        return results, embeddings
    scores, live_embeddings = _run_sorted([texts[i] for i in live], batch_size)
    embeddings[live] = live_embeddings
    model = _model()
    for i, row in zip(live, scores, strict=True):
        results[i] = _result(row, model)
    return results, embeddings


def classify(texts: Sequence[str], *, batch_size: int = 32) -> list[EmotionResult]:
    """Emotion results for each text, in order; blank texts get zero scores and no labels."""
    return classify_and_embed(texts, batch_size=batch_size)[0]


def embed(texts: Sequence[str], *, batch_size: int = 32) -> Floats:
    """Unit-length (n, 384) sentence embeddings from the fine-tuned encoder; zeros when blank."""
    live = [i for i, text in enumerate(texts) if text.strip()]
    embeddings = np.zeros((len(texts), EMBEDDING_DIM), np.float32)
    if live:
        embeddings[live] = _run_sorted([texts[i] for i in live], batch_size)[1]
    return embeddings
