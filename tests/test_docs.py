"""Fails when a setting or a CLI command is not documented (like datasette's docs test)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main

from reconnect.cli import app
from reconnect.config import Settings

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _env_name(name: str) -> str:
    field = Settings.model_fields[name]
    alias = field.validation_alias
    return alias if isinstance(alias, str) else f"RECONNECT_{name.upper()}"


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented(name: str) -> None:
    assert _env_name(name) in (DOCS / "configuration.md").read_text(), f"document {_env_name(name)}"


def _command_paths(command: Any, prefix: str = "reconnect") -> list[str]:
    paths = [prefix]
    if hasattr(command, "list_commands"):  # a group (Typer ships its own copy of click)
        for name in command.list_commands(None):
            paths.extend(_command_paths(command.get_command(None, name), f"{prefix} {name}"))
    return paths


@pytest.mark.parametrize("path", _command_paths(typer.main.get_command(app))[1:])
def test_every_cli_command_is_documented(path: str) -> None:
    assert f"`{path}" in (DOCS / "cli.md").read_text(), f"document `{path}` in docs/cli.md"


def test_the_readme_opens_with_the_two_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text()
    first_code = readme.split("```")[1]
    assert "make run" in first_code and "make test" in first_code
