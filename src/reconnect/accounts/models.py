"""Tables for people, browser sessions and API tokens."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from reconnect.db import Base, TimestampMixin, UTCDateTime


class User(TimestampMixin, Base):
    """A person with an account."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True, index=True)
    display_name: Mapped[str] = mapped_column(String(80), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    country: Mapped[str] = mapped_column(String(8), default="US")
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    # Made by ``reconnect demo`` with sample data: only such accounts may it replace or remove.
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Where the person said they start (accounts.service.STARTING_POINTS): it shapes what
    # Today and the plan suggest, never what they can open. NULL until they chose.
    starting_point: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # The IANA zone the person lives in: their days, streaks, feed times and imports are
    # read in it (accounts.zones suggests one from the country at sign-up).
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")


class BrowserSession(TimestampMixin, Base):
    """A signed-in browser; only a hash of its cookie is stored."""

    __tablename__ = "browser_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ApiToken(TimestampMixin, Base):
    """A personal access token for the REST API; only its hash is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    prefix: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class SignInCount(Base):
    """Sign-in attempts from one address in the current minute, shared by every worker.

    The address is kept only as a keyed hash, and a row is reused, never piled up: the
    counter restarts when its minute is over.
    """

    __tablename__ = "sign_in_counts"

    address_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
