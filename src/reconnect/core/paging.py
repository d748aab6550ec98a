"""A page of results, shared by every list in the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE_SIZE = 20
MAX_PER_PAGE = 100
MAX_PAGE = 100_000


@dataclass(frozen=True)
class Page(Generic[T]):
    """Items of one page, with whether there are more on either side."""

    items: list[T]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        """Whether a newer page exists."""
        return self.number > 1


def clamp_page(number: int) -> int:
    """Pages start at 1; out-of-range numbers are brought back into range."""
    return max(1, min(number, MAX_PAGE))


def page_of(rows: list[T], number: int, size: int = PAGE_SIZE) -> Page[T]:
    """Build a page from ``size + 1`` fetched rows (the extra one says if there is more)."""
    return Page(items=rows[:size], number=number, has_next=len(rows) > size)
