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


def test_a_text_gets_the_same_answer_whatever_comes_with_it(model: risk.RiskModel) -> None:
    # In one batch, int8 activations share a quantisation scale, and this crisis sentence
    # once read 0.64 beside a long, calm one and 0.88 alone.
    texts = [
        "I can't keep going like this.",
        "We went to the market and bought apples, pears and a loaf of bread, then walked "
        "along the canal for an hour talking about nothing in particular and it was lovely",
        *[f"Day {i}: a walk by the sea and soup for tea." * (i % 4 + 1) for i in range(12)],
    ]
    together = model.probabilities(texts)
    alone = np.stack([model.probabilities([t])[0] for t in texts])
    assert np.array_equal(together, alone)


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
