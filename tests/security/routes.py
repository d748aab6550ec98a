"""The app's route table, read the way the security tests need it.

FastAPI nests included routers (``app.routes`` holds one entry per router), so routes are
listed through ``fastapi.routing.iter_route_contexts``, which flattens them.
"""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

UNSAFE = ("POST", "PUT", "PATCH", "DELETE")
PATH_PARAM = re.compile(r"\{([^}:]+)(?::[^}]+)?\}")


def routes(app: FastAPI) -> list[tuple[str, str, APIRoute]]:
    """Every (method, full path, route) the app answers with an endpoint of ours."""
    found = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and context.path:
            found.extend((method, context.path, route) for method in sorted(route.methods))
    return found


def web_routes(app: FastAPI, *, methods: tuple[str, ...] = UNSAFE) -> list[tuple[str, str]]:
    """(method, path) for every browser route (not under /api/) with one of these methods."""
    return [
        (method, path)
        for method, path, _ in routes(app)
        if method in methods and not path.startswith("/api/")
    ]


def api_routes(app: FastAPI, *, methods: tuple[str, ...] = UNSAFE) -> list[tuple[str, str]]:
    """(method, path) for every API route with one of these methods."""
    return [
        (method, path)
        for method, path, _ in routes(app)
        if method in methods and path.startswith("/api/")
    ]


def path_params(path: str) -> set[str]:
    """The names of the parameters in a route's path."""
    return set(PATH_PARAM.findall(path))


def fill_path(path: str, value: int = 1) -> str:
    """The path with every parameter replaced by ``value``."""
    return PATH_PARAM.sub(str(value), path)


def form_fields(app: FastAPI, method: str, path: str) -> list[str]:
    """The names of the form fields a route reads (through its dependencies too)."""
    for route_method, route_path, route in routes(app):
        if route_method == method and route_path == path:
            return _body_fields(route.dependant)
    raise LookupError(f"no route {method} {path}")


def _body_fields(dependant: Dependant) -> list[str]:
    names = [str(field.alias) for field in dependant.body_params]
    for sub in dependant.dependencies:
        names.extend(name for name in _body_fields(sub) if name not in names)
    return names
