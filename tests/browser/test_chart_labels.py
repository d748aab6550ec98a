"""Charts read on a phone: every label at least 12 px at 390 px wide (and on a desktop),
the phone drawing shown in place of the wide one, no serious accessibility problems."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.browser.test_accessibility import _serious_violations
from tests.browser.test_journey import _sign_up

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# The rendered size of each visible chart label: its font size in SVG units times the scale
# at which the SVG is drawn (its on-screen width over its viewBox width).
LABEL_SIZES = """() => [...document.querySelectorAll('.chart-image svg text')]
  .filter(t => t.getClientRects().length > 0)
  .map(t => {
    const svg = t.ownerSVGElement;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale];
  })"""


def _seed(page: Page, username: str) -> None:
    """A person with check-ins (sleep noted on some) and two questionnaire results."""
    _sign_up(page, username)
    page.goto("/account")
    page.locator("#advanced > summary").click()  # the tokens sit under "Advanced"
    page.get_by_label("Token name").fill("seed")
    page.get_by_role("button", name="Create token").click()
    headers = {"Authorization": f"Bearer {page.locator('#new-token').inner_text().strip()}"}
    for n in range(12):
        checkin: dict[str, object] = {"pleasantness": n % 9 - 4, "energy": (n * 5) % 9 - 4}
        if n % 2:
            checkin["factors"] = {"sleep_hours": 5 + n % 4}
        response = page.request.post("/api/v1/checkins", data=checkin, headers=headers)
        assert response.status == 201, response.text()
    items = page.request.get("/api/v1/assessments/who5", headers=headers).json()["questions"]
    for value in (2, 4):
        answers = {item["id"]: value for item in items}
        response = page.request.post(
            "/api/v1/assessments/who5", data={"answers": answers}, headers=headers
        )
        assert response.status == 201, response.text()


def _small_labels(page: Page) -> list[tuple[str, float]]:
    sizes = page.evaluate(LABEL_SIZES)
    assert len(sizes) > 5  # the charts are there and their labels visible
    return [(text, size) for text, size in sizes if size < 12]


def test_chart_labels_are_at_least_12_px_on_a_phone_and_a_desktop(
    browser: Browser, live_server: str
) -> None:
    for viewport, shown, hidden in ((PHONE, "narrow", "wide"), (DESKTOP, "wide", "narrow")):
        context = browser.new_context(base_url=live_server, viewport=viewport)
        page = context.new_page()
        _seed(page, f"chart-reader-{viewport['width']}")
        for path in ("/insights", "/insights?range=year", "/assess/who5/history"):
            page.goto(path)
            assert _small_labels(page) == [], path
            expect(page.locator(f".chart-{shown} svg").first).to_be_visible()
            expect(page.locator(f".chart-{hidden} svg").first).to_be_hidden()
        context.close()


def test_the_dashboard_on_a_phone_has_no_serious_accessibility_problems(
    browser: Browser, live_server: str
) -> None:
    context = browser.new_context(base_url=live_server, viewport=PHONE)
    page = context.new_page()
    _seed(page, "phone-reader")
    page.goto("/insights")
    expect(page.get_by_role("img", name="Your year, day by day")).to_be_visible()
    expect(page.get_by_role("img", name="Where your check-ins were on the grid")).to_be_visible()
    expect(page.get_by_role("img", name="Sleep beside mood")).to_be_visible()
    assert page.locator(".chart-narrow svg circle title").count() > 10  # tooltips on marks
    assert _serious_violations(page) == []
    context.close()
