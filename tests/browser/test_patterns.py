"""Factor chips and the patterns page in a real browser, with and without JavaScript."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.test_journey import _sign_up


def test_factor_chips_are_picked_by_tap_and_by_keyboard(page: Page) -> None:
    _sign_up(page, "chip-picker")
    page.goto("/checkin")
    page.get_by_role("button", name="Next: words that fit").click()
    page.get_by_text("What was going on?").click()
    page.get_by_label("Hours slept last night").fill("7.5")
    page.get_by_text("partner", exact=True).click()
    page.get_by_label("outdoors").focus()
    page.keyboard.press("Space")
    page.get_by_label("Your own tags").fill("park")
    page.get_by_role("button", name="Save check-in").click()
    expect(page.get_by_role("status")).to_contain_text("Check-in saved")
    expect(page.locator("#checkin-history")).to_contain_text("slept 7.5 h · partner · outdoors")


def test_the_period_switch_updates_the_findings_in_place(page: Page) -> None:
    _sign_up(page, "period-switcher")
    page.goto("/patterns")
    page.get_by_label("Look at").select_option("all")
    page.wait_for_url("**/patterns?period=all")
    expect(page.locator("#findings")).to_contain_text("Check-ins looked at: 0.")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)


def test_factors_work_without_javascript(browser, live_server: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    _sign_up(page, "nojs-factors")
    page.goto("/checkin")
    page.get_by_role("button", name="Next: words that fit").click()
    page.get_by_text("What was going on?").click()
    page.get_by_text("a little (a walk, stretching)").click()
    page.get_by_label("Hours slept last night").fill("30")
    page.get_by_role("button", name="Save check-in").click()
    expect(page.locator(".error")).to_contain_text("Hours slept must be a number from 0 to 24")
    page.get_by_label("Hours slept last night").fill("6")
    page.get_by_role("button", name="Save check-in").click()
    expect(page.locator("#checkin-history")).to_contain_text("slept 6 h · moved a little")
    page.goto("/patterns?period=90")
    expect(page.locator("#findings")).to_contain_text("Check-ins looked at: 1.")
    context.close()


def test_a_page_with_patterns_has_no_serious_accessibility_problems(page: Page) -> None:
    from tests.browser.test_accessibility import _serious_violations

    _sign_up(page, "pattern-reader")
    page.goto("/account")
    page.locator("#advanced > summary").click()  # the tokens sit under "Advanced"
    page.get_by_label("Token name").fill("seed")
    page.get_by_role("button", name="Create token").click()
    headers = {"Authorization": f"Bearer {page.locator('#new-token').inner_text().strip()}"}
    for day in range(24):
        rested = day % 2 == 0
        checkin = {
            "pleasantness": 3 if rested else -2,
            "energy": day % 3 - 1,
            "factors": {"sleep_hours": 8 if rested else 5, "people": ["partner"]},
        }
        response = page.request.post("/api/v1/checkins", data=checkin, headers=headers)
        assert response.status == 201, response.text()
    page.goto("/patterns")
    expect(page.locator("#patterns-found")).to_contain_text("After 7 or more hours of sleep")
    assert _serious_violations(page) == []
