"""Small helpers views share: safe redirects and notices after a form."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi.responses import RedirectResponse

NOTICES: dict[str, str] = {}


def register_notices(notices: dict[str, str]) -> None:
    """Domains register the short keys they redirect with (?notice=key)."""
    NOTICES.update(notices)


def notice_text(key: str | None) -> str | None:
    """The message for a notice key; unknown keys show nothing."""
    return NOTICES.get(key or "")


def redirect(path: str, *, notice: str | None = None) -> RedirectResponse:
    """A 303 redirect (POST, then GET), optionally carrying a notice key (before any
    ``#fragment``, or the page would never read it)."""
    if notice:
        path, hash_, fragment = path.partition("#")
        path += ("&" if "?" in path else "?") + urlencode({"notice": notice}) + hash_ + fragment
    return RedirectResponse(path, status_code=303)


def safe_next(target: str | None, default: str = "/") -> str:
    """Only same-site relative paths may be redirected to after sign-in."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target
