"""Compare ways of cutting a text into units: recall, false alarms and model cost.

For each reading (``reconnect.safety.units.Reading``) it scores the validation split and the
held-out everyday comments with the int8 model, calibrates thresholds the same way
``export_risk.py`` does, and prints crisis recall, concern flagged, false alarms and the
tokens the model reads per text (its cost grows with them). Run after ``export_risk.py``:
    python training/compare_readings.py --run training/runs/risk
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from export_risk import MAX_TOKENS, MODEL_FILE, Onnx, lowest_threshold, per_text
from reconnect.safety.units import Reading
from safety_corpus import units_of
from train_emotions import base_model_dir, load_tokenizer

READINGS = {
    "whole only": Reading(short_words=10_000, whole_words=10_000),
    "shipped: whole <=80 words, sentences, windows of 3 by 2": Reading(),
    "whole, sentences, windows of 2 by 1": Reading(whole_words=10_000, window=2, stride=1),
    "sentences and windows of 3 by 2, no whole": Reading(whole_words=0),
    "whole <=80 words, sentences only": Reading(window=10_000),
}


def scored(model: Onnx, texts: list[str], reading: Reading) -> tuple[np.ndarray, np.ndarray, int]:
    flat, counts = units_of(texts, reading)
    owners = np.repeat(np.arange(len(texts)), counts)
    tokens = sum(sum(e.attention_mask) for e in model.tokenizer.encode_batch(flat))
    crisis, worry = per_text(model.scores(flat), owners, len(texts))
    return crisis, worry, tokens


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--run", type=Path, default=Path("training/runs/risk"))
    args = parser.parse_args()
    model = Onnx(
        args.run / MODEL_FILE, load_tokenizer(base_model_dir() / "tokenizer.json", MAX_TOKENS)
    )
    valid = json.loads((args.run / "valid.json").read_text(encoding="utf-8"))
    everyday = [
        t for t in (args.run / "calibration.txt").read_text(encoding="utf-8").splitlines() if t
    ]
    levels = np.array([e["level"] for e in valid])
    long = np.array([len(e["text"].split()) > 60 for e in valid])
    print(
        "| reading | crisis recall (long texts) | concern flagged | none flagged | everyday to crisis | tokens a long text |"
    )
    print("|---|---|---|---|---|---|")
    for name, reading in READINGS.items():
        v_crisis, v_worry, _ = scored(model, [e["text"] for e in valid], reading)
        e_crisis, e_worry, _ = scored(model, everyday, reading)
        _, _, long_tokens = scored(
            model, [e["text"] for e, is_long in zip(valid, long, strict=True) if is_long], reading
        )
        none = levels == 0
        # stricter than export_risk.py's 3%, as in the run docs/benchmarks.md reports
        t_c = lowest_threshold([(e_crisis, 0.002), (v_crisis[none], 0.01)])
        t_k = lowest_threshold([(e_worry, 0.02), (v_worry[none], 0.03)])
        found = v_crisis >= t_c
        flagged = found | (v_worry >= t_k)
        print(
            f"| {name} | {found[levels == 2].mean():.3f} ({found[(levels == 2) & long].mean():.3f}) | "
            f"{flagged[levels == 1].mean():.3f} | {flagged[none].mean():.3f} | {(e_crisis >= t_c).mean():.4f} | "
            f"{long_tokens / max(long.sum(), 1):.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
