"""What the safety screen answers: a level, a reason and the signals that fired.

Kept apart from the screen itself, so code that only reads or stores results does not load
the patterns and the model (``reconnect.safety.screen``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["crisis", "concern", "none"]
RANK: dict[str, int] = {"none": 0, "concern": 1, "crisis": 2}


@dataclass(frozen=True)
class ScreenResult:
    """The level, a short reason a person could read, and which signals fired."""

    level: Level
    reason: str
    signals: tuple[str, ...] = field(default=())
    other: bool = False  # someone other than the writer may be at risk


NONE = ScreenResult("none", "")
