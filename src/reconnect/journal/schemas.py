"""API shapes for check-ins and entries."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator

from reconnect.journal.service import MAX_BODY, MAX_NOTE, MAX_TAGS, MAX_TITLE, MAX_WORDS
from reconnect.patterns.schemas import CheckInFactorsIn, FactorsIn, FactorsOut


class CheckInCreate(BaseModel):
    """A new check-in."""

    model_config = ConfigDict(extra="forbid")

    pleasantness: int = Field(
        ge=-4, le=4, strict=True, description="-4 very unpleasant to 4 very pleasant"
    )
    energy: int = Field(ge=-4, le=4, strict=True, description="-4 very low to 4 very high energy")
    words: list[str] = Field(default_factory=list, max_length=MAX_WORDS)
    note: str | None = Field(default=None, max_length=MAX_NOTE)
    factors: CheckInFactorsIn | None = None


class CheckInChange(BaseModel):
    """A change to a stored check-in: only the fields sent change.

    ``factors`` replaces the check-in's factors when sent (``null`` clears them).
    """

    model_config = ConfigDict(extra="forbid")

    pleasantness: int | None = Field(default=None, ge=-4, le=4, strict=True)
    energy: int | None = Field(default=None, ge=-4, le=4, strict=True)
    words: list[str] | None = Field(default=None, max_length=MAX_WORDS)
    note: str | None = Field(default=None, max_length=MAX_NOTE)
    factors: CheckInFactorsIn | None = None

    @model_validator(mode="after")
    def _no_nulls_where_a_value_is_needed(self) -> CheckInChange:
        nulls = [
            name
            for name in ("pleasantness", "energy", "words")
            if name in self.model_fields_set and getattr(self, name) is None
        ]
        if nulls:
            raise ValueError(f"{', '.join(nulls)} cannot be null; leave it out to keep it")
        return self


class AnalysisOut(BaseModel):
    """What on-device analysis noticed in the text."""

    detected_emotions: list[str] | None
    corrected_emotions: list[str] | None
    safety_level: str | None
    safety_reason: str | None = Field(
        None,
        description="Why the screen answered as it did, in words a person could read (a "
        'category such as "words that may mean you do not feel safe with someone close", '
        "never the text); null when nothing was noticed.",
    )


class CheckInOut(AnalysisOut):
    """A stored check-in."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    created_at: dt.datetime
    pleasantness: int
    energy: int
    words: list[str]
    note: str | None
    factors: FactorsOut | None = None


class EntryWrite(BaseModel):
    """A new or changed journal entry."""

    model_config = ConfigDict(extra="forbid")

    body: str = Field(min_length=1, max_length=MAX_BODY)
    title: str | None = Field(default=None, max_length=MAX_TITLE)
    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)
    entry_date: dt.date | None = None
    prompt_key: str | None = Field(default=None, max_length=40)
    factors: FactorsIn | None = None


class EntryOut(AnalysisOut):
    """A stored journal entry."""

    id: int
    entry_date: dt.date
    title: str | None
    body: str
    tags: list[str]
    word_count: int
    prompt_key: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    factors: FactorsOut | None = None


class EntryPage(BaseModel):
    """One page of entries."""

    items: list[EntryOut]
    page: int
    per_page: int
    total: int = Field(description="How many there are in all (for a search: how many match).")
    has_next: bool


class CheckInPage(BaseModel):
    """One page of check-ins."""

    items: list[CheckInOut]
    page: int
    per_page: int
    total: int = Field(description="How many there are in all (for a search: how many match).")
    has_next: bool


class EmotionWordOut(BaseModel):
    """A word from the emotion vocabulary."""

    word: str
    quadrant: str
    meaning: str


class PromptOut(BaseModel):
    """A journaling prompt."""

    key: str
    strategy: str
    text: str


class EmotionCorrection(BaseModel):
    """The person's own reading of the emotions in a text (GoEmotions label names)."""

    model_config = ConfigDict(extra="forbid")

    emotions: list[str] = Field(max_length=28)
