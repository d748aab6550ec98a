"""Who owns which rows, worked out from the foreign keys in ``Base.metadata``.

A table is *owned* when it has a foreign key to ``users.id`` or to another owned table
(a parent chain ends at a person). Export, import and deletion all walk this map, so a
table another domain adds is covered without touching this package.

Rules:
- A table with one foreign key to ``users.id`` belongs to the person in that column.
- A table with two or more (a couple, a link between two people) is *shared*: each person
  exports their side of it (the other person's id is never written), it is not re-imported
  (a link needs both people's consent again), and deleting either person removes the link
  and everything that hangs off it.
- A table with no foreign key to ``users.id`` belongs to whoever owns its parent rows.
- ``NOT_EXPORTED`` names every table that is never exported or imported, with the reason;
  tables hanging off those inherit it. Deletion still removes their rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Column, ColumnElement, ForeignKey, Integer, Table, and_, false, or_, select

import reconnect.models  # noqa: F401  (every domain's tables must be in the metadata)
from reconnect.db import Base

USERS = "users"

NOT_EXPORTED: Final[dict[str, str]] = {
    "browser_sessions": "sign-in state: meaningless anywhere else, and a secret",
    "api_tokens": "access secrets: make new tokens after an import",
    "together_invites": "a partner invite code is a one-time secret; invite again after an import",
    "sign_in_counts": "sign-in limits per address, of nobody in particular, gone within minutes",
    "search_terms": "the search index, hashed under this install's key: rebuilt on import",
    "monthly_totals": "sums of the rows that are exported: computed again after an import",
}

# Columns left out of an otherwise exported table, with the reason.
NOT_EXPORTED_COLUMNS: Final[dict[str, dict[str, str]]] = {
    "plans": {
        "feed_token_hash": "the calendar feed address is a secret: make a new one after an import",
        "feed_created_at": "belongs with the feed address",
    },
    "journal_entries": {
        "search_key": "which of this install's keys indexed the entry: indexed again on import",
    },
}

# Columns the app recomputes or keeps up to date itself: they travel in the export, but
# two copies of the same text that differ only here are still the same content.
DERIVED_COLUMNS: Final = frozenset(
    {
        "detected_emotions",
        "emotion_scores",
        "analysis_version",
        "safety_level",
        "safety_reason",
        "updated_at",
        "word_count",
        "marker_words",
        "marker_absolutist",
        "marker_singular",
        "marker_plural",
    }
)


@dataclass(frozen=True)
class TablePlan:
    """How one table relates to the person: owner columns, parents, and what may move."""

    table: Table
    user_columns: tuple[Column[Any], ...]
    parent_keys: tuple[ForeignKey, ...]
    not_exported_because: str | None
    shared: bool
    importable: bool
    ref_column: Column[Any] | None
    links: dict[str, str]

    @property
    def name(self) -> str:
        """The table's name."""
        return self.table.name

    @property
    def user_names(self) -> frozenset[str]:
        """The names of the columns that hold a person's id."""
        return frozenset(col.name for col in self.user_columns)

    @property
    def exported_columns(self) -> tuple[Column[Any], ...]:
        """The columns that travel in an export (all but the secrets named above)."""
        skipped = NOT_EXPORTED_COLUMNS.get(self.name, {})
        return tuple(column for column in self.table.columns if column.name not in skipped)

    @property
    def exported(self) -> bool:
        """Whether the table's rows go into an export."""
        return self.not_exported_because is None


def _ref_column(table: Table) -> Column[Any] | None:
    """The single integer primary key that an export renumbers, if the table has one."""
    pk = list(table.primary_key.columns)
    if len(pk) == 1 and isinstance(pk[0].type, Integer) and not pk[0].foreign_keys:
        return pk[0]
    return None


def _user_columns(table: Table) -> tuple[Column[Any], ...]:
    return tuple(
        fk.parent
        for fk in table.foreign_keys
        if fk.column.table.name == USERS and fk.parent is not None
    )


def table_plans() -> list[TablePlan]:
    """Every owned table, parents before children."""
    plans: dict[str, TablePlan] = {}
    for table in Base.metadata.sorted_tables:
        if table.name == USERS:
            continue
        users = _user_columns(table)
        parents = tuple(
            fk
            for fk in sorted(table.foreign_keys, key=lambda k: k.parent.name)
            if fk.column.table.name in plans and fk.column.table is not table
        )
        if not users and not parents:
            continue
        parent_plans = [plans[fk.column.table.name] for fk in parents]
        reason = NOT_EXPORTED.get(table.name) or next(
            (p.not_exported_because for p in parent_plans if p.not_exported_because), None
        )
        shared = len(users) >= 2
        importable = reason is None and not shared and all(p.importable for p in parent_plans)
        links = {fk.parent.name: fk.column.table.name for fk in parents}
        links.update(
            {fk.parent.name: table.name for fk in table.foreign_keys if fk.column.table is table}
        )
        plans[table.name] = TablePlan(
            table, users, parents, reason, shared, importable, _ref_column(table), links
        )
    return list(plans.values())


def plans_by_name() -> dict[str, TablePlan]:
    """The owned tables by name."""
    return {plan.name: plan for plan in table_plans()}


def unowned_tables() -> list[str]:
    """Tables that hold nobody's data (neither owned nor the users table)."""
    owned = {plan.name for plan in table_plans()} | {USERS}
    return sorted(t.name for t in Base.metadata.sorted_tables if t.name not in owned)


class Selector:
    """WHERE clauses that pick one person's rows in every owned table."""

    def __init__(self, user_id: int, plans: Iterable[TablePlan] | None = None) -> None:
        self.user_id = user_id
        self.plans = {p.name: p for p in (plans if plans is not None else table_plans())}

    def exported(self, name: str) -> ColumnElement[bool]:
        """The person's own rows: their side of shared rows, and nothing that points at
        someone else's rows."""
        plan = self.plans[name]
        mine: list[ColumnElement[bool]] = [col == self.user_id for col in plan.user_columns]
        links = [self._parent_in(fk, self.exported) for fk in plan.parent_keys]
        if not plan.user_columns:
            linked = [fk.parent.is_not(None) for fk in plan.parent_keys]
            return and_(*links, or_(*linked)) if links else false()
        return and_(or_(*mine), *links)

    def deleted(self, name: str) -> ColumnElement[bool]:
        """Every row that must go with the person: theirs, and whatever hangs off them."""
        plan = self.plans[name]
        clauses: list[ColumnElement[bool]] = [col == self.user_id for col in plan.user_columns]
        clauses += [
            fk.parent.in_(select(fk.column).where(self.deleted(fk.column.table.name)))
            for fk in plan.parent_keys
        ]
        return or_(*clauses) if clauses else false()

    def _parent_in(self, fk: ForeignKey, chooser: Any) -> ColumnElement[bool]:
        inner = select(fk.column).where(chooser(fk.column.table.name))
        return or_(fk.parent.is_(None), fk.parent.in_(inner))
