"""REST API for help resources (``/api/v1``): open to everyone, no token needed."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter

from reconnect.safety import service

router = APIRouter(prefix="/api/v1", tags=["safety"])


@router.get("/help")
def helplines(country: str = "US") -> dict[str, Any]:
    """Crisis and support lines for a country, and the worldwide directory."""
    return {
        "country": asdict(service.helplines_for(country)),
        "worldwide": asdict(service.worldwide_directory()),
    }
