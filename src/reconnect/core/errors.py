"""Errors that services raise and every interface turns into a clear message."""

from __future__ import annotations


class ReconnectError(Exception):
    """Base for expected, user-facing failures."""

    status_code = 400

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationFailed(ReconnectError):
    """The input was not acceptable; nothing was changed."""

    status_code = 422


class NotFound(ReconnectError):
    """The thing does not exist, or this person may not see it."""

    status_code = 404


class Conflict(ReconnectError):
    """The change clashes with what is already stored."""

    status_code = 409


class PermissionDenied(ReconnectError):
    """The person is signed in but may not do this."""

    status_code = 403


class AuthenticationFailed(ReconnectError):
    """Sign-in failed or is temporarily locked."""

    status_code = 401


class TooManyAttempts(ReconnectError):
    """Too many attempts in a short time; try again later."""

    status_code = 429
