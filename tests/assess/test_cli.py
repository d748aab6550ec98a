"""``reconnect assess``: list, take interactively (and resume), history, crisis lines."""

from __future__ import annotations

from tests.cli.conftest import RunCli


def test_assess_list_shows_every_questionnaire(run: RunCli, with_user: str) -> None:
    result = run("assess", "--list")
    assert result.exit_code == 0
    for slug in ("signs", "contrasts", "causes", "phq9", "gad7", "who5", "pcptsd5", "ucla3", "paq"):
        assert slug in result.output


def test_taking_a_questionnaire_then_seeing_its_history(run: RunCli, with_user: str) -> None:
    taken = run("assess", "gad7", input="2\n2\n2\n2\n1\n1\n0\n")
    assert taken.exit_code == 0, taken.output
    assert "GAD-7: 10 out of 21" in taken.output and "“moderate”" in taken.output
    assert "Talking to a professional could help." in taken.output
    assert "/learn/" in taken.output
    history = run("assess", "history", "gad7")
    assert "10 / 21" in history.output and "moderate" in history.output


def test_an_invalid_answer_is_asked_again(run: RunCli, with_user: str) -> None:
    taken = run("assess", "ucla3", input="7\n1\n1\n1\n")
    assert taken.exit_code == 0
    assert "Please select one of the available options" in taken.output
    assert "3 out of 9" in taken.output


def test_stopping_part_way_keeps_the_answers_for_next_time(run: RunCli, with_user: str) -> None:
    first = run("assess", "ucla3", input="3\n")
    assert "answers so far are saved" in first.output
    resumed = run("assess", "ucla3", input="3\n3\n")
    assert "Carrying on where you left off (1 answered)" in resumed.output
    assert "9 out of 9" in resumed.output


def test_item_9_prints_the_crisis_lines_at_once(run: RunCli, with_user: str) -> None:
    taken = run("assess", "phq9", input="0\n0\n0\n0\n0\n0\n0\n0\n2\n")
    assert "reach out now" in taken.output and "Samaritans" in taken.output
    assert taken.output.index("Samaritans") < taken.output.index("PHQ-9: 2 out of 27")


def test_an_unknown_questionnaire_is_a_clear_error(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("assess", "tas20")
    assert code == 2 and "no questionnaire called 'tas20'" in output
