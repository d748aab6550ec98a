"""Every request a page makes in Chromium goes to the app itself: no CDN, font or tracker."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Page, Request

from tests.factories import PASSWORD, PRIVATE_PAGES, PUBLIC_PAGES

LOCAL_SCHEMES = ("data", "blob", "about")


def test_pages_only_talk_to_the_app(page: Page, live_server: str) -> None:
    own = urlsplit(live_server).netloc
    seen: list[tuple[str, str]] = []
    current = {"path": ""}

    def record(request: Request) -> None:
        seen.append((current["path"], request.url))

    page.on("request", record)

    def visit(path: str) -> None:
        current["path"] = path
        page.goto(path)
        page.wait_for_load_state("networkidle")

    for path in PUBLIC_PAGES:
        visit(path)
    page.goto("/signup")
    page.get_by_label("Username").fill("privacy-check")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    for path in PRIVATE_PAGES:
        visit(path)
    outside = [
        (path, url)
        for path, url in seen
        if urlsplit(url).scheme not in LOCAL_SCHEMES and urlsplit(url).netloc != own
    ]
    assert len(seen) > len(PUBLIC_PAGES) + len(PRIVATE_PAGES)  # the recorder saw the pages
    assert not outside, outside
