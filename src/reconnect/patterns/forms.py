"""The factor fields that the check-in and entry forms share (web layer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Form
from sqlalchemy.orm import Session

from reconnect.accounts.models import User
from reconnect.patterns import factors, service
from reconnect.patterns.factors import Factors

FormText = Annotated[str, Form()]
FormList = Annotated[list[str] | None, Form()]


@dataclass(frozen=True)
class FactorForm:
    """The factor fields as typed, kept so a form with a mistake can be shown again."""

    sleep_hours: str = ""
    sleep_quality: str = ""
    movement: str = ""
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)
    tags: str = ""

    def parse(self) -> Factors:
        """The checked factors; raises ValidationFailed with a clear message."""
        return service.clean_factors(
            sleep_hours=factors.parse_sleep(self.sleep_hours),
            sleep_quality=self.sleep_quality,
            movement=self.movement,
            people=self.people,
            places=self.places,
            activities=self.activities,
            tags=self.tags,
        )

    @classmethod
    def of(cls, chosen: Factors) -> FactorForm:
        """The form fields for stored factors (to edit them)."""
        hours = "" if chosen.sleep_hours is None else f"{chosen.sleep_hours:g}"
        return cls(
            sleep_hours=hours,
            sleep_quality=chosen.sleep_quality or "",
            movement=chosen.movement or "",
            people=list(chosen.people),
            places=list(chosen.places),
            activities=list(chosen.activities),
            tags=", ".join(chosen.tags),
        )


def factor_form(
    sleep_hours: FormText = "",
    sleep_quality: FormText = "",
    movement: FormText = "",
    people: FormList = None,
    places: FormList = None,
    activities: FormList = None,
    tags: FormText = "",
) -> FactorForm:
    """Read the factor fields of a posted form."""
    return FactorForm(
        sleep_hours, sleep_quality, movement, people or [], places or [], activities or [], tags
    )


FactorInput = Annotated[FactorForm, Depends(factor_form)]


def form_context(db: Session, user: User, values: FactorForm | None = None) -> dict[str, Any]:
    """What the shared factor fields template needs: choices (most used first) and values."""
    return {
        "factor_choices": service.choice_order(db=db, user=user),
        "factor_values": values or FactorForm(),
    }
