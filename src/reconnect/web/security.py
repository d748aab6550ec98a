"""Security headers, the CSRF cookie and check, and a per-address login throttle."""

from __future__ import annotations

from http.cookies import SimpleCookie
from typing import Any

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reconnect.core.errors import ReconnectError
from reconnect.core.tokens import constant_time_equals, new_token, sign
from reconnect.messages import App as M

CSRF_COOKIE = "rc_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SESSION_COOKIE = "rc_session"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",  # the service worker (/sw.js), which keeps only static files
        "manifest-src 'self'",  # the web app manifest, for installing the app
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]
)


class CsrfFailed(ReconnectError):
    """A state-changing form arrived without a valid CSRF token."""

    status_code = 403


def _cookie(scope: Scope, name: str) -> str | None:
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:
                return None
            if name in jar:
                return jar[name].value
    return None


def security_headers(secure: bool) -> dict[str, str]:
    """The headers every response carries (docs/security.md), HSTS in server mode."""
    headers = {
        "content-security-policy": CONTENT_SECURITY_POLICY,
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
        "cross-origin-opener-policy": "same-origin",
        "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    }
    if secure:
        headers["strict-transport-security"] = "max-age=63072000; includeSubDomains"
    return headers


class SecurityMiddleware:
    """Adds security headers to every response and issues the CSRF cookie."""

    def __init__(self, app: ASGIApp, *, secure_cookies: bool) -> None:
        self.app = app
        self.secure = secure_cookies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        existing = _cookie(scope, CSRF_COOKIE)
        csrf_seed = existing if existing and len(existing) >= 32 else new_token()
        scope.setdefault("state", {})["csrf_seed"] = csrf_seed

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[tuple[bytes, bytes]] = list(message.get("headers", []))
                headers.extend(self._headers())
                if csrf_seed != existing:
                    headers.append((b"set-cookie", self._csrf_cookie(csrf_seed)))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _headers(self) -> list[tuple[bytes, bytes]]:
        return [(k.encode(), v.encode()) for k, v in security_headers(self.secure).items()]

    def _csrf_cookie(self, value: str) -> bytes:
        flags = "Path=/; HttpOnly; SameSite=Strict" + ("; Secure" if self.secure else "")
        return f"{CSRF_COOKIE}={value}; {flags}".encode()


def csrf_token(request: Request) -> str:
    """The token forms must send back: an HMAC of this browser's CSRF cookie."""
    seed: str = request.state.csrf_seed
    return sign(request.app.state.runtime.secret, seed)


async def csrf_protect(request: Request) -> None:
    """Reject state-changing browser requests whose CSRF token does not match."""
    if request.method not in UNSAFE_METHODS or request.url.path.startswith("/api/"):
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None:
        content_type = request.headers.get("content-type", "")
        if "form" in content_type:
            form = await request.form()
            value = form.get(CSRF_FIELD)
            sent = value if isinstance(value, str) else None
    cookie = request.cookies.get(CSRF_COOKIE)
    if not sent or not cookie or not constant_time_equals(sent, csrf_token(request)):
        raise CsrfFailed(M.CSRF_FAILED)


def client_address(request: Request) -> str:
    """The caller's address as the server sees it (the proxy passes it through)."""
    return request.client.host if request.client else "unknown"


def session_cookie_kwargs(request: Request) -> dict[str, Any]:
    """Flags for the session cookie: HttpOnly, SameSite=Lax, Secure in server mode."""
    settings = request.app.state.runtime.settings
    return {
        "key": SESSION_COOKIE,
        "httponly": True,
        "samesite": "lax",
        "secure": settings.cookies_secure,
        "max_age": settings.session_days * 86400,
        "path": "/",
    }
