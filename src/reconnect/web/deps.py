"""Typed request dependencies: database session, runtime, current person."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Annotated, TypeVar

from fastapi import BackgroundTasks, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from reconnect.accounts import service as accounts_service
from reconnect.accounts.models import User
from reconnect.bootstrap import Runtime
from reconnect.core.errors import AuthenticationFailed
from reconnect.db import WRITES, session_scope, unit_of_work
from reconnect.messages import Accounts as AM
from reconnect.web.security import SESSION_COOKIE, UNSAFE_METHODS

log = logging.getLogger(__name__)


class SignInRequired(Exception):
    """A page needs a signed-in person; the handler redirects to sign-in."""


def get_runtime(request: Request) -> Runtime:
    """The process runtime stored on the app at start-up."""
    runtime: Runtime = request.app.state.runtime
    return runtime


Endpoint = TypeVar("Endpoint", bound=Callable[..., object])


def reads_first(endpoint: Endpoint) -> Endpoint:
    """Mark a route that does long work before it writes (an import).

    Its session starts as a read, so the database's write lock is not held while the
    work runs; the route calls ``begin_writing`` when it is ready to store.
    """
    endpoint.reads_first = True  # type: ignore[attr-defined]
    return endpoint


def writes(request: Request) -> bool:
    """Whether this request's session starts by taking the write lock: POST, PUT, PATCH
    and DELETE do, unless their route ``reads_first``; a GET only reads."""
    endpoint = request.scope.get("endpoint")
    return request.method in UNSAFE_METHODS and not getattr(endpoint, "reads_first", False)


def begin_writing(db: Session) -> None:
    """End a ``reads_first`` session's read (nothing was written) and take the write lock."""
    db.commit()
    db.connection(execution_options=WRITES)


def get_db(request: Request) -> Iterator[Session]:
    """A session for this request, committed before the response is sent.

    A request that may write takes the write lock when it starts (on SQLite), so it waits
    its turn instead of failing half-way; a read never waits for writers.
    """
    yield from session_scope(request.app.state.runtime.sessions, writes=writes(request))


DbSession = Annotated[Session, Depends(get_db, scope="function")]
AppRuntime = Annotated[Runtime, Depends(get_runtime)]


def get_optional_user(request: Request, db: DbSession) -> User | None:
    """The signed-in person, if any; also remembered on ``request.state`` for templates."""
    token = request.cookies.get(SESSION_COOKIE)
    user = accounts_service.user_for_session(db=db, token=token) if token else None
    request.state.user = user
    return user


OptionalUser = Annotated[User | None, Depends(get_optional_user)]


def get_user_if_database_answers(request: Request) -> User | None:
    """The signed-in person, or None, even when the database cannot be reached.

    Help pages use this: crisis lines must show whatever else is broken.
    """
    try:
        with request.app.state.runtime.sessions() as db:
            return get_optional_user(request, db)
    except SQLAlchemyError:
        request.state.user = None
        return None


UserIfAvailable = Annotated[User | None, Depends(get_user_if_database_answers)]


def get_current_user(user: OptionalUser) -> User:
    """The signed-in person; pages redirect to sign-in when there is none."""
    if user is None:
        raise SignInRequired
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


# Declares the scheme in the OpenAPI document and marks every operation that depends on
# ``ApiUser``; it never refuses by itself, so a missing or wrong token still gets our own 401.
BEARER_SCHEME = "personalAccessToken"
bearer_token = HTTPBearer(
    scheme_name=BEARER_SCHEME, description=AM.API_TOKEN_SCHEME, auto_error=False
)
BearerCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_token)]


def _token_owner(request: Request, db: Session, secret: str, later: BackgroundTasks) -> User | None:
    """The token's owner, recording its use without turning a read into a write.

    A request that writes anyway records it in its own transaction; a read records it (at
    most every ``TOKEN_USE_PRECISION``) after its answer is sent, in a short transaction of
    its own, so a busy database only delays that note, never the answer.
    """
    found = accounts_service.api_token_owner(db=db, secret=secret)
    if found is None:
        return None
    user, token = found
    if accounts_service.api_token_use_is_stale(token):
        if writes(request):
            accounts_service.note_api_token_use(db=db, token_id=token.id)
        else:
            later.add_task(_note_use_apart, request.app.state.runtime.sessions, token.id)
    return user


def _note_use_apart(sessions: sessionmaker[Session], token_id: int) -> None:
    try:
        with unit_of_work(sessions, writes=True) as db:
            accounts_service.note_api_token_use(db=db, token_id=token_id)
    except SQLAlchemyError:
        log.warning("could not record an API token's use; it will be recorded next time")


def get_api_user(
    request: Request, credentials: BearerCredentials, db: DbSession, later: BackgroundTasks
) -> User:
    """The person a ``Bearer`` personal access token belongs to."""
    user = None
    if credentials is not None:
        user = _token_owner(request, db, credentials.credentials.strip(), later)
    if user is None:
        raise AuthenticationFailed(AM.API_TOKEN_INVALID)
    return user


ApiUser = Annotated[User, Depends(get_api_user)]


def get_optional_api_user(request: Request, db: DbSession, later: BackgroundTasks) -> User | None:
    """The token's owner when a valid ``Bearer`` token is sent; nobody otherwise.

    Never refuses, and reads the header itself so that public operations stay public in
    the OpenAPI document.
    """
    scheme, _, secret = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        return None
    return _token_owner(request, db, secret.strip(), later)


OptionalApiUser = Annotated[User | None, Depends(get_optional_api_user)]
