"""What the risk model reads in a text: the whole text, each sentence, and short windows.

One sentence of risk inside a long, ordinary entry is diluted when only the whole text is
scored, so a longer text is also read sentence by sentence and in windows of a few
sentences, all in one batched model call. A short text is read whole and only whole: its
sentences add nothing the model does not already see. Training calibrates the thresholds
on exactly these units (``training/export_risk.py`` imports this module), so run time and
calibration cannot drift apart; ``docs/safety.md`` has the measurements behind the numbers.

Pure: imports nothing from the rest of the app.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

MAX_SENTENCES: Final = 120  # a very long text: the first 120 sentences are read one by one
_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")


@dataclass(frozen=True)
class Reading:
    """How a text is cut into units."""

    short_words: int = 25  # up to here: the whole text, nothing else
    whole_words: int = 80  # up to here a longer text is also read whole
    window: int = 3  # sentences per window
    stride: int = 2  # sentences between window starts


READING: Final = Reading()


def sentences(text: str) -> list[str]:
    """Split into sentences (and lines), keeping each one's words together.

    A fragment of one or two words ("Forever." "Tonight.") stays with the sentence before
    it, since it finishes that thought.
    """
    parts: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip()
        if not part:
            continue
        if parts and len(part.split()) <= 2:
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def units(text: str, reading: Reading = READING) -> list[str]:
    """The units of a text, each once: whole (if short enough), sentences, windows."""
    whole = text.strip()
    if not whole:
        return []
    words = len(whole.split())
    parts = sentences(whole)[:MAX_SENTENCES]
    if words <= reading.short_words or len(parts) <= 1:
        return [whole]
    found = [whole] if words <= reading.whole_words else []
    found += parts
    if len(parts) > reading.window:
        last = len(parts) - reading.window
        starts = [*range(0, last, reading.stride), last]
        found += [" ".join(parts[i : i + reading.window]) for i in starts]
    return list(dict.fromkeys(found))


def units_of(texts: Sequence[str], reading: Reading = READING) -> tuple[list[str], list[int]]:
    """Every text's units in one flat list (text by text), and how many each text has."""
    per_text = [units(text, reading) for text in texts]
    return [unit for found in per_text for unit in found], [len(found) for found in per_text]
