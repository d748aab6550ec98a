from __future__ import annotations

from tests.cli.conftest import RunCli


def test_an_empty_plan_points_to_suggestions(run: RunCli, with_user: str) -> None:
    result = run("plan")
    assert result.exit_code == 0 and "reconnect plan suggest" in result.output


def test_suggest_then_show_the_plan_and_this_weeks_goals(run: RunCli, with_user: str) -> None:
    suggested = run("plan", "suggest")
    assert suggested.exit_code == 0 and "Added Guided breathing" in suggested.output
    assert "A gentle place to start" in suggested.output
    shown = run("plan")
    assert "Guided breathing" in shown.output and "0 of 7 days" in shown.output
    assert "Practice days in your streak: 0" in shown.output
    assert "Everything we would suggest" in run("plan", "suggest").output


def test_add_with_a_schedule_and_remove(run: RunCli, with_user: str) -> None:
    added = run("plan", "add", "hobby", "--days", "sa,su", "--at", "10:30")
    assert added.exit_code == 0 and "SA,SU at 10:30" in added.output
    shown = run("plan").output
    assert "hobby" in shown and "SA,SU 10:30" in shown
    removed = run("plan", "remove", "hobby")
    assert "What you logged is kept" in removed.output


def test_practice_list_groups_by_strategy(run: RunCli, with_user: str) -> None:
    run("plan", "add", "movement")
    result = run("practice", "list")
    assert result.exit_code == 0
    for text in ("Set clear boundaries", "boundary-log", "first-call", "✓"):
        assert text in result.output


def test_practice_done_logs_and_celebrates(run: RunCli, with_user: str) -> None:
    result = run("practice", "done", "breathing", "--rating", "4", "--note", "slower now")
    assert result.exit_code == 0
    assert "Logged Guided breathing" in result.output
    assert "Milestone: Your first practice" in result.output
    again = run("practice", "done", "breathing")
    assert "Milestone" not in again.output


def test_practice_done_refuses_bad_input_with_exit_2(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("practice", "done", "levitation")
    assert code == 2 and "no practice called" in output and "Traceback" not in output
    code, output = run_main("practice", "done", "hobby", "--date", "someday")
    assert code == 2 and "not a valid date" in output
    code, output = run_main("plan", "add", "hobby", "--days", "funday")
    assert code == 2 and "not days of the week" in output


def test_a_worrying_note_prints_helplines(run: RunCli, with_user: str) -> None:
    result = run("practice", "done", "journaling-prompt", "--note", "I want to end my life")
    assert result.exit_code == 0 and "findahelpline" in result.output


def test_plan_calendar_prints_a_working_address_once_and_turns_it_off(
    run: RunCli, with_user: str
) -> None:
    result = run("plan", "calendar", "--time-zone", "Europe/Paris", "--base-url", "http://h:1")
    assert result.exit_code == 0 and "cannot show it again" in result.output
    assert "http://h:1/plan/feed/" in result.output and ".ics" in result.output
    assert "no longer works" in run("plan", "calendar", "--off").output


def test_plan_calendar_refuses_an_unknown_time_zone(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("plan", "calendar", "--time-zone", "Moon/Base")
    assert code == 2 and "not a time zone" in output
