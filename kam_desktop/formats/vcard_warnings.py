"""Warnings of a vCard import: what a card held that was kept as written, left out or skipped.

A file is not refused for a phone number KAM cannot check or a card without a name; the rep is
told which card and field, never the value (it may be someone's number).
"""

from __future__ import annotations

from dataclasses import dataclass

from kam_desktop.domain.contacts.contact_fields import field_problem
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.formats.vcard import PROPERTY


class PhoneUnchecked(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "kept as written, but it is not a Chinese number and could not be checked as a "
        "foreign one (is the country code missing?); please check it.",
    )


class PhoneLeftOut(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "left out: it is too long or holds control characters, so it is no number."
    )


class CardWithoutName(KamError):
    template = QT_TRANSLATE_NOOP("errors", "it has no name (FN, N or ORG), so it was skipped.")


_FIELD_WARNING = QT_TRANSLATE_NOOP("errors", "Card {card}, {field} ({property}): {problem}")
_CARD_WARNING = QT_TRANSLATE_NOOP("errors", "Card {card}: {problem}")


@dataclass(frozen=True)
class CardWarning:
    """Something a card held that was imported as written, left out, or skipped; it names the
    card and the field, never the value."""

    card: int  # counted from 1
    field: str | None  # the contact field; None: the whole card
    problem: KamError

    def message(self) -> str:
        """The warning in the current language."""
        if self.field is None:
            return translate("errors", _CARD_WARNING).format(
                card=self.card, problem=self.problem.message()
            )
        label = field_problem(self.field, self.problem).label
        return translate("errors", _FIELD_WARNING).format(
            card=self.card,
            field=str(label),
            property=PROPERTY[self.field],
            problem=self.problem.message(),
        )


__all__ = ["CardWarning", "CardWithoutName", "PhoneLeftOut", "PhoneUnchecked"]
