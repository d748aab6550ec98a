from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from reconnect import cli_support
from reconnect.cli import app
from reconnect.config import get_settings
from reconnect.db import get_keyring, set_keyring
from tests.factories import PASSWORD
from tests.pg_server import PostgresServer

RunCli = Callable[..., Result]


@pytest.fixture()
def cli_env(
    tmp_path: Path,
    pg_server: PostgresServer | None,
    keyring: object,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[dict[str, str]]:
    env = {"RECONNECT_DATA_DIR": str(tmp_path / "data")}
    if pg_server is not None:
        env["DATABASE_URL"] = pg_server.create_database(f"cli_{uuid.uuid4().hex[:10]}")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("RECONNECT_USER", raising=False)
    saved = get_keyring()
    get_settings.cache_clear()
    cli_support._RUNTIME.clear()
    yield env
    if cli_support._RUNTIME:
        cli_support._RUNTIME[0].engine.dispose()
    cli_support._RUNTIME.clear()
    get_settings.cache_clear()
    set_keyring(saved)


@pytest.fixture()
def run(cli_env: dict[str, str]) -> RunCli:
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture()
def run_main(
    cli_env: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):  # type: ignore[no-untyped-def]
    """Run through main(), which turns expected errors into a message and exit code 2."""
    from reconnect.cli import main

    def invoke(*args: str) -> tuple[int, str]:
        monkeypatch.setattr("sys.argv", ["reconnect", *args])
        with pytest.raises(SystemExit) as exited:
            main()
        captured = capsys.readouterr()
        return int(exited.value.code or 0), captured.out + captured.err

    return invoke


@pytest.fixture()
def with_user(run: RunCli) -> str:
    run("db", "upgrade")
    result = run(
        "user", "create", "alice", "--password-stdin", "--country", "GB", input=PASSWORD + "\n"
    )
    assert result.exit_code == 0, result.output
    return "alice"
