"""Content fingerprints: the same content gives the same print, whatever its ids.

A row's print covers its columns, with each link to another row replaced by that row's
print, and leaves out the owner and what the app recomputes (``DERIVED_COLUMNS``).
Unique keys (one tag per name, one safety plan per person) are compared the same way.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Column, Index, PrimaryKeyConstraint, UniqueConstraint
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.data.export import SELF, take_snapshot
from reconnect.data.ownership import DERIVED_COLUMNS, TablePlan

Key = tuple[Any, ...]


def _unique_keys(plan: TablePlan) -> list[tuple[str, tuple[Column[Any], ...]]]:
    keys: list[tuple[str, tuple[Column[Any], ...]]] = []
    for item in [*plan.table.constraints, *plan.table.indexes]:
        unique = isinstance(item, UniqueConstraint) or (isinstance(item, Index) and item.unique)
        if isinstance(item, PrimaryKeyConstraint):
            unique = plan.ref_column is None
        columns = tuple(c for c in getattr(item, "columns", ()) if isinstance(c, Column))
        if unique and columns and all(c is not plan.ref_column for c in columns):
            keys.append((str(getattr(item, "name", "")), columns))
    return keys


class Fingerprinter:
    """Content fingerprints that see through renumbered ids (a parent's fingerprint)."""

    def __init__(self, plans: dict[str, TablePlan]) -> None:
        self.plans = plans
        self.by_ref: dict[str, dict[Any, str]] = {}
        self._content = {
            name: [
                c
                for c in plan.exported_columns
                if c is not plan.ref_column
                and c.name not in plan.user_names
                and c.name not in DERIVED_COLUMNS
            ]
            for name, plan in plans.items()
        }
        self._unique = {name: _unique_keys(plan) for name, plan in plans.items()}

    def canonical(self, plan: TablePlan, column: Column[Any], value: Any) -> Any:
        """A value as compared: owners are "self", links are the linked row's print."""
        if column.name in plan.user_names:
            return SELF
        target = plan.links.get(column.name)
        if target is not None and value is not None:
            return self.by_ref.get(target, {}).get(value, f"missing:{value}")
        return value

    def of(self, plan: TablePlan, row: dict[str, Any]) -> str:
        """The print of one exported row."""
        content = {
            c.name: self.canonical(plan, c, row.get(c.name)) for c in self._content[plan.name]
        }
        text = json.dumps([plan.name, content], sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def keys(self, plan: TablePlan, row: dict[str, Any]) -> list[tuple[Any, ...]]:
        """The row's unique keys (constraint name first), as compared."""
        found = []
        for name, columns in self._unique[plan.name]:
            values = tuple(self.canonical(plan, c, row.get(c.name)) for c in columns)
            if None not in values:
                found.append((name, *values))
        return found


def existing_content(
    db: Session, user: User, plans: dict[str, TablePlan]
) -> tuple[Fingerprinter, dict[str, dict[str, Any]], dict[str, dict[tuple[Any, ...], Any]]]:
    """Fingerprints and unique keys of what the person already has, mapped to stored ids."""
    snapshot = take_snapshot(db=db, user=user)
    printer = Fingerprinter(plans)
    by_print: dict[str, dict[str, Any]] = {}
    by_key: dict[str, dict[tuple[Any, ...], Any]] = {}
    for name, rows in snapshot.tables.items():
        plan = plans[name]
        ref = plan.ref_column
        stored = snapshot.stored_ids.get(name, {})
        printer.by_ref[name] = {}
        by_print[name], by_key[name] = {}, {}
        for row in rows:
            fingerprint = printer.of(plan, row)
            target = stored.get(row[ref.name]) if ref is not None else True
            if ref is not None:
                printer.by_ref[name][row[ref.name]] = fingerprint
            by_print[name][fingerprint] = target
            for key in printer.keys(plan, row):
                by_key[name][key] = target
    return printer, by_print, by_key
