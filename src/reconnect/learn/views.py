"""The learn library's public pages: the index with search, and one page per topic."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from reconnect.learn import service
from reconnect.web.deps import UserIfAvailable
from reconnect.web.templating import render

router = APIRouter()
SearchText = Annotated[str, Query(max_length=200)]


@router.get("/learn", response_class=HTMLResponse)
def index(request: Request, user: UserIfAvailable, q: SearchText = "") -> Response:
    context = {
        "topics": service.list_topics(),
        "q": q,
        "matches": service.search(q) if q.strip() else None,
    }
    return render(request, "learn/index.html", context, fragment="learn/_results.html")


@router.get("/learn/{slug}", response_class=HTMLResponse)
def topic_page(request: Request, user: UserIfAvailable, slug: str) -> Response:
    topic = service.get_topic(slug)
    context = {
        "topic": topic,
        "html": service.render_html(slug),
        "related": [service.get_topic(s) for s in topic.related],
    }
    return render(request, "learn/topic.html", context)
