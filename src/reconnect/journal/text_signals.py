"""Runs on-device analysis and the safety screen over a text before it is stored."""

from __future__ import annotations

from reconnect.journal.models import AnalysisMixin


def annotate(target: AnalysisMixin, text: str | None) -> None:
    """Fill in the analysis columns of a check-in or entry from its text."""
    if not text:
        target.detected_emotions = []
        target.emotion_scores = {}
        target.safety_level = None
        return
