"""Listing and changing check-ins from the terminal."""

from __future__ import annotations

import json

from tests.cli.conftest import RunCli


def test_the_cli_lists_and_changes_check_ins(run: RunCli, with_user: str) -> None:
    run("checkin", "-p", "-2", "-e", "-1", "-w", "tired", "--note", "slow morning")
    listed = run("checkins", "--json")
    [row] = [json.loads(line) for line in listed.output.splitlines() if line.startswith("{")]
    assert (row["pleasantness"], row["words"], row["note"]) == (-2, ["tired"], "slow morning")
    changed = run("checkin", "--edit", str(row["id"]), "-p", "1", "--sleep", "7")
    assert changed.exit_code == 0 and f"Check-in {row['id']} changed" in changed.output
    [after] = [
        json.loads(line)
        for line in run("checkins", "--json").output.splitlines()
        if line[:1] == "{"
    ]
    assert (after["pleasantness"], after["energy"], after["words"]) == (1, -1, ["tired"])
    assert after["note"] == "slow morning"
    table = run("checkins").output
    assert str(row["id"]) in table and "tired" in table


def test_the_cli_says_plainly_when_there_is_no_such_check_in(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("checkin", "--edit", "999", "-p", "1")
    assert code == 2 and "no check-in" in output.lower()
