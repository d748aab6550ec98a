"""Typed, validated settings read from the environment (prefix ``RECONNECT_``)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Literal

import platformdirs
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from reconnect.core.crypto import Keyring, KeyringError

APP_NAME = "reconnect"
DEFAULT_PORT = 8765


def default_data_dir() -> Path:
    """The platform's per-user data folder for Reconnect."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


# Values copied from examples or left as placeholders; a real secret is long and random.
_PLACEHOLDER_WORDS = ("change", "example", "default", "placeholder", "secret", "password")


class SettingsError(ValueError):
    """A setting cannot be used as given (reported at start-up, without a stack trace)."""


def settings_problems(exc: ValidationError) -> str:
    """The settings' validation errors as one line each, without pydantic's decoration."""
    lines = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        name = where.upper() if where.isupper() else f"RECONNECT_{where.upper()}"
        lines.append(f"{name}: {message}" if where else message)
    return "; ".join(lines)


def _read_secret_file(value: str | None, file_value: str | None) -> str | None:
    """Prefer the inline value; otherwise read the secret from the named file."""
    if value:
        return value
    if file_value:
        try:
            return Path(file_value).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SettingsError(
                f"cannot read the secret file {file_value}: {exc.strerror}"
            ) from exc
    return None


def looks_like_placeholder(secret: str) -> bool:
    """Whether a secret is an obvious placeholder or has too little variety to be random."""
    lowered = secret.lower()
    return any(word in lowered for word in _PLACEHOLDER_WORDS) or len(set(secret)) < 10


class Settings(BaseSettings):
    """Every setting Reconnect reads; documented in docs/configuration.md."""

    model_config = SettingsConfigDict(env_prefix="RECONNECT_", extra="ignore")

    mode: Literal["local", "server"] = "local"
    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = Field(default=None, validation_alias="DATABASE_URL")
    host: str = "127.0.0.1"
    port: int = Field(default=DEFAULT_PORT, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    secret_key: SecretStr | None = None
    secret_key_file: str | None = None
    encryption_key: SecretStr | None = None
    encryption_key_file: str | None = None
    allow_signup: bool = True
    secure_cookies: bool | None = None
    session_days: int = Field(default=30, ge=1, le=365)
    login_max_attempts: int = Field(default=5, ge=1, le=100)
    login_lockout_minutes: int = Field(default=15, ge=1, le=1440)
    login_attempts_per_minute: int = Field(default=20, ge=1, le=10_000)
    default_country: str = "US"
    trusted_hosts: Annotated[list[str], NoDecode] = Field(default_factory=lambda: ["*"])
    forwarded_allow_ips: str = "127.0.0.1"

    @field_validator("trusted_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("default_country")
    @classmethod
    def _upper_country(cls, value: str) -> str:
        return value.strip().upper()

    @model_validator(mode="after")
    def _server_mode_is_hardened(self) -> Settings:
        if self.mode != "server":
            return self
        if not self.database_url or not self.database_url.startswith("postgresql"):
            raise ValueError("server mode needs DATABASE_URL pointing at PostgreSQL")
        secret = self.resolved_secret_key()
        if not secret:
            raise ValueError("server mode needs RECONNECT_SECRET_KEY or RECONNECT_SECRET_KEY_FILE")
        if len(secret) < 32:
            raise ValueError("RECONNECT_SECRET_KEY must be at least 32 characters")
        if looks_like_placeholder(secret):
            raise ValueError(
                "RECONNECT_SECRET_KEY looks like a placeholder: generate one with "
                "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )
        if self.secure_cookies is False:
            raise ValueError("server mode requires HTTPS-only cookies (RECONNECT_SECURE_COOKIES)")
        self._check_server_encryption_key()
        if "*" in self.trusted_hosts:
            raise ValueError("server mode needs RECONNECT_TRUSTED_HOSTS (the site's host names)")
        if "*" in self.forwarded_allow_ips:
            raise ValueError(
                "RECONNECT_FORWARDED_ALLOW_IPS must name the proxy's addresses, not '*'"
            )
        return self

    def _check_server_encryption_key(self) -> None:
        text = self.resolved_encryption_key()
        if not text:
            raise ValueError(
                "server mode needs RECONNECT_ENCRYPTION_KEY or RECONNECT_ENCRYPTION_KEY_FILE"
            )
        try:
            Keyring.from_text(text)
        except (KeyringError, ValueError) as exc:
            raise ValueError(f"the encryption key cannot be used: {exc}") from None

    def resolved_secret_key(self) -> str | None:
        """The signing secret from the setting or its ``_FILE`` variant."""
        inline = self.secret_key.get_secret_value() if self.secret_key else None
        return _read_secret_file(inline, self.secret_key_file)

    def resolved_encryption_key(self) -> str | None:
        """The encryption keyring text from the setting or its ``_FILE`` variant."""
        inline = self.encryption_key.get_secret_value() if self.encryption_key else None
        return _read_secret_file(inline, self.encryption_key_file)

    @property
    def cookies_secure(self) -> bool:
        """Whether cookies carry the Secure flag (always in server mode)."""
        if self.secure_cookies is not None:
            return self.secure_cookies
        return self.mode == "server"

    @property
    def key_path(self) -> Path:
        """Where the local keyring file lives when no key is given in the environment."""
        return self.data_dir / "keyring.json"

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL, defaulting to SQLite in the data folder."""
        if self.database_url:
            url = self.database_url
            if url.startswith("postgresql://") or url.startswith("postgres://"):
                url = "postgresql+psycopg://" + url.split("://", 1)[1]
            return url
        return f"sqlite:///{self.data_dir / 'reconnect.db'}"


@functools.cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
