"""The CLI fixtures, shared with tests/cli."""

from tests.cli.conftest import cli_env, run, run_main, with_user

__all__ = ["cli_env", "run", "run_main", "with_user"]
