from __future__ import annotations

# The CLI fixtures (a fresh data directory per test, a CliRunner, an account).
from tests.cli.conftest import cli_env, run, run_main, with_user  # noqa: F401
