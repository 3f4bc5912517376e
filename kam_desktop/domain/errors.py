"""Typed errors whose messages a sales rep can act on, in both languages.

Each error class carries an English ``template`` marked for translation; ``message()`` renders
it in the current language. Parameters that are themselves translatable (field names, enum
labels) are passed as ``Text`` so they are translated too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Text:
    """A translatable fragment used as a message parameter."""

    context: str
    source: str

    def __str__(self) -> str:
        return translate(self.context, self.source)


class KamError(Exception):
    """Base of every error the rep may see."""

    template = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.template.format(**{k: _source(v) for k, v in params.items()}))

    def message(self) -> str:
        """The message in the current language."""
        rendered = {k: str(v) for k, v in self.params.items()}
        return translate("errors", self.template).format(**rendered)


def _source(value: Any) -> str:
    return value.source if isinstance(value, Text) else str(value)


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: which field (translatable label) and why (translatable text)."""

    field: str
    label: Text
    problem: KamError

    def message(self) -> str:
        return translate("errors", "{field}: {problem}").format(
            field=str(self.label), problem=self.problem.message()
        )


class InvalidInput(KamError):
    """One or more fields failed validation; nothing was saved."""

    template = QT_TRANSLATE_NOOP("errors", "Not saved. Please correct: {details}")

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        Exception.__init__(self, "; ".join(f"{p.field}: {p.problem}" for p in problems))
        self.params = {}

    def message(self) -> str:
        details = "; ".join(p.message() for p in self.problems)
        return translate("errors", self.template).format(details=details)

    def fields(self) -> list[str]:
        return [p.field for p in self.problems]


# --- field problems -------------------------------------------------------------------------


class Required(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is required.")


class TooLong(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is too long (at most {limit} characters).")


class BadCreditCodeLength(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must have 18 characters; {count} were given.")


class BadCreditCodeChar(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "character {position} ({char}) is not allowed; use digits and capital letters "
        "except I, O, Z, S and V.",
    )


class BadCreditCodeCheck(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "the check character should be {expected}, not {actual}; please check the code "
        "against the business licence.",
    )


class BadPhone(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "is not a phone number; use a landline with area code (0571-88886666) "
        "or an 11-digit mobile (13812345678).",
    )


class BadEmail(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is not an e-mail address (name@example.com).")


class BadWebsite(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is not a web address (www.example.com).")


class BadChoice(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is not one of the allowed values.")


class BadNumber(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{value} is not a number.")  # a number, never personal


class NegativeNumber(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must not be negative.")


class DuplicateValue(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{value} is already used by account {other}.")


class ParentCycle(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "an account cannot belong to itself or to one of its own subsidiaries."
    )


# --- whole-operation errors -------------------------------------------------------------------


class NotFound(KamError):
    template = QT_TRANSLATE_NOOP("errors", "No {what} with {key} was found in this book.")


class ChangedElsewhere(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This account was changed elsewhere since you opened it. Reopen it to see the "
        "latest version, then make your change again.",
    )


class NotABook(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a KAM Desktop account book ({reason}). The file was not changed. "
        "Choose a .kambook file, or create a new book.",
    )


class BookTooNew(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} was made by a newer version of KAM Desktop (schema {revision}). The file was "
        "not changed. Please update KAM Desktop to open it.",
    )


class BookUnreadable(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{path} could not be opened: {reason}. The file was not changed."
    )
