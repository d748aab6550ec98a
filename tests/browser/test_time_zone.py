"""Sign-up hears the browser's own time zone when JavaScript runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.factories import PASSWORD


@pytest.fixture()
def page_in_chicago(browser: object, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, timezone_id="America/Chicago")  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_sign_up_takes_the_browsers_time_zone(page_in_chicago: Page) -> None:
    page = page_in_chicago
    page.goto("/signup")
    # The browser's zone is chosen in the list, so the person sees it before signing up.
    expect(page.get_by_label("Time zone", exact=False).first).to_have_value("America/Chicago")
    page.get_by_label("Username").fill("zonal")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Country").select_option("GB")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hello")
    page.goto("/account")
    expect(page.get_by_role("combobox", name="Your time zone")).to_have_value("America/Chicago")
