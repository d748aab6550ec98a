"""Column values to JSON and back, by column type, with errors that name the field."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    Interval,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    Uuid,
)

from reconnect.data.codec import ImportFailed, from_json, to_json
from reconnect.db import EncryptedText, UTCDateTime


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (EncryptedText(), "private words"),
        (UTCDateTime(), dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC)),
        (Date(), dt.date(2026, 1, 2)),
        (Boolean(), True),
        (Integer(), -7),
        (Float(), 0.25),
        (Numeric(10, 2), decimal.Decimal("3.50")),
        (JSON(), {"words": ["calm"], "n": 1}),
        (String(10), "short"),
        (LargeBinary(), b"\x00\x01bytes"),
        (Uuid(), uuid.UUID("12345678-1234-5678-1234-567812345678")),
        (Interval(), dt.timedelta(minutes=90)),
    ],
)
def test_every_kind_of_value_survives_the_trip(kind: Any, value: Any) -> None:
    column = Column("field", kind)
    assert from_json(column, to_json(value), "somewhere") == value


@pytest.mark.parametrize(
    ("kind", "raw", "problem"),
    [
        (SmallInteger(), 40_000, "a number in range"),
        (Integer(), True, "a number in range"),
        (String(5), "too long for it", "at most 5 characters"),
        (UTCDateTime(), "yesterday", "a date and time"),
        (Date(), 20260102, "a date like"),
        (Boolean(), "yes", "true or false"),
        (EncryptedText(), "nul \x00 inside", "expected text"),
        (EncryptedText(), "lone \ud800 surrogate", "expected text"),
        (Float(), float("nan"), "a number in range"),
    ],
)
def test_a_bad_value_names_the_place_and_the_field(kind: Any, raw: Any, problem: str) -> None:
    with pytest.raises(ImportFailed) as failed:
        from_json(Column("field", kind), raw, "checkins, row 3")
    assert failed.value.message.startswith('checkins, row 3, field "field": ')
    assert problem in failed.value.message


def test_a_missing_value_is_refused_only_where_one_is_required() -> None:
    assert from_json(Column("note", EncryptedText(), nullable=True), None, "here") is None
    with pytest.raises(ImportFailed, match="a value is required"):
        from_json(Column("body", EncryptedText(), nullable=False), None, "here")


def test_times_are_kept_in_utc_whatever_offset_they_came_with() -> None:
    value = from_json(Column("at", UTCDateTime()), "2026-01-02T05:00:00+02:00", "here")
    assert value == dt.datetime(2026, 1, 2, 3, tzinfo=dt.UTC) and value.tzinfo is dt.UTC
