"""The load benchmark still runs end to end (2 workers in server mode), tiny, with no errors,
and every action in its mix is exercised, for people with and without a partner."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import repo_root

pytestmark = pytest.mark.slow

ACTIONS = (
    "sign-in",
    "check-in",
    "journal write + analysis",
    "journal list",
    "today",
    "dashboard (month)",
    "dashboard (year)",
    "check-in reveal",
    "together, no partner",
)


def test_the_load_bench_runs_every_action_without_errors(backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("the bench uses its own PostgreSQL; it runs once, with --db=postgresql")
    # Two virtual people: the first has a partner, the second has none. With no warm-up,
    # each one's first round of every action is measured.
    tiny = {"--users": 5, "--days": 15, "--duration": 2, "--warmup": 0, "--concurrency": 2}
    result = subprocess.run(
        [sys.executable, "bench/bench_load.py", "--workers", "2"]
        + [str(part) for option in tiny.items() for part in option],
        cwd=repo_root(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "seeded 5 people (2 in couples)" in result.stdout
    rows = [line for line in result.stdout.splitlines() if line.startswith("| 2 | 2 |")]
    assert rows and all(line.rstrip(" |").endswith("| 0") for line in rows), result.stdout
    actions = {line.split("|")[3].strip() for line in rows}
    assert actions == {*ACTIONS, "**all**"}, result.stdout
