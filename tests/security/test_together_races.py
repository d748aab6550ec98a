"""Two people acting at the same moment on a couple's shared rows.

Each side runs in its own connection and transaction, as two requests would (on SQLite
with the write lock taken first, as the app does). One invite code accepted by two people
at once links exactly one of them; partners answering a check-in at once both get their
answer stored, one round is opened, and it is revealed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.bootstrap import upgrade_database
from reconnect.core.crypto import Keyring
from reconnect.core.errors import ReconnectError
from reconnect.db import make_engine, make_sessionmaker, unit_of_work
from reconnect.together import service as together_service
from reconnect.together.models import CheckinAnswer, CheckinRound, PartnerLink


def _at_once(sessions: sessionmaker[Session], *actions: Callable[[Session], Any]) -> list[Any]:
    """Run each action in its own unit of work, all released at the same moment."""
    start = threading.Barrier(len(actions))
    results: list[Any] = [None] * len(actions)

    def run(index: int, action: Callable[[Session], Any]) -> None:
        start.wait()
        try:
            with unit_of_work(sessions, writes=True) as db:
                results[index] = action(db)
        except Exception as exc:  # a refusal, or the bug: an integrity error
            results[index] = exc

    threads = [threading.Thread(target=run, args=item) for item in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def _people(sessions: sessionmaker[Session], *names: str) -> list[int]:
    with unit_of_work(sessions, writes=True) as db:
        made = [accounts_service.create_user(db=db, username=n, password="p" * 12) for n in names]
        return [user.id for user in made]


@pytest.fixture()
def engine(served_database: str, keyring: Keyring) -> Iterator[Engine]:
    """A fresh database of the suite's backend, reached through its own connections."""
    engine = make_engine(served_database)
    upgrade_database(engine)
    yield engine
    engine.dispose()


def test_one_code_accepted_twice_at_once_links_one_person(engine: Engine) -> None:
    sessions = make_sessionmaker(engine)
    inviter, first, second = _people(sessions, "ines", "fred", "sam")
    with unit_of_work(sessions, writes=True) as db:
        _, code = together_service.create_invite(db=db, user=db.get_one(User, inviter))

    def accept(user_id: int) -> Callable[[Session], Any]:
        return lambda db: together_service.accept_invite(
            db=db, user=db.get_one(User, user_id), code=code
        )

    results = _at_once(sessions, accept(first), accept(second))
    assert sorted(isinstance(r, ReconnectError) for r in results) == [False, True]
    with Session(engine) as db:
        assert db.scalar(select(func.count()).select_from(PartnerLink)) == 1


def test_partners_answering_at_once_both_count_and_the_round_is_revealed(
    engine: Engine,
) -> None:
    sessions = make_sessionmaker(engine)
    ana, ben = _people(sessions, "ana", "ben")
    with unit_of_work(sessions, writes=True) as db:
        _, code = together_service.create_invite(db=db, user=db.get_one(User, ana))
        together_service.accept_invite(db=db, user=db.get_one(User, ben), code=code)

    def answer(user_id: int) -> Callable[[Session], Any]:
        fields = together_service.AnswerFields(words=["calm"])
        return lambda db: together_service.submit_answer(
            db=db, user=db.get_one(User, user_id), fields=fields
        )

    results = _at_once(sessions, answer(ana), answer(ben))
    assert not any(isinstance(r, Exception) for r in results), results
    with Session(engine) as db:
        rounds = db.scalars(select(CheckinRound)).all()
        assert len(rounds) == 1 and rounds[0].revealed_at is not None
        assert db.scalar(select(func.count()).select_from(CheckinAnswer)) == 2
