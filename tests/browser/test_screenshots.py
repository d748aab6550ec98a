"""Screenshots of every main page, on a phone (390 px) and a desktop (1280 px), in the light and
the dark theme, for a reviewer to look at. Run on their own with

    SCREENSHOTS_DIR=/some/folder .venv/bin/pytest -p no:xdist tests/browser -k screenshots

(without SCREENSHOTS_DIR they go to pytest's temporary folder). The PNGs are not committed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_quick_checkin import check_in
from tests.factories import PASSWORD

pytestmark = pytest.mark.screenshots

PAGES = {
    "today": "/",
    "checkin": "/checkin",
    "journal": "/journal",
    "entry": "{entry}",
    "plan": "/plan",
    "together": "/together",
    "assess": "/assess",
    "insights": "/insights",
    "patterns": "/patterns",
    "learn": "/learn",
    "help": "/help",
    "account": "/account",
    "data": "/account/data",
}
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
THEMES = ("light", "dark")


def _folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _with_some_data(page: Page) -> str:
    """Sign up and leave two check-ins, two entries and a WHO-5; the address of one entry."""
    page.goto("/signup")
    page.get_by_label("Username").fill("screenshots")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    check_in(page, 2, -2, ("calm", "content"), "A slow morning.")
    check_in(page, -2, -3, ("tired",), "Long day.")
    for title, body in (
        ("Harbour", "We watched the boats come in and talked about the summer."),
        ("Lighthouse", "A walk to the lighthouse. I noticed I felt lighter afterwards."),
    ):
        page.goto("/journal/new")
        page.get_by_label("Title (optional)").fill(title)
        page.get_by_label("What is on your mind?").fill(body)
        page.get_by_role("button", name="Save entry").click()
        page.wait_for_url("**/journal/*")
    entry = page.url
    page.goto("/assess/who5")
    for question in page.locator("fieldset.question").all():
        question.locator("input[type=radio]").nth(3).check()
    page.get_by_role("button", name="See my result").click()
    return entry


def test_screenshots_of_every_main_page(browser: Browser, live_server: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    context = browser.new_context(base_url=live_server, service_workers="block")
    page = context.new_page()
    entry = _with_some_data(page)
    cookies = context.cookies()
    context.close()
    taken = []
    for theme in THEMES:
        for size, viewport in SIZES.items():
            context = browser.new_context(
                base_url=live_server, viewport=viewport, color_scheme=theme,
                service_workers="block",
            )  # fmt: skip
            context.add_cookies(cookies)
            page = context.new_page()
            for name, path in PAGES.items():
                page.goto(path.format(entry=entry))
                expect(page.locator("#get-help-now")).to_be_visible()
                target = folder / f"{name}-{size}-{theme}.png"
                page.screenshot(path=str(target), full_page=True)
                taken.append(target)
            page.goto("/checkin")  # the check-in's second step: the words for a spot
            page.get_by_role("button", name="Next: words that fit").click()
            expect(page.locator("#word-picker")).to_be_visible()
            target = folder / f"checkin-words-{size}-{theme}.png"
            page.screenshot(path=str(target), full_page=True)
            taken.append(target)
            context.close()
    assert len(taken) == (len(PAGES) + 1) * len(SIZES) * len(THEMES)
    assert all(path.stat().st_size > 0 for path in taken)
