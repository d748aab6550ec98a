"""Random tokens and their one-way hashes, for cookies, API tokens and invite codes."""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_token(nbytes: int = 32) -> str:
    """A URL-safe random token."""
    return secrets.token_urlsafe(nbytes)


def hash_token(token: str) -> str:
    """The SHA-256 hex digest stored in place of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def sign(secret: str, value: str) -> str:
    """An HMAC-SHA256 signature of ``value``."""
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def constant_time_equals(left: str, right: str) -> bool:
    """Compare secrets without leaking timing."""
    return hmac.compare_digest(left.encode(), right.encode())
