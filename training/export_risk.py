"""Export the risk model to ONNX, quantise it to int8, calibrate its thresholds, install it.

Thresholds are calibrated on the int8 model's own scores, unit by unit as the app reads a
text (``reconnect.safety.units``), on the validation split of the written texts and on
everyday comments held out of training (GoEmotions train). Crisis: the lowest threshold at
which at most ``--everyday-crisis`` of the everyday comments and ``--valid-none-crisis`` of
the validation "none" texts are raised to crisis (recall first: the lowest such threshold
catches the most). Concern likewise, with the ``--*-concern`` limits on being flagged at all.

Usage (from the repository root, in the training environment; see training/README.md):
    python training/export_risk.py --run training/runs/risk --out src/reconnect/analysis/risk_model
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from torch import nn
from transformers import AutoConfig, AutoModel

sys.path.insert(0, str(Path(__file__).parent))
from export_onnx import feeds, write_sums
from safety_corpus import units_of
from train_emotions import base_model_dir, load_tokenizer
from train_risk import RiskModel, probabilities

MODEL_FILE = "risk.int8.onnx"
MAX_TOKENS = 256
PARITY_TEXTS = [
    "ok",
    "I don't want to be here anymore.",
    "Made pasta, watched the match, called mum. Long day but a good one, and tomorrow is Friday.",
]


class Exported(nn.Module):
    """The risk model with its probabilities as the one output."""

    def __init__(self, model: RiskModel) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return probabilities(self.model(input_ids, attention_mask))


def load_trained(run: Path) -> Exported:
    """The fine-tuned model from a training run, in eval mode."""
    model = RiskModel(AutoModel.from_config(AutoConfig.from_pretrained(str(base_model_dir()))))
    model.load_state_dict(torch.load(run / "model.pt", map_location="cpu"))
    return Exported(model).eval()


def export(model: Exported, path: Path) -> None:
    """Legacy (TorchScript) exporter, opset 17, dynamic batch and sequence axes."""
    ids = torch.ones((2, 16), dtype=torch.long)
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids)),
        str(path),
        dynamo=False,
        opset_version=17,
        input_names=["input_ids", "attention_mask"],
        output_names=["probabilities"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"},
            "probabilities": {0: "batch"},
        },
    )


class Onnx:
    """An ONNX file and the tokenizer, scoring texts in length-sorted batches."""

    def __init__(self, path: Path, tokenizer) -> None:  # type: ignore[no-untyped-def]
        self.session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        self.tokenizer = tokenizer

    def feeds(self, texts: list[str]) -> dict[str, np.ndarray]:
        return feeds(self.tokenizer, texts)

    def scores(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self.session.run(["probabilities"], self.feeds([texts[i] for i in idx]))[0]
        return out


def check_parity(model: Exported, fp32: Onnx) -> float:
    """Largest difference between torch and fp32 ONNX on a padded batch; stops if large."""
    inputs = fp32.feeds(PARITY_TEXTS)
    onnx = fp32.session.run(["probabilities"], inputs)[0]
    with torch.no_grad():
        ours = model(*(torch.from_numpy(v) for v in inputs.values())).numpy()
    diff = float(np.abs(onnx - ours).max())
    if diff > 1e-3:
        raise SystemExit(f"the ONNX export differs from torch by {diff:.2g} on a padded batch")
    return diff


def per_text(scores: np.ndarray, owners: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Each text's highest P(crisis) and highest P(concern)+P(crisis) over its units."""
    crisis, worry = np.zeros(n), np.zeros(n)
    np.maximum.at(crisis, owners, scores[:, 2])
    np.maximum.at(worry, owners, scores[:, 1] + scores[:, 2])
    return crisis, worry


def unit_scores(model: Onnx, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every unit's probabilities, and the index of the text each unit belongs to."""
    flat, counts = units_of(texts)
    return model.scores(flat), np.repeat(np.arange(len(texts)), counts)


def lowest_threshold(limits: list[tuple[np.ndarray, float]]) -> float:
    """The lowest threshold (0.05..0.999) at which every (scores, share) stays within its share.

    Steps of 0.01, then 0.001 above 0.99: a fine-tuned model's scores crowd near 1.
    """
    grid = [
        *np.round(np.arange(0.05, 0.995, 0.01), 2),
        *np.round(np.arange(0.991, 0.9995, 0.001), 3),
    ]
    for t in grid:
        if all(float((s >= t).mean()) <= share for s, share in limits):
            return float(t)
    return 0.999


def calibrate(int8: Onnx, run: Path, args: argparse.Namespace) -> dict[str, object]:
    """Thresholds from the int8 scores, and what they give on the validation split."""
    valid = json.loads((run / "valid.json").read_text(encoding="utf-8"))
    everyday = [
        line for line in (run / "calibration.txt").read_text(encoding="utf-8").splitlines() if line
    ]
    v_scores, v_owners = unit_scores(int8, [e["text"] for e in valid])
    e_scores, e_owners = unit_scores(int8, everyday)
    v_crisis, v_worry = per_text(v_scores, v_owners, len(valid))
    e_crisis, e_worry = per_text(e_scores, e_owners, len(everyday))
    levels = np.array([e["level"] for e in valid])
    none = levels == 0
    t_crisis = lowest_threshold(
        [(e_crisis, args.everyday_crisis), (v_crisis[none], args.valid_none_crisis)]
    )
    t_concern = lowest_threshold(
        [(e_worry, args.everyday_concern), (v_worry[none], args.valid_none_concern)]
    )
    other_rows = levels > 0
    v_other = np.zeros(len(valid))
    np.maximum.at(v_other, v_owners, v_scores[:, 3])
    gold_other = np.array([e["other"] for e in valid])
    report = {
        "thresholds": {"crisis": t_crisis, "concern": t_concern, "other": 0.5},
        "valid_crisis_recall": float((v_crisis[levels == 2] >= t_crisis).mean()),
        "valid_concern_flagged": float(
            ((v_crisis[levels == 1] >= t_crisis) | (v_worry[levels == 1] >= t_concern)).mean()
        ),
        "valid_none_crisis": float((v_crisis[none] >= t_crisis).mean()),
        "valid_none_flagged": float(
            ((v_crisis[none] >= t_crisis) | (v_worry[none] >= t_concern)).mean()
        ),
        "everyday_crisis": float((e_crisis >= t_crisis).mean()),
        "everyday_flagged": float(((e_crisis >= t_crisis) | (e_worry >= t_concern)).mean()),
        "valid_other_accuracy": float(
            ((v_other[other_rows] >= 0.5) == gold_other[other_rows]).mean()
        ),
        "valid_texts": len(valid),
        "everyday_texts": len(everyday),
    }
    print(json.dumps(report, indent=2), flush=True)
    return report


def install(report: dict[str, object], tokenizer, out: Path, int8_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The model, the tokenizer, thresholds.json and SHA256SUMS."""
    out.mkdir(parents=True, exist_ok=True)
    (out / MODEL_FILE).write_bytes(int8_path.read_bytes())
    tokenizer.save(str(out / "tokenizer.json"), pretty=False)
    (out / "README.md").write_text(
        (Path(__file__).parent / "risk_model_README.md").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    (out / "thresholds.json").write_text(
        json.dumps(report["thresholds"], indent=2) + "\n", encoding="utf-8"
    )
    write_sums(out, [MODEL_FILE, "tokenizer.json", "thresholds.json"])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--run", type=Path, default=Path("training/runs/risk"))
    parser.add_argument("--out", type=Path, default=Path("src/reconnect/analysis/risk_model"))
    parser.add_argument("--everyday-crisis", type=float, default=0.002)
    parser.add_argument("--valid-none-crisis", type=float, default=0.03)
    parser.add_argument("--everyday-concern", type=float, default=0.02)
    parser.add_argument("--valid-none-concern", type=float, default=0.03)
    args = parser.parse_args()
    torch.set_num_threads(2)
    model = load_trained(args.run)
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", MAX_TOKENS)
    fp32_path, int8_path = args.run / "risk.fp32.onnx", args.run / MODEL_FILE
    export(model, fp32_path)
    print(f"torch vs fp32 ONNX: {check_parity(model, Onnx(fp32_path, tokenizer)):.2g}", flush=True)
    quantize_dynamic(str(fp32_path), str(int8_path), weight_type=QuantType.QInt8, per_channel=True)
    report = calibrate(Onnx(int8_path, tokenizer), args.run, args)
    (args.run / "export_metrics.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    install(report, tokenizer, args.out, int8_path)


if __name__ == "__main__":
    main()
