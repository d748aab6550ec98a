"""A small history chart as plain numbers for a server-rendered SVG (no JavaScript)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH, HEIGHT, PAD = 600, 200, 30


@dataclass(frozen=True)
class Point:
    """One result placed on the chart."""

    x: float
    y: float
    label: str


@dataclass(frozen=True)
class Chart:
    """Points, a polyline and the lines marking the lowest, highest and referral scores."""

    width: int
    height: int
    points: tuple[Point, ...]
    polyline: str
    low_y: float
    high_y: float
    referral_y: float | None


def build(
    values: Sequence[tuple[str, float]],
    *,
    low: float,
    high: float,
    referral: float | None = None,
) -> Chart:
    """Place (label, score) pairs, oldest first, evenly across the width."""
    span = (high - low) or 1.0

    def y_of(value: float) -> float:
        return round(HEIGHT - PAD - (value - low) / span * (HEIGHT - 2 * PAD), 1)

    step = (WIDTH - 2 * PAD) / max(len(values) - 1, 1)
    points = tuple(
        Point(round(PAD + i * step, 1), y_of(value), label)
        for i, (label, value) in enumerate(values)
    )
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        points=points,
        polyline=" ".join(f"{p.x},{p.y}" for p in points),
        low_y=y_of(low),
        high_y=y_of(high),
        referral_y=y_of(referral) if referral is not None else None,
    )
