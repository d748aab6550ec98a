"""Every word people read sounds like a wellness tool: no diagnosis, no clinical labels, no guilt.

The strings come from every class in `reconnect.messages` (nested classes, tuples and dicts
included) and every file under `src/reconnect/content/`. Official questionnaire wording and
citations may name a disorder or use clinical words; they are allowed field by field below.
Templates hold no English of their own: their text comes from messages or content.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from reconnect import messages

SRC = Path(messages.__file__).parent
CONTENT = SRC / "content"

# Where a questionnaire quotes its authors or the literature. Every questionnaire file may cite
# (citation, licence, source); a validated one keeps its authors' item and option wording; and
# two official names say "Patient" and "Disorder". Nothing else is exempt.
CITATION_FIELDS = {"citation", "licence", "source"}
AUTHORS_WORDING = {"items.*.text", "items.*.options.*.label", "options.*.label", "bands.*.label"}
OFFICIAL_NAMES = {
    "assess/phq9.toml": "Patient Health Questionnaire (PHQ-9)",
    "assess/gad7.toml": "Generalized Anxiety Disorder scale (GAD-7)",
}
NEGATED_DIAGNOSIS = re.compile(
    r"\b(?:not|never|no|nothing|cannot|can't|can not|doesn't|does not|isn't|is not|nor|"
    r"without)\b[^.:;!?]{0,40}?\bdiagnos\w*",
    re.IGNORECASE,
)
FORBIDDEN: dict[str, re.Pattern[str]] = {
    "labels the person with a condition": re.compile(
        r"\byou(?:'re| are| have| suffer from| seem to have| probably have| may have)\s+"
        r"(?:got\s+)?(?:an?\s+)?(?:depress\w*|anxiety|ptsd|trauma\w*|mental(?:ly)? ill\w*|"
        r"(?:\w+\s+)?disorder|detachment disorder|\w+ syndrome)",
        re.IGNORECASE,
    ),
    "diagnoses": re.compile(r"\bdiagnos\w*", re.IGNORECASE),
    "promises treatment": re.compile(
        r"\b(?:treat(?:s|ed|ing|ment|ments)?|cures?|cured|heals?)\b(?! a token like)",
        re.IGNORECASE,
    ),
    "names a disorder": re.compile(r"\bdisorders?\b", re.IGNORECASE),
    "calls the person a patient": re.compile(
        r"\bpatients?\b(?! with yourself)(?<!be patient)", re.IGNORECASE
    ),
    "speaks of symptoms": re.compile(r"\bsymptoms?\b", re.IGNORECASE),
    "blames or shames": re.compile(
        r"\byou (?:failed|should have|forgot to|broke your)\b|\blazy\b|\bno excuse",
        re.IGNORECASE,
    ),
}


def problems_in(text: str) -> list[str]:
    """What is wrong with one string (empty when it reads well)."""
    cleaned = NEGATED_DIAGNOSIS.sub(" ", text)
    return [why for why, pattern in FORBIDDEN.items() if pattern.search(cleaned)]


def _walk(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key, f"{path}[key]")
            yield from _walk(item, f"{path}.{key}")
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _walk(item, f"{path}.*")


def message_strings() -> Iterator[tuple[str, str]]:
    """(where, text) for every string in every messages class, nested ones included."""

    def of_class(cls: type, path: str) -> Iterator[tuple[str, str]]:
        for name, value in vars(cls).items():
            if name.startswith("__"):
                continue
            if isinstance(value, type):
                yield from of_class(value, f"{path}.{name}")
            else:
                yield from _walk(value, f"{path}.{name}")

    for name, value in vars(messages).items():
        if isinstance(value, type) and value.__module__ == messages.__name__:
            yield from of_class(value, f"messages.{name}")


def content_strings() -> Iterator[tuple[str, str, str]]:
    """(file, field path, text) for every file under content/ (Markdown line by line)."""
    files = sorted(p for p in CONTENT.rglob("*") if p.is_file())
    assert files, "no content files found"
    for path in files:
        rel = path.relative_to(CONTENT).as_posix()
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".toml":
            data: object = tomllib.loads(text)
        elif path.suffix in {".yaml", ".yml"}:
            data = yaml.safe_load(text)
        elif path.suffix == ".json":
            data = json.loads(text)
        elif path.suffix == ".md":
            for number, line in enumerate(text.splitlines(), start=1):
                yield rel, f"line {number}", line
            continue
        else:
            pytest.fail(f"unexpected content file {rel}: add how to read it to this test")
        for field, value in _walk(data, ""):
            yield rel, field.lstrip("."), value


def _validated() -> set[str]:
    return {
        p.relative_to(CONTENT).as_posix()
        for p in (CONTENT / "assess").glob("*.toml")
        if tomllib.loads(p.read_text(encoding="utf-8")).get("kind") == "validated"
    }


def _official(rel: str, field: str, text: str, validated: set[str]) -> bool:
    """Whether a string quotes a questionnaire's authors or the literature."""
    if not rel.startswith("assess/"):
        return False
    generic = re.sub(r"\.\d+(?=\.|$)", ".*", field)
    return (
        field in CITATION_FIELDS
        or (rel in validated and generic in AUTHORS_WORDING)
        or (field == "name" and OFFICIAL_NAMES.get(rel) == text)
    )


def test_the_checker_catches_clinical_wording_and_lets_gentle_wording_through() -> None:
    for bad in (
        "You have depression.",
        "It looks like you are depressed.",
        "You may have an attachment disorder.",
        "Your results were diagnosed as severe.",
        "Reconnect will treat your numbness.",
        "Patients often feel this way.",
        "Your symptoms are getting worse.",
        "You failed to log today.",
    ):
        assert problems_in(bad), bad
    for good in (
        "This is not a diagnosis.",
        "The app cannot diagnose anything.",
        "Nothing here is a diagnosis: it is for reflection.",
        "Be patient with yourself.",
        "Treat a token like a password.",
        "Talking to a professional could help.",
    ):
        assert problems_in(good) == [], good


def test_no_message_uses_diagnostic_clinical_or_guilty_wording() -> None:
    found = [f"{where}: {problems_in(text)}: {text!r}" for where, text in message_strings()]
    assert [line for line in found if ": []: " not in line] == []
    assert sum(1 for _ in message_strings()) > 500  # the walk really reached every class


def test_no_content_file_uses_diagnostic_clinical_or_guilty_wording() -> None:
    validated = _validated()
    assert {"assess/phq9.toml", "assess/gad7.toml"} <= validated
    found = [
        f"{rel} {field}: {why}: {text[:100]!r}"
        for rel, field, text in content_strings()
        if not _official(rel, field, text, validated)
        for why in problems_in(text)
    ]
    assert found == []


def test_the_exemptions_are_only_for_quoted_wording() -> None:
    validated = _validated()
    assert _official("assess/gad7.toml", "citation", "any", validated)
    assert _official("assess/phq9.toml", "name", OFFICIAL_NAMES["assess/phq9.toml"], validated)
    assert not _official("assess/phq9.toml", "about", "Patients often...", validated)
    assert not _official("assess/signs.toml", "items.0.text", "symptoms", validated)
    assert not _official("learn/faq.md", "citation", "disorder", validated)


def _template_text(source: str) -> list[str]:
    """Text a template shows that is neither a Jinja expression nor markup."""
    source = re.sub(r"\{#.*?#\}", " ", source, flags=re.S)
    source = re.sub(r"<(script|style)\b.*?</\1>", " ", source, flags=re.S)
    source = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|<!--.*?-->", " ", source, flags=re.S)
    source = re.sub(r"<[^>]*>", "\n", source, flags=re.S)
    return [line.strip() for line in source.splitlines() if re.search(r"[A-Za-z]{2}", line)]


HUMAN_ATTRIBUTE = re.compile(
    r'\b(?:aria-label|title|alt|placeholder|data-confirm)="([^"{]*[A-Za-z]{2}[^"]*)"'
)


def test_templates_hold_no_english_of_their_own() -> None:
    templates = sorted(SRC.rglob("templates/**/*.html"))
    assert len(templates) > 50
    found = []
    for path in templates:
        source = path.read_text(encoding="utf-8")
        rel = path.relative_to(SRC).as_posix()
        found += [f"{rel}: {text!r}" for text in _template_text(source)]
        found += [f"{rel}: {m.group(1)!r}" for m in HUMAN_ATTRIBUTE.finditer(source)]
    assert found == []


def test_the_template_check_sees_plain_text() -> None:
    assert _template_text("<p>{{ M.App.NAME }} · </p>") == []
    assert _template_text("<p>Hello there</p>") == ["Hello there"]
