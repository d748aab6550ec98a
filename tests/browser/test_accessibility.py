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
