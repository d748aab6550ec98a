"""Recover fp32 weights from the committed int8 ONNX model into a training run folder.

The fine-tuned checkpoint (``training/runs/``) is not committed. Its int8 model is, and
every int8 weight times its per-channel scale gives back an fp32 weight that quantises
to the same int8 values again (per-channel symmetric quantisation), so the recovered
model is the shipped model, without the rounding of activations. This writes a run
folder (``model.pt`` and ``thresholds.json``, the shipped thresholds) that
``export_onnx.py``, ``quantize_variants.py`` and ``bench/bench_emotions.py --torch-run``
read like a training run.

Usage (training environment, repository root):
    python training/recover_fp32.py --int8 src/reconnect/analysis/model/emotions.int8.onnx \
        --out training/runs/recovered
    # to start from the int8 model of an earlier commit:
    git show 2daddf0:src/reconnect/analysis/model/emotions.int8.onnx > /tmp/emotions.int8.onnx
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import torch
from onnx import numpy_helper
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoConfig, AutoModel

sys.path.insert(0, str(Path(__file__).parent))
from export_onnx import MAX_TOKENS, export, feeds
from goemotions import read_split
from train_emotions import EmotionModel, base_model_dir, load_tokenizer

N_LABELS = 28


def _linear_name(output: str) -> str:
    """The torch Linear behind a MatMul output, e.g. encoder.encoder.layer.0.attention.self.query."""
    if output.startswith("logits"):
        return "head"
    path = output.split("/MatMul_output_0")[0].strip("/")
    return path.replace("/", ".")


def _dequantised(init: dict[str, np.ndarray], name: str, axis: int | None) -> np.ndarray:
    """(q - zero point) x scale for an initialiser quantised by onnxruntime (``name_quantized``)."""
    base = name.removesuffix("_quantized")
    q = init[name].astype(np.float32)
    scale = init[f"{base}_scale"].astype(np.float32)
    zero = init[f"{base}_zero_point"].astype(np.float32)
    if axis is not None and scale.ndim == 1:
        shape = [1] * q.ndim
        shape[axis] = -1
        scale, zero = scale.reshape(shape), zero.reshape(shape)
    return (q - zero) * scale


def recovered_state_dict(int8: Path) -> dict[str, torch.Tensor]:
    """EmotionModel weights from a dynamically quantised (MatMulInteger) ONNX file."""
    graph = onnx.load(str(int8)).graph
    init = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    state: dict[str, torch.Tensor] = {}
    for name, value in init.items():  # biases and LayerNorm parameters stay fp32
        quant_part = name.endswith(("_scale", "_zero_point", "_quantized"))
        if name.startswith(("encoder.", "head.")) and value.dtype == np.float32 and not quant_part:
            state[name] = torch.from_numpy(value.copy())
    for node in graph.node:
        if node.op_type == "MatMulInteger":
            weight = _dequantised(init, node.input[1], axis=1)  # (in, out), scale per output
            linear = _linear_name(node.output[0].removesuffix("_output_quantized"))
            state[f"{linear}.weight"] = torch.from_numpy(np.ascontiguousarray(weight.T))
        elif node.op_type == "Gather" and node.input[0].endswith("_quantized"):
            table = node.input[0].removesuffix("_quantized")
            state[table] = torch.from_numpy(_dequantised(init, node.input[0], axis=None))
    return state


def build_model(state: dict[str, torch.Tensor]) -> EmotionModel:
    """EmotionModel (BertModel with the MiniLM-L6 config, mean pooling, linear head)."""
    encoder = AutoModel.from_config(AutoConfig.from_pretrained(str(base_model_dir())))
    model = EmotionModel(encoder, N_LABELS)
    missing, unexpected = model.load_state_dict(state, strict=False)
    # the pooler is unused (mean pooling) and so absent from the ONNX graph: zero it
    with torch.no_grad():
        for parameter in model.encoder.pooler.parameters():
            parameter.zero_()
    missing = [k for k in missing if not k.endswith("position_ids") and ".pooler." not in k]
    if missing or unexpected:
        raise SystemExit(
            f"recovered weights do not fit: missing {missing}, unexpected {unexpected}"
        )
    return model.eval()


def onnx_outputs(path: Path, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
    """Logits and embedding from an ONNX file (one thread, all graph optimisations)."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return session.run(["logits", "embedding"], inputs)


def same_int8_weights(a: Path, b: Path) -> bool:
    """Whether two dynamically quantised files hold the same int8 weights and scales."""
    init_a = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(a)).graph.initializer}
    init_b = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(b)).graph.initializer}
    quantised = [n for n in init_a if n.endswith("_quantized")]
    return bool(quantised) and all(
        n in init_b
        and np.array_equal(init_a[n], init_b[n])
        and np.allclose(
            init_a[n.removesuffix("_quantized") + "_scale"],
            init_b[n.removesuffix("_quantized") + "_scale"],
            rtol=1e-6,
            atol=0,
        )
        for n in quantised
    )


def check(model: EmotionModel, int8: Path, data: Path, sample: int) -> None:
    """Compare torch, the fp32 re-export and the int8 original on dev texts; re-quantise."""
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", MAX_TOKENS)
    texts = read_split(data, "dev", N_LABELS).texts[:sample]
    with tempfile.TemporaryDirectory() as tmp:
        fp32, requant = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        export(model, fp32)
        quantize_dynamic(str(fp32), str(requant), weight_type=QuantType.QInt8, per_channel=True)
        print(
            "re-quantised int8 weights and scales identical to the original:",
            same_int8_weights(int8, requant),
        )
        worst = {
            "torch vs fp32 ONNX": 0.0,
            "fp32 ONNX vs int8 (logits)": 0.0,
            "fp32 ONNX vs int8 (embedding)": 0.0,
        }
        agree = total = 0
        for start in range(0, len(texts), 8):  # batches of 8 at batch 1 for int8 (no batch-mates)
            batch = texts[start : start + 8]
            inputs = feeds(tokenizer, batch)
            logits, embedding = onnx_outputs(fp32, inputs)
            with torch.no_grad():
                t_logits, t_embedding = model(*(torch.from_numpy(v) for v in inputs.values()))
            worst["torch vs fp32 ONNX"] = max(
                worst["torch vs fp32 ONNX"],
                float(np.abs(t_logits.numpy() - logits).max()),
                float(np.abs(t_embedding.numpy() - embedding).max()),
            )
            for i, text in enumerate(batch):
                q_logits, q_embedding = onnx_outputs(int8, feeds(tokenizer, [text]))
                worst["fp32 ONNX vs int8 (logits)"] = max(
                    worst["fp32 ONNX vs int8 (logits)"],
                    float(np.abs(q_logits[0] - logits[i]).max()),
                )
                worst["fp32 ONNX vs int8 (embedding)"] = max(
                    worst["fp32 ONNX vs int8 (embedding)"],
                    float(np.abs(q_embedding[0] - embedding[i]).max()),
                )
                agree += int((q_logits[0] > 0).tolist() == (logits[i] > 0).tolist())
                total += 1
        for what, diff in worst.items():
            print(f"largest difference, {what}: {diff:.3g}")
        print(f"same labels at logit 0 (fp32 ONNX vs int8, batch 1): {agree}/{total}")
        if worst["torch vs fp32 ONNX"] > 1e-3:
            raise SystemExit("torch and the fp32 ONNX export disagree")


def main() -> None:
    """Recover, check and write the run folder."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--int8", type=Path, default=Path("src/reconnect/analysis/model/emotions.int8.onnx")
    )
    parser.add_argument(
        "--thresholds", type=Path, default=Path("src/reconnect/analysis/model/thresholds.json")
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data/goemotions"))
    parser.add_argument("--out", type=Path, default=Path("training/runs/recovered"))
    parser.add_argument("--sample", type=int, default=200, help="dev texts to compare on")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    model = build_model(recovered_state_dict(args.int8))
    check(model, args.int8, args.data, args.sample)
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.out / "model.pt")
    shutil.copyfile(args.thresholds, args.out / "thresholds.json")
    print(f"wrote {args.out / 'model.pt'} and {args.out / 'thresholds.json'}")


if __name__ == "__main__":
    main()
