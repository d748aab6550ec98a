"""Accounts: creating people, signing in and out, sessions and API tokens."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from reconnect.accounts import zones
from reconnect.accounts.models import ApiToken, BrowserSession, SignInCount, User
from reconnect.core import dates
from reconnect.core.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    TooManyAttempts,
    ValidationFailed,
)
from reconnect.core.tokens import hash_token, new_token
from reconnect.db import utcnow
from reconnect.journal import rollups
from reconnect.messages import Accounts as M
from reconnect.safety import service as safety_service

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 256
TOKEN_PREFIX = "rc_"  # noqa: S105  (a public marker, not a secret)

_hasher = PasswordHasher()  # argon2id with the library's current recommended cost
_dummy_hashes: dict[PasswordHasher, str] = {}


def use_password_hasher(hasher: PasswordHasher) -> None:
    """Swap the argon2id parameters (the test suite uses a cheaper cost)."""
    global _hasher
    _hasher = hasher


def _dummy_hash() -> str:
    """A hash at the current cost to check against when a name does not exist (made on
    first use, not at import: most commands never sign anyone in)."""
    if _hasher not in _dummy_hashes:
        _dummy_hashes[_hasher] = _hasher.hash("not-a-real-password")
    return _dummy_hashes[_hasher]


def normalise_username(username: str) -> str:
    """Usernames are case-insensitive and stored lowercase."""
    return username.strip().lower()


def _validate_new_account(*, username: str, password: str, display_name: str, country: str) -> None:
    if not USERNAME_RE.fullmatch(username):
        raise ValidationFailed(M.USERNAME_INVALID, field="username")
    validate_password(password)
    if len(display_name) > 80:
        raise ValidationFailed(M.DISPLAY_NAME_TOO_LONG, field="display_name")
    if not safety_service.is_known_country(country):
        raise ValidationFailed(M.COUNTRY_UNKNOWN, field="country")


def validate_password(password: str) -> None:
    """Raise if the password is too short or too long."""
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed(M.PASSWORD_TOO_SHORT, field="password")
    if len(password) > MAX_PASSWORD:
        raise ValidationFailed(M.PASSWORD_TOO_LONG, field="password")


def count_users(*, db: Session) -> int:
    """How many accounts exist, demo accounts aside (zero means first-run set-up)."""
    return db.scalar(select(func.count()).where(User.is_demo.is_(False))) or 0


def create_user(
    *,
    db: Session,
    username: str,
    password: str,
    display_name: str = "",
    country: str = "US",
    time_zone: str = "",
    is_admin: bool = False,
) -> User:
    """Create an account with an argon2id password hash; without a time zone, the
    country's main one."""
    username = normalise_username(username)
    display_name = display_name.strip()
    country = country.strip().upper()
    _validate_new_account(
        username=username, password=password, display_name=display_name, country=country
    )
    time_zone = clean_time_zone(time_zone) if time_zone.strip() else zones.default_zone(country)
    if db.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(M.USERNAME_TAKEN, field="username")
    user = User(
        username=username,
        display_name=display_name,
        password_hash=_hasher.hash(password),
        country=country,
        time_zone=time_zone,
        is_admin=is_admin,
    )
    db.add(user)
    db.flush()
    return user


def get_user(*, db: Session, user_id: int) -> User:
    """The account with this id."""
    user = db.get(User, user_id)
    if user is None:
        raise NotFound("no such user")
    return user


def get_user_by_username(*, db: Session, username: str) -> User:
    """The account with this username, or NotFound."""
    user = db.scalar(select(User).where(User.username == normalise_username(username)))
    if user is None:
        raise NotFound(f"no user named {username!r}")
    return user


SIGN_IN_WINDOW: Final = dt.timedelta(minutes=1)


def count_sign_in_attempt(*, db: Session, address_key: str, limit: int) -> None:
    """Count one sign-in attempt from an address; too many this minute are refused.

    One row per address, counted in a single atomic upsert, so the limit holds across
    every worker and every parallel request; rows of minutes long past are removed.
    """
    now = utcnow()
    stale = now - SIGN_IN_WINDOW
    # Rows another attempt holds are left for next time (SKIP LOCKED), so two attempts
    # never wait on each other's rows crosswise (on SQLite the write lock orders them).
    old_rows = select(SignInCount.address_hash).where(SignInCount.window_start < stale)
    db.execute(
        delete(SignInCount).where(
            SignInCount.address_hash.in_(old_rows.with_for_update(skip_locked=True))
        )
    )
    upsert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    fresh = SignInCount.window_start > stale
    new = upsert(SignInCount).values(address_hash=address_key, window_start=now, attempts=1)
    counted = new.on_conflict_do_update(
        index_elements=[SignInCount.address_hash],
        set_={
            "attempts": case((fresh, SignInCount.attempts + 1), else_=1),
            "window_start": case(
                (fresh, SignInCount.window_start), else_=new.excluded.window_start
            ),
        },
    ).returning(SignInCount.attempts)
    if (db.scalar(counted) or 0) > limit:
        raise TooManyAttempts(M.SLOW_DOWN)


def authenticate(
    *, db: Session, username: str, password: str, max_attempts: int, lockout_minutes: int
) -> User:
    """Check a username and password, counting failures and pausing the account after many.

    The account's row is locked until the attempt is counted (``FOR UPDATE``; on SQLite
    the write lock does it), so parallel guesses are checked one after another and each
    sees the count the one before it left: the pause holds however many arrive at once.
    """
    user = db.scalar(
        select(User)
        .where(User.username == normalise_username(username))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    now = utcnow()
    if user is None:
        _verify(_dummy_hash(), password)  # same cost whether or not the name exists
        raise AuthenticationFailed(M.BAD_CREDENTIALS)
    if user.locked_until is not None and user.locked_until > now:
        raise TooManyAttempts(M.LOCKED.format(minutes=lockout_minutes))
    if not _verify(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= max_attempts:
            user.failed_logins = 0
            user.locked_until = now + dt.timedelta(minutes=lockout_minutes)
        db.flush()
        raise AuthenticationFailed(M.BAD_CREDENTIALS)
    user.failed_logins = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    db.flush()
    return user


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def change_password(*, db: Session, user: User, current: str, new: str) -> None:
    """Replace the password and sign out every browser session of this person."""
    if not _verify(user.password_hash, current):
        raise AuthenticationFailed(M.WRONG_PASSWORD, field="current_password")
    validate_password(new)
    user.password_hash = _hasher.hash(new)
    _sign_out_everywhere(db, user)


def set_password(*, db: Session, user: User, password: str) -> None:
    """Set a password without the old one (admin command)."""
    validate_password(password)
    user.password_hash = _hasher.hash(password)
    user.failed_logins = 0
    user.locked_until = None
    _sign_out_everywhere(db, user)


def _sign_out_everywhere(db: Session, user: User) -> None:
    """After a new password: every browser session ends and every API token is revoked.

    Whoever knew the old password may have made a token with it; the person makes new
    ones on the Account page. (The calendar feed's address is the plan's to reset:
    ``reconnect.plan.feed.revoke_token``, called beside this by the pages and commands.)
    """
    db.execute(delete(BrowserSession).where(BrowserSession.user_id == user.id))
    db.execute(
        update(ApiToken)
        .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    db.flush()


def update_profile(*, db: Session, user: User, display_name: str, country: str) -> None:
    """Change the display name and the country used for helplines."""
    display_name = display_name.strip()
    country = country.strip().upper()
    if len(display_name) > 80:
        raise ValidationFailed(M.DISPLAY_NAME_TOO_LONG, field="display_name")
    if not safety_service.is_known_country(country):
        raise ValidationFailed(M.COUNTRY_UNKNOWN, field="country")
    user.display_name = display_name
    user.country = country
    db.flush()


def clean_time_zone(value: str) -> str:
    """An IANA time zone name such as Europe/London; raises unless this machine knows it."""
    name = value.strip()
    if not dates.is_time_zone(name):
        raise ValidationFailed(M.TIME_ZONE_INVALID.format(value=value[:64]), field="time_zone")
    return name


def set_time_zone(*, db: Session, user: User, time_zone: str) -> None:
    """Change the zone the person's days and times are read in; their stored monthly
    totals, made of the old zone's days, are computed again at commit."""
    name = clean_time_zone(time_zone)
    if name != user.time_zone:
        user.time_zone = name
        rollups.forget(db, user.id)
    db.flush()


# "I feel numb or far away" and "someone close to me seems far away": either, both, or
# neither for now (asked once, changeable on the account page).
STARTING_POINTS: Final = {
    (True, False): "self",
    (False, True): "supporting",
    (True, True): "both",
    (False, False): "neither",
}


_CHOSEN: Final = {point: pair for pair, point in STARTING_POINTS.items()}


def set_starting_point(*, db: Session, user: User, feels_far: bool, someone_far: bool) -> None:
    """Record where the person starts; it shapes suggestions, not access."""
    user.starting_point = STARTING_POINTS[(feels_far, someone_far)]
    db.flush()


def starts_with(user: User) -> tuple[bool, bool]:
    """(feels far away themselves, someone close seems far away), as last chosen."""
    return _CHOSEN.get(user.starting_point or "", (False, False))


def start_session(*, db: Session, user: User, days: int) -> str:
    """Open a browser session and return its cookie value (only its hash is kept)."""
    token = new_token()
    db.add(
        BrowserSession(
            token_hash=hash_token(token),
            user_id=user.id,
            expires_at=utcnow() + dt.timedelta(days=days),
        )
    )
    db.flush()
    return token


def user_for_session(*, db: Session, token: str) -> User | None:
    """The person a session cookie belongs to, if it is valid and unexpired."""
    row = db.scalar(select(BrowserSession).where(BrowserSession.token_hash == hash_token(token)))
    if row is None or row.expires_at <= utcnow():
        return None
    return db.get(User, row.user_id)


def end_session(*, db: Session, token: str) -> None:
    """Forget a browser session."""
    db.execute(delete(BrowserSession).where(BrowserSession.token_hash == hash_token(token)))
    db.flush()


TOKEN_LIFETIMES: Final[dict[str, int | None]] = {"30": 30, "90": 90, "365": 365, "never": None}
"""The lifetimes a token may be given, in days (the Account page offers these)."""
DEFAULT_TOKEN_LIFETIME: Final = "90"  # noqa: S105 (a number of days, not a secret)


def create_api_token(
    *, db: Session, user: User, name: str, lifetime: str = "never"
) -> tuple[ApiToken, str]:
    """Create a personal access token; the secret is returned once and never stored.

    ``lifetime`` is one of ``TOKEN_LIFETIMES``: after that many days the token stops
    working by itself.
    """
    name = name.strip()
    if not 1 <= len(name) <= 80:
        raise ValidationFailed(M.TOKEN_NAME_INVALID, field="name")
    if lifetime not in TOKEN_LIFETIMES:
        raise ValidationFailed(M.TOKEN_LIFETIME_INVALID, field="lifetime")
    days = TOKEN_LIFETIMES[lifetime]
    secret = TOKEN_PREFIX + new_token()
    token = ApiToken(user_id=user.id, name=name, prefix=secret[:10], token_hash=hash_token(secret))
    token.expires_at = utcnow() + dt.timedelta(days=days) if days is not None else None
    db.add(token)
    db.flush()
    return token, secret


def list_api_tokens(*, db: Session, user: User) -> list[ApiToken]:
    """The person's tokens that are still active, newest first."""
    query = (
        select(ApiToken)
        .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .order_by(ApiToken.id.desc())
    )
    return list(db.scalars(query))


def revoke_api_token(*, db: Session, user: User, token_id: int) -> None:
    """Revoke one of the person's tokens; others' tokens are 'not found'."""
    result = db.execute(
        update(ApiToken)
        .where(ApiToken.id == token_id, ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        raise NotFound("no such token")


TOKEN_USE_PRECISION: Final = dt.timedelta(minutes=10)
"""How exactly a token's "last used" time is kept: it is written at most this often."""


def api_token_owner(*, db: Session, secret: str) -> tuple[User, ApiToken] | None:
    """The person a bearer token belongs to, and the token, if it is valid and not revoked.

    Reads only: recording the use is ``note_api_token_use``, so that a read request
    stays a read.
    """
    token = db.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(secret)))
    if token is None or token.revoked_at is not None:
        return None
    if token.expires_at is not None and token.expires_at <= utcnow():
        return None
    user = db.get(User, token.user_id)
    return (user, token) if user is not None else None


def api_token_use_is_stale(token: ApiToken) -> bool:
    """Whether the token's "last used" time is older than its precision."""
    return token.last_used_at is None or utcnow() - token.last_used_at >= TOKEN_USE_PRECISION


def note_api_token_use(*, db: Session, token_id: int) -> None:
    """Record that a token was used now, unless that was already recorded recently."""
    now = utcnow()
    db.execute(
        update(ApiToken)
        .where(
            ApiToken.id == token_id,
            (ApiToken.last_used_at.is_(None)) | (ApiToken.last_used_at < now - TOKEN_USE_PRECISION),
        )
        .values(last_used_at=now)
    )
