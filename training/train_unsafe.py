"""Train the learned half of "not safe at home": a logistic regression on the emotion
encoder's sentence embeddings (no torch; numpy and SciPy only).

Data (all written for this project, or licensed):
- ``training/safety_data/abuse_train.tsv``: texts written for training (label unsafe/none);
- ``training/safety_data/spent_abuse_*.tsv``: blind sets once their first run is on record;
- 3,000 GoEmotions train comments (CC BY 4.0, read from ``../shared/data/goemotions``,
  never copied) as everyday text (none).
The threshold is the lowest that flags at most ``EVERYDAY_RATE`` of the GoEmotions dev
comments (never trained on) and at most ``HARD_RATE`` of the written "none" texts in
five-fold cross-validation. Writes ``src/reconnect/safety/unsafe_model/unsafe.json`` and its
``SHA256SUMS``; prints the cross-validated figures.
Run: ``.venv/bin/python training/train_unsafe.py``.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from reconnect import analysis
from reconnect.safety import unsafe_model

HERE = Path(__file__).parent
DATA = HERE / "safety_data"
GOEMOTIONS = HERE.parent.parent / "shared" / "data" / "goemotions"
EVERYDAY_TRAIN, EVERYDAY_RATE, HARD_RATE = 3_000, 0.005, 0.05
L2 = 1.0
SEED = 20261204


def _written() -> tuple[list[str], np.ndarray]:
    texts, labels = [], []
    for path in [DATA / "abuse_train.tsv", *sorted(DATA.glob("spent_abuse_*.tsv"))]:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                texts.append(row["text"])
                labels.append(row["label"] == "unsafe")
    return texts, np.array(labels, float)


def _comments(name: str, count: int | None = None) -> list[str]:
    with (GOEMOTIONS / name).open(encoding="utf-8") as handle:
        texts = [line.split("\t")[0] for line in handle if line.strip()]
    if count is None:
        return texts
    rng = np.random.default_rng(SEED)
    return [texts[i] for i in rng.choice(len(texts), count, replace=False)]


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Weights (then the bias) of an L2-regularised logistic regression."""

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))
        value = -np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))
        value += L2 * float(w[:-1] @ w[:-1]) / len(y)
        grad = np.r_[x.T @ (p - y) / len(y) + 2 * L2 * w[:-1] / len(y), np.mean(p - y)]
        return float(value), grad

    return np.asarray(minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x)


def main() -> None:
    written, y_written = _written()
    everyday = _comments("train.tsv", EVERYDAY_TRAIN)
    texts = written + everyday
    y = np.r_[y_written, np.zeros(len(everyday))]
    x = unsafe_model.embed_each(texts)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    xs = (x - mean) / scale
    rng = np.random.default_rng(SEED)
    folds = np.array_split(rng.permutation(len(y)), 5)
    cv = np.zeros(len(y))
    for k, test in enumerate(folds):
        train = np.concatenate([f for j, f in enumerate(folds) if j != k])
        w = fit(xs[train], y[train])
        cv[test] = xs[test] @ w[:-1] + w[-1]
    w = fit(xs, y)
    dev = (unsafe_model.embed_each(_comments("dev.tsv")) - mean) / scale @ w[:-1] + w[-1]
    hard = cv[: len(written)][y_written == 0]
    threshold = max(
        float(np.quantile(dev, 1 - EVERYDAY_RATE)), float(np.quantile(hard, 1 - HARD_RATE))
    )
    found = float(np.mean(cv[: len(written)][y_written == 1] >= threshold))
    print(f"{len(written)} written texts ({int(y_written.sum())} unsafe), {len(everyday)} comments")
    print(
        f"threshold {threshold:.3f}: cross-validated unsafe found {found:.2f}, written none "
        f"flagged {np.mean(hard >= threshold):.3f}, GoEmotions dev flagged {np.mean(dev >= threshold):.4f}"
    )
    doc = {
        "embedding": analysis.model_version(),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "weights": w[:-1].round(6).tolist(),
        "bias": round(float(w[-1]), 6),
        "threshold": round(threshold, 6),
    }
    folder = unsafe_model.MODEL_DIR
    (folder / unsafe_model.MODEL_FILE).write_text(json.dumps(doc) + "\n", encoding="utf-8")
    digest = hashlib.sha256((folder / unsafe_model.MODEL_FILE).read_bytes()).hexdigest()
    (folder / "SHA256SUMS").write_text(f"{digest}  {unsafe_model.MODEL_FILE}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
