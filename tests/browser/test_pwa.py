"""The installable app: the service worker registers for the whole app, keeps the static files
and never keeps a page, least of all one with someone's journal in it."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Browser

from tests.factories import PASSWORD

CACHED_PATHS = """async () => {
  const paths = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) { paths.push([name, request.url]); }
  }
  return paths;
}"""


def test_the_worker_keeps_static_files_and_never_a_page(browser: Browser, live_server: str) -> None:
    context = browser.new_context(base_url=live_server)
    page = context.new_page()
    page.goto("/signup")
    page.get_by_label("Username").fill("offline-reader")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/")
    scope = page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
    assert scope == live_server + "/"
    page.goto("/journal/new")  # now controlled by the worker: every request passes through it
    assert page.evaluate("navigator.serviceWorker.controller !== null")
    page.get_by_label("What is on your mind?").fill("A private line about the harbour.")
    page.get_by_role("button", name="Save entry").click()
    page.wait_for_url("**/journal/*")
    entry = urlsplit(page.url).path
    page.goto("/journal")
    page.goto(entry)
    page.goto("/static/css/plan.css")  # a static file the worker did not fetch at install
    page.goto("/help")
    cached = page.evaluate(CACHED_PATHS)
    paths = {urlsplit(url).path for _, url in cached}
    assert {"/static/css/app.css", "/static/js/pwa.js", "/static/css/plan.css"} <= paths
    assert {"/", "/journal", "/journal/new", entry, "/help"}.isdisjoint(paths)
    assert all(p.startswith("/static/") or p == "/manifest.webmanifest" for p in paths), paths
    assert len({name for name, _ in cached}) == 1
    [name] = {name for name, _ in cached}
    assert name.startswith("reconnect-static-")
    bodies = page.evaluate(
        """async () => {
        const texts = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) {
            texts.push(await (await cache.match(request)).text());
          }
        }
        return texts;
        }"""
    )
    assert not any("harbour" in text for text in bodies)
    context.close()


def test_a_new_version_removes_the_caches_of_the_old_ones(
    browser: Browser, live_server: str
) -> None:
    context = browser.new_context(base_url=live_server)
    page = context.new_page()
    page.goto("/static/css/app.css")  # no worker yet: leave a cache as an older version would
    page.evaluate(
        "caches.open('reconnect-static-0.0.0-old')"
        ".then((c) => c.put('/static/x', new Response('x')))"
    )
    page.goto("/help")
    # The worker takes over the page (clients.claim) only after removing the old caches.
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    names = page.evaluate("caches.keys()")
    assert "reconnect-static-0.0.0-old" not in names
    assert len([name for name in names if name.startswith("reconnect-static-")]) == 1
    context.close()
