"""The safety screen's risk model: a fine-tuned MiniLM as int8 ONNX.

For each text it gives the probability of the three levels (none, concern, crisis) and of
"someone other than the writer is at risk". Trained and exported by ``training/train_risk.py``
and ``training/export_risk.py``; the files in ``risk_model/`` are checked against
``risk_model/SHA256SUMS`` when the model loads, and a missing or altered file raises
:class:`ModelIntegrityError`, so the screen can never run without it by accident.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from reconnect.analysis.emotions import (
    Floats,
    ModelIntegrityError,
    OnnxText,
    threads_from_env,
    verify_checksums,
)

RISK_DIR: Final = Path(__file__).parent / "risk_model"
RISK_FILE: Final = "risk.int8.onnx"
RISK_FILES: Final = (RISK_FILE, "tokenizer.json", "thresholds.json")
RISK_TOKENS: Final = 256
COLUMNS: Final = ("none", "concern", "crisis", "other")


@dataclass(frozen=True)
class RiskThresholds:
    """Where a unit's probabilities become a level (calibrated by ``export_risk.py``)."""

    crisis: float  # P(crisis) at or above this: crisis
    concern: float  # P(concern) + P(crisis) at or above this: concern
    other: float  # P(other) at or above this: someone else is at risk


class RiskModel:
    """The risk model's ONNX session, tokenizer and thresholds."""

    def __init__(self, folder: Path | None = None, threads: int | None = None) -> None:
        folder = folder or RISK_DIR
        self.version = "risk-" + verify_checksums(folder, RISK_FILES)[:12]
        doc = json.loads((folder / "thresholds.json").read_text(encoding="utf-8"))
        try:
            self.thresholds = RiskThresholds(
                crisis=float(doc["crisis"]),
                concern=float(doc["concern"]),
                other=float(doc["other"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelIntegrityError(f"risk_model/thresholds.json is not readable: {exc}") from exc
        self.encoder = OnnxText(
            folder / RISK_FILE,
            folder / "tokenizer.json",
            threads or threads_from_env(),
            RISK_TOKENS,
        )

    def probabilities(self, texts: Sequence[str]) -> Floats:
        """(n, 4) probabilities, columns as in ``COLUMNS``; zeros for an empty list.

        Each text runs on its own. The int8 model quantises its activations with one scale
        for the whole batch, so in a batch a text's answer would move with its batch-mates
        (by up to 0.25 in P(crisis), measured: enough to turn a crisis into "none" in an
        import that a save of the same text would have caught). Alone, a text gets the same
        answer however it arrives, and without padding it is no slower.
        """
        out = np.zeros((len(texts), len(COLUMNS)), np.float32)
        for i, text in enumerate(texts):
            out[i] = self.encoder.outputs([text], ["probabilities"])[0][0]
        return out
