"""An honest estimate of the shipped model's macro-F1 on text it never saw.

The model never trained on GoEmotions dev, but its thresholds were tuned there, so dev
scores are optimistic. This cross-validates the threshold tuning: dev is split into k
folds; thresholds are tuned (as ``export_onnx.py`` does, on the int8 scores at batch 1
and 32) on k-1 folds and scored on the fold left out. Usage, from the repository root:

    .venv-train/bin/python training/threshold_cv.py --data ../shared/data/goemotions --folds 5

Macro-F1 on a small fold is lower and noisier than on a full split (rare labels have only a
handful of examples in a fold), so read the figure as a slightly pessimistic estimate.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_onnx import APP_BATCH_SIZES, MODEL_FILE, onnx_scores
from goemotions import (
    ekman_matrix,
    group_scores,
    macro_f1,
    read_labels,
    read_split,
    tune_thresholds,
)


def main() -> None:
    """Score every fold and print the means."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--model", type=Path, default=Path("src/reconnect/analysis/model"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    tokenizer = Tokenizer.from_file(str(args.model / "tokenizer.json"))
    labels = read_labels(args.data)
    dev = read_split(args.data, "dev", len(labels))
    matrix = ekman_matrix(labels)
    ekman_gold = (dev.labels @ matrix > 0).astype(np.float32)
    runs = {
        bs: onnx_scores(args.model / MODEL_FILE, tokenizer, dev.texts, bs) for bs in APP_BATCH_SIZES
    }
    order = np.random.default_rng(args.seed).permutation(len(dev.texts))
    folds = np.array_split(order, args.folds)
    results: dict[int, tuple[list[float], list[float]]] = {bs: ([], []) for bs in runs}
    for i, held_out in enumerate(folds):
        tune = np.concatenate([f for j, f in enumerate(folds) if j != i])
        stacked = np.concatenate([runs[bs][tune] for bs in APP_BATCH_SIZES])
        gold = np.concatenate([dev.labels[tune]] * len(APP_BATCH_SIZES))
        thresholds = np.round(tune_thresholds(stacked, gold), 2)
        ekman_thresholds = np.round(
            tune_thresholds(group_scores(stacked), (gold @ matrix > 0).astype(np.float32)), 2
        )
        for bs, scores in runs.items():
            results[bs][0].append(macro_f1(scores[held_out], dev.labels[held_out], thresholds))
            results[bs][1].append(
                macro_f1(group_scores(scores[held_out]), ekman_gold[held_out], ekman_thresholds)
            )
    for bs, (f1_28, f1_ekman) in results.items():
        print(
            f"{args.folds}-fold, batch {bs}: macro-F1 28 labels {np.mean(f1_28):.3f} "
            f"(folds {min(f1_28):.3f}-{max(f1_28):.3f}), Ekman {np.mean(f1_ekman):.3f} "
            f"(folds {min(f1_ekman):.3f}-{max(f1_ekman):.3f})"
        )


if __name__ == "__main__":
    main()
