"""Time zones: which names are known, the machine's own, and times told in a zone."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from reconnect.core import dates


def test_known_zones_are_iana_names() -> None:
    assert dates.is_time_zone("Pacific/Auckland") and dates.is_time_zone("UTC")
    assert not dates.is_time_zone("Mars/Olympus") and not dates.is_time_zone("")


def test_an_unknown_zone_is_read_as_utc() -> None:
    assert dates.zone("Nowhere/Special") is dt.UTC and dates.zone(None) is dt.UTC


def test_the_machines_zone_is_its_iana_name_or_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Chicago")
    assert dates.machine_zone_name() == "America/Chicago"
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")  # a POSIX rule, not a name
    assert dates.is_time_zone(dates.machine_zone_name())


def test_a_moment_is_told_in_the_persons_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    moment = dt.datetime(2026, 12, 3, 10, 30, tzinfo=dt.UTC)
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        assert dates.human_datetime(moment, "Pacific/Auckland") == "Thu 3 Dec 2026, 23:30"
        assert dates.local_date(moment, "Pacific/Auckland") == dt.date(2026, 12, 3)
        assert dates.day_start(dt.date(2026, 12, 3), "Pacific/Auckland") == dt.datetime(
            2026, 12, 2, 11, 0, tzinfo=dt.UTC
        )
    finally:
        monkeypatch.undo()
        time.tzset()
