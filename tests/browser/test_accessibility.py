"""axe-core (from npm, served locally) finds no serious or critical problems on any page, in the
light theme and in the dark one (as the device asks for it, and as chosen on the page)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.factories import PASSWORD, PRIVATE_PAGES, PUBLIC_PAGES


@pytest.fixture(params=["light", "dark"])
def page(request: pytest.FixtureRequest, browser: Browser, live_server: str) -> Iterator[Page]:
    """A page in one theme: the device's colour scheme, as Chromium emulates it."""
    context = browser.new_context(base_url=live_server, color_scheme=request.param)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def _theme(page: Page) -> str:
    return str(page.evaluate("getComputedStyle(document.documentElement).colorScheme"))


def _serious_violations(page: Page) -> list[str]:
    page.add_script_tag(url="/static/vendor/axe.min.js")
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_no_serious_accessibility_violations(page: Page) -> None:
    problems: dict[str, list[str]] = {}
    for path in PUBLIC_PAGES:
        page.goto(path)
        problems[path] = _serious_violations(page)
    page.goto("/signup")
    page.get_by_label("Username").fill(f"axe-user-{_theme(page)}")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    for path in PRIVATE_PAGES:
        page.goto(path)
        problems[path] = _serious_violations(page)
    assert not any(problems.values()), problems


def test_pages_with_an_id_errors_and_filled_forms_have_none(page: Page) -> None:
    page.goto("/signup")
    page.get_by_label("Username").fill(f"axe-entries-{_theme(page)}")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    page.goto("/journal/new")
    page.get_by_label("Title (optional)").fill("Harbour")
    page.get_by_label("What is on your mind?").fill("We watched the boats come in.")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url("**/journal/*")
    entry = page.url
    problems: dict[str, list[str]] = {"entry": _serious_violations(page)}
    page.goto(entry + "/edit")
    problems["edit"] = _serious_violations(page)
    for path in ("/journal", "/", "/checkin", "/no/such/page", "/help?from=checkin"):
        page.goto(path)  # now with an entry and a history to show
        problems[path] = _serious_violations(page)
    assert not any(problems.values()), problems


def test_a_theme_chosen_on_the_page_wins_over_the_device_and_passes_too(page: Page) -> None:
    page.goto("/help")
    device = _theme(page)
    chosen = "dark" if device == "light" else "light"
    page.get_by_role("button", name=chosen.capitalize(), exact=True).click()
    page.wait_for_url("**/help")
    assert page.locator("html").get_attribute("data-theme") == chosen
    assert _theme(page) == chosen
    problems = {"/help": _serious_violations(page)}
    page.get_by_role("button", name="Same as this device").click()
    page.wait_for_url("**/help")
    assert page.locator("html").get_attribute("data-theme") is None and _theme(page) == device
    page.goto("/signup")
    page.get_by_label("Username").fill(f"axe-chosen-{device}")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    page.get_by_role("button", name=chosen.capitalize(), exact=True).click()
    for path in ("/", "/checkin", "/journal/new", "/assess/who5", "/insights", "/plan"):
        page.goto(path)
        assert _theme(page) == chosen, path
        problems[path] = _serious_violations(page)
    assert not any(problems.values()), problems
