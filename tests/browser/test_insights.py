"""Insights in a real browser: charts with data pass axe, and the range selector swaps sections."""

from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import Page, expect

from tests.browser.test_accessibility import _serious_violations
from tests.browser.test_journey import _sign_up
from tests.browser.test_quick_checkin import check_in


def test_the_dashboard_with_data_is_accessible_and_its_range_selector_works(
    page: Page, live_server: str
) -> None:
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    _sign_up(page, "insightful")
    check_in(page, 2, -2, ("calm",))
    page.goto("/journal/new")
    page.get_by_label("What is on your mind?").fill("We always cook together on Sundays.")
    page.get_by_role("button", name="Save entry").click()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Insights").click()
    expect(page.get_by_role("img", name="Mood over time")).to_be_visible()
    page.get_by_text("Show the numbers as a table").first.click()
    expect(page.locator("table").first).to_be_visible()
    assert _serious_violations(page) == []

    page.get_by_label("Last year").check()
    expect(page.locator("#insights")).to_contain_text("Last year")
    assert page.url.endswith("/insights?range=year")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)

    page.goto("/insights/report")
    assert _serious_violations(page) == []
    assert hosts == {urlparse(live_server).netloc}
