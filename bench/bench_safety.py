"""Safety screen on the development set: crisis recall, false alarms, and the learned signal.

Run from the repository root:
    .venv/bin/python bench/bench_safety.py --data ../shared/data/safety/dev.tsv \
        --ordinary ../shared/data/goemotions/dev.tsv --held-out tests/safety/held_out.tsv

``--held-out`` takes a set in the same format written after the screen was built and not
used to change it (texts are screened one at a time there, as the app does).

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
from reconnect.safety.screen import screen, screen_many, screen_rules

LEVELS = ("crisis", "concern", "none")


def read(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(row["label"], row["text"]) for row in csv.DictReader(handle, delimiter="\t")]


def report(name: str, rows: list[tuple[str, str]], predicted: list[str]) -> None:
    pairs = Counter(zip((label for label, _ in rows), predicted, strict=True))
    total = Counter(label for label, _ in rows)
    crisis_recall = pairs["crisis", "crisis"] / total["crisis"]
    concern_found = pairs["concern", "concern"] + pairs["concern", "crisis"]
    concern_or_more = f"{concern_found / total['concern']:.0%}" if total["concern"] else "–"
    alarms = pairs["none", "crisis"]
    nudges = pairs["none", "concern"]
    accuracy = sum(pairs[level, level] for level in LEVELS) / len(rows)
    print(
        f"| {name} | {crisis_recall:.0%} ({pairs['crisis', 'crisis']}/{total['crisis']}) | "
        f"{concern_or_more} | {alarms}/{total['none']} | {nudges}/{total['none']} | {accuracy:.0%} |"
    )


def similarities(rows: list[tuple[str, str]]) -> None:
    index = screen_module._index(analysis.embed_meaning)
    sims = index.similarities(analysis.embed_meaning([text for _, text in rows]))
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
    both = screen_many(texts, embed=analysis.embed_meaning)
    levels = Counter(r.level for r in both)
    print(f"\n{len(texts)} everyday texts from {path.name}:")
    print(f"  rules only: crisis {rules['crisis']}, concern {rules['concern']}")
    print(f"  rules + learned signal: crisis {levels['crisis']}, concern {levels['concern']}")
    for text, result in zip(texts, both, strict=True):
        if result.level == "crisis":
            print(f"    crisis ({', '.join(result.signals)}): {text[:100]}")


def held_out(path: Path) -> None:
    """Crisis found and false alarms on a set the screen was not built from, one text at a time."""
    rows = read(path)
    print(f"\nheld-out set {path.name}: {dict(Counter(label for label, _ in rows))}")
    report("rules only", rows, [screen_rules(text).level for _, text in rows])
    learned = [screen(text, embed=analysis.embed_meaning) for _, text in rows]
    report("rules + learned signal", rows, [r.level for r in learned])
    for (label, text), result in zip(rows, learned, strict=True):
        if (label == "crisis") != (result.level == "crisis"):
            print(f"    {label} read as {result.level}: {text}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--ordinary", type=Path, help="TSV of everyday texts (first column)")
    parser.add_argument("--held-out", type=Path, help="labelled TSV not used to build the screen")
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
    learned = screen_many(texts, embed=analysis.embed_meaning)
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
    if args.held_out:
        held_out(args.held_out)


if __name__ == "__main__":
    main()
