"""An honest estimate of the shipped model's macro-F1 on text it never saw.

The model never trained on GoEmotions dev, but its thresholds were tuned there, so dev
scores are optimistic. This cross-validates the threshold tuning: dev is split into k
folds; thresholds are tuned (as ``export_onnx.py`` does, on the int8 scores at batch 1
and 32) on k-1 folds and scored on the fold left out. Usage, from the repository root:

    .venv-train/bin/python training/threshold_cv.py --data ../shared/data/goemotions --folds 5

Two figures come out. "Per fold" averages the macro-F1 of each left-out fold; on a fold of
about 1,100 texts rare labels have only a handful of examples, and F1 on so few is biased
low, so this one is pessimistic. "Pooled" first gathers every text's prediction from the
fold where it was left out (so no text is scored with thresholds tuned on it) and then
computes one macro-F1 over all of dev, the usual cross-validated estimate; it still tunes
on 80% of dev rather than all of it, so it too leans slightly low.
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
    macro_f1_of,
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
    pooled = {bs: (np.zeros_like(dev.labels), np.zeros_like(ekman_gold)) for bs in runs}
    for i, held_out in enumerate(folds):
        tune = np.concatenate([f for j, f in enumerate(folds) if j != i])
        stacked = np.concatenate([runs[bs][tune] for bs in APP_BATCH_SIZES])
        gold = np.concatenate([dev.labels[tune]] * len(APP_BATCH_SIZES))
        thresholds = np.round(tune_thresholds(stacked, gold), 2)
        ekman_thresholds = np.round(
            tune_thresholds(group_scores(stacked), (gold @ matrix > 0).astype(np.float32)), 2
        )
        for bs, scores in runs.items():
            pooled[bs][0][held_out] = scores[held_out] >= thresholds
            pooled[bs][1][held_out] = group_scores(scores[held_out]) >= ekman_thresholds
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
        labels_hit, groups_hit = pooled[bs]
        print(
            f"{args.folds}-fold pooled, batch {bs}: macro-F1 28 labels "
            f"{macro_f1_of(labels_hit, dev.labels):.3f}, "
            f"Ekman {macro_f1_of(groups_hit, ekman_gold):.3f}"
        )


if __name__ == "__main__":
    main()
