"""API shapes for accounts and tokens."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, StrictBool


class UserOut(BaseModel):
    """The signed-in person."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    display_name: str
    country: str
    created_at: dt.datetime
    starting_point: str | None = Field(
        None,
        description='Where the person starts: "self", "supporting", "both", "neither", or '
        "null until they chose. It shapes suggestions, not access.",
    )
    time_zone: str = Field(
        description="The IANA time zone the person's days, streaks and reminders follow"
    )


class TimeZoneIn(BaseModel):
    """The person's time zone."""

    model_config = ConfigDict(extra="forbid")

    time_zone: str = Field(max_length=64, description="An IANA name such as Europe/London")


class StartingPointIn(BaseModel):
    """Where the person starts; both can be true."""

    model_config = ConfigDict(extra="forbid")

    feels_far: StrictBool = Field(description='"I feel numb or far away"')
    someone_far: StrictBool = Field(description='"Someone close to me seems far away"')


class TokenOut(BaseModel):
    """A personal access token (never its secret)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    prefix: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    expires_at: dt.datetime | None = None
