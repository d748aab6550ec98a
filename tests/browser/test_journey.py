"""A person signs up, checks in, writes, searches and deletes an entry, in a real browser."""

from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import Page, expect

from tests.factories import PASSWORD


def _sign_up(page: Page, username: str) -> None:
    page.goto("/signup")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")


def test_a_whole_first_session(page: Page, live_server: str) -> None:
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.on("dialog", lambda dialog: dialog.accept())
    _sign_up(page, "journey")
    expect(page.get_by_role("link", name="Get help now")).to_be_visible()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Check in").click()
    pleasantness = page.get_by_label("How pleasant does it feel?")
    pleasantness.focus()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    page.get_by_role("button", name="Next: words that fit").click()
    expect(page.locator("#word-picker input[name=words]").first).to_be_focused()
    page.get_by_label("numb").check()
    page.get_by_label("tired").check()
    page.get_by_label("Anything you want to add?").fill("a grey sort of day")
    page.get_by_role("button", name="Save check-in").click()
    expect(page.get_by_role("status")).to_contain_text("Check-in saved")
    expect(page.locator("#checkin-history")).to_contain_text("numb, tired")
    expect(page.locator("#checkin-history")).to_contain_text("pleasantness -2")

    page.goto("/journal/new")
    page.get_by_label("Title (optional)").fill("Lighthouse")
    page.get_by_label("What is on your mind?").fill(
        "We walked to the lighthouse and talked about nothing much."
    )
    page.get_by_label("Tags (optional").fill("walk, us")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("status")).to_contain_text("Entry saved")

    page.goto("/journal/new")
    page.get_by_label("What is on your mind?").fill("An ordinary office day.")
    page.get_by_role("button", name="Save entry").click()

    page.goto("/journal")
    page.get_by_label("Search your journal").fill("lighthouse")
    expect(page.locator("#entries")).to_contain_text("Lighthouse")
    expect(page.locator("#entries")).not_to_contain_text("office day")

    page.locator("#entries").get_by_role("button", name="Delete").first.click()
    expect(page.locator("#entries")).not_to_contain_text("Lighthouse")
    page.goto("/journal?q=lighthouse")
    expect(page.locator("#entries")).to_contain_text("No entries match")

    assert hosts <= {urlparse(live_server).netloc}, hosts


def test_pages_work_without_javascript(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    _sign_up(page, "nojs")
    page.goto("/journal/new")
    page.get_by_label("What is on your mind?").fill("Written with scripts switched off.")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("status")).to_contain_text("Entry saved")
    page.goto("/journal?q=switched")
    expect(page.locator("#entries")).to_contain_text("scripts switched off")
    context.close()


def test_the_layout_fits_a_phone(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto("/help")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    expect(page.get_by_role("link", name="Get help now")).to_be_visible()
    context.close()


def test_a_painful_entry_is_saved_and_help_comes_first(page: Page) -> None:
    _sign_up(page, "crisis-flow")
    page.goto("/journal/new")
    page.get_by_label("What is on your mind?").fill("I don't want to be alive anymore.")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("alert")).to_contain_text("help is here right now")
    expect(page.locator("#lines")).to_contain_text("988")
    page.get_by_role("link", name="Write a safety plan").click()
    page.get_by_label("My reasons for living").fill("my sister")
    page.get_by_role("button", name="Save my plan").click()
    expect(page.get_by_role("status")).to_contain_text("safety plan was saved")
    page.goto("/journal")
    expect(page.locator("#entries")).to_contain_text("I don't want to be alive anymore.")


def test_tapping_the_grid_sets_both_sliders(page: Page) -> None:
    _sign_up(page, "grid-tapper")
    page.goto("/checkin")
    grid = page.locator("[data-mood-grid]")
    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] * 0.95, box["y"] + box["height"] * 0.05)
    assert page.get_by_label("How pleasant does it feel?").input_value() == "4"
    assert page.get_by_label("How much energy do you have?").input_value() == "4"
    expect(page.get_by_role("group", name="Words that fit (high energy, pleasant)")).to_be_visible()
    page.get_by_role("button", name="Save check-in").click()
    expect(page.locator("#checkin-history")).to_contain_text("pleasantness 4, energy 4")
