"""Export the fine-tuned model to ONNX, quantise it to int8 per channel, and install it.

Usage (training environment, repository root):
    python training/export_onnx.py --run training/runs/emotions --data ../shared/data/goemotions \
        --out src/reconnect/analysis/model
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from tokenizers import Tokenizer
from transformers import AutoConfig, AutoModel

sys.path.insert(0, str(Path(__file__).parent))
from goemotions import (
    EKMAN,
    ekman_matrix,
    group_scores,
    macro_f1,
    read_labels,
    read_split,
    tune_thresholds,
    write_json,
)
from train_emotions import EmotionModel, base_model_dir, load_tokenizer, predict

MODEL_FILE = "emotions.int8.onnx"
MAX_TOKENS = 128  # the run-time truncation (reconnect.analysis.emotions.MAX_TOKENS)
PARITY_TEXTS = [
    "ok",
    "I can't believe they did that to me, I am so angry right now!",
    "Thank you, this made my day.",
    "I don't know what I feel anymore. Everything seems far away and grey, like I'm watching "
    "my own life through a window.",
]


def load_trained(run: Path, n_labels: int) -> EmotionModel:
    """The fine-tuned model from a training run, in eval mode."""
    encoder = AutoModel.from_config(AutoConfig.from_pretrained(str(base_model_dir())))
    model = EmotionModel(encoder, n_labels)
    model.load_state_dict(torch.load(run / "model.pt", map_location="cpu"))
    return model.eval()


def export(model: EmotionModel, path: Path) -> None:
    """Legacy (TorchScript) exporter, opset 17, dynamic batch and sequence axes."""
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    torch.onnx.export(
        model,
        (ids, mask),
        str(path),
        dynamo=False,
        opset_version=17,
        input_names=["input_ids", "attention_mask"],
        output_names=["logits", "embedding"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"},
            "logits": {0: "batch"},
            "embedding": {0: "batch"},
        },
    )


def feeds(tokenizer: Tokenizer, texts: list[str]) -> dict[str, np.ndarray]:
    """ONNX inputs for a padded batch."""
    batch = tokenizer.encode_batch(texts)
    return {
        "input_ids": np.array([e.ids for e in batch], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in batch], dtype=np.int64),
    }


def check_parity(model: EmotionModel, fp32: Path, tokenizer: Tokenizer) -> float:
    """Largest difference between torch and fp32 ONNX on a padded batch; stops if it is large."""
    inputs = feeds(tokenizer, PARITY_TEXTS)
    session = ort.InferenceSession(str(fp32), providers=["CPUExecutionProvider"])
    onnx_logits, onnx_embedding = session.run(["logits", "embedding"], inputs)
    with torch.no_grad():
        logits, embedding = model(*(torch.from_numpy(v) for v in inputs.values()))
    diff = max(
        float(np.abs(onnx_logits - logits.numpy()).max()),
        float(np.abs(onnx_embedding - embedding.numpy()).max()),
    )
    if diff > 1e-3:
        raise SystemExit(f"the ONNX export differs from torch by {diff:.2g} on a padded batch")
    return diff


def onnx_scores(
    path: Path, tokenizer: Tokenizer, texts: list[str], batch_size: int = 32
) -> np.ndarray:
    """Sigmoid scores from an ONNX file, in input order."""
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: np.ndarray | None = None
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        logits = session.run(["logits"], feeds(tokenizer, [texts[i] for i in idx]))[0]
        if out is None:
            out = np.zeros((len(texts), logits.shape[1]), dtype=np.float32)
        out[idx] = 1 / (1 + np.exp(-logits))
    assert out is not None
    return out


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dev_report(
    model: EmotionModel, int8: Path, tokenizer: Tokenizer, args: argparse.Namespace
) -> dict[str, float]:
    """Dev macro-F1 (28 labels and Ekman) of torch fp32 and int8 ONNX under the run's thresholds."""
    labels = read_labels(args.data)
    dev = read_split(args.data, "dev", len(labels))
    doc = json.loads((args.run / "thresholds.json").read_text(encoding="utf-8"))
    thresholds = np.array([doc["labels"][name] for name in labels], dtype=np.float32)
    ekman_thresholds = np.array([doc["ekman"][g] for g in EKMAN], dtype=np.float32)
    matrix = ekman_matrix(labels)
    ekman_gold = (dev.labels @ matrix > 0).astype(np.float32)
    report = {}
    for name, scores in (
        ("torch_fp32", predict(model, tokenizer, dev.texts)),
        ("onnx_int8", onnx_scores(int8, tokenizer, dev.texts)),
    ):
        report[f"{name}_dev_macro_f1_28"] = round(macro_f1(scores, dev.labels, thresholds), 4)
        report[f"{name}_dev_macro_f1_ekman"] = round(
            macro_f1(group_scores(scores), ekman_gold, ekman_thresholds), 4
        )
    return report


APP_BATCH_SIZES = (1, 32)  # one text when an entry is saved; classify()'s default for re-analysis


def retune_on_int8(int8: Path, tokenizer: Tokenizer, args: argparse.Namespace) -> dict[str, Any]:
    """Thresholds tuned on dev against the int8 model's own scores (quantisation shifts them).

    Dynamic quantisation scales activations per batch, so scores move a little with
    batch-mates: the thresholds are tuned on the scores at both batch sizes the app uses.
    """
    labels = read_labels(args.data)
    dev = read_split(args.data, "dev", len(labels))
    matrix = ekman_matrix(labels)
    ekman_gold = (dev.labels @ matrix > 0).astype(np.float32)
    runs = {bs: onnx_scores(int8, tokenizer, dev.texts, bs) for bs in (1, 8, 32, 64)}
    stacked = np.concatenate([runs[bs] for bs in APP_BATCH_SIZES])
    gold = np.concatenate([dev.labels] * len(APP_BATCH_SIZES))
    label_thr = tune_thresholds(stacked, gold)
    ekman_thr = tune_thresholds(group_scores(stacked), (gold @ matrix > 0).astype(np.float32))
    report = {}
    for bs, scores in runs.items():
        report[f"onnx_int8_shipped_thresholds_batch_{bs}_dev_macro_f1_28"] = round(
            macro_f1(scores, dev.labels, label_thr), 4
        )
        report[f"onnx_int8_shipped_thresholds_batch_{bs}_dev_macro_f1_ekman"] = round(
            macro_f1(group_scores(scores), ekman_gold, ekman_thr), 4
        )
    print(report)
    write_json(args.run / "export_int8_metrics.json", report)
    return {
        "labels": dict(zip(labels, label_thr.tolist(), strict=True)),
        "ekman": dict(zip(EKMAN, ekman_thr.tolist(), strict=True)),
    }


def install(doc: dict[str, Any], tokenizer: Tokenizer, labels: list[str], out: Path) -> None:
    """Write the tokenizer, labels and thresholds beside the model, then SHA256SUMS."""
    tokenizer.save(str(out / "tokenizer.json"), pretty=False)
    write_json(out / "labels.json", {"labels": labels, "ekman": EKMAN})
    write_json(
        out / "thresholds.json",
        {
            part: {k: round(float(v), 2) for k, v in doc[part].items()}
            for part in ("labels", "ekman")
        },
    )
    write_sums(out, [MODEL_FILE, "tokenizer.json", "labels.json", "thresholds.json"])


def write_sums(out: Path, files: list[str]) -> None:
    """Write SHA256SUMS for the installed files, which the app checks when it loads them."""
    (out / "SHA256SUMS").write_text("".join(f"{sha256(out / f)}  {f}\n" for f in files))
    print(f"installed {', '.join(files)} and SHA256SUMS in {out}")


def main() -> None:
    """Export, check, quantise, evaluate and install."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--run", type=Path, default=Path("training/runs/emotions"))
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("src/reconnect/analysis/model"))
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    labels = read_labels(args.data)
    model = load_trained(args.run, len(labels))
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", MAX_TOKENS)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "emotions.fp32.onnx"
        export(model, fp32)
        print(f"torch vs fp32 ONNX, largest difference: {check_parity(model, fp32, tokenizer):.2g}")
        quantize_dynamic(
            str(fp32), str(args.out / MODEL_FILE), weight_type=QuantType.QInt8, per_channel=True
        )
    report = dev_report(model, args.out / MODEL_FILE, tokenizer, args)
    print(report)
    write_json(args.run / "export_metrics.json", report)
    install(retune_on_int8(args.out / MODEL_FILE, tokenizer, args), tokenizer, labels, args.out)


if __name__ == "__main__":
    main()
