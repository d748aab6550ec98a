"""axe-core (from npm, served locally) finds no serious or critical problems on any page."""

from __future__ import annotations

from playwright.sync_api import Page

from tests.factories import PASSWORD, PRIVATE_PAGES, PUBLIC_PAGES


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
    page.get_by_label("Username").fill("axe-user")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    for path in PRIVATE_PAGES:
        page.goto(path)
        problems[path] = _serious_violations(page)
    assert not any(problems.values()), problems


def test_pages_with_an_id_errors_and_filled_forms_have_none(page: Page) -> None:
    page.goto("/signup")
    page.get_by_label("Username").fill("axe-entries")
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
