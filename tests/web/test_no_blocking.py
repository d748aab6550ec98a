"""No blocking work on the event loop: a slow request must never hold up anyone else's.

FastAPI runs a plain ``def`` endpoint or dependency in a thread pool, but an ``async def``
one on the event loop itself, where one person's import or model call would stop every
other request, the help page included. So every endpoint is a plain ``def``, and the only
``async def`` dependencies are the few that just read the request body.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from tests.security.routes import routes

# Dependencies that only await the request's own body or form: no other work.
BODY_READERS = {
    "fastapi.security.http.HTTPBearer",  # reads the Authorization header
    "reconnect.web.security.csrf_protect",
    "reconnect.data.api._upload",
    "reconnect.plan.views._form_answers",
    "reconnect.assess.views._posted_answers",
}


def _name(call: Any) -> str:
    kind = call if inspect.isfunction(call) else type(call)
    return f"{kind.__module__}.{kind.__qualname__}"


def _routes(app: FastAPI) -> list[APIRoute]:
    return list({id(route): route for _, _, route in routes(app)}.values())


def _is_async(call: Any) -> bool:
    """An ``async def`` function, or an object whose ``__call__`` is one (HTTPBearer)."""
    method = None if inspect.isfunction(call) else type(call).__dict__.get("__call__")
    return inspect.iscoroutinefunction(call) or inspect.iscoroutinefunction(method)


def _dependencies(dependant: Dependant) -> Iterator[Any]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _dependencies(sub)


def test_every_endpoint_is_a_plain_function(app: FastAPI) -> None:
    routes = _routes(app)
    assert len(routes) > 50
    blocking = [_name(r.endpoint) for r in routes if inspect.iscoroutinefunction(r.endpoint)]
    assert blocking == []


def test_only_body_readers_are_async_dependencies(app: FastAPI) -> None:
    found = {
        _name(call)
        for route in _routes(app)
        for call in _dependencies(route.dependant)
        if _is_async(call)
    }
    assert found <= BODY_READERS, found - BODY_READERS
