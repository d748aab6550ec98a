"""The CLI fixtures (a fresh data folder and database per test) for the data commands."""

from tests.cli.conftest import cli_env, run, run_main, with_user

__all__ = ["cli_env", "run", "run_main", "with_user"]
