"""The main menu: grouped, marks the current page, and "Get help now" comes first on every page."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from reconnect.accounts.models import User
from tests.factories import PRIVATE_PAGES, PUBLIC_PAGES, sign_in

HELP = 'id="get-help-now"'


def header(page: str) -> str:
    return page.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]


def test_get_help_now_comes_before_the_menu_on_every_page(client: TestClient, alice: User) -> None:
    for path in PUBLIC_PAGES:
        top = header(client.get(path).text)
        assert HELP in top and top.index(HELP) < top.index("<nav"), path
    sign_in(client, "alice")
    for path in PRIVATE_PAGES:
        top = header(client.get(path).text)
        assert HELP in top and top.index(HELP) < top.index("<nav"), path


def test_the_menu_groups_daily_pages_and_the_rest(client: TestClient, alice: User) -> None:
    top = header(sign_in(client, "alice").get("/plan").text)
    daily = top.split('class="nav-primary"', 1)[1].split("</ul>", 1)[0]
    more = top.split('class="nav-secondary"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'href="([^"]+)"', daily) == [
        "/",
        "/checkin",
        "/journal",
        "/plan",
        "/together",
    ]
    assert re.findall(r'href="([^"]+)"', more) == [
        "/assess", "/insights", "/patterns", "/learn", "/account",
    ]  # fmt: skip
    assert 'action="/logout"' in more
    assert re.findall(r'<a href="([^"]+)" aria-current="page"', top) == ["/plan"]


def test_today_is_current_only_on_the_today_page(client: TestClient, alice: User) -> None:
    sign_in(client, "alice")
    assert re.findall(r'<a href="([^"]+)" aria-current="page"', header(client.get("/").text)) == [
        "/"
    ]
    assert 'href="/" aria-current' not in header(client.get("/journal").text)


def test_signed_out_the_menu_offers_learn_and_sign_in(client: TestClient) -> None:
    top = header(client.get("/learn").text)
    assert 'href="/login"' in top and 'href="/learn" aria-current="page"' in top
    assert "nav-secondary" not in top
