"""Crisis and support lines by country, checked against each service's own published details.

Numbers change: review this file at every release (docs/safety.md says how).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

NOT_DIALLED = re.compile(r"[^\d+]")


@dataclass(frozen=True)
class Reach:
    """A number in a line's contact text that a phone can call or text."""

    number: str  # as the contact text shows it: "1-800-799-7233"
    sms: bool = False  # a number to text rather than to call
    body: str = ""  # the word the service asks people to text ("HOME")
    shown: str = ""  # the words the link covers when not the number ("text" in "Call or text 988")

    @property
    def href(self) -> str:
        """tel: or sms: with the digits alone (and a leading +), the body where there is one."""
        digits = NOT_DIALLED.sub("", self.number)
        if not self.sms:
            return f"tel:{digits}"
        return f"sms:{digits}" + (f"?body={quote(self.body)}" if self.body else "")


def call(number: str) -> Reach:
    """A number to call, as the contact text shows it."""
    return Reach(number)


def text(number: str, *, body: str = "", shown: str = "") -> Reach:
    """A number to text, with the word to send where the service asks for one."""
    return Reach(number, sms=True, body=body, shown=shown)


@dataclass(frozen=True)
class Part:
    """A piece of a contact text: plain words, or a link a phone can follow."""

    text: str
    href: str = ""
    number: str = ""


def linked(words: str, reach: tuple[Reach, ...]) -> tuple[Part, ...]:
    """The words cut into plain parts and links, each reach found after the one before."""
    parts: list[Part] = []
    cursor = 0
    for way in reach:
        label = way.shown or way.number
        start = words.find(label, cursor)
        if start < 0:
            raise ValueError(f"{label!r} is not in {words!r} after position {cursor}")
        parts += [Part(words[cursor:start]), Part(label, way.href, way.number)]
        cursor = start + len(label)
    return tuple(part for part in [*parts, Part(words[cursor:])] if part.text)


@dataclass(frozen=True)
class Line:
    """One way to reach a person who can help."""

    name: str
    contact: str
    hours: str = "24/7"
    url: str = ""
    # The numbers in `contact`, in the order it shows them, so that a phone can dial them.
    reach: tuple[Reach, ...] = ()

    @property
    def parts(self) -> tuple[Part, ...]:
        """The contact text with its numbers as tel: and sms: links."""
        return linked(self.contact, self.reach)


@dataclass(frozen=True)
class Country:
    """A country's emergency number and support lines."""

    code: str
    name: str
    emergency: str
    lines: tuple[Line, ...]
    # For someone afraid of a partner or someone at home (domestic abuse).
    abuse: tuple[Line, ...] = ()

    @property
    def emergency_parts(self) -> tuple[Part, ...]:
        """The emergency number(s) as tel: links ("112 or 999": both)."""
        return linked(self.emergency, tuple(call(n) for n in re.findall(r"\d+", self.emergency)))


COUNTRIES: tuple[Country, ...] = (
    Country(
        "US",
        "United States",
        "911",
        (
            Line(
                "988 Suicide & Crisis Lifeline",
                "Call or text 988",
                url="https://988lifeline.org",
                reach=(text("988", shown="text"), call("988")),
            ),
            Line(
                "Crisis Text Line",
                "Text HOME to 741741",
                url="https://www.crisistextline.org",
                reach=(text("741741", body="HOME"),),
            ),
        ),
        (
            Line(
                "National Domestic Violence Hotline",
                "Call 1-800-799-7233 or text START to 88788",
                url="https://www.thehotline.org",
                reach=(call("1-800-799-7233"), text("88788", body="START")),
            ),
        ),
    ),
    Country(
        "GB",
        "United Kingdom",
        "999",
        (
            Line(
                "Samaritans",
                "Call 116 123 (free)",
                url="https://www.samaritans.org",
                reach=(call("116 123"),),
            ),
            Line(
                "Shout",
                "Text SHOUT to 85258",
                url="https://giveusashout.org",
                reach=(text("85258", body="SHOUT"),),
            ),
        ),
        (
            Line(
                "National Domestic Abuse Helpline (Refuge)",
                "Call 0808 2000 247 (free)",
                url="https://www.nationaldahelpline.org.uk",
                reach=(call("0808 2000 247"),),
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
                reach=(call("116 123"),),
            ),
            Line(
                "Text About It",
                "Text HELLO to 50808",
                url="https://text50808.ie",
                reach=(text("50808", body="HELLO"),),
            ),
        ),
        (
            Line(
                "Women's Aid National Freephone Helpline",
                "Call 1800 341 900 (free)",
                url="https://www.womensaid.ie",
                reach=(call("1800 341 900"),),
            ),
        ),
    ),
    Country(
        "CA",
        "Canada",
        "911",
        (
            Line(
                "9-8-8 Suicide Crisis Helpline",
                "Call or text 988",
                url="https://988.ca",
                reach=(text("988", shown="text"), call("988")),
            ),
            Line(
                "Kids Help Phone",
                "Call 1-800-668-6868 or text CONNECT to 686868",
                url="https://kidshelpphone.ca",
                reach=(call("1-800-668-6868"), text("686868", body="CONNECT")),
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
                "Lifeline",
                "Call 13 11 14 or text 0477 13 11 14",
                url="https://www.lifeline.org.au",
                reach=(call("13 11 14"), text("0477 13 11 14")),
            ),
            Line(
                "Beyond Blue",
                "Call 1300 22 4636",
                url="https://www.beyondblue.org.au",
                reach=(call("1300 22 4636"),),
            ),
        ),
        (
            Line(
                "1800RESPECT",
                "Call 1800 737 732",
                url="https://www.1800respect.org.au",
                reach=(call("1800 737 732"),),
            ),
        ),
    ),
    Country(
        "NZ",
        "New Zealand",
        "111",
        (
            Line(
                "Need to talk?",
                "Call or text 1737",
                url="https://1737.org.nz",
                reach=(text("1737", shown="text"), call("1737")),
            ),
            Line(
                "Lifeline Aotearoa",
                "Call 0800 543 354",
                url="https://www.lifeline.org.nz",
                reach=(call("0800 543 354"),),
            ),
        ),
        (
            Line(
                "Women's Refuge crisis line",
                "Call 0800 733 843 (0800 REFUGE, free)",
                url="https://womensrefuge.org.nz",
                reach=(call("0800 733 843"),),
            ),
        ),
    ),
    Country(
        "IN",
        "India",
        "112",
        (
            Line(
                "Tele-MANAS",
                "Call 14416 or 1-800-891-4416",
                url="https://telemanas.mohfw.gov.in",
                reach=(call("14416"), call("1-800-891-4416")),
            ),
        ),
        (Line("Women Helpline", "Call 181 (free)", reach=(call("181"),)),),
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
                reach=(call("0800 111 0 111"), call("0800 111 0 222")),
            ),
        ),
        (
            Line(
                "Hilfetelefon Gewalt gegen Frauen",
                "Call 116 016 (free)",
                url="https://www.hilfetelefon.de",
                reach=(call("116 016"),),
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
                reach=(call("3114"),),
            ),
        ),
        (
            Line(
                "3919, Violences Femmes Info",
                "Call 3919 (free)",
                url="https://arretonslesviolences.gouv.fr",
                reach=(call("3919"),),
            ),
        ),
    ),
    Country(
        "EU",
        "Elsewhere in the European Union",
        "112",
        (
            Line(
                "European emergency number",
                "Call 112, free from any phone",
                reach=(call("112"),),
            ),
        ),
    ),
)

WORLDWIDE = Line(
    "Find A Helpline: free, confidential lines in many countries",
    "Search by country and topic",
    url="https://findahelpline.com",
)

BY_CODE: dict[str, Country] = {country.code: country for country in COUNTRIES}
