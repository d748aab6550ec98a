"""Import through the page (HTMX upload, a bad file then a jrnl file), then delete the
account, in a browser."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.factories import PASSWORD

JRNL = Path(__file__).resolve().parent.parent / "data" / "fixtures" / "jrnl_export.json"


def test_import_then_delete_the_account(page: Page, live_server: str) -> None:
    page.goto("/signup")
    page.get_by_label("Username").fill("leaving")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")

    page.goto("/account")
    page.get_by_role("link", name="Your data").click()
    broken = {"name": "broken.json", "mimeType": "application/json", "buffer": b"{oops"}
    page.get_by_label("File to import").set_input_files(files=[broken])
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#import-error")).to_contain_text("not valid JSON (line 1, column 2)")
    page.get_by_label("File to import").set_input_files(str(JRNL))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#import-summary")).to_contain_text("journal entries: 3")
    assert page.url.endswith("/account/data")
    page.goto("/journal")
    expect(page.locator("main")).to_contain_text("Slept badly.")

    page.goto("/account/data")
    page.get_by_label("Type your username").fill("leaving")
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_role("status")).to_contain_text("were deleted")
    page.goto("/journal")
    assert "/login" in page.url
