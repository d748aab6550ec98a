"""API shapes for Together. A partner's answer never carries what the safety screen noticed."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from reconnect.together.checkins import MAX_TEXT
from reconnect.together.sharing import MAX_ACTIVITY_TITLE


class InviteOut(BaseModel):
    """A new invite code; it is shown only once."""

    code: str
    expires_at: dt.datetime
    message: str = Field(
        description="A gentle message to send with the code, for the person to edit: "
        "no pressure, what the other would see, how to join. Reconnect sends nothing."
    )


class AcceptIn(BaseModel):
    """The code a partner gave."""

    model_config = ConfigDict(extra="forbid")

    code: str = Field(max_length=40)


class ScheduleIO(BaseModel):
    """When the couple checks in: weekday 0 (Monday) to 6, HH:MM, every 1 or 2 weeks."""

    model_config = ConfigDict(extra="forbid")

    weekday: int = Field(ge=0, le=6, strict=True)
    time_of_day: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    every_weeks: int = Field(ge=1, le=2, strict=True)


class StatusOut(BaseModel):
    """Who the caller is linked with, the schedule, the streak and the open check-in."""

    linked: bool
    partner_username: str | None
    partner_name: str | None
    schedule: ScheduleIO | None
    next_checkin: dt.date | None
    streak: int
    open_checkin_id: int | None
    ladder_step: int


class AnswerIn(BaseModel):
    """The caller's answer to the open check-in."""

    model_config = ConfigDict(extra="forbid")

    words: list[str] = Field(default_factory=list, max_length=12)
    feeling_note: str = Field(default="", max_length=MAX_TEXT)
    appreciation: str = Field(default="", max_length=MAX_TEXT)
    need: str = Field(default="", max_length=MAX_TEXT)
    vulnerable_share: str = Field(default="", max_length=MAX_TEXT)
    together_wish: str = Field(default="", max_length=MAX_TEXT)


class AnswerOut(BaseModel):
    """An answer as anyone in the couple may read it."""

    model_config = ConfigDict(from_attributes=True)

    words: list[str] = Field(validation_alias="feeling_words")
    feeling_note: str | None
    appreciation: str
    need: str
    vulnerable_share: str
    together_wish: str
    created_at: dt.datetime


class MyAnswerOut(AnswerOut):
    """The caller's own answer, with what the safety screen noticed (for them alone)."""

    safety_level: str | None


class ReplyIn(BaseModel):
    """A reply under a revealed check-in."""

    model_config = ConfigDict(extra="forbid")

    body: str = Field(min_length=1, max_length=MAX_TEXT)


class ReplyOut(BaseModel):
    """A reply; ``mine`` says whether the caller wrote it."""

    id: int
    mine: bool
    body: str
    created_at: dt.datetime


class RoundOut(BaseModel):
    """A check-in as the caller may see it: ``partner`` stays null until both answered."""

    id: int
    opened_on: dt.date
    revealed: bool
    partner_answered: bool
    mine: MyAnswerOut | None
    partner: AnswerOut | None
    replies: list[ReplyOut]
    listening_prompts: list[str]
    help_url: str | None = Field(
        description="Set when something the caller wrote here suggests help could matter, "
        "or when the partner's revealed words suggest they may be in danger."
    )
    partner_at_risk: bool = Field(
        default=False,
        description="The partner's revealed answer or reply screened as crisis: see help_url "
        "for what to do if someone may be in danger.",
    )


class RoundSummaryOut(BaseModel):
    """One check-in in the history."""

    id: int
    opened_on: dt.date
    revealed: bool
    i_answered: bool
    partner_answered: bool


class LadderIn(BaseModel):
    """The step the caller chooses."""

    model_config = ConfigDict(extra="forbid")

    step: int = Field(ge=1, strict=True)


class LadderOut(BaseModel):
    """The caller's own step on the ladder, and the prompt for their vulnerable share."""

    step: int
    title: str
    about: str
    prompt: str
    steps: int


class ActivityIn(BaseModel):
    """An idea from the list (``idea_key``) or the couple's own ``title``."""

    model_config = ConfigDict(extra="forbid")

    idea_key: str | None = Field(default=None, max_length=40)
    title: str | None = Field(default=None, max_length=MAX_ACTIVITY_TITLE)


class ActivityUpdate(BaseModel):
    """Plan a date (null clears it) and/or mark done."""

    model_config = ConfigDict(extra="forbid")

    planned_on: dt.date | None = None
    done: bool | None = None


class ActivityOut(BaseModel):
    """An activity on the couple's list."""

    id: int
    idea_key: str | None
    title: str
    planned_on: dt.date | None
    done_on: dt.date | None


class IdeaOut(BaseModel):
    """An activity idea."""

    key: str
    title: str
    kind: str
    about: str


class ShareIn(BaseModel):
    """One of the caller's journal entries to show their partner."""

    model_config = ConfigDict(extra="forbid")

    entry_id: int


class SharedEntryOut(BaseModel):
    """A shared journal entry, read-only for the partner."""

    id: int
    mine: bool
    entry_date: dt.date
    title: str | None
    body: str
