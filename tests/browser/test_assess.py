"""A person answers a questionnaire one question at a time with the keyboard, in a real browser."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.factories import PASSWORD


def test_one_question_at_a_time_by_keyboard_then_crisis_lines_first(
    page: Page, live_server: str
) -> None:
    page.goto("/signup")
    page.get_by_label("Username").fill("assessor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.goto("/assess/phq9/step")
    for number in range(1, 10):
        step = page.locator("#step")
        expect(step).to_contain_text(f"Question {number} of 9")
        choice = "Several days" if number == 9 else "Not at all"
        step.get_by_label(choice).check()
        step.get_by_role("button", name="Next").press("Enter")
    expect(page.locator("#review")).to_contain_text("You have answered every question")
    expect(page.locator("#crisis")).to_be_visible()
    page.get_by_role("button", name="See my result").click()
    expect(page.get_by_role("alert")).to_contain_text("Please reach out now")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Your PHQ-9 result")
    expect(page.locator("#score-h")).to_contain_text("Score: 1")


def test_sliders_show_their_value_before_and_after_an_htmx_swap(
    page: Page, live_server: str
) -> None:
    page.goto("/signup")
    page.get_by_label("Username").fill("slider")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.goto("/assess/contrasts/step")
    page.locator("#f-item-avoidance").focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#out-avoidance")).to_have_text("3")
    page.get_by_role("button", name="Next").click()
    expect(page.locator("#step")).to_contain_text("Question 2 of 4")
    expect(page.locator("#out-care")).to_have_text("2")
