"""The shell around every page: the theme switch (no JavaScript needed), the web app manifest and
its icons, the service worker's script, and a Content-Security-Policy that allows just those."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from reconnect.accounts.models import User
from reconnect.web.shell import THEME_COOKIE, static_version
from tests.factories import PRIVATE_PAGES, PUBLIC_PAGES, post_form, sign_in

STATIC = Path(__file__).resolve().parents[2] / "src" / "reconnect" / "web" / "static"


def _html_tag(page: str) -> str:
    return page.split("<html", 1)[1].split(">", 1)[0]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_chosen_theme_is_kept_and_written_on_every_page(
    client: TestClient, alice: User, theme: str
) -> None:
    response = post_form(client, "/theme", {"theme": theme, "next": "/learn?q=boundaries"})
    assert response.status_code == 303
    assert response.headers["location"] == "/learn?q=boundaries"
    cookie = response.headers["set-cookie"]
    assert f"{THEME_COOKIE}={theme}" in cookie and "HttpOnly" in cookie and "Path=/" in cookie
    for path in PUBLIC_PAGES:
        assert _html_tag(client.get(path).text) == f' lang="en" data-theme="{theme}"', path
    sign_in(client, "alice")
    for path in PRIVATE_PAGES:
        page = client.get(path).text
        assert f'data-theme="{theme}"' in _html_tag(page), path
        assert re.search(rf'value="{theme}" aria-pressed="true"', page), path


def test_system_forgets_the_choice_and_follows_the_device(client: TestClient) -> None:
    post_form(client, "/theme", {"theme": "dark", "next": "/help"})
    response = post_form(client, "/theme", {"theme": "system", "next": "/help"})
    assert response.status_code == 303 and f'{THEME_COOKIE}=""' in response.headers["set-cookie"]
    page = client.get("/help").text
    assert "data-theme" not in _html_tag(page)
    assert '<meta name="color-scheme" content="light dark">' in page
    assert 'value="system" aria-pressed="true"' in page


@pytest.mark.parametrize("value", ["", "blue", "DARK", "dark; Path=/admin", "system\n"])
def test_an_unknown_theme_is_refused_and_nothing_changes(client: TestClient, value: str) -> None:
    response = post_form(client, "/theme", {"theme": value, "next": "/help"})
    assert response.status_code == 422
    assert "There is no such theme" in response.text and "system, light, dark" in response.text
    assert THEME_COOKIE not in response.headers.get("set-cookie", "")


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", ""],
)
def test_the_theme_switch_only_goes_back_to_a_page_of_this_app(
    client: TestClient, target: str
) -> None:
    response = post_form(client, "/theme", {"theme": "dark", "next": target})
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_a_tab_cannot_turn_the_way_back_into_another_host(client: TestClient) -> None:
    response = post_form(client, "/theme", {"theme": "dark", "next": "/\t/evil.example"})
    assert response.headers["location"].startswith("/%09")


def test_a_forged_theme_cookie_is_ignored(client: TestClient) -> None:
    client.cookies.set(THEME_COOKIE, '"><script>alert(1)</script>')
    assert "data-theme" not in _html_tag(client.get("/help").text)


def test_the_switch_needs_the_forms_csrf_token(client: TestClient) -> None:
    response = client.post("/theme", data={"theme": "dark"}, follow_redirects=False)
    assert response.status_code == 403


def test_the_manifest_describes_an_installable_app_with_real_icons(client: TestClient) -> None:
    response = client.get("/manifest.webmanifest")
    assert response.headers["content-type"].startswith("application/manifest+json")
    manifest = json.loads(response.text)
    assert manifest["name"] == manifest["short_name"] == "Reconnect"
    assert manifest["start_url"] == "/" and manifest["display"] == "standalone"
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["background_color"])
    purposes = set()
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200, icon
        path = STATIC / icon["src"].removeprefix("/static/")
        if icon["type"] == "image/png":
            width, height = Image.open(path).size
            assert icon["sizes"] == f"{width}x{height}", icon
        purposes.add(icon.get("purpose", "any"))
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}
    assert purposes == {"any", "maskable"}


def test_every_page_links_the_icons_and_the_manifest(client: TestClient) -> None:
    page = client.get("/help").text
    for href in re.findall(r'<link rel="(?:icon|apple-touch-icon|manifest)" href="([^"]+)"', page):
        assert client.get(href).status_code == 200, href
    assert 'src="/static/js/pwa.js"' in page


def test_the_service_worker_covers_the_app_and_names_its_cache_by_version(
    client: TestClient,
) -> None:
    response = client.get("/sw.js")
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["service-worker-allowed"] == "/"
    assert f'"reconnect-static-{static_version()}"' in response.text
    assert "__VERSION__" not in response.text
    for path in re.findall(r'^\s+"(/[^"]+)",$', response.text, flags=re.M):  # what it keeps
        assert path.startswith("/static/") or path == "/manifest.webmanifest", path
        assert client.get(path).status_code == 200, path


def test_the_policy_allows_the_worker_and_the_manifest_and_nothing_more(
    client: TestClient,
) -> None:
    csp = client.get("/help").headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["worker-src"] == "'self'" and directives["manifest-src"] == "'self'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["default-src"] == "'self'"
