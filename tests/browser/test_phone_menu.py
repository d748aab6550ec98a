"""On a phone the header is one short bar: the brand and "Get help now", then the five daily
places and More, a disclosure that opens by touch or keyboard and needs no JavaScript. Wide
screens show the whole menu."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.factories import PASSWORD

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
SECONDARY = ("Questionnaires", "Insights", "Patterns", "Learn", "Account")


def _signed_in(browser: Browser, live_server: str, name: str, **options: object) -> Page:
    context = browser.new_context(base_url=live_server, **options)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto("/signup")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    return page


def test_on_a_phone_the_header_takes_a_fifth_of_the_screen_at_most(
    browser: Browser, live_server: str
) -> None:
    page = _signed_in(browser, live_server, "phone-bar", viewport=PHONE, java_script_enabled=False)
    for path in ("/", "/checkin", "/journal", "/assess", "/help", "/account/data"):
        page.goto(path)
        header = page.locator(".site-header").bounding_box()
        assert header and header["y"] + header["height"] <= PHONE["height"] * 0.2, (path, header)
        expect(page.locator("#get-help-now")).to_be_in_viewport()
        menu = page.get_by_role("navigation", name="Main")
        for name in ("Today", "Check in", "Journal", "Plan", "Together"):
            expect(menu.get_by_role("link", name=name, exact=True)).to_be_visible()
        expect(menu.get_by_role("link", name="Insights")).to_be_hidden()
    page.context.close()


def test_more_opens_without_javascript_and_holds_sign_out(
    browser: Browser, live_server: str
) -> None:
    page = _signed_in(browser, live_server, "phone-more", viewport=PHONE, java_script_enabled=False)
    page.goto("/journal")
    menu = page.get_by_role("navigation", name="Main")
    menu.get_by_text("More", exact=True).click()
    for name in SECONDARY:
        expect(menu.get_by_role("link", name=name)).to_be_visible()
    menu.get_by_role("link", name="Insights").click()
    page.wait_for_url("**/insights")
    expect(page.locator(".nav-more.current")).to_have_count(1)  # More shows where you are
    menu.get_by_text("More", exact=True).click()
    menu.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/login*")
    page.context.close()


def test_the_phone_menu_works_from_the_keyboard_with_visible_focus(
    browser: Browser, live_server: str
) -> None:
    page = _signed_in(browser, live_server, "phone-keys", viewport=PHONE)
    page.goto("/journal")
    order = []
    for _ in range(9):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.textContent.trim()"))
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", order[-1]
    assert order == [
        "Skip to main content", "Reconnect", "Get help now", "Today", "Check in", "Journal",
        "Plan", "Together", "More",
    ]  # fmt: skip
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == SECONDARY[0]
    expect(page.get_by_role("link", name=SECONDARY[0])).to_be_visible()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # closes it again
    expect(page.get_by_role("link", name=SECONDARY[0])).to_be_hidden()
    page.context.close()


def test_wide_screens_show_the_whole_menu_and_no_more(browser: Browser, live_server: str) -> None:
    page = _signed_in(browser, live_server, "wide-menu", viewport=DESKTOP)
    page.goto("/plan")
    menu = page.get_by_role("navigation", name="Main")
    for name in ("Today", "Journal", *SECONDARY):
        expect(menu.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(menu.get_by_role("button", name="Sign out")).to_be_visible()
    expect(menu.get_by_text("More", exact=True)).to_be_hidden()
    page.context.close()


def test_help_lines_can_be_called_from_a_phone(browser: Browser, live_server: str) -> None:
    context = browser.new_context(base_url=live_server, viewport=PHONE)
    page = context.new_page()
    page.goto("/help?country=GB")
    lines = page.locator("#lines")
    expect(lines.get_by_role("link", name="116 123")).to_have_attribute("href", "tel:116123")
    expect(lines.get_by_role("link", name="85258")).to_have_attribute(
        "href", "sms:85258?body=SHOUT"
    )
    expect(lines.get_by_role("link", name="999")).to_have_attribute("href", "tel:999")
    context.close()
