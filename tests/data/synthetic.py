"""One made-up row in every owned table, built from the metadata alone.

New tables from other domains get rows too, so the ownership tests cover them without
anyone writing a fixture for them. Columns with an import limit (``reconnect.data.limits``)
get a value inside it, so the rows survive an export and import.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Time,
    insert,
)
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.data.limits import LIMITS
from reconnect.data.ownership import TablePlan, table_plans
from reconnect.db import EncryptedText, UTCDateTime


def sample(column: Column[Any], owner: User) -> Any:
    """A plausible value of the column's type."""
    kind = column.type
    if isinstance(kind, EncryptedText):
        return f"private words of {owner.username} in {column.table.name}.{column.name}"
    if isinstance(kind, UTCDateTime | DateTime):
        return dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return dt.date(2026, 3, 4)
    if isinstance(kind, Time):
        return dt.time(5, 6)
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer):
        return 1
    if isinstance(kind, Float | Numeric):
        return 0.5
    if isinstance(kind, JSON):
        return ["sample"]
    if isinstance(kind, String):
        return ("s-" + owner.username)[: kind.length or 20]
    if isinstance(kind, LargeBinary):
        return b"bytes"
    raise AssertionError(f"teach sample() about {kind!r} ({column})")


def _values(
    plan: TablePlan, plans: dict[str, TablePlan], owner: User, partner: User, ids: dict[str, Any]
) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    for column in plan.table.columns:
        if column is plan.ref_column:
            continue
        if column.name in plan.user_names:
            values[column.name] = owner.id if column is plan.user_columns[0] else partner.id
            continue
        target = plan.links.get(column.name)
        if target is not None:
            if target not in ids:
                return None
            values[column.name] = ids[target]
        elif column.foreign_keys:
            if not column.nullable:
                return None
            values[column.name] = None
        else:
            value = sample(column, owner)
            limit = LIMITS.get((plan.name, column.name))
            values[column.name] = limit.example if limit and not limit.allows(value) else value
    return values


def fill_every_table(db: Session, owner: User, partner: User) -> set[str]:
    """Insert one row per owned table for ``owner``; returns the tables filled."""
    plans = {p.name: p for p in table_plans()}
    ids: dict[str, Any] = {}
    filled = set()
    for plan in plans.values():
        values = _values(plan, plans, owner, partner, ids)
        if values is None:
            continue
        statement = insert(plan.table).values(**values)
        if plan.ref_column is not None:
            ids[plan.name] = db.scalar(statement.returning(plan.ref_column))
        else:
            db.execute(statement)
        filled.add(plan.name)
    db.flush()
    return filled
