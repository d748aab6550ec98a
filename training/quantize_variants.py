"""Build and measure quantisation variants of the emotion model against torch fp32.

Starts from a run folder (``training/runs/recovered`` from ``recover_fp32.py``, or a
training run). For each variant it prints dev macro-F1 (28 labels and Ekman) at batch 1
and 32 under the shipped thresholds and under thresholds re-tuned on that variant's own
dev scores, then texts/s (batched, length-sorted, tokenising included) and the batch-1
median, interleaved with torch fp32 on the same texts, best of ``--rounds``.

Usage (training environment, repository root):
    HF_HUB_OFFLINE=1 python training/quantize_variants.py --run training/runs/recovered \
        --data ../shared/data/goemotions --variants dynamic,fused-dynamic --threads 1
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import (
    CalibrationDataReader,
    QuantFormat,
    QuantType,
    quantize_dynamic,
    quantize_static,
)
from onnxruntime.quantization.shape_inference import quant_pre_process
from onnxruntime.transformers import optimizer
from onnxruntime.transformers.fusion_options import FusionOptions
from tokenizers import Tokenizer

sys.path.insert(0, str(Path(__file__).parent))
from export_onnx import export, feeds, load_trained
from goemotions import (
    EKMAN,
    ekman_matrix,
    group_scores,
    macro_f1,
    read_labels,
    read_split,
    tune_thresholds,
)
from train_emotions import base_model_dir, load_tokenizer, predict

HEADS, HIDDEN = 12, 384
Scorer = Callable[[list[str]], np.ndarray]


class TrainTexts(CalibrationDataReader):
    """Calibration feeds: GoEmotions train texts, one at a time (no padding)."""

    def __init__(self, tokenizer: Tokenizer, texts: list[str]) -> None:
        self.items: Iterator[dict[str, np.ndarray]] = (feeds(tokenizer, [t]) for t in texts)

    def get_next(self) -> dict[str, np.ndarray] | None:
        return next(self.items, None)


def fused(fp32: Path, out: Path, *, attention: bool) -> Path:
    """onnxruntime transformer fusions (BERT, 12 heads, hidden 384), optionally without Attention."""
    options = FusionOptions("bert")
    options.enable_attention = attention
    model = optimizer.optimize_model(
        str(fp32), "bert", num_heads=HEADS, hidden_size=HIDDEN, optimization_options=options
    )
    print(f"  fusions: {model.get_fused_operator_statistics()}")
    from onnxruntime.tools.symbolic_shape_infer import SymbolicShapeInference

    typed = SymbolicShapeInference.infer_shapes(model.model, auto_merge=True)
    import onnx

    onnx.save(typed, str(out))
    return out


def attention_matmuls(path: Path) -> list[str]:
    """The MatMul nodes whose inputs are both activations (scores and context)."""
    import onnx

    graph = onnx.load(str(path)).graph
    weights = {t.name for t in graph.initializer}
    return [n.name for n in graph.node if n.op_type == "MatMul" and not set(n.input) & weights]


def build(
    variant: str, fp32: Path, eager: Path, tmp: Path, calib: list[str], tok: Tokenizer
) -> Path:
    """One variant's ONNX file, from the fp32 export."""
    out = tmp / f"{variant}.onnx"
    if variant.startswith("eager-"):  # the same model exported with eager attention
        fp32, variant = eager, variant.removeprefix("eager-")
    if variant == "fp32":
        return fp32
    if variant == "shipped":  # the committed model file itself
        return (
            Path(__file__).resolve().parent.parent
            / "src/reconnect/analysis/model/emotions.int8.onnx"
        )
    if variant == "dynamic":
        quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True)
        return out
    if variant in ("fused-dynamic", "fusednoattn-dynamic"):
        base = fused(fp32, tmp / f"{variant}.fp32.onnx", attention=variant == "fused-dynamic")
        quantize_dynamic(str(base), str(out), weight_type=QuantType.QInt8, per_channel=True)
        return out
    if variant == "fused-fp32":
        return fused(fp32, out, attention=True)
    # static: "static-{qdq|qop}-{all|weights}[-fused]"
    _, fmt, scope, *rest = variant.split("-")
    base = fp32
    if rest == ["fused"]:
        base = fused(fp32, tmp / f"{variant}.fp32.onnx", attention=False)
    pre = tmp / f"{variant}.pre.onnx"
    quant_pre_process(str(base), str(pre), skip_symbolic_shape=True)
    quantize_static(
        str(pre),
        str(out),
        TrainTexts(tok, calib),
        quant_format=QuantFormat.QDQ if fmt == "qdq" else QuantFormat.QOperator,
        op_types_to_quantize=["MatMul"],
        per_channel=True,
        activation_type=QuantType.QUInt8 if fmt == "qop" else QuantType.QInt8,
        weight_type=QuantType.QInt8,
        nodes_to_exclude=attention_matmuls(pre) if scope == "weights" else None,
        extra_options={"WeightSymmetric": True, "ActivationSymmetric": False},
    )
    return out


def session(path: Path, threads: int, spinning: bool, level: str) -> ort.InferenceSession:
    """An onnxruntime session like the app's, with the options under test."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = getattr(ort.GraphOptimizationLevel, level)
    if not spinning:
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def onnx_scorer(sess: ort.InferenceSession, tok: Tokenizer, batch_size: int) -> Scorer:
    """Sigmoid scores in input order, length-sorted batches (as reconnect.analysis runs)."""

    def score(texts: list[str]) -> np.ndarray:
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 28), np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            logits = sess.run(["logits", "embedding"], feeds(tok, [texts[i] for i in idx]))[0]
            out[idx] = 1 / (1 + np.exp(-logits))
        return out

    return score


def f1_pair(
    scores: np.ndarray, gold: np.ndarray, thr: dict[str, np.ndarray]
) -> tuple[float, float]:
    """Macro-F1 over 28 labels and over the Ekman groups."""
    matrix = ekman_matrix(list(thr["names"]))
    return (
        macro_f1(scores, gold, thr["labels"]),
        macro_f1(group_scores(scores), (gold @ matrix > 0).astype(np.float32), thr["ekman"]),
    )


def retuned(s1: np.ndarray, s32: np.ndarray, gold: np.ndarray, names: list[str]) -> dict:
    """Thresholds tuned on a variant's own dev scores at batch 1 and 32 (as export_onnx does)."""
    matrix = ekman_matrix(names)
    stacked, both = np.concatenate([s1, s32]), np.concatenate([gold, gold])
    return {
        "names": names,
        "labels": tune_thresholds(stacked, both),
        "ekman": tune_thresholds(group_scores(stacked), (both @ matrix > 0).astype(np.float32)),
    }


def texts_per_s(score: Scorer, texts: list[str]) -> tuple[float, float]:
    """Texts per second for one pass: per wall-clock second and per CPU second of this process."""
    start, cpu = time.perf_counter(), time.process_time()
    score(texts)
    return (
        len(texts) / (time.perf_counter() - start),
        len(texts) / max(time.process_time() - cpu, 1e-9),
    )


def latency_ms(score: Scorer, texts: list[str]) -> float:
    """Median ms for one text at a time."""
    times = []
    for text in texts:
        start = time.perf_counter()
        score([text])
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Build, score and time each variant; print a markdown table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--run", type=Path, default=Path("training/runs/recovered"))
    parser.add_argument("--data", type=Path, default=Path("../shared/data/goemotions"))
    parser.add_argument("--variants", default="dynamic")
    parser.add_argument("--threads", default="1", help="comma-separated")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--speed-texts", type=int, default=2000, help="dev texts timed")
    parser.add_argument("--latency-texts", type=int, default=200)
    parser.add_argument("--calibration-texts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-spinning", action="store_true")
    parser.add_argument("--level", default="ORT_ENABLE_ALL")
    parser.add_argument("--no-f1", action="store_true")
    parser.add_argument("--no-torch", action="store_true")
    parser.add_argument("--keep", type=Path, default=None, help="copy the built files here")
    args = parser.parse_args()
    names = read_labels(args.data)
    dev = read_split(args.data, "dev", len(names))
    calib = read_split(args.data, "train", len(names)).texts[: args.calibration_texts]
    tok = load_tokenizer(base_model_dir() / "tokenizer.json", args.max_tokens)
    doc = json.loads((args.run / "thresholds.json").read_text(encoding="utf-8"))
    shipped = {
        "names": names,
        "labels": np.array([doc["labels"][n] for n in names], np.float32),
        "ekman": np.array([doc["ekman"][g] for g in EKMAN], np.float32),
    }
    model = load_trained(args.run, len(names))
    threads = [int(t) for t in args.threads.split(",")]
    speed_texts = dev.texts[: args.speed_texts]
    lat_texts = dev.texts[: args.latency_texts]
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        fp32 = tmp / "fp32.onnx"
        export(model, fp32)
        eager = tmp / "eager.onnx"
        if "eager-" in args.variants:
            model.encoder.set_attn_implementation("eager")
            export(model, eager)
            model.encoder.set_attn_implementation("sdpa")
        files = {}
        for variant in args.variants.split(","):
            try:
                with contextlib.chdir(tmp):  # the quantisation tools leave temporary files in cwd
                    files[variant] = build(variant, fp32, eager, tmp, calib, tok)
            except Exception as exc:  # a failed variant is a result too
                print(f"| {variant} | build failed: {type(exc).__name__}: {str(exc)[:150]} |")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for variant, path in files.items():
                (args.keep / f"{variant}.onnx").write_bytes(path.read_bytes())
        print(
            f"max tokens {args.max_tokens}; batch {args.batch_size}; spinning {not args.no_spinning}; "
            f"level {args.level}; speed on {len(speed_texts)} dev texts, best of {args.rounds}"
        )
        print(
            "| variant | F1 28 b1 / b32 (shipped thr) | Ekman b1 / b32 | F1 28 b1 / b32 (re-tuned) | Ekman b1 / b32 |"
        )
        print("|---|---|---|---|---|")
        for variant, path in files.items():
            if args.no_f1:
                break
            try:
                sess = session(path, 2, not args.no_spinning, args.level)
            except Exception as exc:
                print(f"| {variant} | session failed: {type(exc).__name__}: {str(exc)[:150]} |")
                continue
            s1 = onnx_scorer(sess, tok, 1)(dev.texts)
            s32 = onnx_scorer(sess, tok, args.batch_size)(dev.texts)
            own = retuned(s1, s32, dev.labels, names)
            a1, a32 = f1_pair(s1, dev.labels, shipped), f1_pair(s32, dev.labels, shipped)
            b1, b32 = f1_pair(s1, dev.labels, own), f1_pair(s32, dev.labels, own)
            print(
                f"| {variant} | {a1[0]:.3f} / {a32[0]:.3f} | {a1[1]:.3f} / {a32[1]:.3f} | "
                f"{b1[0]:.3f} / {b32[0]:.3f} | {b1[1]:.3f} / {b32[1]:.3f} |",
                flush=True,
            )
        print(
            "| variant | threads | texts/s (wall) | texts per CPU-s | batch-1 median ms | "
            "x torch (wall) | x torch (CPU) | x torch batch 1 |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for n in threads:
            torch.set_num_threads(n)
            engines: dict[str, Scorer] = {}
            for variant, path in files.items():
                try:
                    sess = session(path, n, not args.no_spinning, args.level)
                except Exception:  # noqa: S112 - reported in the F1 table already
                    continue
                engines[variant] = onnx_scorer(sess, tok, args.batch_size)
            if not args.no_torch:
                engines["torch fp32"] = lambda t: predict(model, tok, t, batch_size=args.batch_size)
            best = {k: (0.0, 0.0, float("inf")) for k in engines}
            for _ in range(args.rounds):
                for k, score in engines.items():
                    wall, cpu = texts_per_s(score, speed_texts)
                    best[k] = (
                        max(best[k][0], wall),
                        max(best[k][1], cpu),
                        min(best[k][2], latency_ms(score, lat_texts)),
                    )
            base = best.get("torch fp32")
            for k, (tps, cps, ms) in best.items():
                ratio = (
                    f"{tps / base[0]:.2f} | {cps / base[1]:.2f} | {base[2] / ms:.2f}"
                    if base
                    else "– | – | –"
                )
                print(f"| {k} | {n} | {tps:.0f} | {cps:.0f} | {ms:.2f} | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
