"""The demo's tests use the CLI fixtures too (a fresh database per command run)."""

from __future__ import annotations

from tests.cli.conftest import cli_env, run, run_main

__all__ = ["cli_env", "run", "run_main"]
