"""Questionnaires as data: one TOML file per instrument, validated when it is loaded.

Each file under ``reconnect/content/assess`` names the items, response options, time frame,
scoring (reverse keys, subscales, a multiplier, a gate question), the authors' score ranges,
the referral threshold, the licence and the citation. A mistake in a file fails loudly at
start-up rather than mis-scoring someone's answers.
"""

from __future__ import annotations

import functools
import itertools
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from reconnect.learn import service as learn_service

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content" / "assess"
SLUGS: tuple[str, ...] = (
    "signs",
    "contrasts",
    "causes",
    "partner",
    "phq9",
    "gad7",
    "who5",
    "pcptsd5",
    "ucla3",
    "csi4",
    "paq",
)
LEARN_SLUGS = frozenset(topic.slug for topic in learn_service.list_topics())


class InstrumentError(Exception):
    """An instrument file is missing or does not describe a usable questionnaire."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Strict):
    """One response option: the value stored and scored, and its official label."""

    value: int
    label: str = Field(min_length=1)


class Item(_Strict):
    """One question or statement."""

    id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=40)
    text: str = Field(min_length=1)
    options: tuple[Option, ...] | None = None
    reverse: bool = False  # scored as (lowest + highest) - value
    scored: bool = True  # False for a gate question that is asked but not added up
    risk: bool = False  # an answer above 0 goes to the safety screen
    low: str | None = None  # slider pole at the lowest value
    high: str | None = None  # slider pole at the highest value


class Band(_Strict):
    """An authors' score range and the label they give it."""

    min: float
    max: float
    label: str = Field(min_length=1)


class Subscale(_Strict):
    """A sum over some of the items."""

    id: str = Field(min_length=1, max_length=20)
    title: str
    items: tuple[str, ...] = Field(min_length=1)


class Referral(_Strict):
    """Where the authors suggest talking to a professional: at or above, or at or below."""

    at_least: float | None = None
    at_most: float | None = None
    note: str = ""

    @model_validator(mode="after")
    def _one_direction(self) -> Referral:
        if (self.at_least is None) == (self.at_most is None):
            raise ValueError("give exactly one of at_least or at_most")
        return self

    @property
    def threshold(self) -> float:
        """The score where the referral range starts (or ends, for at_most)."""
        value = self.at_least if self.at_least is not None else self.at_most
        assert value is not None
        return value

    def reached(self, total: float) -> bool:
        """Whether a total is in the referral range."""
        if self.at_least is not None:
            return total >= self.at_least
        return self.at_most is not None and total <= self.at_most


class Gate(_Strict):
    """A question that, answered with ``ends_when``, ends the questionnaire (score 0)."""

    item: str
    ends_when: int


class Instrument(_Strict):
    """A whole questionnaire, checked for internal consistency."""

    slug: str = Field(pattern=r"^[a-z0-9]+$")
    title: str
    name: str
    kind: Literal["validated", "reflection"]
    about: str
    time_frame: str
    citation: str
    licence: str
    source: str = ""
    detachment: str
    input: Literal["choice", "slider"] = "choice"
    multiplier: float = 1.0
    options: tuple[Option, ...] = ()
    items: tuple[Item, ...] = Field(min_length=1)
    bands: tuple[Band, ...] = Field(min_length=1)
    subscales: tuple[Subscale, ...] = ()
    referral: Referral | None = None
    gate: Gate | None = None
    learn: tuple[str, ...] = ()
    # A reflection may read better without a total, and with headings of its own.
    show_total: bool = True
    result_heading: str = ""
    meaning_heading: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> Instrument:
        ids = [item.id for item in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError("item ids must be unique")
        for item in self.items:
            values = [o.value for o in self.options_for(item)]
            if not values or len(set(values)) != len(values):
                raise ValueError(f"item {item.id} needs distinct response options")
            if self.input == "slider" and not (item.low and item.high):
                raise ValueError(f"slider item {item.id} needs low and high poles")
        for subscale in self.subscales:
            unknown = set(subscale.items) - set(ids)
            if unknown:
                raise ValueError(f"subscale {subscale.id} names unknown items {sorted(unknown)}")
        if self.gate is not None and self.gate.item not in ids:
            raise ValueError(f"gate names unknown item {self.gate.item}")
        unknown_learn = set(self.learn) - LEARN_SLUGS
        if unknown_learn:
            raise ValueError(f"unknown learn topics {sorted(unknown_learn)}")
        self._check_bands()
        return self

    def _check_bands(self) -> None:
        bands = sorted(self.bands, key=lambda band: band.min)
        if bands[0].min > self.min_total or bands[-1].max < self.max_total:
            raise ValueError(f"bands must cover {self.min_total:g}-{self.max_total:g}")
        for lower, upper in itertools.pairwise(bands):
            if upper.min <= lower.max:
                raise ValueError(f"bands overlap at {upper.min:g}")

    def options_for(self, item: Item) -> tuple[Option, ...]:
        """The item's own options, or the instrument's shared ones."""
        return item.options or self.options

    def value_range(self, item: Item) -> tuple[int, int]:
        """The lowest and highest value an item accepts."""
        values = [o.value for o in self.options_for(item)]
        return min(values), max(values)

    @property
    def scored_items(self) -> tuple[Item, ...]:
        """The items that count towards the total."""
        return tuple(item for item in self.items if item.scored)

    @property
    def min_total(self) -> float:
        """The lowest possible total (a closed gate gives 0)."""
        if self.gate is not None:
            return 0.0
        return self.multiplier * sum(self.value_range(i)[0] for i in self.scored_items)

    @property
    def max_total(self) -> float:
        """The highest possible total."""
        return self.multiplier * sum(self.value_range(i)[1] for i in self.scored_items)

    @property
    def reflective(self) -> bool:
        """Our own reflection rather than a validated questionnaire."""
        return self.kind == "reflection"

    def item(self, item_id: str) -> Item:
        """One item by id (KeyError if there is none)."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


def load_file(path: Path) -> Instrument:
    """Read and validate one instrument file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Instrument.model_validate(data)
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise InstrumentError(f"{path.name}: {exc}") from exc


@functools.cache
def catalogue() -> dict[str, Instrument]:
    """Every instrument we ship, by slug, in the order they are offered."""
    loaded = {slug: load_file(CONTENT_DIR / f"{slug}.toml") for slug in SLUGS}
    for slug, instrument in loaded.items():
        if instrument.slug != slug:
            raise InstrumentError(f"{slug}.toml declares slug {instrument.slug!r}")
    return loaded
