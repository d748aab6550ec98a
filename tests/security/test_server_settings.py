"""Server mode refuses unsafe settings, and says why without a stack trace."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from reconnect.config import Settings, looks_like_placeholder
from reconnect.core.crypto import Keyring

PG = "postgresql://reconnect@127.0.0.1:1/reconnect"


def _server(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "mode": "server",
        "DATABASE_URL": PG,
        "secret_key": secrets.token_urlsafe(48),
        "encryption_key": Keyring.generate().to_text(),
        "trusted_hosts": "reconnect.example.org",
    }
    values.update(overrides)
    return values


def test_a_complete_server_configuration_is_accepted(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, **_server())  # type: ignore[arg-type]
    assert settings.cookies_secure
    assert settings.trusted_hosts == ["reconnect.example.org"]


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"DATABASE_URL": None}, "PostgreSQL"),
        ({"DATABASE_URL": "sqlite:///x.db"}, "PostgreSQL"),
        ({"secret_key": None}, "RECONNECT_SECRET_KEY"),
        ({"secret_key": "short"}, "at least 32"),
        ({"secret_key": "change-me-" * 5}, "placeholder"),
        ({"secret_key": "a" * 40}, "placeholder"),
        ({"secure_cookies": False}, "HTTPS-only cookies"),
        ({"encryption_key": None}, "RECONNECT_ENCRYPTION_KEY"),
        ({"encryption_key": "not a key"}, "encryption key cannot be used"),
        ({"trusted_hosts": "*"}, "RECONNECT_TRUSTED_HOSTS"),
        ({"forwarded_allow_ips": "*"}, "proxy"),
    ],
)
def test_unsafe_server_settings_are_refused(
    tmp_path: Path, change: dict[str, object], complaint: str
) -> None:
    with pytest.raises(ValidationError, match=complaint):
        Settings(data_dir=tmp_path, **_server(**change))  # type: ignore[arg-type]


def test_secrets_can_come_from_files(tmp_path: Path) -> None:
    secret_file, key_file = tmp_path / "secret", tmp_path / "keyring"
    secret_file.write_text(secrets.token_urlsafe(48))
    key_file.write_text(Keyring.generate().to_text())
    settings = Settings(  # type: ignore[call-arg]
        data_dir=tmp_path,
        **_server(
            secret_key=None,
            encryption_key=None,
            secret_key_file=str(secret_file),
            encryption_key_file=str(key_file),
        ),
    )
    assert settings.resolved_secret_key() == secret_file.read_text()


def test_placeholders_are_recognised() -> None:
    assert looks_like_placeholder("please-change-this-value-before-use!!")
    assert not looks_like_placeholder(secrets.token_urlsafe(48))


def _serve(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RECONNECT_")}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "reconnect", "serve", "--no-migrate"],
        env={**clean, "RECONNECT_DATA_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "complaint"),
    [
        ({"RECONNECT_MODE": "server"}, "PostgreSQL"),
        ({"RECONNECT_MODE": "server", "DATABASE_URL": PG}, "RECONNECT_SECRET_KEY"),
        ({"RECONNECT_PORT": "70000"}, "RECONNECT_PORT"),
        ({"RECONNECT_SECRET_KEY_FILE": "/nonexistent/secret"}, "cannot read the secret file"),
        ({"DATABASE_URL": PG}, "The database could not be used"),
    ],
)
def test_serve_explains_bad_settings_without_a_traceback(
    tmp_path: Path, env: dict[str, str], complaint: str
) -> None:
    result = _serve(tmp_path, **env)
    assert result.returncode == 2
    message = " ".join(result.stderr.split())  # Rich wraps long lines
    assert complaint in message and "Traceback" not in message, result.stderr
