"""``reconnect user time-zone`` and ``user create --time-zone``."""

from __future__ import annotations

from tests.cli.conftest import RunCli
from tests.factories import PASSWORD


def test_the_cli_shows_and_changes_the_zone(run: RunCli, run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    assert "Europe/London" in run("user", "time-zone").output
    changed = run("user", "time-zone", "Pacific/Auckland")
    assert changed.exit_code == 0 and "Pacific/Auckland" in changed.output
    code, output = run_main("user", "time-zone", "Moon/Base")
    assert code == 2 and "is not a time zone we know" in output
    assert "Pacific/Auckland" in run("user", "time-zone").output


def test_the_cli_creates_an_account_in_a_chosen_zone(run: RunCli, with_user: str) -> None:
    created = run(
        "user",
        "create",
        "erin",
        "--password-stdin",
        "--country",
        "CA",
        "--time-zone",
        "America/Vancouver",
        input=PASSWORD + "\n",
    )
    assert created.exit_code == 0, created.output
    assert "America/Vancouver" in run("user", "time-zone", "--user", "erin").output
