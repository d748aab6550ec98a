"""With JavaScript on, forms that HTMX sends say why they were refused, and deleting asks once."""

from __future__ import annotations

import datetime as dt

from playwright.sync_api import Dialog, Page, expect

from reconnect.messages import Journal as JM
from reconnect.messages import Plan as PM
from tests.browser.test_journey import _sign_up


def test_a_practice_logged_for_a_future_day_says_why_it_was_refused(page: Page) -> None:
    _sign_up(page, "forms-future")
    page.goto("/plan/practices/movement")
    page.locator("#f-note").fill("a walk I have not taken yet")
    tomorrow = dt.date.today() + dt.timedelta(days=2)
    page.locator("#f-done_on").fill(tomorrow.isoformat())
    page.get_by_role("button", name=PM.LOG_SAVE).click()
    expect(page.locator("#history").get_by_role("alert")).to_contain_text(PM.DATE_IN_FUTURE)
    expect(page.locator("#f-note")).to_have_value("a walk I have not taken yet")
    expect(page.locator("#history")).to_contain_text(PM.HISTORY_NONE)


def _log_practice(page: Page, note: str) -> None:
    page.goto("/plan/practices/movement")
    page.locator("#f-note").fill(note)
    page.get_by_role("button", name=PM.LOG_SAVE).click()
    expect(page.locator("#history")).to_contain_text(note)
    expect(page.locator("#f-note")).to_have_value("")  # saved: the form is clear for the next


def test_deleting_asks_once_from_the_journal_and_at_all_for_a_practice_log(page: Page) -> None:
    asked: list[str] = []
    answers = iter([False, True, False, True])

    def answer(dialog: Dialog) -> None:
        asked.append(dialog.message)
        (dialog.accept if next(answers) else dialog.dismiss)()

    page.on("dialog", answer)
    _sign_up(page, "forms-delete")
    page.goto("/journal/new")
    page.get_by_label(JM.BODY).fill("A short entry to delete")
    page.get_by_role("button", name=JM.SAVE).click()
    page.goto("/journal")
    entries = page.locator(".entry-list li")
    entries.first.get_by_role("button").click()
    expect(entries).to_have_count(1)  # "no" keeps it
    entries.first.get_by_role("button").click()
    expect(entries).to_have_count(0)
    assert asked == [JM.DELETE_CONFIRM, JM.DELETE_CONFIRM]

    _log_practice(page, "around the block")
    logs = page.locator("#history li")
    logs.first.get_by_role("button").click()
    expect(logs).to_have_count(1)
    logs.first.get_by_role("button").click()
    expect(logs).to_have_count(0)
    assert asked[2:] == [PM.LOG_DELETE_CONFIRM, PM.LOG_DELETE_CONFIRM]
