"""A check-in on a phone in a few taps: the grid, one word, save; with JavaScript in place,
without it as short pages."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.browser.test_accessibility import _serious_violations
from tests.browser.test_journey import _sign_up

PHONE = {"width": 390, "height": 844}
MAX_TAPS = 4


class Taps:
    """Counts the taps a person makes."""

    def __init__(self, page: Page) -> None:
        self.page, self.count = page, 0

    def on(self, locator) -> None:  # type: ignore[no-untyped-def]
        locator.tap()
        self.count += 1

    def at(self, x: float, y: float) -> None:
        self.page.touchscreen.tap(x, y)
        self.count += 1


def check_in(
    page: Page, pleasantness: int, energy: int, words: tuple[str, ...] = (), note: str = ""
) -> None:
    """Check in through the form, as a person with a keyboard would (sliders, Next)."""
    page.goto("/checkin")
    page.get_by_label("How pleasant does it feel?").fill(str(pleasantness))
    page.get_by_label("How much energy do you have?").fill(str(energy))
    page.get_by_role("button", name="Next: words that fit").click()
    for word in words:
        page.get_by_role("checkbox", name=word, exact=True).check()
    if note:
        page.get_by_label("Anything you want to add?").fill(note)
    page.get_by_role("button", name="Save check-in").click()
    expect(page.get_by_role("status")).to_contain_text("Check-in saved")


def _phone(browser: Browser, live_server: str, *, javascript: bool) -> Page:
    context = browser.new_context(
        base_url=live_server, viewport=PHONE, has_touch=True, java_script_enabled=javascript
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def _bottom_in_page(page: Page, selector: str) -> float:
    return float(
        page.evaluate(
            "s => document.querySelector(s).getBoundingClientRect().bottom + window.scrollY",
            selector,
        )
    )


def _check_in_link(page: Page):  # type: ignore[no-untyped-def]
    return page.locator("header nav a[href='/checkin']").first


def test_a_check_in_with_one_word_takes_four_taps_on_a_phone(
    browser: Browser, live_server: str
) -> None:
    page = _phone(browser, live_server, javascript=True)
    _sign_up(page, "phone-tapper")
    taps = Taps(page)
    taps.on(_check_in_link(page))
    grid = page.locator("[data-mood-grid]").bounding_box()
    assert grid is not None
    taps.at(grid["x"] + grid["width"] * 0.8, grid["y"] + grid["height"] * 0.8)  # low, pleasant
    picker = page.get_by_role("group", name="Words that fit (low energy, pleasant)")
    expect(picker).to_be_visible()
    assert page.url.endswith("/checkin")  # the words came in place
    expect(picker.get_by_role("checkbox").first).to_be_in_viewport()  # and into view
    assert _bottom_in_page(page, "#checkin-save") <= 2 * PHONE["height"]
    taps.on(picker.get_by_role("checkbox", name="calm", exact=True))
    taps.on(page.get_by_role("button", name="Save check-in"))
    expect(page.get_by_role("status")).to_contain_text("Check-in saved")
    expect(page.locator("#checkin-history")).to_contain_text("calm")
    expect(page.locator("#checkin-history")).to_contain_text("pleasantness 2, energy -2")
    assert taps.count <= MAX_TAPS
    page.context.close()


def test_moving_the_spot_brings_its_words_and_keeps_the_ticked_ones(
    browser: Browser, live_server: str
) -> None:
    page = _phone(browser, live_server, javascript=True)
    _sign_up(page, "spot-mover")
    page.goto("/checkin")
    grid = page.locator("[data-mood-grid]").bounding_box()
    assert grid is not None
    page.touchscreen.tap(grid["x"] + grid["width"] * 0.1, grid["y"] + grid["height"] * 0.9)
    page.get_by_role("group", name="Words that fit (low energy, unpleasant)").get_by_label(
        "numb"
    ).tap()
    page.get_by_label("Anything you want to add?").fill("kept while moving")
    page.locator("[data-mood-grid]").scroll_into_view_if_needed()
    grid = page.locator("[data-mood-grid]").bounding_box()
    assert grid is not None
    page.touchscreen.tap(grid["x"] + grid["width"] * 0.9, grid["y"] + grid["height"] * 0.1)
    expect(page.get_by_role("group", name="Words that fit (high energy, pleasant)")).to_be_visible()
    expect(page.get_by_role("checkbox", name="numb", exact=True)).to_be_checked()
    expect(page.get_by_label("Anything you want to add?")).to_have_value("kept while moving")
    page.get_by_role("button", name="Save check-in").tap()
    expect(page.locator("#checkin-history")).to_contain_text("numb")
    expect(page.locator("#checkin-history")).to_contain_text("kept while moving")
    page.context.close()


def test_meanings_show_on_demand(browser: Browser, live_server: str) -> None:
    page = _phone(browser, live_server, javascript=True)
    _sign_up(page, "meaning-reader")
    page.goto("/checkin")
    page.get_by_role("button", name="Next: words that fit").tap()
    meaning = page.locator("#m-numb")
    expect(meaning).to_be_hidden()
    assert _serious_violations(page) == []
    page.get_by_label("Show what the words mean").check()
    expect(meaning).to_be_visible()
    page.get_by_text("Words from elsewhere on the grid").click()
    assert _serious_violations(page) == []
    page.context.close()


def test_without_javascript_the_same_steps_are_short_pages(
    browser: Browser, live_server: str
) -> None:
    page = _phone(browser, live_server, javascript=False)
    _sign_up(page, "no-script-tapper")
    taps = Taps(page)
    taps.on(_check_in_link(page))
    taps.on(page.get_by_role("button", name="Next: words that fit"))
    expect(
        page.get_by_role("group", name="Words that fit (low energy, unpleasant)")
    ).to_be_visible()
    assert _bottom_in_page(page, "#checkin-save") <= 2 * PHONE["height"]
    taps.on(page.get_by_role("checkbox", name="numb", exact=True))
    taps.on(page.get_by_role("button", name="Save check-in"))
    expect(page.get_by_role("status")).to_contain_text("Check-in saved")
    expect(page.locator("#checkin-history")).to_contain_text("numb")
    assert taps.count <= MAX_TAPS
    page.context.close()


def test_a_check_in_can_be_changed_in_the_browser(page: Page) -> None:
    _sign_up(page, "changer")
    page.goto("/checkin")
    page.get_by_role("button", name="Next: words that fit").click()
    page.get_by_role("checkbox", name="numb", exact=True).check()
    page.get_by_role("button", name="Save check-in").click()
    page.locator("#checkin-history").get_by_role("link", name="Edit").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Change a check-in")
    expect(page.get_by_role("checkbox", name="numb", exact=True)).to_be_checked()
    assert _serious_violations(page) == []
    page.get_by_role("checkbox", name="numb", exact=True).uncheck()
    page.get_by_role("checkbox", name="tired", exact=True).check()
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_contain_text("The check-in was changed")
    expect(page.locator("#checkin-history")).to_contain_text("tired")
    expect(page.locator("#checkin-history")).not_to_contain_text("numb")
