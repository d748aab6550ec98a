"""One screener per process, built at start-up, and every free-text path goes through it."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from reconnect.accounts.models import User
from reconnect.analysis import ModelIntegrityError, risk
from reconnect.app import create_app
from reconnect.assess import service as assess_service
from reconnect.bootstrap import Runtime
from reconnect.config import Settings
from reconnect.core.crypto import Keyring
from reconnect.data import service as data_service
from reconnect.journal import service as journal_service
from reconnect.plan import service as plan_service
from reconnect.safety import service
from reconnect.safety.screen import Screener, ScreenResult
from tests.cli.conftest import RunCli
from tests.factories import api_headers, post_form, sign_in

SOURCE = Path(service.__file__).resolve().parent.parent
MARK = "a walk by the canal with my sister"


class Recording(Screener):
    """The real screener, remembering every text it was given."""

    def __init__(self, real: Screener) -> None:
        super().__init__(real.model, rules=real.rules)
        self.seen: list[str] = []

    def screen_many(self, texts: Sequence[str]) -> list[ScreenResult]:
        self.seen.extend(texts)
        return super().screen_many(texts)


@pytest.fixture()
def recording(monkeypatch: pytest.MonkeyPatch) -> Recording:
    spy = Recording(service.load_screener())
    monkeypatch.setattr(service, "_screeners", [spy])
    return spy


def _seen(spy: Recording) -> bool:
    return any(MARK in text for text in spy.seen)


def test_only_the_safety_service_builds_a_screener_or_loads_the_model() -> None:
    builds = re.compile(r"\bScreener\(|\bRiskModel\(|screen_rules\(")
    allowed = {"safety/service.py", "safety/screen.py", "safety/rules.py"}
    offenders = [
        path.relative_to(SOURCE).as_posix()
        for path in SOURCE.rglob("*.py")
        if path.relative_to(SOURCE).as_posix() not in allowed
        and builds.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_journal_entry_on_the_web(client: TestClient, alice: User, recording: Recording) -> None:
    sign_in(client, "alice")
    post_form(client, "/journal", {"body": f"Today, {MARK}."})
    assert _seen(recording)


def test_a_check_in_note_through_the_api(
    client: TestClient, db: Session, alice: User, recording: Recording
) -> None:
    body = {"pleasantness": 2, "energy": 1, "words": ["calm"], "note": MARK}
    response = client.post("/api/v1/checkins", json=body, headers=api_headers(db, alice))
    assert response.status_code == 201, response.text
    assert _seen(recording)


def test_the_screen_route(
    client: TestClient, db: Session, alice: User, recording: Recording
) -> None:
    client.post("/api/v1/safety/screen", json={"text": MARK}, headers=api_headers(db, alice))
    assert _seen(recording)


def test_a_practice_note(db: Session, alice: User, recording: Recording) -> None:
    plan_service.add_practice(db=db, user=alice, slug="breathing")
    plan_service.log_practice(
        db=db, user=alice, slug="breathing", rating=3, note=MARK, done_on=None
    )
    assert _seen(recording)


def test_an_assessment_note(db: Session, alice: User, recording: Recording) -> None:
    result = assess_service.submit(
        db=db, user=alice, instrument="ucla3", answers={"1": 2, "2": 3, "3": 1}
    )
    assess_service.set_note(db=db, user=alice, result_id=result.id, note=MARK)
    assert _seen(recording)


def test_an_import(db: Session, alice: User, recording: Recording) -> None:
    export = {
        "tags": {},
        "entries": [
            {
                "title": "",
                "body": MARK,
                "date": "2026-09-14",
                "time": "18:45",
                "tags": [],
                "starred": False,
            }
        ],
    }
    data_service.import_file(db=db, user=alice, data=json.dumps(export).encode(), source="jrnl")
    assert _seen(recording)


def test_the_cli(run: RunCli, with_user: str, recording: Recording) -> None:
    assert run("journal", MARK).exit_code == 0
    assert run("safety", "screen", input=MARK + "\n").exit_code == 0
    assert sum(MARK in text for text in recording.seen) >= 2


def test_an_entry_edit_is_screened_again(db: Session, alice: User, recording: Recording) -> None:
    entry = journal_service.create_entry(db=db, user=alice, body="A quiet day.")
    journal_service.update_entry(db=db, user=alice, entry_id=entry.id, body=MARK)
    assert _seen(recording)


@pytest.fixture()
def broken_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "risk_model"
    shutil.copytree(risk.RISK_DIR, copy)
    (copy / risk.RISK_FILE).write_bytes(b"not a model")
    monkeypatch.setattr(risk, "RISK_DIR", copy)
    monkeypatch.setattr(service, "_screeners", [])
    return copy


def test_the_app_refuses_to_start_without_its_model(
    broken_model: Path, settings: Settings, engine: Engine, keyring: Keyring
) -> None:
    runtime = Runtime(settings, engine, sessionmaker(bind=engine), "s" * 40, keyring)
    with pytest.raises(ModelIntegrityError, match="checksum"):
        create_app(runtime=runtime)


def test_serve_refuses_to_start_with_a_clear_message(broken_model: Path, run_main) -> None:  # type: ignore[no-untyped-def]
    code, output = run_main("serve", "--port", "1")
    assert code == 2
    assert "will not start without its safety screen" in output and "checksum" in output
