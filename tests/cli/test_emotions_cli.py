from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import RunCli


def test_predict_writes_one_json_object_per_line(run: RunCli) -> None:
    result = run("emotions", "predict", input="Thank you so much!\n\nI am scared of tomorrow\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 3
    assert all(len(row["scores"]) == 28 and isinstance(row["labels"], list) for row in rows)
    assert rows[1]["labels"] == []


def test_predict_ekman_and_from_a_file(run: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "texts.txt"
    source.write_text("what a lovely day\nthis is awful\n")
    rows = [
        json.loads(line)
        for line in run("emotions", "predict", str(source), "--ekman").output.splitlines()
    ]
    assert len(rows) == 2 and all(len(row["scores"]) == 7 for row in rows)


def test_predict_names_a_missing_file(run_main) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("emotions", "predict", "/nonexistent/file.txt")
    assert code == 2 and "no file" in output


def test_analyze_all_reanalyses_and_is_idempotent(run: RunCli, with_user: str) -> None:
    run("journal", "proud of what we built")
    result = run("analyze", "--all")
    assert result.exit_code == 0 and "Re-analysed 0 texts" in result.output
