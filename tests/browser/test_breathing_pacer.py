"""The breathing pacer animates on request, stays still for reduced motion, and needs no script."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.factories import PASSWORD


def _sign_up(page: Page, username: str) -> None:
    page.goto("/signup")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")


def _circle_animation(page: Page) -> str:
    return str(page.locator(".pacer-circle").evaluate("el => getComputedStyle(el).animationName"))


@pytest.fixture()
def no_script_page(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_the_pacer_starts_when_asked_and_logging_works(page: Page) -> None:
    _sign_up(page, "breather")
    page.goto("/plan/practices/breathing")
    assert _circle_animation(page) == "none"
    page.get_by_text("Start or pause the circle").click()
    assert _circle_animation(page) == "pacer-breathe"
    expect(page.get_by_text("Breathe in for 4 seconds")).to_be_visible()
    page.get_by_label("Good", exact=True).check()
    page.get_by_label("A note (optional)").fill("slower breaths")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#history")).to_contain_text("slower breaths")


def test_reduced_motion_shows_still_timed_steps(page: Page) -> None:
    _sign_up(page, "stillness")
    page.emulate_media(reduced_motion="reduce")
    page.goto("/plan/practices/breathing")
    expect(page.locator(".pacer")).to_be_hidden()
    expect(page.get_by_text("the circle stays still")).to_be_visible()
    expect(page.get_by_text("Breathe out for 6 seconds")).to_be_visible()


def test_the_pacer_works_without_javascript(no_script_page: Page) -> None:
    _sign_up(no_script_page, "noscript")
    no_script_page.goto("/plan/practices/breathing")
    no_script_page.get_by_text("Start or pause the circle").click()
    assert _circle_animation(no_script_page) == "pacer-breathe"
