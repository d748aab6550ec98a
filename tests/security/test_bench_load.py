"""The load benchmark still runs end to end (2 workers in server mode), tiny, with no errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import repo_root

pytestmark = pytest.mark.slow


def test_the_load_bench_runs_without_errors(backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("the bench uses its own PostgreSQL; it runs once, with --db=postgresql")
    tiny = {"--users": 5, "--days": 3, "--duration": 2, "--warmup": 0.5, "--concurrency": 2}
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
    rows = [line for line in result.stdout.splitlines() if line.startswith("| 2 |")]
    assert rows and all(line.rstrip(" |").endswith("| 0") for line in rows), result.stdout
    assert "**all**" in result.stdout
