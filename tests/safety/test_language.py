"""The language identifier: the cut model answers as the full one, and is never silently off."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from reconnect import analysis
from reconnect.safety import language

TEXTS = (
    "Ich will nicht mehr leben, es ist alles zu viel.",
    "Je ne veux plus vivre, je suis tellement fatigué.",
    "No quiero vivir más, ya no puedo con esto.",
    "Non ce la faccio più, voglio solo sparire.",
    "Não aguento mais, quero desaparecer de vez.",
    "Ik wil niet meer leven, alles is te zwaar.",
    "Nie chcę już żyć, wszystko mnie przerasta.",
    "We walked by the river and for a moment I felt close to her again.",
    "kms lol this homework is never ending",
    "feeling kinda meh today tbh, work was long",
)


def test_the_cut_model_answers_exactly_as_the_full_one() -> None:
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(list(language.LANGUAGES))
    cut = language._identifier()
    for text in TEXTS:
        expected_code, expected_p = full.classify(text)
        code, p = cut.classify(text)
        assert code == expected_code, text
        assert p == pytest.approx(expected_p, abs=1e-6), text


def test_a_damaged_model_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "langid"
    shutil.copytree(language.LANGID_DIR, folder)
    with (folder / language.LANGID_FILE).open("ab") as file:
        file.write(b"\0")
    monkeypatch.setattr(language, "LANGID_DIR", folder)
    monkeypatch.setattr(language, "_loaded", {})
    with pytest.raises(analysis.ModelIntegrityError, match="does not match its checksum"):
        language.load()
