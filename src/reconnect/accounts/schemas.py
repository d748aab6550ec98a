"""API shapes for accounts and tokens."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict


class UserOut(BaseModel):
    """The signed-in person."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    display_name: str
    country: str
    created_at: dt.datetime


class TokenOut(BaseModel):
    """A personal access token (never its secret)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    prefix: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    expires_at: dt.datetime | None = None
