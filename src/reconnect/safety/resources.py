"""Crisis and support lines by country, checked against each service's own published details.

Numbers change: review this file at every release (docs/safety.md says how).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One way to reach a person who can help."""

    name: str
    contact: str
    hours: str = "24/7"
    url: str = ""


@dataclass(frozen=True)
class Country:
    """A country's emergency number and support lines."""

    code: str
    name: str
    emergency: str
    lines: tuple[Line, ...]
    # For someone afraid of a partner or someone at home (domestic abuse).
    abuse: tuple[Line, ...] = ()


COUNTRIES: tuple[Country, ...] = (
    Country(
        "US",
        "United States",
        "911",
        (
            Line(
                "988 Suicide & Crisis Lifeline", "Call or text 988", url="https://988lifeline.org"
            ),
            Line("Crisis Text Line", "Text HOME to 741741", url="https://www.crisistextline.org"),
        ),
        (
            Line(
                "National Domestic Violence Hotline",
                "Call 1-800-799-7233 or text START to 88788",
                url="https://www.thehotline.org",
            ),
        ),
    ),
    Country(
        "GB",
        "United Kingdom",
        "999",
        (
            Line("Samaritans", "Call 116 123 (free)", url="https://www.samaritans.org"),
            Line("Shout", "Text SHOUT to 85258", url="https://giveusashout.org"),
        ),
        (
            Line(
                "National Domestic Abuse Helpline (Refuge)",
                "Call 0808 2000 247 (free)",
                url="https://www.nationaldahelpline.org.uk",
            ),
        ),
    ),
    Country(
        "IE",
        "Ireland",
        "112 or 999",
        (
            Line(
                "Samaritans Ireland",
                "Call 116 123 (free)",
                url="https://www.samaritans.org/ireland",
            ),
            Line("Text About It", "Text HELLO to 50808", url="https://text50808.ie"),
        ),
        (
            Line(
                "Women's Aid National Freephone Helpline",
                "Call 1800 341 900 (free)",
                url="https://www.womensaid.ie",
            ),
        ),
    ),
    Country(
        "CA",
        "Canada",
        "911",
        (
            Line("9-8-8 Suicide Crisis Helpline", "Call or text 988", url="https://988.ca"),
            Line(
                "Kids Help Phone",
                "Call 1-800-668-6868 or text CONNECT to 686868",
                url="https://kidshelpphone.ca",
            ),
        ),
        (
            Line(
                "ShelterSafe: shelters and their 24-hour crisis lines near you",
                "Find one on the map",
                hours="online",
                url="https://sheltersafe.ca",
            ),
        ),
    ),
    Country(
        "AU",
        "Australia",
        "000",
        (
            Line(
                "Lifeline", "Call 13 11 14 or text 0477 13 11 14", url="https://www.lifeline.org.au"
            ),
            Line("Beyond Blue", "Call 1300 22 4636", url="https://www.beyondblue.org.au"),
        ),
        (Line("1800RESPECT", "Call 1800 737 732", url="https://www.1800respect.org.au"),),
    ),
    Country(
        "NZ",
        "New Zealand",
        "111",
        (
            Line("Need to talk?", "Call or text 1737", url="https://1737.org.nz"),
            Line("Lifeline Aotearoa", "Call 0800 543 354", url="https://www.lifeline.org.nz"),
        ),
        (
            Line(
                "Women's Refuge crisis line",
                "Call 0800 733 843 (0800 REFUGE, free)",
                url="https://womensrefuge.org.nz",
            ),
        ),
    ),
    Country(
        "IN",
        "India",
        "112",
        (Line("Tele-MANAS", "Call 14416 or 1-800-891-4416", url="https://telemanas.mohfw.gov.in"),),
        (Line("Women Helpline", "Call 181 (free)"),),
    ),
    Country(
        "DE",
        "Germany",
        "112",
        (
            Line(
                "TelefonSeelsorge",
                "Call 0800 111 0 111 or 0800 111 0 222 (free)",
                url="https://www.telefonseelsorge.de",
            ),
        ),
        (
            Line(
                "Hilfetelefon Gewalt gegen Frauen",
                "Call 116 016 (free)",
                url="https://www.hilfetelefon.de",
            ),
        ),
    ),
    Country(
        "FR",
        "France",
        "112 (or 15)",
        (
            Line(
                "3114, numéro national de prévention du suicide",
                "Call 3114 (free)",
                url="https://3114.fr",
            ),
        ),
        (
            Line(
                "3919, Violences Femmes Info",
                "Call 3919 (free)",
                url="https://arretonslesviolences.gouv.fr",
            ),
        ),
    ),
    Country(
        "EU",
        "Elsewhere in the European Union",
        "112",
        (Line("European emergency number", "Call 112, free from any phone", hours="24/7"),),
    ),
)

WORLDWIDE = Line(
    "Find A Helpline: free, confidential lines in many countries",
    "Search by country and topic",
    url="https://findahelpline.com",
)

BY_CODE: dict[str, Country] = {country.code: country for country in COUNTRIES}
