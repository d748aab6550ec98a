"""REST API for the caller's account and tokens (``/api/v1``)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from reconnect.accounts import service
from reconnect.accounts.schemas import StartingPointIn, TimeZoneIn, TokenOut, UserOut
from reconnect.web.deps import ApiUser, DbSession

router = APIRouter(prefix="/api/v1", tags=["accounts"])


@router.get("/me", response_model=UserOut)
def me(user: ApiUser) -> UserOut:
    """Who the token belongs to."""
    return UserOut.model_validate(user)


@router.put("/me/starting-point", response_model=UserOut)
def set_starting_point(db: DbSession, user: ApiUser, body: StartingPointIn) -> UserOut:
    """Record where the person starts (it shapes what Today and the plan suggest)."""
    service.set_starting_point(
        db=db, user=user, feels_far=body.feels_far, someone_far=body.someone_far
    )
    return UserOut.model_validate(user)


@router.put("/me/time-zone", response_model=UserOut)
def set_time_zone(db: DbSession, user: ApiUser, body: TimeZoneIn) -> UserOut:
    """Change the time zone the person's days, streaks and reminders follow."""
    service.set_time_zone(db=db, user=user, time_zone=body.time_zone)
    return UserOut.model_validate(user)


@router.get("/tokens", response_model=list[TokenOut])
def list_tokens(db: DbSession, user: ApiUser) -> list[TokenOut]:
    """The caller's active tokens."""
    return [TokenOut.model_validate(t) for t in service.list_api_tokens(db=db, user=user)]


@router.delete("/tokens/{token_id}", status_code=204)
def revoke_token(db: DbSession, user: ApiUser, token_id: int) -> Response:
    """Revoke one of the caller's tokens."""
    service.revoke_api_token(db=db, user=user, token_id=token_id)
    return Response(status_code=204)
