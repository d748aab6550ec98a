"""The safety screen's risk model: the real int8 ONNX file, checked before it is used."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from reconnect.analysis import ModelIntegrityError, risk


@pytest.fixture(scope="module")
def model() -> risk.RiskModel:
    return risk.RiskModel()


def test_probabilities_are_three_levels_and_a_flag(model: risk.RiskModel) -> None:
    texts = ["I went for a walk.", "I don't want to be alive anymore.", "😶"]
    scores = model.probabilities(texts)
    assert scores.shape == (3, len(risk.COLUMNS)) and scores.dtype == np.float32
    assert np.allclose(scores[:, :3].sum(axis=1), 1.0, atol=1e-4)
    assert ((scores >= 0) & (scores <= 1)).all()
    assert model.probabilities([]).shape == (0, len(risk.COLUMNS))


def test_batching_keeps_the_input_order(model: risk.RiskModel) -> None:
    texts = [f"Day {i}: a walk by the sea and soup for tea." * (i % 4 + 1) for i in range(30)]
    together = model.probabilities(texts, batch_size=7)
    alone = np.stack([model.probabilities([t])[0] for t in texts[:5]])
    assert np.allclose(together[:5], alone, atol=0.05)


def test_the_thresholds_are_probabilities(model: risk.RiskModel) -> None:
    limits = model.thresholds
    assert 0 < limits.crisis < 1 and 0 < limits.concern < 1 and 0 < limits.other < 1
    assert model.version.startswith("risk-")


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "risk_model"
    shutil.copytree(risk.RISK_DIR, copy)
    return copy


def test_a_tampered_model_file_is_refused(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    (copy / "thresholds.json").write_text('{"crisis": 0.99, "concern": 0.99, "other": 0.5}')
    with pytest.raises(ModelIntegrityError, match=r"thresholds\.json.*checksum"):
        risk.RiskModel(copy)


def test_a_missing_model_file_is_refused(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    (copy / risk.RISK_FILE).unlink()
    with pytest.raises(ModelIntegrityError, match="missing"):
        risk.RiskModel(copy)
