"""API shapes for the screen and the safety plan."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from reconnect.safety.service import MAX_SECTION


class ScreenIn(BaseModel):
    """A text to screen."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=20_000)


class ScreenOut(BaseModel):
    """The screen's answer."""

    level: str
    reason: str
    signals: list[str]


class SafetyPlanIO(BaseModel):
    """The seven parts of a safety plan, each the person's own words."""

    model_config = ConfigDict(extra="forbid", from_attributes=True)

    warning_signs: str = Field(default="", max_length=MAX_SECTION)
    coping_steps: str = Field(default="", max_length=MAX_SECTION)
    distractions: str = Field(default="", max_length=MAX_SECTION)
    people_to_ask: str = Field(default="", max_length=MAX_SECTION)
    professionals: str = Field(default="", max_length=MAX_SECTION)
    safe_surroundings: str = Field(default="", max_length=MAX_SECTION)
    reasons_to_live: str = Field(default="", max_length=MAX_SECTION)
