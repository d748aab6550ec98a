"""The app's shell around every page: the theme switch, the web app manifest and the service
worker that keeps the static files (never a page with someone's data) for a quick start."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, Response

from reconnect import __version__
from reconnect.core.errors import ValidationFailed
from reconnect.messages import App as M
from reconnect.web.forms import redirect, safe_next

THEME_COOKIE = "rc_theme"
THEMES = ("system", "light", "dark")
STATIC_DIR = Path(__file__).parent / "static"
WORKER = Path(__file__).parent / "sw.js"
# The light theme's page and accent colours (app.css): the browser's frame around the app.
BACKGROUND, ACCENT = "#fbfaf7", "#2f5d62"
ICONS = (
    {"src": "/static/icons/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
    {"src": "/static/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
    {"src": "/static/icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
    {
        "src": "/static/icons/maskable-512.png",
        "sizes": "512x512",
        "type": "image/png",
        "purpose": "maskable",
    },
)

router = APIRouter()


def theme_of(request: Request) -> str:
    """The theme this browser chose ("light" or "dark"), or "system" to follow the device."""
    chosen = request.cookies.get(THEME_COOKIE, "")
    return chosen if chosen in THEMES else "system"


def back_after_theme(request: Request) -> str:
    """Where the theme switch returns to: this page, or, for a page that answered a form
    (a POST address cannot be opened again), the page the form was on."""
    if request.method == "GET":
        query = f"?{request.url.query}" if request.url.query else ""
        return request.url.path + query
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc and referer.netloc != request.url.netloc:
        return "/"
    return safe_next(referer.path + (f"?{referer.query}" if referer.query else ""), "/")


@router.post("/theme")
def set_theme(
    request: Request, theme: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/"
) -> Response:
    if theme not in THEMES:
        raise ValidationFailed(M.THEME_UNKNOWN.format(choices=", ".join(THEMES)), field="theme")
    response = redirect(safe_next(next))
    if theme == "system":
        response.delete_cookie(THEME_COOKIE, path="/")
    else:
        response.set_cookie(
            THEME_COOKIE,
            theme,
            max_age=400 * 86400,  # the longest a browser keeps a cookie
            path="/",
            httponly=True,
            samesite="lax",
            secure=request.app.state.runtime.settings.cookies_secure,
        )
    return response


def manifest() -> dict[str, Any]:
    """The web app manifest: what a phone or desktop needs to install the app."""
    return {
        "name": M.NAME,
        "short_name": M.NAME,
        "description": M.TAGLINE,
        "lang": "en",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": BACKGROUND,
        "theme_color": ACCENT,
        "icons": list(ICONS),
    }


@router.get("/manifest.webmanifest")
def manifest_file() -> Response:
    return JSONResponse(manifest(), media_type="application/manifest+json")


@cache
def static_version() -> str:
    """The app's version and a digest of every static file: a new cache whenever one changes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in STATIC_DIR.rglob("*") if p.is_file()):
        digest.update(path.relative_to(STATIC_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}-{digest.hexdigest()[:12]}"


@router.get("/sw.js")
def service_worker() -> Response:
    # Served from the root so that its scope is the whole app; the browser checks it for a new
    # version on every visit (no-cache), and a new version replaces the old cache.
    script = WORKER.read_text(encoding="utf-8").replace("__VERSION__", static_version())
    return Response(
        script,
        media_type="text/javascript",
        headers={"cache-control": "no-cache", "service-worker-allowed": "/"},
    )
