"""Pure scoring: answers in, a checked and scored result out. No database, no web."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reconnect.assess.instruments import Instrument, Item
from reconnect.core.errors import ValidationFailed
from reconnect.messages import Assess as M


@dataclass(frozen=True)
class Score:
    """What a complete answer set adds up to, in the authors' terms."""

    total: float
    max_total: float
    band: str
    at_referral: bool
    subscales: dict[str, float] = field(default_factory=dict)
    risky_items: tuple[str, ...] = ()  # risk items answered above 0


def _as_int(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
        return int(raw.strip())
    return None


def check_values(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, int]:
    """Answers as whole numbers within each item's options; unknown items or bad values raise.

    Missing items are allowed here (a draft); ``check_complete`` asks for them.
    """
    known = {item.id: item for item in instrument.items}
    unknown = sorted(set(answers) - set(known))
    if unknown:
        raise ValidationFailed(M.UNKNOWN_ITEMS.format(items=", ".join(unknown)), field="answers")
    clean: dict[str, int] = {}
    for item_id, raw in answers.items():
        if raw is None or raw == "":
            continue
        item = known[item_id]
        value = _as_int(raw)
        allowed = [o.value for o in instrument.options_for(item)]
        if value is None or value not in allowed:
            low, high = instrument.value_range(item)
            raise ValidationFailed(
                M.OUT_OF_RANGE.format(item=label_of(instrument, item), low=low, high=high),
                field=f"item-{item_id}",
            )
        clean[item_id] = value
    return clean


def valid_answers(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, int]:
    """Only the acceptable answers, silently skipping the rest (to keep what can be kept)."""
    valid: dict[str, int] = {}
    for item_id, raw in answers.items():
        try:
            valid.update(check_values(instrument, {item_id: raw}))
        except ValidationFailed:
            continue
    return valid


def needed_items(instrument: Instrument, answers: Mapping[str, int]) -> list[Item]:
    """The items this answer set needs: all of them, or only the gate when it is closed."""
    gate = instrument.gate
    if gate is not None and answers.get(gate.item) == gate.ends_when:
        return [instrument.item(gate.item)]
    return list(instrument.items)


def missing_items(instrument: Instrument, answers: Mapping[str, int]) -> list[Item]:
    """Items still to answer, in order."""
    return [item for item in needed_items(instrument, answers) if item.id not in answers]


def label_of(instrument: Instrument, item: Item) -> str:
    """How a person refers to an item: 'question 9', or its short text for named items."""
    position = instrument.items.index(item) + 1
    return M.ITEM_LABEL.format(number=position)


def check_complete(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, int]:
    """A complete, valid answer set, or a message that names what is missing or wrong."""
    clean = check_values(instrument, answers)
    missing = missing_items(instrument, clean)
    if missing:
        names = ", ".join(label_of(instrument, item) for item in missing)
        raise ValidationFailed(M.MISSING_ITEMS.format(items=names), field="answers")
    return {item.id: clean[item.id] for item in needed_items(instrument, clean)}


def item_score(instrument: Instrument, item: Item, value: int) -> int:
    """The scored value of one answer, reverse-keyed where the item says so."""
    if item.reverse:
        low, high = instrument.value_range(item)
        return low + high - value
    return value


def band_for(instrument: Instrument, total: float) -> str:
    """The authors' label for the range a total falls in."""
    bands = sorted(instrument.bands, key=lambda band: band.min)
    chosen = bands[0]
    for band in bands:
        if band.min <= total:
            chosen = band
    return chosen.label


def score(instrument: Instrument, answers: Mapping[str, object]) -> Score:
    """Score a complete answer set (raises ValidationFailed if it is not complete)."""
    clean = check_complete(instrument, answers)
    scored = {
        item.id: item_score(instrument, item, clean.get(item.id, 0))
        for item in instrument.scored_items
    }
    total = instrument.multiplier * sum(scored.values())
    subscales = {s.id: float(sum(scored[i] for i in s.items)) for s in instrument.subscales}
    referral = instrument.referral
    return Score(
        total=float(total),
        max_total=instrument.max_total,
        band=band_for(instrument, total),
        at_referral=bool(referral and referral.reached(total)),
        subscales=subscales,
        risky_items=tuple(i.id for i in instrument.items if i.risk and clean.get(i.id, 0) > 0),
    )
