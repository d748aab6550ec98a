"""Security headers on every response, cookie flags, and templates that a strict CSP allows."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from reconnect.accounts.models import User
from reconnect.app import create_app
from reconnect.web.security import CSRF_COOKIE, SESSION_COOKIE
from tests.factories import PASSWORD, PRIVATE_PAGES, PUBLIC_PAGES, csrf_token, sign_in
from tests.security.routes import path_params, routes

SRC = Path(__file__).resolve().parents[2] / "src" / "reconnect"
EXTRA_PATHS = (
    "/no/such/page",
    "/api/v1/no-such-thing",
    "/static/css/app.css",
    "/api/v1/openapi.json",
)


def _directives(csp: str) -> dict[str, list[str]]:
    parts = (part.split() for part in csp.split(";") if part.strip())
    return {words[0]: words[1:] for words in parts}


def assert_secure_headers(response: httpx.Response, *, https: bool = False) -> None:
    """The headers every response must carry, whatever the route."""
    headers = response.headers
    csp = _directives(headers["content-security-policy"])
    sources = [source for values in csp.values() for source in values]
    allowed = {"'self'", "'none'", "data:"}  # no 'unsafe-*', no wildcard, no other origin
    assert set(sources) <= allowed, csp
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"] and csp["form-action"] == ["'self'"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert "camera=()" in headers["permissions-policy"]
    assert ("strict-transport-security" in headers) == https


def _get_paths(app: FastAPI) -> list[str]:
    listed = [path for method, path, _ in routes(app) if method == "GET" and not path_params(path)]
    return sorted({*listed, *PUBLIC_PAGES, *PRIVATE_PAGES, *EXTRA_PATHS})


def test_every_page_carries_the_security_headers(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    for path in _get_paths(app):
        assert_secure_headers(client.get(path, follow_redirects=False))
    sign_in(client, "alice")
    for path in _get_paths(app):
        response = client.get(path, follow_redirects=False)
        assert response.status_code < 500, path
        assert_secure_headers(response)


def test_errors_and_refusals_carry_them_too(client: TestClient, alice: User) -> None:
    assert_secure_headers(client.post("/journal", data={"body": "no token"}))  # 403
    assert_secure_headers(client.post("/api/v1/entries", json={"body": "no token"}))  # 401
    assert_secure_headers(client.get("/journal?page=0"))  # 422 or redirect


def test_server_mode_sends_hsts_and_secure_cookies(app: FastAPI, alice: User) -> None:
    settings = app.state.runtime.settings
    original = settings.secure_cookies
    try:
        settings.secure_cookies = True
        hardened = create_app(runtime=app.state.runtime)
        client = TestClient(hardened, base_url="https://testserver")
        response = client.get("/login")
        assert_secure_headers(response, https=True)
        assert "Secure" in response.headers["set-cookie"]
        token = csrf_token(client, "/login")
        signed = client.post(
            "/login",
            data={"username": "alice", "password": PASSWORD, "csrf_token": token},
            follow_redirects=False,
        )
        cookie = next(c for c in signed.headers.get_list("set-cookie") if SESSION_COOKIE in c)
        assert "Secure" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    finally:
        settings.secure_cookies = original


def test_cookies_are_http_only_and_same_site(client: TestClient, alice: User) -> None:
    first = client.get("/login").headers["set-cookie"]
    assert first.startswith(CSRF_COOKIE) and "HttpOnly" in first and "SameSite=Strict" in first
    token = csrf_token(client, "/login")
    response = client.post(
        "/login",
        data={"username": "alice", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    session = response.headers["set-cookie"]
    assert session.startswith(SESSION_COOKIE) and "HttpOnly" in session
    assert "samesite=lax" in session.lower() and "Path=/" in session


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"\s(on[a-z]+|hx-on[:-]?[a-z:-]*|style)\s*=", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
EXTERNAL = re.compile(r"(src|href|action)\s*=\s*[\"'](https?:)?//", re.IGNORECASE)
TEMPLATES = sorted(SRC.glob("**/templates/**/*.html"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(SRC)))
def test_templates_need_no_inline_code_or_outside_assets(template: Path) -> None:
    text = template.read_text(encoding="utf-8")
    for pattern in (INLINE_SCRIPT, INLINE_HANDLER, STYLE_ELEMENT):
        assert not pattern.search(text), f"{pattern.pattern} in {template.name}: CSP blocks it"
    scripts_and_styles = [m.group(0) for m in EXTERNAL.finditer(text) if "href" not in m.group(1)]
    assert not scripts_and_styles, template.name


def test_an_unexpected_error_carries_the_security_headers_too(app: FastAPI) -> None:
    def broken() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/__broken_for_test", broken)
    try:
        client = TestClient(app, raise_server_exceptions=False)
        response = client.get("/__broken_for_test")
    finally:
        app.router.routes[:] = [
            r for r in app.router.routes if getattr(r, "path", "") != "/__broken_for_test"
        ]
    assert response.status_code == 500 and "a bug" not in response.text
    assert_secure_headers(response)
