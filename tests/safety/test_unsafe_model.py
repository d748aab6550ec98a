"""The learned half of "not safe at home": the shipped weights, checked, and what it adds
to the rules (on texts from a blind set whose first run is on record, now spent)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reconnect.analysis import ModelIntegrityError
from reconnect.messages import SafetyReasons
from reconnect.safety import rules, service, unsafe_model

FOUND_BY_THE_MODEL_ONLY = [
    "My son keeps my bank card and won't give it back.",
    "he reads all my texts before im allowed to sleep",
    "Husband took my passport, says I'll be deported if I leave.",
    "My ex is parked outside my flat again tonight.",
]
EVERYDAY = [
    "We argued about the dishes and then laughed about it.",
    "Went for a long walk by the river with my partner.",
    "My mum will kill me if I'm late for dinner again, ha.",
    "",
]


@pytest.mark.parametrize("text", FOUND_BY_THE_MODEL_ONLY)
def test_it_finds_what_the_rules_miss_and_the_screen_says_so(text: str) -> None:
    assert not rules.unsafe_at_home(text)
    assert service.unsafe_at_home(text)
    result = service.screen(text)
    assert "unsafe" in result.signals
    if result.level != "crisis":  # a crisis keeps its own reason; the abuse lines follow it
        assert result.reason == SafetyReasons.UNSAFE_AT_HOME


def test_it_leaves_everyday_texts_alone() -> None:
    assert unsafe_model.load().flags(EVERYDAY) == [False] * len(EVERYDAY)
    assert not any(service.unsafe_at_home(text) for text in EVERYDAY)


def test_a_text_reads_the_same_alone_and_among_others() -> None:
    texts = FOUND_BY_THE_MODEL_ONLY + EVERYDAY
    model = unsafe_model.load()
    assert model.flags(texts) == [model.flags([text])[0] for text in texts]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "unsafe_model"
    shutil.copytree(unsafe_model.MODEL_DIR, folder, ignore=shutil.ignore_patterns("*.py*"))
    return folder


def test_altered_weights_are_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / unsafe_model.MODEL_FILE
    doc = json.loads(path.read_text())
    doc["threshold"] = -99.0
    path.write_text(json.dumps(doc))
    with pytest.raises(ModelIntegrityError, match="checksum"):
        unsafe_model._read(folder)


def test_weights_for_another_emotion_model_are_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / unsafe_model.MODEL_FILE
    doc = json.loads(path.read_text())
    doc["embedding"] = "emotions-000000000000"
    path.write_text(json.dumps(doc))
    import hashlib

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    (folder / "SHA256SUMS").write_text(f"{digest}  {unsafe_model.MODEL_FILE}\n")
    with pytest.raises(ModelIntegrityError, match="another emotion model"):
        unsafe_model._read(folder)
