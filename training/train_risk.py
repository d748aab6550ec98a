"""Fine-tune all-MiniLM-L6-v2 end to end as the safety screen's risk model.

Three levels (none / concern / crisis, one softmax) and a flag for "someone other than the
writer is at risk" (a sigmoid), from the corpus in ``safety_corpus.py``. It
writes ``model.pt``, the validation split (``valid.json``), the everyday comments kept for
calibration (``calibration.txt``) and ``metrics.json``; ``export_risk.py`` exports the
int8 ONNX file and calibrates its thresholds on them.

Usage (from the repository root, in the training environment; see training/README.md):
    python training/train_risk.py --goemotions ../shared/data/goemotions --out training/runs/risk
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import torch
from torch import nn
from transformers import AutoModel

sys.path.insert(0, str(Path(__file__).parent))
from safety_corpus import Example, long_entries, read_everyday, read_written, split_written
from train_emotions import base_model_dir, bucketed_batches, encode, load_tokenizer


class RiskModel(nn.Module):
    """Encoder, mean pooling, dropout, and one linear layer: 3 level logits and 1 'other' logit."""

    def __init__(self, encoder: nn.Module, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.config.hidden_size, 4)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return self.head(self.dropout(pooled))


def probabilities(logits: torch.Tensor) -> torch.Tensor:
    """(n, 4): softmax over the three levels, then the sigmoid of the 'other' logit."""
    return torch.cat([torch.softmax(logits[:, :3], dim=1), torch.sigmoid(logits[:, 3:])], dim=1)


def build_corpus(args: argparse.Namespace) -> tuple[list[Example], list[Example], list[str]]:
    """Training examples, validation examples, and everyday calibration comments."""
    rng = random.Random(args.seed)
    written = read_written(extra=tuple(args.extra))
    train_written, valid = split_written(written, args.valid_share, args.seed)
    everyday = read_everyday(args.goemotions, "train")
    rng.shuffle(everyday)
    calibration, everyday = everyday[: args.calibration], everyday[args.calibration :]
    everyday_train = everyday[: args.everyday]
    short_risky = [e for e in train_written if e.level > 0 and len(e.text.split()) <= 40]
    rng.shuffle(short_risky)
    fillers = everyday_train + [
        e.text for e in train_written if e.level == 0 and len(e.text.split()) <= 30
    ]
    hidden = long_entries(
        short_risky[: args.long_risky], fillers, args.long_risky + args.long_safe, rng
    )
    train = (
        train_written + [Example(text, 0, False, "goemotions") for text in everyday_train] + hidden
    )
    if args.limit:
        rng.shuffle(train)
        train, valid, calibration = (
            train[: args.limit],
            valid[: args.limit],
            calibration[: args.limit],
        )
    return train, valid, calibration


def train(args: argparse.Namespace) -> None:
    """Fine-tune, then score validation and calibration texts unit by unit and save the run."""
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.threads)
    train_set, valid, calibration = build_corpus(args)
    counts = {lvl: sum(e.level == lvl for e in train_set) for lvl in range(3)}
    print(
        f"train {len(train_set)} {counts}; valid {len(valid)}; calibration {len(calibration)}",
        flush=True,
    )
    tokenizer = load_tokenizer(base_model_dir() / "tokenizer.json", args.max_length)
    model = RiskModel(AutoModel.from_pretrained(str(base_model_dir())))
    texts = [e.text for e in train_set]
    levels = torch.tensor([e.level for e in train_set])
    others = torch.tensor([float(e.other) for e in train_set])
    lengths = [sum(e.attention_mask) for e in tokenizer.encode_batch(texts)]  # unpadded
    steps = args.epochs * ((len(texts) + args.batch_size - 1) // args.batch_size)
    optimizer = torch.optim.AdamW(
        [
            {"params": model.encoder.parameters(), "lr": args.lr_encoder},
            {"params": model.head.parameters(), "lr": args.lr_head},
        ],
        weight_decay=0.01,
    )
    from transformers import get_linear_schedule_with_warmup

    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    level_loss = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 1.0, args.crisis_weight]))
    other_loss = nn.BCEWithLogitsLoss(reduction="none")
    started, step = time.monotonic(), 0
    for epoch in range(args.epochs):
        model.train()
        for batch in bucketed_batches(lengths, args.batch_size, rng):
            ids, mask = encode(tokenizer, [texts[i] for i in batch])
            logits = model(ids, mask)
            risky = (levels[batch] > 0).float()
            flag = (other_loss(logits[:, 3], others[batch]) * risky).sum() / risky.sum().clamp(
                min=1
            )
            loss = level_loss(logits[:, :3], levels[batch]) + 0.5 * flag
            loss.backward()
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            if step % args.log_every == 0:
                print(
                    f"epoch {epoch + 1} step {step}/{steps} loss {loss.item():.4f} {time.monotonic() - started:.0f}s",
                    flush=True,
                )
    seconds = time.monotonic() - started
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.out / "model.pt")
    (args.out / "calibration.txt").write_text(
        "\n".join(t.replace("\n", " ") for t in calibration) + "\n", encoding="utf-8"
    )
    (args.out / "valid.json").write_text(json.dumps([e.__dict__ for e in valid]), encoding="utf-8")
    (args.out / "metrics.json").write_text(
        json.dumps(
            {"train_seconds": round(seconds), "train_examples": len(train_set), "levels": counts}
        ),
        encoding="utf-8",
    )
    print(f"done in {seconds:.0f}s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--goemotions", type=Path, required=True, help="folder with GoEmotions train.tsv"
    )
    parser.add_argument(
        "--extra",
        type=Path,
        nargs="*",
        default=[],
        help="more label<TAB>text sets (the shared development set)",
    )
    parser.add_argument("--out", type=Path, default=Path("training/runs/risk"))
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--lr-encoder", type=float, default=5e-5)
    parser.add_argument("--lr-head", type=float, default=1e-3)
    parser.add_argument(
        "--crisis-weight", type=float, default=1.5, help="loss weight of crisis examples"
    )
    parser.add_argument(
        "--everyday", type=int, default=10000, help="GoEmotions comments trained as none"
    )
    parser.add_argument(
        "--calibration", type=int, default=4000, help="GoEmotions comments kept for calibration"
    )
    parser.add_argument(
        "--long-risky", type=int, default=800, help="long entries with one risky text inside"
    )
    parser.add_argument(
        "--long-safe", type=int, default=600, help="long entries of everyday texts only"
    )
    parser.add_argument("--valid-share", type=float, default=0.12)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--log-every", type=int, default=100, help="print the loss every N steps")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--limit", type=int, default=0, help="use only this many examples (smoke test)"
    )
    train(parser.parse_args())


if __name__ == "__main__":
    main()
