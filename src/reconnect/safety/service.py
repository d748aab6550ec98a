"""Safety service: helplines for a person's country."""

from __future__ import annotations

from reconnect.safety.resources import BY_CODE, COUNTRIES, WORLDWIDE, Country, Line


def is_known_country(code: str) -> bool:
    """Whether we hold helplines for this country code."""
    return code.upper() in BY_CODE


def country_choices() -> list[tuple[str, str]]:
    """(code, name) pairs for a country picker."""
    return [(country.code, country.name) for country in COUNTRIES]


def helplines_for(code: str) -> Country:
    """The person's own country first; EU-wide 112 if we do not know it."""
    return BY_CODE.get(code.upper(), BY_CODE["EU"])


def other_countries(code: str) -> list[Country]:
    """Every country except the person's own, for people travelling or abroad."""
    return [country for country in COUNTRIES if country.code != code.upper()]


def worldwide_directory() -> Line:
    """The directory of helplines in countries we do not list."""
    return WORLDWIDE
