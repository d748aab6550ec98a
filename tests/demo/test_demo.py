"""``reconnect demo``: two marked accounts with three months of every kind of data, made
again without duplicates, and never a finger on a real account."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.assess.models import AssessmentResult
from reconnect.demo import service, texts
from reconnect.demo.story import Story
from reconnect.journal.models import CheckIn, JournalEntry
from reconnect.plan import service as plan_service
from reconnect.plan.models import PracticeLog
from reconnect.safety import service as safety_service
from reconnect.together import service as together_service
from reconnect.together.models import CheckinAnswer, CheckinReply, SharedActivity
from tests.cli.conftest import RunCli
from tests.factories import PASSWORD, make_user, sign_in
from tests.test_copy import problems_in

TODAY = dt.date.today()
MAIN_PAGES = (
    "/",
    "/checkin",
    "/journal",
    "/journal?q=walk",
    "/plan",
    "/plan/practices/breathing",
    "/together",
    "/together/checkin",
    "/together/checkins",
    "/together/shared",
    "/together/activities",
    "/assess",
    "/assess/phq9/history",
    "/assess/who5/history",
    "/insights",
    "/insights?range=quarter",
    "/patterns",
)


@pytest.fixture()
def made(db: Session) -> Iterator[service.Made]:
    yield service.create_demo(db=db, today=TODAY)
    db.commit()


def _user(db: Session, username: str) -> User:
    return accounts_service.get_user_by_username(db=db, username=username)


def _count(db: Session, model: Any, user: User) -> int:
    query = select(func.count()).select_from(model).where(model.user_id == user.id)
    return db.scalar(query) or 0


def test_it_makes_two_marked_accounts_with_three_months_of_checkins(
    db: Session, made: service.Made
) -> None:
    demo, partner = _user(db, "demo"), _user(db, "demo-partner")
    assert demo.is_demo and partner.is_demo and not demo.is_admin
    assert (demo.display_name, partner.display_name) == ("Demo", "Demo partner")
    checkins = list(db.scalars(select(CheckIn).where(CheckIn.user_id == demo.id)))
    days = {c.created_at.astimezone().date() for c in checkins}
    assert (TODAY - min(days)).days >= 85
    assert 0.7 * 90 <= len(days) < 90 <= len(checkins)  # most days, some none, some two
    assert any(c.note for c in checkins) and all(c.words for c in checkins)
    early = [c.pleasantness for c in checkins if (TODAY - c.created_at.date()).days > 45]
    late = [c.pleasantness for c in checkins if (TODAY - c.created_at.date()).days < 20]
    assert sum(late) / len(late) > sum(early) / len(early) + 1  # a harder stretch, then better


def test_it_writes_entries_questionnaires_and_a_plan_with_logs(
    db: Session, made: service.Made
) -> None:
    demo = _user(db, "demo")
    entries = list(db.scalars(select(JournalEntry).where(JournalEntry.user_id == demo.id)))
    assert len(entries) >= 25 and all(e.tags for e in entries)
    assert (TODAY - min(e.entry_date for e in entries)).days >= 80
    phq9 = assess_service.history(db=db, user=demo, instrument="phq9")
    assert len(phq9) >= 6
    oldest, newest = sorted(phq9, key=lambda r: r.taken_at)[:: len(phq9) - 1]
    assert newest.total < oldest.total  # scores improve
    assert all(r.answers["9"] == 0 for r in phq9)
    who5 = sorted(
        assess_service.history(db=db, user=demo, instrument="who5"), key=lambda r: r.taken_at
    )
    assert who5[-1].total > who5[0].total
    assert {"signs", "gad7"} <= assess_service.taken_slugs(db=db, user=demo)
    assert db.scalar(select(func.max(AssessmentResult.safety_level))) == "none"
    practices = {row.practice for row in plan_service.list_practices(db=db, user=demo)}
    assert set(service.PRACTICES) <= practices
    logs = plan_service.list_logs(db=db, user=demo, limit=1000)
    assert len({log.practice for log in logs}) >= 4 and len(logs) >= 40
    assert (TODAY - min(log.done_on for log in logs)).days >= 60


def test_the_partners_are_linked_with_revealed_checkins_and_shares(
    db: Session, made: service.Made
) -> None:
    demo, partner = _user(db, "demo"), _user(db, "demo-partner")
    assert together_service.partner_of(db=db, user=demo) == partner
    rounds = together_service.list_rounds(db=db, user=demo)
    assert sum(r.revealed for r in rounds) >= 5
    waiting = rounds[0]
    assert waiting.partner_answered and not waiting.i_answered and not waiting.revealed
    shared = together_service.list_shared(db=db, user=demo)
    assert {item.mine for item in shared} == {True, False}
    assert _count(db, CheckIn, partner) >= 10 and _count(db, JournalEntry, partner) == 3
    assert together_service.checkin_streak(db=db, user=demo, today=TODAY) >= 1


def test_nothing_the_demo_wrote_is_flagged_by_the_safety_screen(
    db: Session, made: service.Made
) -> None:
    for model in (CheckIn, JournalEntry, PracticeLog, CheckinAnswer, CheckinReply, SharedActivity):
        levels = set(db.scalars(select(model.safety_level).distinct()))
        assert levels <= {"none", None}, model.__name__
    notes = set(db.scalars(select(AssessmentResult.note_safety_level).distinct()))
    assert notes <= {"none", None}


def _all_texts() -> list[str]:
    found: list[str] = []
    for name in dir(texts):
        value = getattr(texts, name)
        if isinstance(value, str) and name.isupper():
            found.append(value)
        elif isinstance(value, tuple) and name.isupper():
            for item in value:
                if isinstance(item, texts.Entry):
                    found.append(f"{item.title}. {item.body}" if item.title else item.body)
                elif isinstance(item, tuple):
                    found.extend(item)
                else:
                    found.append(item)
    return found


def test_every_demo_text_reads_as_everyday_writing() -> None:
    every = _all_texts()
    assert len(every) > 80
    # One at a time, as each is screened when it is saved.
    flagged = [
        (text, level) for text in every if (level := safety_service.screen(text).level) != "none"
    ]
    assert flagged == []


def test_demo_text_keeps_the_apps_tone() -> None:
    assert [text for text in _all_texts() if problems_in(text)] == []


SHOWN = {
    "/journal": "Looking back",
    "/together": "Demo partner",
    "/together/shared": "Glad we talked",
    "/assess/phq9/history": "PHQ-9",
    "/plan": "Guided breathing",
}


def test_every_main_page_renders_with_the_demo_data(client: TestClient, made: service.Made) -> None:
    # One demo for all the pages: making it is the slow part.
    demo = made.sign_ins[0]
    sign_in(client, demo.username, demo.passphrase)
    pages = {path: client.get(path) for path in [*MAIN_PAGES, *SHOWN]}
    assert {path: r.status_code for path, r in pages.items() if r.status_code != 200} == {}
    assert [path for path, shown in SHOWN.items() if shown not in pages[path].text] == []


def test_the_story_is_the_same_every_run() -> None:
    now = dt.datetime.now().astimezone()
    first, second = Story(TODAY), Story(TODAY)
    assert first.checkins(now) == second.checkins(now)
    assert first.entries() == second.entries()


def test_the_demo_partner_sees_the_shared_entries(client: TestClient, made: service.Made) -> None:
    partner = made.sign_ins[1]
    sign_in(client, partner.username, partner.passphrase)
    page = client.get("/together/shared")
    assert page.status_code == 200 and "A good talk" in page.text


def test_demo_accounts_do_not_stand_in_for_the_first_account(
    client: TestClient, made: service.Made
) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code in (303, 307) and response.headers["location"].endswith("/setup")


def test_making_the_demo_twice_is_refused_by_the_service(db: Session, made: service.Made) -> None:
    from reconnect.core.errors import Conflict

    with pytest.raises(Conflict):
        service.create_demo(db=db, today=TODAY)


# The command ---------------------------------------------------------------------------


def _demo_entries(run: RunCli) -> int:
    listed = run("entries", "--user", "demo", "--json")
    return len([line for line in listed.output.splitlines() if line.startswith("{")])


def test_the_command_prints_the_sign_in_and_how_to_remove_it(run: RunCli) -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765" in result.output
    assert "username demo," in result.output and "username demo-partner," in result.output
    assert "reconnect demo --remove" in result.output
    assert "Check-ins..." in result.output  # a line per step where there is no terminal


def test_running_it_again_adds_nothing_and_gives_new_passphrases(run: RunCli) -> None:
    first = run("demo")
    entries = _demo_entries(run)
    again = run("demo")
    assert again.exit_code == 0 and "already here" in again.output
    assert _demo_entries(run) == entries
    assert _passphrase(first.output) != _passphrase(again.output)


def test_a_demo_left_with_one_account_is_made_whole_again(run: RunCli) -> None:
    assert run("demo").exit_code == 0
    assert run("user", "delete", "demo-partner", "--yes").exit_code == 0
    again = run("demo")
    assert again.exit_code == 0 and "Made the demo" in again.output
    assert "username demo-partner," in again.output


def _passphrase(output: str) -> str:
    line = next(line for line in output.splitlines() if "username demo," in line)
    return line.rsplit(" ", 1)[-1]


def test_reset_makes_it_afresh_and_leaves_a_real_account_alone(run: RunCli) -> None:
    run("db", "upgrade")
    created = run("user", "create", "alice", "--password-stdin", input=PASSWORD + "\n")
    assert created.exit_code == 0
    assert run("journal", "A quiet evening with a book", "--tag", "reading").exit_code == 0
    assert run("checkin", "-p", "2", "-e", "1", "-w", "calm").exit_code == 0
    mine_before = run("export", "--user", "alice").output
    assert run("demo").exit_code == 0
    entries = _demo_entries(run)
    reset = run("demo", "--reset")
    assert reset.exit_code == 0, reset.output
    assert _demo_entries(run) == entries
    assert _without_export_time(run("export", "--user", "alice").output) == _without_export_time(
        mine_before
    )
    # With the demo there, alice is still the one account a command picks by default.
    assert "A quiet evening" in run("entries").output
    removed = run("demo", "--remove")
    assert "Removed the demo (2 accounts" in removed.output
    assert "A quiet evening" in run("entries", "--user", "alice").output


def _without_export_time(export: str) -> dict[str, object]:
    document = json.loads(export)
    document.pop("exported_at", None)
    return document  # type: ignore[no-any-return]


@pytest.mark.parametrize("args", [(), ("--reset",), ("--remove",)])
def test_a_real_account_named_demo_is_refused(run: RunCli, run_main, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    run("db", "upgrade")
    created = run("user", "create", "demo", "--password-stdin", input=PASSWORD + "\n")
    assert created.exit_code == 0
    assert run("journal", "My own words", "--user", "demo").exit_code == 0
    code, output = run_main("demo", *args)
    assert code == 2 and "was not made by reconnect demo" in output
    assert "My own words" in run("entries", "--user", "demo").output


def test_a_real_account_named_like_the_partner_is_refused(db: Session) -> None:
    from reconnect.core.errors import Conflict

    make_user(db, "demo-partner")
    with pytest.raises(Conflict):
        service.create_demo(db=db, today=TODAY)
    with pytest.raises(Conflict):
        service.remove_demo(db=db)
    assert not _user(db, "demo-partner").is_demo
