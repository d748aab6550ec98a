"""The route-table helpers the security tests rely on see every route."""

from __future__ import annotations

from fastapi import FastAPI

from tests.security.routes import path_params, routes, web_routes


def test_routes_are_listed_through_included_routers(app: FastAPI) -> None:
    listed = {(method, path) for method, path, _ in routes(app)}
    assert {("GET", "/journal"), ("POST", "/journal"), ("GET", "/api/v1/entries")} <= listed
    assert ("POST", "/journal/{entry_id}/delete") in set(web_routes(app))


def test_the_isolation_matrix_sees_every_id_route(app: FastAPI) -> None:
    from tests.web.test_isolation import NOT_OWNED, _id_routes

    expected = {(m, path) for m, path, _ in routes(app) if path_params(path) - NOT_OWNED}
    assert expected and set(_id_routes(app)) == expected
