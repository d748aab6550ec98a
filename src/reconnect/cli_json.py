"""JSON output for the CLI: one object per line for a list, one object for a single thing.

Keys are stable and documented in ``docs/cli.md``; text stays as written
(``ensure_ascii=False``), and no rich markup ever reaches the output.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

import typer

from reconnect.messages import Cli as M

JsonOption = typer.Option(False, "--json", help=M.JSON_HELP)


def write_json(thing: Mapping[str, Any]) -> None:
    """Print one JSON object on one line."""
    sys.stdout.write(json.dumps(thing, ensure_ascii=False) + "\n")


def write_json_lines(rows: Iterable[Mapping[str, Any]]) -> None:
    """Print a list as JSON lines: one object per line."""
    for row in rows:
        write_json(row)
