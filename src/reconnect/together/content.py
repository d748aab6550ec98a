"""The ladder steps, activity ideas and listening prompts, loaded from content/together/.

The files are data in our own words; they are validated when first read so that a broken
edit fails loudly at start-up rather than half-way through a couple's check-in.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

CONTENT = resources.files("reconnect") / "content" / "together"


class ContentError(ValueError):
    """A content file is missing a field or holds a value of the wrong shape."""


@dataclass(frozen=True, slots=True)
class Step:
    """One rung of the vulnerability ladder."""

    number: int
    title: str
    about: str
    prompts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Idea:
    """A shared activity idea."""

    key: str
    title: str
    kind: str
    about: str


@dataclass(frozen=True, slots=True)
class Listening:
    """Active-listening prompts: saying back what was heard, and one curious question."""

    reflect: tuple[str, ...]
    curious: tuple[str, ...]


def _read(name: str) -> dict[str, Any]:
    return tomllib.loads((CONTENT / name).read_text(encoding="utf-8"))


def _text(row: dict[str, Any], field: str, source: str) -> str:
    value = row.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{source}: {field!r} must be a non-empty string")
    return value.strip()


def _texts(value: object, source: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ContentError(f"{source}: expected a non-empty list of strings")
    return tuple(v.strip() for v in value)


@functools.cache
def ladder() -> tuple[Step, ...]:
    """The ladder's steps, lightest first, numbered 1, 2, 3..."""
    steps = tuple(
        Step(
            number=row.get("number", 0),
            title=_text(row, "title", "ladder.toml"),
            about=_text(row, "about", "ladder.toml"),
            prompts=_texts(row.get("prompts"), "ladder.toml prompts"),
        )
        for row in _read("ladder.toml").get("step", [])
    )
    if [s.number for s in steps] != list(range(1, len(steps) + 1)):
        raise ContentError("ladder.toml: steps must be numbered 1, 2, 3... in order")
    return steps


@functools.cache
def ideas() -> tuple[Idea, ...]:
    """The activity ideas, in the order written."""
    rows = _read("activities.toml").get("idea", [])
    found = tuple(
        Idea(*(_text(row, f, "activities.toml") for f in ("key", "title", "kind", "about")))
        for row in rows
    )
    if not found or len({idea.key for idea in found}) != len(found):
        raise ContentError("activities.toml: ideas need unique keys")
    return found


def idea_by_key() -> dict[str, Idea]:
    """The activity ideas by key."""
    return {idea.key: idea for idea in ideas()}


@functools.cache
def listening() -> Listening:
    """The active-listening prompts."""
    data = _read("listening.toml")
    return Listening(
        reflect=_texts(data.get("reflect"), "listening.toml reflect"),
        curious=_texts(data.get("curious"), "listening.toml curious"),
    )
