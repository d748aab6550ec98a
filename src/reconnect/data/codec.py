"""Column values to and from JSON, decided by each column's type.

Encrypted columns arrive here already decrypted (their type does it on read) and are
encrypted again by their type on insert, so an export holds plain text and a database
never does.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import decimal
import enum
import json
import math
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    Interval,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    Time,
    Uuid,
)

from reconnect.core.errors import ValidationFailed
from reconnect.db import EncryptedText, UTCDateTime
from reconnect.messages import Data as M


class ImportFailed(ValidationFailed):
    """A file could not be imported; nothing from it was saved."""


def to_json(value: Any) -> Any:
    """A stored value as JSON-ready data."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.name
    return value


def _fail(where: str, column: Column[Any], problem: str) -> ImportFailed:
    return ImportFailed(
        M.BAD_FIELD.format(where=where, field=column.name, problem=problem), field=column.name
    )


def from_json(column: Column[Any], raw: Any, where: str) -> Any:
    """A JSON value checked and converted for this column; a clear error names the field."""
    if raw is None:
        if not column.nullable:
            raise _fail(where, column, M.PROBLEM_REQUIRED)
        return None
    kind = column.type
    try:
        return _convert(kind, raw)
    except (TypeError, ValueError, OverflowError, binascii.Error, KeyError) as exc:
        raise _fail(where, column, _problem_for(kind)) from exc


def _convert(kind: Any, raw: Any) -> Any:
    if isinstance(kind, EncryptedText):
        return _text(raw, None)
    if isinstance(kind, UTCDateTime):
        value = dt.datetime.fromisoformat(_text(raw, 40))
        return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(_text(raw, 40))
    if isinstance(kind, Date):
        return dt.date.fromisoformat(_text(raw, 20))
    if isinstance(kind, Time):
        return dt.time.fromisoformat(_text(raw, 20))
    if isinstance(kind, Boolean):
        if not isinstance(raw, bool):
            raise TypeError
        return raw
    if isinstance(kind, Integer):
        return _integer(raw, _INT_BITS.get(type(kind), 32))
    if isinstance(kind, Float | Numeric):
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise TypeError
        number = float(raw)
        if not math.isfinite(number):
            raise ValueError
        return decimal.Decimal(str(raw)) if kind.asdecimal else number
    if isinstance(kind, Interval):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise TypeError
        return dt.timedelta(seconds=raw)
    if isinstance(kind, Uuid):
        return uuid.UUID(_text(raw, 40))
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class[_text(raw, 200)]
    if isinstance(kind, JSON):
        json.dumps(raw, ensure_ascii=False).encode("utf-8")  # no lone surrogates
        return raw
    if isinstance(kind, String):
        return _text(raw, kind.length)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(_text(raw, None), validate=True)
    raise TypeError(f"no import rule for {kind!r}")


_INT_BITS: dict[type, int] = {SmallInteger: 16, BigInteger: 64}


def _integer(raw: Any, bits: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise TypeError
    if not -(2 ** (bits - 1)) <= raw < 2 ** (bits - 1):
        raise OverflowError
    return raw


def _text(raw: Any, length: int | None) -> str:
    if not isinstance(raw, str):
        raise TypeError
    if "\x00" in raw:
        raise ValueError
    raw.encode("utf-8")  # lone surrogates raise UnicodeEncodeError, a ValueError
    if length is not None and len(raw) > length:
        raise ValueError
    return raw


def _problem_for(kind: Any) -> str:
    if isinstance(kind, UTCDateTime | DateTime):
        return M.PROBLEM_DATETIME
    if isinstance(kind, Date):
        return M.PROBLEM_DATE
    if isinstance(kind, Boolean):
        return M.PROBLEM_BOOLEAN
    if isinstance(kind, Integer | Float | Numeric):
        return M.PROBLEM_NUMBER
    if isinstance(kind, String) and kind.length and not isinstance(kind, EncryptedText):
        return M.PROBLEM_TEXT_LENGTH.format(limit=kind.length)
    return M.PROBLEM_TEXT
