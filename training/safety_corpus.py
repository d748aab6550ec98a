"""The safety screen's training corpus: our own labelled texts, everyday comments, long entries.

Sources (training/README.md names each and its licence):
- ``training/safety_data/*.tsv``: texts written for this project by independent writers, each
  with a different brief (``label<TAB>about<TAB>text``), and the earlier sets the rule screen
  was tuned on (``label<TAB>text``, about taken as ``self``).
- GoEmotions train (CC BY 4.0) as everyday ``none`` text, after a review pass that drops every
  comment the rule screen flags or that speaks of self-harm in any wording we know: such a
  comment may be a real crisis, so it is trained as neither.
- Long entries put together from the above: several everyday texts with one risky text
  somewhere inside (labelled as that text), or with none (``none``).
"""

from __future__ import annotations

import csv
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from reconnect.safety.units import units, units_of  # noqa: E402

LEVELS = ("none", "concern", "crisis")
WRITTEN_DIR = ROOT / "training" / "safety_data"
RISKY_COMMENT = re.compile(
    r"suicid|kill(ing)? (my|him|her|them)sel|\bkms\b|\bkys\b|unalive|off (my|him|her)self"
    r"|self[- ]?harm|\bcut(ting)? (my|him|her)sel|overdos|hang (my|him|her)self|want(ed)? to die"
    r"|wanna die|better off dead|end (it all|my life|their life|his life|her life)"
    r"|not (want to )?(be )?alive|wish i (was|were) dead|don'?t want to live|no reason to live",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Example:
    """One labelled text: its level (index into LEVELS), whether someone else is at risk, where from."""

    text: str
    level: int
    other: bool
    source: str


def read_written(folder: Path = WRITTEN_DIR, extra: tuple[Path, ...] = ()) -> list[Example]:
    """Every written set, three columns (label, about, text) or two (label, text)."""
    found: list[Example] = []
    for path in [*sorted(folder.glob("*.tsv")), *extra]:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for row in rows[1:]:
            if (
                len(row) == 3
                and row[0] in LEVELS
                and row[1] in ("self", "other")
                and row[2].strip()
            ):
                found.append(
                    Example(row[2].strip(), LEVELS.index(row[0]), row[1] == "other", path.stem)
                )
            elif len(row) == 2 and row[0] in LEVELS and row[1].strip():
                found.append(Example(row[1].strip(), LEVELS.index(row[0]), False, path.stem))
    return found


def read_everyday(goemotions: Path, split: str) -> list[str]:
    """GoEmotions comments of one split that pass the review pass (see the module docstring)."""
    from reconnect.safety.rules import screen_rules

    texts = []
    with (goemotions / f"{split}.tsv").open(encoding="utf-8", newline="") as handle:
        for record in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = record[0].strip()
            if text and not RISKY_COMMENT.search(text) and screen_rules(text).level == "none":
                texts.append(text)
    return texts


def long_entries(
    risky: list[Example], everyday: list[str], count: int, rng: random.Random
) -> list[Example]:
    """Entries of 3 to 8 everyday texts; ``risky`` examples are hidden one per entry."""
    made = []
    for i in range(count):
        filler = rng.sample(everyday, rng.randint(3, 8))
        if i < len(risky):
            example = risky[i]
            filler.insert(rng.randint(1, len(filler) - 1), example.text)
            made.append(Example(" ".join(filler), example.level, example.other, "long"))
        else:
            made.append(Example(" ".join(filler), 0, False, "long"))
    return made


def split_written(
    examples: list[Example], share: float, seed: int
) -> tuple[list[Example], list[Example]]:
    """A stratified validation split (per source and level) for calibration."""
    rng = random.Random(seed)
    train, valid = [], []
    groups: dict[tuple[str, int], list[Example]] = {}
    for example in examples:
        groups.setdefault((example.source, example.level), []).append(example)
    for key in sorted(groups):
        group = groups[key][:]
        rng.shuffle(group)
        cut = round(len(group) * share)
        valid.extend(group[:cut])
        train.extend(group[cut:])
    return train, valid


__all__ = [
    "LEVELS",
    "Example",
    "long_entries",
    "read_everyday",
    "read_written",
    "split_written",
    "units",
    "units_of",
]
