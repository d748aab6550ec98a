from __future__ import annotations

import json

from tests.cli.conftest import RunCli


def test_a_check_in_from_the_terminal_keeps_its_factors(run: RunCli, with_user: str) -> None:
    saved = run(
        "checkin", "-p", "2", "-e", "0", "--sleep", "7", "--sleep-quality", "good",
        "--with", "partner", "--at", "home", "--doing", "reading", "--tag", "Sunday",
    )  # fmt: skip
    assert saved.exit_code == 0, saved.output
    assert "Noted: slept 7 h · slept well · partner · home · reading · #sunday" in saved.output
    entry = run("journal", "Quiet evening", "--sleep", "6.5", "--movement", "light")
    assert entry.exit_code == 0 and "Noted: slept 6.5 h · moved a little" in entry.output


def test_impossible_factors_are_refused_and_nothing_is_saved(
    run: RunCli, run_main, with_user: str
) -> None:  # type: ignore[no-untyped-def]
    too_long = run("checkin", "-p", "0", "-e", "0", "--sleep", "30")
    assert too_long.exit_code == 2 and "--sleep" in too_long.output and "24" in too_long.output
    code, output = run_main("checkin", "-p", "0", "-e", "0", "--with", "boss")
    assert code == 2 and "'boss' is not one of the choices" in output
    report = json.loads(run("patterns", "--json").output)
    assert report["checkins"] == 0


def test_patterns_from_the_terminal_start_with_what_they_need(
    run: RunCli, run_main, with_user: str
) -> None:  # type: ignore[no-untyped-def]
    run("checkin", "-p", "1", "-e", "1", "--sleep", "8")
    shown = run("patterns")
    assert shown.exit_code == 0 and "Patterns appear once there are at least 10" in shown.output
    assert "After 7 or more hours of sleep: 1 with, 0 without" in shown.output
    code, output = run_main("patterns", "--period", "week")
    assert code == 2 and "90, 365 or all" in output


def test_patterns_from_the_terminal_show_a_planted_pattern(run: RunCli, with_user: str) -> None:
    for day in range(24):
        rested = day % 2 == 0
        run(
            "checkin", "-p", "3" if rested else "-2", "-e", "0",
            "--sleep", "8" if rested else "5",
        )  # fmt: skip
    report = json.loads(run("patterns", "--json").output)
    assert report["checkins"] == 24
    found = {(p["feature"], p["outcome"]) for p in report["patterns"]}
    assert ("sleep:enough", "pleasantness") in found
    shown = run("patterns").output
    assert "After 7 or more hours of sleep, your check-ins were more pleasant" in shown
    assert "/learn/strategy-self-care" in shown
