"""API shapes for instruments, answers and results."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from reconnect.assess.service import MAX_NOTE


class OptionOut(BaseModel):
    """A response option."""

    value: int
    label: str


class ItemOut(BaseModel):
    """A question, with its options."""

    id: str
    number: int
    text: str
    options: list[OptionOut]
    low: str | None = None
    high: str | None = None


class InstrumentSummaryOut(BaseModel):
    """An instrument in the list."""

    slug: str
    title: str
    name: str
    reflective: bool
    about: str
    items: int


class BandOut(BaseModel):
    """An authors' score range."""

    min: float
    max: float
    label: str


class InstrumentOut(InstrumentSummaryOut):
    """A whole instrument: what to ask, how it is scored, and whose it is."""

    time_frame: str
    citation: str
    licence: str
    source: str
    questions: list[ItemOut]
    min_total: float
    max_total: float
    bands: list[BandOut]
    referral_at_least: float | None
    referral_at_most: float | None
    gate_item: str | None
    learn: list[str]


class AnswersIn(BaseModel):
    """A complete answer set (item id to value), with an optional private note."""

    model_config = ConfigDict(extra="forbid")

    answers: dict[str, int] = Field(max_length=100)
    note: str | None = Field(default=None, max_length=MAX_NOTE)


class DraftIn(BaseModel):
    """Some answers to keep for later."""

    model_config = ConfigDict(extra="forbid")

    answers: dict[str, int] = Field(max_length=100)


class DraftOut(BaseModel):
    """The answers saved so far and what is still to answer."""

    instrument: str
    answers: dict[str, int]
    missing: list[str]


class ResultOut(BaseModel):
    """A scored result."""

    id: int
    instrument: str
    title: str
    taken_at: dt.datetime
    total: float
    max_total: float
    band: str
    at_referral: bool
    subscales: dict[str, float]
    answers: dict[str, int]
    reflective: bool
    safety_level: str
    note: str | None
    previous_total: float | None = None
    crisis_lines: str | None = Field(
        default=None,
        description="When an answer needs care at once: where the person's crisis lines are.",
    )
