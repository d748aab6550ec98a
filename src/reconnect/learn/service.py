"""The learn library: topics loaded from content/learn/*.md, validated, rendered, searched.

Topics are Markdown with a small YAML front matter. They are read once at import, so
rendering and searching are in-memory and fast; a malformed file fails loudly at start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from markdown_it import MarkdownIt

from reconnect.core.errors import NotFound
from reconnect.messages import Learn as LM

CONTENT = resources.files("reconnect") / "content" / "learn"
SLUG = re.compile(r"^[a-z][a-z0-9-]{1,58}$")
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
MARKDOWN_SYNTAX = re.compile(r"\]\([^)]*\)|[#*_`>\[\]|]")
SNIPPET = 160


class ContentError(ValueError):
    """A topic file is malformed."""


@dataclass(frozen=True, slots=True)
class Topic:
    """One page of the library."""

    slug: str
    title: str
    summary: str
    order: int
    related: tuple[str, ...]
    body: str  # Markdown, no raw HTML

    @property
    def plain(self) -> str:
        """The body without Markdown punctuation, for search and snippets."""
        return " ".join(MARKDOWN_SYNTAX.sub(" ", self.body).split())


@dataclass(frozen=True, slots=True)
class Match:
    """A topic found by a search, with a snippet around the first hit."""

    topic: Topic
    snippet: str
    score: int


def parse_topic(text: str, name: str) -> Topic:
    """A topic from a file's text; raises ContentError when anything is missing."""
    found = FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not found:
        raise ContentError(f"{name}: needs front matter between --- lines")
    meta = yaml.safe_load(found.group(1))
    if not isinstance(meta, dict):
        raise ContentError(f"{name}: front matter must be a mapping")
    slug = name.removesuffix(".md")
    if not SLUG.match(slug):
        raise ContentError(f"{name}: the file name is not a valid slug")
    for key in ("title", "summary"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise ContentError(f"{name}: '{key}' must be non-empty text")
    order, related = meta.get("order"), meta.get("related", [])
    if isinstance(order, bool) or not isinstance(order, int):
        raise ContentError(f"{name}: 'order' must be a whole number")
    if not isinstance(related, list) or not all(isinstance(r, str) for r in related):
        raise ContentError(f"{name}: 'related' must be a list of topic slugs")
    body = found.group(2).strip()
    if not body:
        raise ContentError(f"{name}: the topic has no text")
    if re.search(r"<[a-zA-Z/!]", body):
        raise ContentError(f"{name}: raw HTML is not allowed in topics")
    return Topic(
        slug, meta["title"].strip(), " ".join(meta["summary"].split()), order, tuple(related), body
    )


def load() -> tuple[Topic, ...]:
    """Every topic in reading order; related slugs must name real topics."""
    topics = sorted(
        (
            parse_topic(entry.read_text(encoding="utf-8"), entry.name)
            for entry in CONTENT.iterdir()
            if entry.name.endswith(".md")
        ),
        key=lambda t: (t.order, t.slug),
    )
    known = {t.slug for t in topics}
    for topic in topics:
        unknown = set(topic.related) - known
        if unknown:
            raise ContentError(f"{topic.slug}: related topics not found: {sorted(unknown)}")
    return tuple(topics)


TOPICS = load()
BY_SLUG = {topic.slug: topic for topic in TOPICS}
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def list_topics() -> list[Topic]:
    """Every topic, in reading order."""
    return list(TOPICS)


def get_topic(slug: str) -> Topic:
    """One topic; an unknown slug is 'not found'."""
    topic = BY_SLUG.get(slug)
    if topic is None:
        raise NotFound(LM.UNKNOWN_TOPIC.format(slug=slug))
    return topic


def render_markdown(text: str) -> str:
    """Markdown as HTML; raw HTML is escaped and unsafe link schemes are not linked."""
    html: str = _MARKDOWN.render(text)
    return html


@cache
def render_html(slug: str) -> str:
    """A topic's body as HTML."""
    return render_markdown(get_topic(slug).body)


def _snippet(text: str, term: str) -> str:
    at = text.casefold().find(term)
    if at < 0:
        return text[:SNIPPET] + ("…" if len(text) > SNIPPET else "")
    start = max(0, at - SNIPPET // 3)
    end = min(len(text), start + SNIPPET)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def search(query: str) -> list[Match]:
    """Topics containing every word of the query, best first (title hits count most)."""
    terms = [term.casefold() for term in query.split() if term.strip()][:12]
    if not terms:
        return []
    matches = []
    for topic in TOPICS:
        title, summary, plain = topic.title.casefold(), topic.summary.casefold(), topic.plain
        body = plain.casefold()
        if not all(t in title or t in summary or t in body for t in terms):
            continue
        score = sum(5 * title.count(t) + 3 * summary.count(t) + body.count(t) for t in terms)
        matches.append(Match(topic, _snippet(plain, terms[0]), score))
    return sorted(matches, key=lambda m: (-m.score, m.topic.order))
