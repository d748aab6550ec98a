"""The safety screen judged on labelled sets and on everyday comments.

Run from the repository root:
    .venv/bin/python bench/bench_safety.py --sets BLIND_SET.tsv ... \
        --everyday ../shared/data/goemotions/dev.tsv

Each set is a TSV with a header and the columns ``label`` (crisis, concern, none) and
``text`` (an ``about`` column, self or other, is read when present). Texts are screened one
at a time, as the app saves them. For each set it prints crisis recall with its 95% Wilson
interval, the share of concern texts flagged (concern or crisis), and false alarms on
"none" (raised to crisis, and flagged at all), for the shipped screen (the model, with
the rules able to raise its level) and, for comparison, the model alone and the rules
alone. ``--everyday`` takes a TSV whose
first column is everyday text (GoEmotions dev: 5,426 Reddit comments with no risk label)
and prints the share raised to crisis and to concern.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reconnect.analysis.risk import RiskModel
from reconnect.safety import service
from reconnect.safety.rules import screen_rules
from reconnect.safety.screen import Screener

Screen = Callable[[str], str]


def read_set(path: Path) -> list[tuple[str, str]]:
    """(label, text) rows of a labelled set."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["label"], row["text"]) for row in rows if row.get("text")]


def read_everyday(path: Path) -> list[str]:
    """The first column of a TSV without a header (GoEmotions)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[0] for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if row]


def wilson(found: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion."""
    if not total:
        return 0.0, 0.0
    p = found / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return centre - half, centre + half


def row(name: str, rows: list[tuple[str, str]], levels: list[str]) -> str:
    """One markdown table row for a set screened one way."""
    pairs = Counter(zip((label for label, _ in rows), levels, strict=True))
    total = Counter(label for label, _ in rows)
    crisis = pairs["crisis", "crisis"]
    low, high = wilson(crisis, total["crisis"])
    concern = pairs["concern", "concern"] + pairs["concern", "crisis"]
    alarms = pairs["none", "crisis"]
    flagged = alarms + pairs["none", "concern"]
    return (
        f"| {name} | {crisis}/{total['crisis']} ({crisis / max(total['crisis'], 1):.1%}, "
        f"{low:.2f}–{high:.2f}) | {concern}/{total['concern']} "
        f"({concern / max(total['concern'], 1):.0%}) | {alarms}/{total['none']} | "
        f"{flagged}/{total['none']} ({flagged / max(total['none'], 1):.1%}) |"
    )


def ways(screener: Screener) -> dict[str, Screen]:
    model_alone = Screener(screener.model, rules=False)
    return {
        "screen": lambda text: screener.screen(text).level,
        "model alone": lambda text: model_alone.screen(text).level,
        "rules alone": lambda text: screen_rules(text).level,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", type=Path, nargs="*", default=[])
    parser.add_argument("--everyday", type=Path, default=None)
    parser.add_argument("--only-screen", action="store_true", help="skip the comparison rows")
    parser.add_argument(
        "--model",
        type=Path,
        default=None,
        help="a risk model folder to judge instead of the shipped one (export_risk.py --out)",
    )
    args = parser.parse_args()
    screener = Screener(RiskModel(args.model)) if args.model else service.load_screener()
    chosen = ways(screener)
    if args.only_screen:
        chosen = {"screen": chosen["screen"]}
    print(
        "| set, way | crisis found (95% interval) | concern flagged | none raised to crisis | none flagged |"
    )
    print("|---|---|---|---|---|")
    for path in args.sets:
        rows = read_set(path)
        for name, screen in chosen.items():
            print(row(f"{path.stem}, {name}", rows, [screen(text) for _, text in rows]), flush=True)
    if args.everyday:
        texts = read_everyday(args.everyday)
        for name, screen in chosen.items():
            levels = Counter(screen(text) for text in texts)
            print(
                f"everyday ({len(texts)} comments), {name}: raised to crisis {levels['crisis']} "
                f"({levels['crisis'] / len(texts):.2%}), to concern {levels['concern']} "
                f"({levels['concern'] / len(texts):.2%})",
                flush=True,
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
