"""Walk every page as a signed-in person with some data and follow every link on them once.

No link may lead to a missing page or an error, every form field has a label, every page has
one main heading, and no message placeholder or escaped markup leaks into what people read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.assess import service as assess_service
from reconnect.journal import service as journal_service
from reconnect.plan import service as plan_service
from reconnect.together import service as together_service
from tests.factories import PRIVATE_PAGES, PUBLIC_PAGES, sign_in

# Links that change or end something when followed, or leave the session.
SKIPPED = re.compile(r"/logout|/delete|/unlink")
PLACEHOLDER = re.compile(r"\{[a-z_]+(![rs])?\}")
DOUBLE_ESCAPED = re.compile(r"&amp;(amp|lt|gt|quot|#\d+);|&lt;/?(a|p|em|strong|br)\b")
WRITE_STATEMENT = re.compile(r"\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
LABELLED_BY_ITSELF = {"hidden", "submit", "button", "reset", "image"}


class PageParser(HTMLParser):
    """Collects links, form fields, their labels and headings from one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.fields: list[dict[str, str]] = []
        self.label_for: set[str] = set()
        self.h1_count = 0
        self._label_depth = 0
        self.wrapped: set[int] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "label":
            self._label_depth += 1
            if values.get("for"):
                self.label_for.add(values["for"])
        elif tag in {"input", "select", "textarea"}:
            if values.get("type", "text") in LABELLED_BY_ITSELF:
                return
            self.fields.append(values)
            if self._label_depth:
                self.wrapped.add(len(self.fields) - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag == "label" and self._label_depth:
            self._label_depth -= 1

    def unlabelled(self) -> list[str]:
        """Names of the fields no label, aria-label or aria-labelledby describes."""
        missing = []
        for index, field in enumerate(self.fields):
            if index in self.wrapped or field.get("aria-label") or field.get("aria-labelledby"):
                continue
            if field.get("id") and field["id"] in self.label_for:
                continue
            missing.append(field.get("name") or field.get("id") or "?")
        return missing


def internal(href: str) -> str | None:
    """The same-site path of a link, or None for anchors, other sites and actions skipped."""
    href = urldefrag(href)[0]
    parts = urlsplit(href)
    if not href or parts.scheme or parts.netloc or not href.startswith("/"):
        return None
    if SKIPPED.search(parts.path):
        return None
    return href


def seed(db: Session, alice: User, bob: User) -> None:
    """Alice's data: check-ins, entries, questionnaires, a plan, a partner and a shared entry."""
    now = dt.datetime.now(dt.UTC)
    for days, (p, e) in enumerate([(-2, -3), (1, 2), (-1, -1), (3, 1)]):
        journal_service.create_checkin(
            db=db,
            user=alice,
            pleasantness=p,
            energy=e,
            words=["numb", "tired"],
            note="a quiet day",
            at=now - dt.timedelta(days=days),
        )
    entries = [
        journal_service.create_entry(
            db=db,
            user=alice,
            body=f"Walked by the river <b>{n}</b> & felt calmer.",
            title=f"River {n}",
            tags="walks, calm",
        )
        for n in range(3)
    ]
    for instrument in assess_service.instruments():
        answers = {}
        for item in instrument.items:
            low, high = instrument.value_range(item)
            answers[item.id] = low if item.risk else (low + high + 1) // 2
        assess_service.submit(db=db, user=alice, instrument=instrument.slug, answers=answers)
    plan_service.generate_plan(db=db, user=alice)
    plan_service.log_practice(db=db, user=alice, slug="breathing", rating=4, note="slower")
    _, code = together_service.create_invite(db=db, user=alice)
    together_service.accept_invite(db=db, user=bob, code=code)
    together_service.share_entry(db=db, user=alice, entry_id=entries[0].id)
    bob_entry = journal_service.create_entry(db=db, user=bob, body="for alice to read")
    together_service.share_entry(db=db, user=bob, entry_id=bob_entry.id)
    together_service.add_activity(db=db, user=alice, title="Picnic")
    db.commit()


@pytest.fixture()
def alice_client(db: Session, alice: User, bob: User, client: TestClient) -> TestClient:
    seed(db, alice, bob)
    return sign_in(client, "alice")


def crawl(client: TestClient, starts: tuple[str, ...]) -> Iterator[tuple[str, str, int, str]]:
    """(page, linked from, status, html) for the start pages and every link on them, once."""
    seen: set[str] = set()
    queue = [(path, "start") for path in starts]
    for depth in range(2):
        following: list[tuple[str, str]] = []
        for path, source in queue:
            if path in seen:
                continue
            seen.add(path)
            response = client.get(path)
            yield path, source, response.status_code, response.text
            if depth == 0 and "text/html" in response.headers.get("content-type", ""):
                parser = PageParser()
                parser.feed(response.text)
                following += [(href, path) for href in map(internal, parser.links) if href]
        queue = following


def test_every_link_on_every_page_leads_somewhere(alice_client: TestClient) -> None:
    broken = [
        f"{path} (from {source}): {status}"
        for path, source, status, _ in crawl(alice_client, PUBLIC_PAGES + PRIVATE_PAGES)
        if status >= 400
    ]
    assert broken == []


def test_pages_read_cleanly_and_label_every_field(alice_client: TestClient) -> None:
    problems = []
    for path, _, status, html in crawl(alice_client, PUBLIC_PAGES + PRIVATE_PAGES):
        if status != 200 or "<html" not in html[:200]:
            continue
        parser = PageParser()
        parser.feed(html)
        body = html.split("<body", 1)[-1]
        if parser.h1_count != 1:
            problems.append(f"{path}: {parser.h1_count} main headings")
        if missing := parser.unlabelled():
            problems.append(f"{path}: fields without a label {missing}")
        if leak := PLACEHOLDER.search(body):
            problems.append(f"{path}: unfilled placeholder {leak.group(0)}")
        if leak := DOUBLE_ESCAPED.search(body):
            problems.append(f"{path}: escaped markup {leak.group(0)}")
        if "river <b>" in body:
            problems.append(f"{path}: shows what a person wrote as markup")
        if re.search(r">\s*None\s*<", body):
            problems.append(f"{path}: shows None")
    assert problems == []


def test_a_newcomer_with_no_data_gets_every_page_and_link(
    client: TestClient, charlie: User
) -> None:
    sign_in(client, "charlie")
    broken = [
        f"{path} (from {source}): {status}"
        for path, source, status, _ in crawl(client, PUBLIC_PAGES + PRIVATE_PAGES)
        if status >= 400
    ]
    assert broken == []


def test_signed_out_every_public_page_and_link_leads_somewhere(
    client: TestClient, alice: User
) -> None:
    broken = [
        f"{path} (from {source}): {status}"
        for path, source, status, _ in crawl(client, ("/", *PUBLIC_PAGES))
        if status >= 400
    ]
    assert broken == []


def test_reading_a_page_writes_nothing(
    engine: Engine, db: Session, alice: User, bob: User, client: TestClient, charlie: User
) -> None:
    """A GET only reads, so it never waits for the write lock or fails for want of it."""
    writes: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if WRITE_STATEMENT.match(statement):
            writes.append(statement.split("\n")[0][:80])

    seed(db, alice, bob)
    paths = []
    event.listen(engine, "before_cursor_execute", note)
    try:
        for person in ("alice", "charlie"):
            sign_in(client, person)
            assert writes, "signing in stores a session: the listener must see it"
            writes.clear()
            for path, _, _, _ in crawl(client, PUBLIC_PAGES + PRIVATE_PAGES):
                if writes:
                    paths.append(f"{person} {path}: {sorted(set(writes))}")
                    writes.clear()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert paths == []
