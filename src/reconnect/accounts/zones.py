"""Which time zones a country's people live in, to suggest one at sign-up.

Only the countries we hold helplines for (``safety.resources``); the first zone of each is
where most of its people live (as in the tz database's zone.tab). Anyone can choose any
other zone on the account page.
"""

from __future__ import annotations

from typing import Final

from reconnect.core import dates

COUNTRY_ZONES: Final[dict[str, tuple[str, ...]]] = {
    "US": (
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Phoenix",
        "America/Los_Angeles",
        "America/Anchorage",
        "Pacific/Honolulu",
        "America/Puerto_Rico",
    ),
    "GB": ("Europe/London",),
    "IE": ("Europe/Dublin",),
    "CA": (
        "America/Toronto",
        "America/Vancouver",
        "America/Edmonton",
        "America/Winnipeg",
        "America/Regina",
        "America/Halifax",
        "America/St_Johns",
    ),
    "AU": (
        "Australia/Sydney",
        "Australia/Melbourne",
        "Australia/Brisbane",
        "Australia/Perth",
        "Australia/Adelaide",
        "Australia/Hobart",
        "Australia/Darwin",
    ),
    "NZ": ("Pacific/Auckland", "Pacific/Chatham"),
    "IN": ("Asia/Kolkata",),
    "DE": ("Europe/Berlin",),
    "FR": ("Europe/Paris",),
    "EU": (
        "Europe/Brussels",
        "Europe/Amsterdam",
        "Europe/Athens",
        "Europe/Bratislava",
        "Europe/Bucharest",
        "Europe/Budapest",
        "Europe/Copenhagen",
        "Europe/Helsinki",
        "Europe/Lisbon",
        "Atlantic/Canary",
        "Europe/Ljubljana",
        "Europe/Luxembourg",
        "Europe/Madrid",
        "Europe/Malta",
        "Asia/Nicosia",
        "Europe/Prague",
        "Europe/Riga",
        "Europe/Rome",
        "Europe/Sofia",
        "Europe/Stockholm",
        "Europe/Tallinn",
        "Europe/Vienna",
        "Europe/Vilnius",
        "Europe/Warsaw",
        "Europe/Zagreb",
    ),
}


def zones_for(country: str) -> tuple[str, ...]:
    """The zones of a country, where most of its people live first ("UTC" if unknown)."""
    known = tuple(z for z in COUNTRY_ZONES.get(country.upper(), ()) if dates.is_time_zone(z))
    return known or (dates.UTC_NAME,)


def default_zone(country: str) -> str:
    """The zone to suggest for someone in this country."""
    return zones_for(country)[0]


def zone_choices() -> list[tuple[str, tuple[str, ...]]]:
    """(country code, its zones) for every country, for a grouped picker."""
    return [(code, zones_for(code)) for code in COUNTRY_ZONES]
