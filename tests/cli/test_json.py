"""``--json`` on the commands that list or show: one object per line for a list, one object
for a single thing, text as written, no markup, and the same facts as the text."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from reconnect.assess import service as assess_service
from reconnect.learn import service as learn_service
from reconnect.plan import catalogue
from tests.cli.conftest import RunCli
from tests.factories import PASSWORD


def json_lines(run: RunCli, *args: str) -> list[dict[str, Any]]:
    """The objects a command printed, one per line, on standard output alone."""
    result = run(*args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def json_object(run: RunCli, *args: str) -> dict[str, Any]:
    rows = json_lines(run, *args)
    assert len(rows) == 1, rows
    return rows[0]


def test_assess_list_names_every_questionnaire_with_its_last_result(
    run: RunCli, with_user: str
) -> None:
    taken = run("assess", "phq9", input="0\n" * 9)
    assert taken.exit_code == 0, taken.output
    rows = json_lines(run, "assess", "--list", "--json")
    assert [row["name"] for row in rows] == [i.slug for i in assess_service.instruments()]
    phq9 = next(row for row in rows if row["name"] == "phq9")
    assert phq9["kind"] == "validated" and phq9["questions"] == 9
    assert phq9["last"]["total"] == 0 and phq9["last"]["max_total"] == 27
    assert set(phq9["last"]) == {"id", "date", "total", "max_total", "band", "at_referral"}
    assert all(row["last"] is None for row in rows if row["name"] != "phq9")


def test_assess_history_lists_each_result(run: RunCli, with_user: str) -> None:
    assert json_lines(run, "assess", "history", "phq9", "--json") == []
    run("assess", "phq9", input="0\n" * 9)
    run("assess", "phq9", input="1\n" * 9)
    rows = json_lines(run, "assess", "history", "phq9", "--json")
    assert [row["total"] for row in rows] == [0, 9]
    assert rows[1]["at_referral"] is False and rows[1]["band"]


def test_json_goes_with_the_list_or_the_history(run_main, with_user: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("assess", "phq9", "--json")
    assert code == 2 and "--list" in output


def test_insights_gives_the_summarys_facts(run: RunCli, with_user: str) -> None:
    run("checkin", "-p", "2", "-e", "-1", "-w", "calm")
    run("checkin", "-p", "0", "-e", "1", "-w", "calm", "-w", "tired")
    shown = json_object(run, "insights", "--json", "--range", "quarter")
    assert shown["range"] == "quarter" and shown["checkins"] == 2
    assert shown["mood"] == {"pleasantness": 1.0, "energy": 0.0}
    assert shown["chosen_words"][0] == {"word": "calm", "count": 2}
    assert shown["streaks"]["checkin_days"] == 1
    assert {"start", "end", "entries", "words_written", "questionnaires"} <= set(shown)


def test_insights_of_an_empty_range(run: RunCli, with_user: str) -> None:
    shown = json_object(run, "insights", "--json")
    assert shown["checkins"] == 0 and shown["mood"] is None and shown["chosen_words"] == []


def test_learn_lists_searches_and_shows_without_an_account(run: RunCli) -> None:
    rows = json_lines(run, "learn", "--json")
    assert [row["slug"] for row in rows] == [t.slug for t in learn_service.list_topics()]
    assert set(rows[0]) == {"slug", "title", "summary"}
    found = json_lines(run, "learn", "--search", "numb", "--json")
    assert found and set(found[0]) == {"slug", "title", "snippet"}
    topic = json_object(run, "learn", rows[0]["slug"], "--json")
    assert topic["title"] == rows[0]["title"] and topic["body"].strip()
    assert isinstance(topic["related"], list)


def test_help_gives_the_countrys_lines_as_written(run: RunCli) -> None:
    shown = json_object(run, "help", "--country", "GB", "--json")
    assert shown["country"] == "GB" and shown["emergency"] == "999"
    assert any("116 123" in line["contact"] for line in shown["lines"])
    assert shown["abuse"] and shown["worldwide"]["url"] == "https://findahelpline.com"
    assert "safety_plan" not in shown
    german = run("help", "--country", "DE", "--json")
    assert "\\u" not in german.stdout and "[bold]" not in german.stdout


def test_help_with_the_plan_gives_the_filled_sections(run: RunCli, with_user: str) -> None:
    shown = json_object(run, "help", "--plan", "--json")
    assert shown["country"] == "GB" and shown["safety_plan"] == {}


def test_plan_gives_its_practices_and_streak(run: RunCli, with_user: str) -> None:
    assert json_object(run, "plan", "--json") == {
        "practices": [],
        "streak": {"days": 0, "best": 0},
    }
    run("plan", "add", "mindfulness-minutes", "--days", "MO,WE", "--at", "07:30")
    run("practice", "done", "mindfulness-minutes")
    shown = json_object(run, "plan", "--json")
    assert shown["practices"] == [
        {
            "name": "mindfulness-minutes",
            "title": catalogue.BY_SLUG["mindfulness-minutes"].title,
            "days": ["MO", "WE"],
            "at": "07:30",
            "done_this_week": 1,
            "target_this_week": 2,
        }
    ]
    assert shown["streak"]["days"] == 1


def test_practice_list_gives_every_practice_and_whether_it_is_planned(
    run: RunCli, with_user: str
) -> None:
    run("plan", "add", "mindfulness-minutes")
    rows = json_lines(run, "practice", "list", "--json")
    assert len(rows) == sum(len(s.practices) for s in catalogue.STRATEGIES)
    planned = [row["name"] for row in rows if row["in_plan"]]
    assert planned == ["mindfulness-minutes"]
    assert set(rows[0]) == {"name", "title", "strategy", "minutes", "in_plan"}


CODE = re.compile(r"Invite code: ([A-Z0-9]{5}-[A-Z0-9]{5})")


@pytest.fixture()
def couple(run: RunCli) -> None:
    """alice and bob linked; charlie a stranger."""
    run("db", "upgrade")
    for name in ("alice", "bob", "charlie"):
        made = run("user", "create", name, "--password-stdin", input=PASSWORD + "\n")
        assert made.exit_code == 0, made.output
    invite = run("together", "invite", "--user", "alice")
    match = CODE.search(invite.output)
    assert match, invite.output
    assert run("together", "accept", match.group(1), "--user", "bob").exit_code == 0


def test_together_status_when_not_linked(run: RunCli, couple: None) -> None:
    shown = json_object(run, "together", "status", "--json", "--user", "charlie")
    assert shown == {
        "linked": False,
        "partner": None,
        "schedule": None,
        "streak": None,
        "open": None,
    }


def test_together_status_and_the_check_in_show_what_each_may_see(run: RunCli, couple: None) -> None:
    saved = run("together", "checkin", "--user", "alice", "-w", "hopeful", "--need", "a lie-in")
    assert saved.exit_code == 0, saved.output
    status = json_object(run, "together", "status", "--json", "--user", "bob")
    assert status["linked"] is True and status["partner"] == "alice"
    assert status["open"]["state"] == "waiting_for_you"
    waiting = json_object(run, "together", "checkin", "--show", "--json", "--user", "bob")
    assert waiting["round"]["mine"] is None and waiting["round"]["theirs"] is None
    assert "a lie-in" not in json.dumps(waiting)
    own = json_object(run, "together", "checkin", "--show", "--json", "--user", "alice")
    assert own["round"]["mine"]["need"] == "a lie-in" and own["round"]["theirs"] is None

    run("together", "checkin", "--user", "bob", "-w", "calm", "--appreciated", "your laugh")
    shown = json_object(run, "together", "checkin", "--show", "--json", "--user", "alice")
    assert shown["round"]["state"] == "revealed"
    assert shown["round"]["theirs"]["appreciation"] == "your laugh"
    assert shown["round"]["theirs"]["words"] == ["calm"]
    assert len(shown["round"]["listen"]) == 2


def test_together_check_in_json_needs_show(run_main, couple: None) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("together", "checkin", "--json", "--user", "alice")
    assert code == 2 and "--show" in output


def test_no_check_in_yet(run: RunCli, couple: None) -> None:
    shown = json_object(run, "together", "checkin", "--show", "--json", "--user", "alice")
    assert shown == {"round": None}


def test_entries_json_keeps_the_more_pages_hint_off_standard_output(
    run: RunCli, with_user: str
) -> None:
    for n in range(21):
        run("journal", f"Entry number {n}")
    listed = run("entries", "--json")
    assert len([json.loads(line) for line in listed.stdout.splitlines()]) == 20
    assert "--page 2" in listed.stderr
