"""Emotion model: dev macro-F1, throughput and batch-1 latency; int8 ONNX vs torch fp32 vs lexicons.

From the repository root, the app environment (int8 ONNX only):
    .venv/bin/python bench/bench_emotions.py --data ../shared/data/goemotions
The torch fp32 and lexicon rows need the training environment and a training run (or the
weights recovered from the shipped int8 model by training/recover_fp32.py):
    HF_HUB_OFFLINE=1 PYTHONPATH=src .venv-train/bin/python bench/bench_emotions.py \
        --data ../shared/data/goemotions --torch-run training/runs/recovered
Dev is the split the thresholds were tuned on, so its F1 is optimistic; the project scores
the model separately on the held-out test split.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from reconnect import analysis
from reconnect.analysis import emotions

ROOT = Path(__file__).resolve().parent.parent
GROUPS = tuple(analysis.EKMAN_GROUPS)
ONNX_ROW = "int8 ONNX (`reconnect.analysis`)"
TORCH_ROW = "torch fp32 (same weights)"
Scorer = Callable[[Sequence[str]], object]


def read_dev(data: Path) -> tuple[list[str], list[set[str]]]:
    """Dev texts and their gold label names."""
    with (data / "dev.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r[0] for r in rows], [{analysis.LABELS[int(i)] for i in r[1].split(",")} for r in rows]


def to_groups(labels: set[str]) -> set[str]:
    """Ekman groups of a set of GoEmotions labels."""
    return {g for g, members in analysis.EKMAN_GROUPS.items() if labels & set(members)}


def macro_f1(names: Sequence[str], pred: list[set[str]], gold: list[set[str]]) -> float:
    """Macro-averaged F1 over names for multi-label predictions."""
    scores = []
    for name in names:
        tp = sum(name in p and name in g for p, g in zip(pred, gold, strict=True))
        n_pred, n_gold = sum(name in p for p in pred), sum(name in g for g in gold)
        scores.append(2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0)
    return sum(scores) / len(scores)


def timed(score: Scorer, texts: Sequence[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (this process, all its threads) for one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    score(texts)
    return time.perf_counter() - wall, time.process_time() - cpu


def row(name: str, f1: tuple[float, float], speed: Speed | None) -> str:
    """One markdown table row."""
    fast = f"{speed.wall:.0f} | {speed.cpu:.0f} | {speed.latency_ms:.2f}" if speed else "– | – | –"
    return f"| {name} | {f1[0]:.3f} | {f1[1]:.3f} | {fast} |"


def torch_predictions(
    run: Path, threads: int, batch_size: int
) -> Callable[[Sequence[str]], np.ndarray]:
    """The same fine-tuned model in torch fp32, scoring like the ONNX path (128 tokens)."""
    import torch

    sys.path.insert(0, str(ROOT / "training"))
    from export_onnx import load_trained
    from train_emotions import base_model_dir, load_tokenizer, predict

    torch.set_num_threads(threads)
    model = load_trained(run, len(analysis.LABELS))
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", emotions.MAX_TOKENS)
    return lambda texts: predict(model, tokenizer, list(texts), batch_size=batch_size)


def thresholded(scores: np.ndarray, path: Path) -> tuple[list[set[str]], list[set[str]]]:
    """Labels and Ekman groups past the thresholds in a thresholds.json, for raw (n, 28) scores."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    rounded = scores.round(emotions.SCORE_DECIMALS).astype(np.float32)
    labels = [
        {k for k, v in zip(analysis.LABELS, row, strict=True) if v >= doc["labels"][k]}
        for row in rounded
    ]
    groups = [
        {g for g, v in zip(GROUPS, row, strict=True) if v >= doc["ekman"][g]}
        for row in emotions.ekman_scores(rounded)
    ]
    return labels, groups


def nrclex_groups(texts: Sequence[str]) -> list[set[str]]:
    """NRCLex on regex tokens (its raw-text path needs TextBlob's NLTK corpora)."""
    from nrclex import NRCLex

    out = []
    for text in texts:
        lexicon = NRCLex()
        lexicon.load_token_list(re.findall(r"[a-z']+", text.lower()))
        found = {g for g in GROUPS if lexicon.affect_frequencies.get(g, 0.0) > 0}
        out.append(found or {"neutral"})
    return out


def offline_failure(attempt: Callable[[], object]) -> str | None:
    """None if the call works offline, else the reason it does not."""
    try:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            attempt()
    except Exception as exc:
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip(" *")]
        return f"{type(exc).__name__}: {(lines[0] if lines else '')[:90]}"
    return None


def lexicon_rows(texts: list[str], gold_groups: list[set[str]]) -> None:
    """NRCLex and text2emotion where they run offline; otherwise why they do not."""

    def nrc_raw() -> object:
        from nrclex import NRCLex

        return NRCLex().load_raw_text("I am scared and angry")

    def t2e() -> object:
        import text2emotion

        return text2emotion.get_emotion("I am scared and angry")

    for name, attempt in (("NRCLex (raw text)", nrc_raw), ("text2emotion", t2e)):
        reason = offline_failure(attempt)
        print(f"| {name} | not run offline: {reason} | | | | |" if reason else f"| {name} | runs |")
    pred = nrclex_groups(texts)
    print(
        f"| NRCLex (own tokens, no lemmas) | – | {macro_f1(GROUPS, pred, gold_groups):.3f} | – | – | – |"
    )


@dataclass
class Speed:
    """Batched texts per wall-clock second and per CPU second, and the batch-1 median."""

    wall: float
    cpu: float
    latency_ms: float


def timings(
    engines: dict[str, Scorer], texts: list[str], args: argparse.Namespace
) -> dict[str, Speed]:
    """Throughput and batch-1 latency, the engines taking turns slice by slice.

    The machine is shared, so the load changes by the second: alternating the engines on
    slices of about 250 texts (and text by text for latency) gives each the same share of
    it, and each round's totals are compared. CPU seconds (all threads of this process)
    are less sensitive to other work than wall-clock seconds.
    """
    n_slices = max(1, len(texts) // 250)
    slices = [texts[i::n_slices] for i in range(n_slices)]
    sample = texts[: args.latency_texts]
    best = {name: Speed(0.0, 0.0, float("inf")) for name in engines}
    for _ in range(args.rounds):
        wall = dict.fromkeys(engines, 0.0)
        cpu = dict.fromkeys(engines, 0.0)
        for part in slices:
            for name, score in engines.items():
                w, c = timed(score, part)
                wall[name] += w
                cpu[name] += c
        times: dict[str, list[float]] = {name: [] for name in engines}
        for text in sample:
            for name, score in engines.items():
                times[name].append(timed(score, [text])[0] * 1000)
        for name, old in best.items():
            best[name] = Speed(
                max(old.wall, len(texts) / wall[name]),
                max(old.cpu, len(texts) / max(cpu[name], 1e-9)),
                min(old.latency_ms, statistics.median(times[name])),
            )
    return best


def onnx_engine(
    args: argparse.Namespace, texts: list[str], gold: list[set[str]]
) -> tuple[Scorer, tuple[float, float]]:
    """Load the shipped int8 model, print how it loaded, and score dev through the public API."""
    started = time.perf_counter()
    analysis.load(threads=args.threads)
    load_s = time.perf_counter() - started

    def onnx(batch: Sequence[str]) -> object:
        return analysis.classify(batch, batch_size=args.batch_size)

    results = analysis.classify(texts, batch_size=args.batch_size)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"model {analysis.MODEL_VERSION}; {len(texts)} dev texts; threads {args.threads}; "
        f"batch {args.batch_size}; best of {args.rounds} rounds; "
        f"load {load_s:.2f} s; peak RSS {rss_mb:.0f} MB (ONNX only)"
    )
    f1 = (
        macro_f1(analysis.LABELS, [set(r.labels) for r in results], gold),
        macro_f1(GROUPS, [set(r.ekman_labels) for r in results], [to_groups(g) for g in gold]),
    )
    return onnx, f1


def torch_engine(
    args: argparse.Namespace, texts: list[str], gold: list[set[str]]
) -> tuple[Scorer, tuple[float, float]]:
    """The same weights in torch fp32, scored with the training run's own thresholds."""
    scorer = torch_predictions(args.torch_run, args.threads, args.batch_size)
    labels, groups = thresholded(scorer(texts), args.torch_run / "thresholds.json")
    f1 = (
        macro_f1(analysis.LABELS, labels, gold),
        macro_f1(GROUPS, groups, [to_groups(g) for g in gold]),
    )
    return scorer, f1


def main() -> None:
    """Print the figures as a markdown table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/goemotions")
    parser.add_argument("--torch-run", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--latency-texts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not (args.data / "dev.tsv").is_file():
        print(f"skipped: no GoEmotions dev split in {args.data} (pass --data)")
        return
    texts, gold = read_dev(args.data)
    engines = {ONNX_ROW: onnx_engine(args, texts, gold)}
    if args.torch_run is not None:
        engines[TORCH_ROW] = torch_engine(args, texts, gold)
    speed = timings({name: scorer for name, (scorer, _) in engines.items()}, texts, args)
    print(
        "| model | dev macro-F1 (28) | dev macro-F1 (Ekman) | texts/s (batched) "
        "| texts per CPU-second (batched) | batch-1 median ms |"
    )
    print("|---|---|---|---|---|---|")
    for name, (_, f1) in engines.items():
        print(row(name, f1, speed[name]))
    if args.torch_run is None:
        print(f"| {TORCH_ROW} | not run: pass --torch-run in the training environment | | | | |")
        return
    lexicon_rows(texts, [to_groups(g) for g in gold])
    onnx, fp32 = speed[ONNX_ROW], speed[TORCH_ROW]
    print(
        f"speed-up of int8 ONNX over torch fp32: {onnx.wall / fp32.wall:.2f}x batched "
        f"(wall clock), {onnx.cpu / fp32.cpu:.2f}x batched (CPU time), "
        f"{fp32.latency_ms / onnx.latency_ms:.2f}x at batch 1"
    )


if __name__ == "__main__":
    main()
