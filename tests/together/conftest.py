"""Together fixtures: alice and bob linked through the service; charlie stays a stranger."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.together import service
from reconnect.together.models import CheckinAnswer, PartnerLink
from tests.cli.conftest import cli_env, run, run_main  # noqa: F401  (the CLI fixtures)
from tests.factories import sign_in


def link(db: Session, inviter: User, partner: User) -> PartnerLink:
    """Link two people the way the app does: a code made by one, accepted by the other."""
    _, code = service.create_invite(db=db, user=inviter)
    made = service.accept_invite(db=db, user=partner, code=code)
    db.commit()
    return made


def answer(db: Session, user: User, **fields: object) -> CheckinAnswer:
    """A complete answer with recognisable text, overridable field by field."""
    name = user.username
    values: dict[str, object] = {
        "words": ["hopeful"],
        "feeling_note": f"{name} felt lighter",
        "appreciation": f"{name} appreciated the soup",
        "need": f"{name} needs a quiet evening",
        "vulnerable_share": f"{name} worries about work",
        "together_wish": f"{name} wants a walk",
        **fields,
    }
    saved = service.submit_answer(db=db, user=user, fields=service.AnswerFields(**values))  # type: ignore[arg-type]
    db.commit()
    return saved


@pytest.fixture()
def linked(db: Session, alice: User, bob: User) -> PartnerLink:
    return link(db, alice, bob)


@pytest.fixture()
def signed_in(make_client: Callable[[], TestClient]) -> Callable[[str], TestClient]:
    return lambda username: sign_in(make_client(), username)
