"""On a phone-sized screen without JavaScript the menu wraps inside the page, and "Get help now"
stays on the first row, in view, on every page."""

from __future__ import annotations

from playwright.sync_api import Browser, Page

from tests.factories import PASSWORD, PRIVATE_PAGES, PUBLIC_PAGES

PHONE = {"width": 360, "height": 740}


def _layout_problems(page: Page, path: str) -> list[str]:
    page.goto(path)
    problems = []
    width = page.evaluate("document.documentElement.scrollWidth")
    help_box = page.locator("#get-help-now").bounding_box()
    brand = page.locator(".brand").bounding_box()
    menu = page.locator(".site-header nav").bounding_box()
    assert help_box and brand and menu, path
    if width > PHONE["width"]:
        problems.append(f"{path}: page is {width}px wide")
    if help_box["x"] + help_box["width"] > PHONE["width"] or help_box["y"] > brand["y"] + 10:
        problems.append(f"{path}: Get help now is not on the first row")
    if menu["y"] < help_box["y"] + help_box["height"] - 1:
        problems.append(f"{path}: the menu overlaps the first row")
    return problems


def test_every_page_fits_a_phone_and_keeps_help_in_view(browser: Browser, live_server: str) -> None:
    context = browser.new_context(base_url=live_server, viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    problems = [problem for path in PUBLIC_PAGES for problem in _layout_problems(page, path)]
    page.goto("/signup")
    page.get_by_label("Username").fill("narrow-user")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    problems += [problem for path in PRIVATE_PAGES for problem in _layout_problems(page, path)]
    context.close()
    assert problems == []
