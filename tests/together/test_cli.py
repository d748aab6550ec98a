from __future__ import annotations

import re

import pytest

from tests.cli.conftest import RunCli
from tests.factories import PASSWORD

CODE = re.compile(r"Invite code: ([A-Z0-9]{5}-[A-Z0-9]{5})")


@pytest.fixture()
def couple(run: RunCli) -> None:
    run("db", "upgrade")
    for name, country in (("alice", "GB"), ("bob", "IE"), ("charlie", "US")):
        made = run(
            "user", "create", name, "--password-stdin", "--country", country, input=PASSWORD + "\n"
        )
        assert made.exit_code == 0, made.output


def _link(run: RunCli) -> None:
    invite = run("together", "invite", "--user", "alice")
    match = CODE.search(invite.output)
    assert invite.exit_code == 0 and match, invite.output
    accepted = run("together", "accept", match.group(1), "--user", "bob")
    assert accepted.exit_code == 0 and "linked with alice" in accepted.output
    assert "safety plan" in accepted.output


def test_a_whole_check_in_in_the_terminal(run: RunCli, couple: None) -> None:
    _link(run)
    saved = run(
        "together",
        "checkin",
        "--user",
        "alice",
        "-w",
        "hopeful",
        "--appreciated",
        "the soup",
        "--need",
        "a lie-in",
        "--share",
        "work scares me",
        "--together",
        "a walk",
    )
    assert saved.exit_code == 0 and "stays private" in saved.output
    before = run("together", "checkin", "--show", "--user", "bob")
    assert before.exit_code == 0 and "the soup" not in before.output
    assert "has answered" in before.output
    status = run("together", "status", "--user", "bob")
    assert "waiting for you" in status.output

    revealed = run(
        "together", "checkin", "--user", "bob", "-w", "calm", "--appreciated", "your laugh"
    )
    assert revealed.exit_code == 0
    assert "the soup" in revealed.output and "your laugh" in revealed.output
    round_id = re.search(r"\(#(\d+)\)", revealed.output)
    assert round_id
    replied = run("together", "reply", round_id.group(1), "thank you", "--user", "alice")
    assert replied.exit_code == 0 and "thank you" in replied.output
    assert "Check-ins in a row: 1" in run("together", "status", "--user", "alice").output


def test_the_terminal_asks_with_prompts_when_there_are_no_flags(
    run: RunCli,
    couple: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _link(run)
    monkeypatch.setattr("reconnect.together.cli.can_ask", lambda: True)
    answers = "hopeful calm\nbusy week\nyour patience\nrest\nI doubt myself\ncook together\n"
    saved = run("together", "checkin", "--user", "alice", input=answers)
    assert saved.exit_code == 0, saved.output
    assert "stays private" in saved.output
    shown = run("together", "checkin", "--show", "--user", "alice")
    for said in ("hopeful, calm", "busy week", "your patience", "I doubt myself", "cook together"):
        assert said in shown.output


def test_cli_errors_are_clear(run_main, run: RunCli, couple: None) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("together", "checkin", "--user", "charlie", "-w", "calm")
    assert code == 2 and "not linked" in output
    code, output = run_main("together", "accept", "AAAAA-BBBBB", "--user", "charlie")
    assert code == 2 and "does not work" in output
    _link(run)
    code, output = run_main("together", "checkin", "--user", "alice")
    assert code == 2 and "--word" in output
    code, output = run_main("together", "invite", "--user", "bob")
    assert code == 2 and "already linked" in output
    assert run("together", "unlink", "--user", "bob").exit_code == 0
    assert "Not linked" in run("together", "status", "--user", "alice").output
