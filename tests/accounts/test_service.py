from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from reconnect.accounts import service
from reconnect.accounts.models import User
from reconnect.core.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    TooManyAttempts,
    ValidationFailed,
)
from tests.factories import PASSWORD


def _auth(db: Session, username: str, password: str) -> User:
    return service.authenticate(
        db=db, username=username, password=password, max_attempts=3, lockout_minutes=15
    )


def test_passwords_are_stored_as_argon2id_hashes(db: Session, alice: User) -> None:
    assert alice.password_hash.startswith("$argon2id$")
    assert PASSWORD not in alice.password_hash


def test_usernames_are_case_insensitive(db: Session, alice: User) -> None:
    assert _auth(db, "ALICE", PASSWORD).id == alice.id
    with pytest.raises(Conflict):
        service.create_user(db=db, username="Alice", password=PASSWORD)


@pytest.mark.parametrize(
    ("username", "password", "country", "field"),
    [
        ("a", PASSWORD, "US", "username"),
        ("bad name", PASSWORD, "US", "username"),
        ("dana", "short", "US", "password"),
        ("dana", "x" * 300, "US", "password"),
        ("dana", PASSWORD, "ZZ", "country"),
    ],
)
def test_bad_sign_up_details_name_the_field(
    db: Session, username: str, password: str, country: str, field: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        service.create_user(db=db, username=username, password=password, country=country)
    assert caught.value.field == field


def test_the_account_pauses_after_repeated_failures(db: Session, alice: User) -> None:
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            _auth(db, "alice", "wrong password!")
    with pytest.raises(TooManyAttempts):
        _auth(db, "alice", PASSWORD)


def test_a_success_resets_the_failure_count(db: Session, alice: User) -> None:
    with pytest.raises(AuthenticationFailed):
        _auth(db, "alice", "wrong password!")
    _auth(db, "alice", PASSWORD)
    assert alice.failed_logins == 0


def test_unknown_users_fail_like_wrong_passwords(db: Session) -> None:
    with pytest.raises(AuthenticationFailed) as caught:
        _auth(db, "nobody", PASSWORD)
    assert "do not match" in caught.value.message


def test_changing_the_password_ends_other_sessions(db: Session, alice: User) -> None:
    token = service.start_session(db=db, user=alice, days=1)
    service.change_password(db=db, user=alice, current=PASSWORD, new="another long passphrase")
    assert service.user_for_session(db=db, token=token) is None
    assert _auth(db, "alice", "another long passphrase").id == alice.id


def test_the_wrong_current_password_changes_nothing(db: Session, alice: User) -> None:
    with pytest.raises(AuthenticationFailed):
        service.change_password(
            db=db, user=alice, current="not it at all", new="another long passphrase"
        )
    assert _auth(db, "alice", PASSWORD).id == alice.id


def test_api_tokens_are_hashed_and_revocable(db: Session, alice: User) -> None:
    token, secret = service.create_api_token(db=db, user=alice, name="laptop script")
    assert secret not in token.token_hash
    assert service.api_token_owner(db=db, secret=secret) == (alice, token)
    service.revoke_api_token(db=db, user=alice, token_id=token.id)
    assert service.api_token_owner(db=db, secret=secret) is None


def test_nobody_can_revoke_someone_elses_token(db: Session, alice: User, charlie: User) -> None:
    token, _ = service.create_api_token(db=db, user=alice, name="mine")
    with pytest.raises(NotFound):
        service.revoke_api_token(db=db, user=charlie, token_id=token.id)
