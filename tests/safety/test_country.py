"""Every command and route that can show crisis lines shows the person's own country's.

Alice lives in the United Kingdom (Samaritans, 116 123); the configured default country is
the United States (988). Nothing here may print the default country's lines to her.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from tests.cli.conftest import RunCli
from tests.factories import PASSWORD, api_headers, sign_in

CRISIS = "I don't want to be alive anymore."
UK, US = "116 123", "988"
CODE = re.compile(r"Invite code: ([A-Z0-9]{5}-[A-Z0-9]{5})")


def _only_uk(output: str) -> None:
    assert UK in output, output
    assert f"{US} " not in output and f"{US})" not in output, output


def test_reconnect_journal_shows_her_countrys_lines(run: RunCli, with_user: str) -> None:
    _only_uk(run("journal", CRISIS).output)


def test_reconnect_checkin_shows_her_countrys_lines(run: RunCli, with_user: str) -> None:
    _only_uk(run("checkin", "-p", "-3", "-e", "-2", "-w", "numb", "--note", CRISIS).output)


def test_reconnect_practice_done_shows_her_countrys_lines(run: RunCli, with_user: str) -> None:
    run("plan", "add", "breathing")
    _only_uk(run("practice", "done", "breathing", "--note", CRISIS).output)


def test_reconnect_import_shows_her_countrys_lines(
    run: RunCli, with_user: str, tmp_path: Path
) -> None:
    export = {
        "tags": {},
        "entries": [
            {
                "title": "",
                "body": CRISIS,
                "date": "2026-09-14",
                "time": "18:45",
                "tags": [],
                "starred": False,
            }
        ],
    }
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    _only_uk(run("import", str(path), "--from", "jrnl").output)


def test_reconnect_help_shows_her_countrys_lines(run: RunCli, with_user: str) -> None:
    _only_uk(run("help").output)
    assert US in run("help", "--country", "US").output  # asked for, it is shown


def test_reconnect_assess_shows_her_countrys_lines(run: RunCli, with_user: str) -> None:
    _only_uk(run("assess", "phq9", input="1\n1\n1\n1\n1\n1\n1\n1\n2\n0\n").output)


def test_a_partners_crisis_answer_shows_the_readers_lines(run: RunCli) -> None:
    run("db", "upgrade")
    for name, country in (("alice", "GB"), ("bob", "US")):
        run("user", "create", name, "--password-stdin", "--country", country, input=PASSWORD + "\n")
    code = CODE.search(run("together", "invite", "--user", "alice").output)
    assert code
    run("together", "accept", code.group(1), "--user", "bob")
    run("together", "checkin", "--user", "bob", "-w", "numb", "--need", CRISIS)
    shown = run("together", "checkin", "--user", "alice", "-w", "calm", "--need", "a walk").output
    assert "may be in danger" in shown
    _only_uk(shown)


def test_the_api_help_route_answers_with_the_token_owners_country(
    client: TestClient, db: Session, alice: User
) -> None:
    own = client.get("/api/v1/help", headers=api_headers(db, alice)).json()
    assert own["country"]["code"] == "GB"
    assert client.get("/api/v1/help?country=US").json()["country"]["code"] == "US"
    anonymous = client.get("/api/v1/help").json()
    assert anonymous["country"]["code"] == "US"  # the configured default, with no token


@pytest.mark.parametrize("path", ["/help", "/help?from=entry"])
def test_the_help_page_answers_with_her_country(
    client: TestClient, db: Session, alice: User, path: str
) -> None:
    sign_in(client, "alice")
    page = client.get(path).text
    first = page.index("Lines for ")
    assert page[first:].startswith("Lines for United Kingdom"), page[first : first + 60]
