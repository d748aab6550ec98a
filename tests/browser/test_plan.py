"""The plan page as a person sees it."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from reconnect.messages import Plan as PM
from tests.browser.test_journey import _sign_up


def _apart(page: Page, first: str, second: str) -> bool:
    """Whether two boxes of the page do not overlap."""
    a, b = page.locator(first).bounding_box(), page.locator(second).bounding_box()
    assert a and b
    return (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def test_the_weekly_progress_bars_leave_their_words_readable(page: Page) -> None:
    _sign_up(page, "plan-bars")
    page.goto("/plan/practices/movement")
    page.get_by_role("button", name=PM.ADD).click()
    page.goto("/plan")
    goal = page.locator(".goals li").first
    expect(goal.locator("progress")).to_be_visible()
    for width in (1280, 800, 360):
        page.set_viewport_size({"width": width, "height": 900})
        bar, words, link = ".goals li progress", ".goals li > span", ".goals li > a"
        assert _apart(page, bar, words) and _apart(page, bar, link), width
