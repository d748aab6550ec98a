"""Two partners, each in their own browser, link and complete a whole check-in together."""

from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import Browser, Page, expect

from tests.browser.test_accessibility import _serious_violations
from tests.browser.test_journey import _sign_up


def _answer(page: Page, words: list[str], appreciation: str, share: str) -> None:
    page.goto("/together/checkin")
    for word in words:  # the words are folded by quadrant: open the word's own
        box = page.locator(
            "details.more-words", has=page.locator(f'input[name="words"][value="{word}"]')
        )
        if box.get_attribute("open") is None:
            box.locator("summary").click()
        box.get_by_role("checkbox", name=word, exact=True).check()
    page.get_by_label("Something I appreciated").fill(appreciation)
    page.get_by_label("Something I need").fill("an evening without screens")
    page.get_by_label("One small vulnerable share").fill(share)
    page.get_by_label("Something I would like us to do together").fill("cook something new")
    page.get_by_role("button", name="Save my answer").click()


def test_two_partners_complete_a_check_in(browser: Browser, live_server: str) -> None:
    hosts: set[str] = set()
    contexts = [browser.new_context(base_url=live_server) for _ in range(2)]
    alice, bob = (context.new_page() for context in contexts)
    for page in (alice, bob):
        page.set_default_timeout(15_000)
        page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    _sign_up(alice, "duo-alice")
    _sign_up(bob, "duo-bob")

    alice.get_by_role("navigation", name="Main").get_by_role("link", name="Together").click()
    alice.get_by_role("button", name="Make an invite code").click()
    code = alice.locator("#invite-code").inner_text()

    bob.goto("/together")
    bob.get_by_label("Invite code").fill(code)
    bob.get_by_role("button", name="Link with my partner").click()
    expect(bob.get_by_role("status")).to_contain_text("You are linked")
    expect(bob.locator("#never-list")).to_contain_text("Your safety plan")

    _answer(alice, ["hopeful"], "you fixed the bike", "I worried about the move")
    expect(alice.get_by_role("status").first).to_contain_text("stays private")

    bob.goto("/together/checkins")
    bob.locator("#rounds a").first.click()
    expect(bob.locator("main")).to_contain_text("has answered")
    expect(bob.locator("main")).not_to_contain_text("you fixed the bike")

    _answer(bob, ["calm", "tired"], "your patience this week", "I felt far away")
    answers = bob.locator("#answers")
    expect(answers.locator("#mine-answer")).to_contain_text("your patience this week")
    expect(answers.locator("#theirs-answer")).to_contain_text("you fixed the bike")
    expect(bob.locator("#listening")).to_be_visible()

    alice.reload()
    expect(alice.locator("#theirs-answer")).to_contain_text("I felt far away")
    alice.get_by_label("Your reply").fill("It sounds like the week felt far away. What helped?")
    alice.get_by_role("button", name="Add reply").click()
    expect(alice.locator("#reply-list")).to_contain_text("What helped?")
    bob.reload()
    expect(bob.locator("#reply-list")).to_contain_text("What helped?")

    problems = {}
    for path in (
        "/together",
        "/together/checkin",
        "/together/checkins",
        "/together/activities",
        "/together/shared",
        "/together/schedule",
    ):
        bob.goto(path)
        problems[path] = _serious_violations(bob)
    bob.goto("/together/checkins")
    bob.locator("#rounds a").first.click()
    problems["round"] = _serious_violations(bob)
    assert not any(problems.values()), problems
    assert hosts <= {urlparse(live_server).netloc}, hosts
    for context in contexts:
        context.close()
