"""The practices and the five strategies, loaded from content/plan/*.yaml and validated.

One file per strategy keeps the texts reviewable together; anything malformed fails at
import time, so a broken file can never reach a person as a half-rendered page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

CONTENT = resources.files("reconnect") / "content" / "plan"
SLUG = re.compile(r"^[a-z][a-z0-9-]{1,58}$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
FIELD_NAME = re.compile(r"^[a-z][a-z_]{1,30}$")


class ContentError(ValueError):
    """A content file is missing something or holds something it should not."""


@dataclass(frozen=True, slots=True)
class FormField:
    """One thing a practice asks the person to write (kept encrypted with the log)."""

    name: str
    label: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Pacer:
    """Timings for the guided breathing pacer."""

    inhale_seconds: int
    hold_seconds: int
    exhale_seconds: int
    rounds: int

    @property
    def cycle_seconds(self) -> int:
        """One breath, in and out."""
        return self.inhale_seconds + self.hold_seconds + self.exhale_seconds


@dataclass(frozen=True, slots=True)
class Link:
    """A page in this app where the practice can be done, e.g. the journal."""

    href: str
    label: str


@dataclass(frozen=True, slots=True)
class Practice:
    """Something concrete a person can do, with how long it takes and how often."""

    slug: str
    strategy: str
    title: str
    summary: str
    steps: tuple[str, ...]
    duration_minutes: int
    days_per_week: int
    time: str
    prompts: tuple[str, ...] = ()
    fields: tuple[FormField, ...] = ()
    pacer: Pacer | None = None
    try_it: Link | None = None


@dataclass(frozen=True, slots=True)
class Strategy:
    """One of the five strategies, with its practices in reading order."""

    slug: str
    title: str
    summary: str
    learn: str
    order: int
    practices: tuple[Practice, ...]


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ContentError(f"{where}: '{key}' must be non-empty text")
    return " ".join(value.split())


def _number(data: dict[str, Any], key: str, where: str, low: int, high: int) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ContentError(f"{where}: '{key}' must be a whole number from {low} to {high}")
    return value


def _texts(data: dict[str, Any], key: str, where: str, *, required: bool) -> tuple[str, ...]:
    values = data.get(key, [])
    if not isinstance(values, list) or (required and not values):
        raise ContentError(f"{where}: '{key}' must be a list of texts")
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise ContentError(f"{where}: every item of '{key}' must be non-empty text")
    return tuple(" ".join(v.split()) for v in values)


def _fields(raw: object, where: str) -> tuple[FormField, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ContentError(f"{where}: 'fields' must be a list")
    fields = []
    for item in raw:
        name = item.get("name", "") if isinstance(item, dict) else ""
        if not FIELD_NAME.match(str(name)):
            raise ContentError(f"{where}: field name {name!r} must be lower_case words")
        label = _text(item, "label", f"{where}.{name}")
        fields.append(FormField(name, label, _text(item, "hint", where, required=False)))
    if len({f.name for f in fields}) != len(fields):
        raise ContentError(f"{where}: field names must be unique")
    return tuple(fields)


def _pacer(raw: object, where: str) -> Pacer | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: 'pacer' must be a mapping")
    return Pacer(
        inhale_seconds=_number(raw, "inhale_seconds", where, 2, 10),
        hold_seconds=_number(raw, "hold_seconds", where, 0, 10),
        exhale_seconds=_number(raw, "exhale_seconds", where, 2, 12),
        rounds=_number(raw, "rounds", where, 1, 60),
    )


def _link(raw: object, where: str) -> Link | None:
    if raw is None:
        return None
    href = raw.get("href") if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or not isinstance(href, str) or not href.startswith("/"):
        raise ContentError(f"{where}: 'try_it.href' must be a path in this app")
    if href.startswith("//"):
        raise ContentError(f"{where}: 'try_it.href' must be a path in this app")
    return Link(href, _text(raw, "label", where))


def _practice(raw: dict[str, Any], strategy: str) -> Practice:
    slug = str(raw.get("slug", ""))
    if not SLUG.match(slug):
        raise ContentError(f"{strategy}: practice slug {slug!r} is not a valid slug")
    where = f"{strategy}/{slug}"
    time = str(raw.get("time", ""))
    if not TIME.match(time):
        raise ContentError(f"{where}: 'time' must be HH:MM")
    return Practice(
        slug=slug,
        strategy=strategy,
        title=_text(raw, "title", where),
        summary=_text(raw, "summary", where),
        steps=_texts(raw, "steps", where, required=True),
        duration_minutes=_number(raw, "duration_minutes", where, 1, 120),
        days_per_week=_number(raw, "days_per_week", where, 1, 7),
        time=time,
        prompts=_texts(raw, "prompts", where, required=False),
        fields=_fields(raw.get("fields"), where),
        pacer=_pacer(raw.get("pacer"), where),
        try_it=_link(raw.get("try_it"), where),
    )


def parse_strategy(text: str, name: str) -> Strategy:
    """A strategy and its practices from one file's YAML text; raises ContentError."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("strategy"), dict):
        raise ContentError(f"{name}: needs a 'strategy' mapping")
    head = data["strategy"]
    slug = str(head.get("slug", ""))
    if f"{slug}.yaml" != name:
        raise ContentError(f"{name}: strategy slug {slug!r} must match the file name")
    practices = data.get("practices")
    if not isinstance(practices, list) or not practices:
        raise ContentError(f"{name}: needs a list of practices")
    return Strategy(
        slug=slug,
        title=_text(head, "title", name),
        summary=_text(head, "summary", name),
        learn=_text(head, "learn", name),
        order=_number(head, "order", name, 1, 99),
        practices=tuple(_practice(p if isinstance(p, dict) else {}, slug) for p in practices),
    )


def load() -> tuple[Strategy, ...]:
    """Every strategy file, in reading order; slugs must be unique across files."""
    strategies = [
        parse_strategy(entry.read_text(encoding="utf-8"), entry.name)
        for entry in CONTENT.iterdir()
        if entry.name.endswith(".yaml")
    ]
    strategies.sort(key=lambda s: s.order)
    slugs = [p.slug for s in strategies for p in s.practices]
    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicates:
        raise ContentError(f"practice slugs used twice: {', '.join(duplicates)}")
    return tuple(strategies)


STRATEGIES = load()
STRATEGY_BY_SLUG = {strategy.slug: strategy for strategy in STRATEGIES}
PRACTICES = tuple(practice for strategy in STRATEGIES for practice in strategy.practices)
BY_SLUG = {practice.slug: practice for practice in PRACTICES}
