"""A vCard file of one account's contacts: read a whole file into validated contacts, or write one.

Reading decodes the bytes line by line (``formats.vcard_decode``: UTF-8, UTF-16, GB18030 or a
property's own CHARSET), parses every card, reads each into a contact (``formats.vcard``),
validates it and resolves the reporting lines between the cards, before anything is written
anywhere: a bad card anywhere is an error naming the file, the card (number and name) and the
field or line at fault, and whatever the bytes, the reader ends in contacts or such an error.
What a phone book holds that KAM cannot check is no reason to refuse a file: a phone number
that is neither Chinese nor a valid foreign one is kept as written, and a card without any
name is skipped, each with a warning naming the card and field (never the value).
Writing serialises the contacts as UTF-8 vCard 3.0 and replaces the file whole
(``formats.atomic_file``); a control character an older book may hold is not written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import vobject
from vobject.base import Component, VObjectError

from kam_desktop.domain.contacts import contact_formats
from kam_desktop.domain.contacts.contact_fields import (
    ContactDraft,
    ReportsToCycle,
    ReportsToSelf,
    field_problem,
    validated,
)
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Text
from kam_desktop.domain.field_values import text_problem
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.formats.atomic_file import write_bytes_atomically
from kam_desktop.formats.vcard import PROPERTY, CardContact, from_card, to_card
from kam_desktop.formats.vcard_decode import MAX_BYTES, FileNotText, LineNotText, decoded_text
from kam_desktop.formats.vcard_warnings import (
    CardWarning,
    CardWithoutName,
    PhoneLeftOut,
    PhoneUnchecked,
)

_BEGIN = re.compile(r"^BEGIN:VCARD[ \t\r]*$", re.IGNORECASE | re.MULTILINE)
_PHONE_LENGTH = 40  # the column's; a longer value is no phone number


# --- errors -----------------------------------------------------------------------------------


class VCardUnreadable(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{file} could not be read: {reason}. Nothing was imported."
    )


class VCardNotWritten(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{file} could not be written: {reason}.")


class NotAVCard(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{file} is not a vCard file: {reason}. Nothing was imported."
    )


class BadVCardLine(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{file}, card {card}, line {line} ({text}): {problem} Nothing was imported."
    )


class BadVCard(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{file}, card {card}: {problem} Nothing was imported.")


class VCardTooLarge(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file} is larger than {limit} MB, too large for a phone book; split it into smaller "
        "files. Nothing was imported.",
    )


class NoNamedCard(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file}: none of its {count} cards has a name (FN, N or ORG). Nothing was imported.",
    )


_PROPERTY_NAME = re.compile(r"[A-Za-z0-9.-]{1,40}")


def _bad_card(path: Path, number: int, name: str, problem: object) -> BadVCard:
    del name  # a contact's name never goes into a message; the card number finds it
    return BadVCard(file=str(path), card=number, problem=problem)


_NO_CARD = QT_TRANSLATE_NOOP("errors", "it holds no BEGIN:VCARD … END:VCARD card")
_NOT_TEXT = QT_TRANSLATE_NOOP("errors", "it is not text in UTF-8, UTF-16 or GB18030")
_OTHER_KIND = QT_TRANSLATE_NOOP("errors", "it holds calendar or other entries, not contacts")
_UNREADABLE_LINE = QT_TRANSLATE_NOOP(
    "errors",
    "this line cannot be read. A long value may go on over several lines only when each "
    "following line starts with a space.",
)
_UNREADABLE_CARD = QT_TRANSLATE_NOOP(
    "errors", "this card cannot be read; its lines are not in the shape a vCard needs."
)
_LINE_NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors",
    "this line is not text in the character set its CHARSET parameter names (or, without one, "
    "in UTF-8 or GB18030).",
)
_UNBALANCED = QT_TRANSLATE_NOOP(
    "errors", "BEGIN:VCARD and END:VCARD do not match; a card is not closed."
)
_BAD_CHARSET = QT_TRANSLATE_NOOP(
    "errors", "a value is not in the character set its CHARSET parameter names."
)
_DETAIL = QT_TRANSLATE_NOOP("errors", "{field} ({property}): {problem}")


@dataclass(frozen=True)
class _Details:
    """Field problems as one message parameter, rendered in the language shown."""

    problems: tuple[FieldProblem, ...]

    def __str__(self) -> str:
        return "; ".join(
            translate("errors", _DETAIL).format(
                field=str(p.label), property=PROPERTY[p.field], problem=p.problem.message()
            )
            for p in self.problems
        )


# --- writing ----------------------------------------------------------------------------------


def vcard_text(contacts: Iterable[tuple[str, ContactDraft]], account_name: str) -> str:
    """The vCard 3.0 cards of ``(contact id, draft)`` pairs of one account, in the order given."""
    return "".join(
        to_card(contact_id, draft, account_name).serialize() for contact_id, draft in contacts
    )


def write_vcard_file(
    path: Path, contacts: Iterable[tuple[str, ContactDraft]], account_name: str
) -> None:
    """Replace ``path`` by the contacts' cards in UTF-8 (``VCardNotWritten`` if it cannot be)."""
    path = Path(path)
    data = vcard_text(contacts, account_name).encode("utf-8")
    try:
        write_bytes_atomically(path, data)
    except OSError as exc:
        raise VCardNotWritten(file=str(path), reason=exc.strerror or str(exc)) from exc


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileContact:
    """One card of a file, read and validated."""

    number: int  # counted from 1, as errors name the card
    draft: ContactDraft  # validated, without a manager
    manager: int | None  # the index of the card it reports to (none: a manager outside the file)


@dataclass(frozen=True)
class VCardFile:
    """A file's contacts, and what was kept as written, left out or skipped on the way."""

    contacts: list[FileContact]
    warnings: tuple[CardWarning, ...]


def read_vcard_file(path: Path, *, today: date | None = None) -> VCardFile:
    """Every named card of the file as a validated contact, with warnings; all of them, or none
    and an error."""
    path = Path(path)
    text = _decode(path)
    incoming, warnings = _incoming(path, _cards(path, text), text, today)
    managers = _managers(path, incoming)
    contacts = [
        FileContact(item.number, item.draft, manager)
        for item, manager in zip(incoming, managers, strict=True)
    ]
    return VCardFile(contacts, tuple(warnings))


def _decode(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise VCardTooLarge(file=str(path), limit=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise VCardUnreadable(file=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        return decoded_text(data)
    except FileNotText as exc:
        raise NotAVCard(file=str(path), reason=Text("errors", _NOT_TEXT)) from exc
    except LineNotText as exc:
        if not _BEGIN.search(data.decode("latin-1")):  # some other file: say that, not a line
            raise NotAVCard(file=str(path), reason=Text("errors", _NO_CARD)) from exc
        shown = data.splitlines()[exc.line - 1] if exc.line <= len(data.splitlines()) else b""
        raise _bad_line(path, data.decode("latin-1"), exc.line, _LINE_NOT_TEXT, shown) from exc


def _bad_line(
    path: Path, text: str, line: int, problem: str, shown: bytes | str | None = None
) -> BadVCardLine:
    """The error for line ``line`` (from 1) of ``text``, naming the card it is in."""
    lines = text.split("\n")
    if shown is None:
        shown = lines[line - 1] if line <= len(lines) else ""
    if isinstance(shown, bytes):
        shown = shown.decode("ascii", "replace")
    # Only the property's name (TEL, TITLE;CHARSET=…) is shown: what follows the colon is
    # someone's name, phone or address, which no message or log may carry.
    head = shown.strip().split(":", 1)[0].split(";", 1)[0]
    shown = head if _PROPERTY_NAME.fullmatch(head) else "…"
    card = sum(1 for begin in _BEGIN.finditer("\n".join(lines[:line])))
    return BadVCardLine(
        file=str(path), card=max(card, 1), line=line, text=shown, problem=Text("errors", problem)
    )


def _card_lines(text: str) -> list[int]:
    """The line (from 1) each card begins on."""
    return [text.count("\n", 0, m.start()) + 1 for m in _BEGIN.finditer(text)]


def _cards(path: Path, text: str) -> list[Component]:
    if not _BEGIN.search(text):
        raise NotAVCard(file=str(path), reason=Text("errors", _NO_CARD))
    cards: list[Component] = []
    try:
        for card in vobject.readComponents(text, allowQP=True):
            if card.name != "VCARD":
                raise NotAVCard(file=str(path), reason=Text("errors", _OTHER_KIND))
            cards.append(card)
    except VObjectError as exc:
        line = max(getattr(exc, "lineNumber", None) or 1, 1)  # vobject counts the first as 0
        closing = "closed" in str(exc) or "never opened" in str(exc)
        raise _bad_line(path, text, line, _UNBALANCED if closing else _UNREADABLE_LINE) from exc
    except (UnicodeDecodeError, LookupError) as exc:  # quoted-printable in another charset
        number = len(cards) + 1
        raise BadVCard(file=str(path), card=number, problem=Text("errors", _BAD_CHARSET)) from exc
    except NotAVCard:
        raise
    except Exception as exc:
        # vobject's own slips (a TypeError on odd parameters, a bad base64) must end as
        # "nothing was imported" naming the card, never as a traceback.
        starts = _card_lines(text)
        line = starts[min(len(cards), len(starts) - 1)] if starts else 1
        raise _bad_line(path, text, line, _UNREADABLE_CARD) from exc
    if not cards:
        raise NotAVCard(file=str(path), reason=Text("errors", _NO_CARD))
    return cards


@dataclass(frozen=True)
class _Incoming:
    number: int
    draft: ContactDraft
    uid: str | None
    manager_uid: str | None


def _phone_warning(name: str, value: str | None) -> tuple[str | None, KamError | None]:
    """A phone field as imported: the value (kept, or left out) and a warning, if any."""
    if not value:
        return None, None
    if text_problem(value) is not None or len(value) > _PHONE_LENGTH:
        return None, PhoneLeftOut()
    accepted = contact_formats.is_mobile_field if name == "mobile" else contact_formats.is_phone
    return value, (None if accepted(value) else PhoneUnchecked())


def _read(path: Path, text: str, number: int, card: Component) -> CardContact:
    try:
        return from_card(card)
    except Exception as exc:  # a card vobject parsed into shapes no vCard has
        starts = _card_lines(text)
        line = starts[number - 1] if number <= len(starts) else 1
        raise _bad_line(path, text, line, _UNREADABLE_CARD) from exc


def _incoming(
    path: Path, cards: list[Component], text: str, today: date | None
) -> tuple[list[_Incoming], list[CardWarning]]:
    found: list[_Incoming] = []
    warnings: list[CardWarning] = []
    for number, card in enumerate(cards, 1):
        read = _read(path, text, number, card)
        if not read.draft.name.strip():
            warnings.append(CardWarning(number, None, CardWithoutName()))
            continue
        phones: dict[str, str | None] = {}
        for name in ("mobile", "phone"):
            phones[name], warning = _phone_warning(name, getattr(read.draft, name))
            if warning is not None:
                warnings.append(CardWarning(number, name, warning))
        problems = list(read.problems)
        unchecked = replace(read.draft, reports_to_id=None, mobile=None, phone=None)
        try:
            clean = replace(validated(unchecked, today=today), **phones)
        except InvalidInput as exc:
            problems = [*exc.problems, *problems]
        if problems:
            name = read.draft.name.strip()
            raise _bad_card(path, number, name, _Details(tuple(problems)))
        found.append(_Incoming(number, clean, read.uid, read.manager_uid))
    if not found:
        raise NoNamedCard(file=str(path), count=len(cards))
    return found, warnings


def _managers(path: Path, incoming: list[_Incoming]) -> list[int | None]:
    """For each card, the index of the card it reports to (a manager outside the file: none)."""
    by_uid: dict[str, int] = {}
    for index, item in enumerate(incoming):
        if item.uid:
            by_uid.setdefault(item.uid, index)  # a repeated UID: the first card keeps it
    managers = [by_uid.get(item.manager_uid or "") for item in incoming]
    for index, item in enumerate(incoming):
        chain, cursor, seen = [item.draft.name], managers[index], {index}
        while cursor is not None and cursor not in seen:
            seen.add(cursor)
            chain.append(incoming[cursor].draft.name)
            cursor = managers[cursor]
        if cursor == index:
            manager = incoming[managers[index]].draft.name  # type: ignore[index]
            problem = (
                ReportsToSelf(name=item.draft.name)
                if managers[index] == index
                else ReportsToCycle(name=item.draft.name, manager=manager, chain=" → ".join(chain))
            )
            details = _Details((field_problem("reports_to_id", problem),))
            raise _bad_card(path, item.number, item.draft.name, details)
    return managers


__all__ = [
    "BadVCard",
    "BadVCardLine",
    "FileContact",
    "NoNamedCard",
    "NotAVCard",
    "VCardFile",
    "VCardNotWritten",
    "VCardTooLarge",
    "VCardUnreadable",
    "read_vcard_file",
    "vcard_text",
    "write_vcard_file",
]
