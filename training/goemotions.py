"""Reading the GoEmotions splits and the label groupings (shared by training and export)."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from reconnect.analysis.emotions import ekman_scores
from reconnect.analysis.labels import EKMAN_GROUPS, LABELS

# The grouping and the rule that scores a group live in the app (reconnect.analysis), so
# training, threshold tuning and run time cannot drift apart.
EKMAN = {group: list(members) for group, members in EKMAN_GROUPS.items()}


@dataclass
class Split:
    """Texts and their multi-hot label matrix."""

    texts: list[str]
    labels: np.ndarray  # shape (n, 28), float32


def read_labels(data_dir: Path) -> list[str]:
    """The 28 label names in id order."""
    labels = [
        line.strip() for line in (data_dir / "labels.txt").read_text().splitlines() if line.strip()
    ]
    if tuple(labels) != LABELS:
        raise SystemExit(
            f"{data_dir / 'labels.txt'} does not list reconnect.analysis.LABELS in order"
        )
    return labels


def read_split(data_dir: Path, name: str, n_labels: int) -> Split:
    """One TSV split: text, comma-separated label ids, comment id."""
    texts, rows = [], []
    with (data_dir / f"{name}.tsv").open(encoding="utf-8", newline="") as handle:
        for record in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(record[0])
            row = np.zeros(n_labels, dtype=np.float32)
            row[[int(i) for i in record[1].split(",")]] = 1.0
            rows.append(row)
    return Split(texts, np.stack(rows))


def ekman_matrix(labels: list[str]) -> np.ndarray:
    """A (28, 7) 0/1 matrix mapping labels to Ekman groups."""
    matrix = np.zeros((len(labels), len(EKMAN)), dtype=np.float32)
    for j, members in enumerate(EKMAN.values()):
        for member in members:
            matrix[labels.index(member), j] = 1.0
    return matrix


def group_scores(scores: np.ndarray) -> np.ndarray:
    """Ekman scores from the 28 label scores, by the app's own rule."""
    return ekman_scores(scores.astype(np.float32))


def f1(pred: np.ndarray, gold: np.ndarray) -> float:
    """Binary F1 of two 0/1 vectors."""
    tp = float(np.sum(pred * gold))
    denom = float(np.sum(pred) + np.sum(gold))
    return 0.0 if denom == 0 else 2 * tp / denom


def tune_thresholds(scores: np.ndarray, gold: np.ndarray) -> np.ndarray:
    """Per-column threshold that maximises F1 on this data."""
    grid = np.arange(0.02, 0.96, 0.01)
    best = []
    for j in range(scores.shape[1]):
        values = [f1((scores[:, j] >= t).astype(np.float32), gold[:, j]) for t in grid]
        best.append(float(grid[int(np.argmax(values))]))
    return np.array(best, dtype=np.float32)


def macro_f1(scores: np.ndarray, gold: np.ndarray, thresholds: np.ndarray) -> float:
    """Macro-averaged F1 over columns of scores cut at their thresholds."""
    return macro_f1_of(scores >= thresholds, gold)


def macro_f1_of(pred: np.ndarray, gold: np.ndarray) -> float:
    """Macro-averaged F1 over columns of 0/1 predictions."""
    pred = pred.astype(np.float32)
    return float(np.mean([f1(pred[:, j], gold[:, j]) for j in range(gold.shape[1])]))


def write_json(path: Path, data: object) -> None:
    """Pretty JSON with a trailing newline."""
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
