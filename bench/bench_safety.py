"""Safety screen on the development set: crisis recall, false alarms, and the learned signal.

Run from the repository root:
    .venv/bin/python bench/bench_safety.py --data ../shared/data/safety/dev.tsv \
        --ordinary ../shared/data/goemotions/dev.tsv

``--ordinary`` takes a TSV of everyday texts (first column), such as GoEmotions dev: Reddit
comments with no risk label, nearly all of them ordinary, so what the screen raises there
estimates its false-alarm rate on text written by other people in other words.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from pathlib import Path

from reconnect import analysis
from reconnect.safety import screen as screen_module
from reconnect.safety.screen import screen_many

LEVELS = ("crisis", "concern", "none")


def read(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(row["label"], row["text"]) for row in csv.DictReader(handle, delimiter="\t")]


def report(name: str, rows: list[tuple[str, str]], predicted: list[str]) -> None:
    pairs = Counter(zip((label for label, _ in rows), predicted, strict=True))
    total = Counter(label for label, _ in rows)
    crisis_recall = pairs["crisis", "crisis"] / total["crisis"]
    concern_or_more = (pairs["concern", "concern"] + pairs["concern", "crisis"]) / total["concern"]
    alarms = pairs["none", "crisis"]
    nudges = pairs["none", "concern"]
    accuracy = sum(pairs[level, level] for level in LEVELS) / len(rows)
    print(
        f"| {name} | {crisis_recall:.0%} ({pairs['crisis', 'crisis']}/{total['crisis']}) | "
        f"{concern_or_more:.0%} | {alarms}/{total['none']} | {nudges}/{total['none']} | {accuracy:.0%} |"
    )


def similarities(rows: list[tuple[str, str]]) -> None:
    index = screen_module._index(analysis.embed)
    sims = index.similarities(analysis.embed([text for _, text in rows]))
    for level in LEVELS:
        chosen = [s for (label, _), s in zip(rows, sims, strict=True) if label == level]
        crisis = sorted(float(s[0]) for s in chosen)
        margin = sorted(float(s[0] - s[2]) for s in chosen)
        print(
            f"  {level:8} crisis-sim min {crisis[0]:.2f} max {crisis[-1]:.2f}; "
            f"crisis-minus-safe min {margin[0]:+.2f} max {margin[-1]:+.2f}"
        )


def ordinary(path: Path) -> None:
    """How often each part of the screen raises everyday texts, and the texts raised to crisis."""
    with path.open(encoding="utf-8") as handle:
        texts = [line.split("\t", 1)[0] for line in handle if line.strip()]
    rules = Counter(r.level for r in screen_many(texts))
    both = screen_many(texts, embed=analysis.embed)
    levels = Counter(r.level for r in both)
    print(f"\n{len(texts)} everyday texts from {path.name}:")
    print(f"  rules only: crisis {rules['crisis']}, concern {rules['concern']}")
    print(f"  rules + learned signal: crisis {levels['crisis']}, concern {levels['concern']}")
    for text, result in zip(texts, both, strict=True):
        if result.level == "crisis":
            print(f"    crisis ({', '.join(result.signals)}): {text[:100]}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--ordinary", type=Path, help="TSV of everyday texts (first column)")
    args = parser.parse_args()
    rows = read(args.data)
    texts = [text for _, text in rows]
    print(f"{len(rows)} texts: {dict(Counter(label for label, _ in rows))}")
    print(
        "| screen | crisis recall | concern found (as concern or crisis) | false crisis on none | concern on none | exact |"
    )
    print("|---|---|---|---|---|---|")
    report("rules only", rows, [r.level for r in screen_many(texts)])
    start = time.perf_counter()
    learned = screen_many(texts, embed=analysis.embed)
    seconds = time.perf_counter() - start
    report("rules + learned signal", rows, [r.level for r in learned])
    print(
        f"\nlearned signal: crisis at similarity {screen_module.CRISIS_SIMILARITY} with margin "
        f"{screen_module.CRISIS_MARGIN}, concern at {screen_module.CONCERN_SIMILARITY} with margin "
        f"{screen_module.CONCERN_MARGIN}; {1000 * seconds / len(rows):.2f} ms a text (model load included)"
    )
    print("similarity to the example texts, by true label:")
    similarities(rows)
    if args.ordinary:
        ordinary(args.ordinary)


if __name__ == "__main__":
    main()
