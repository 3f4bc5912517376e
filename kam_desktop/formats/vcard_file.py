"""A vCard file of one account's contacts: read a whole file into validated contacts, or write one.

Reading decodes the bytes (UTF-8, UTF-16 or GB18030), parses every card, reads each into a
contact (``formats.vcard``), validates it and resolves the reporting lines between the cards,
before anything is written anywhere: a bad card anywhere is an error naming the file, the card
(number and name) and the field or line at fault. Writing serialises the contacts as UTF-8
vCard 3.0 and replaces the file whole (``formats.atomic_file``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import vobject
from vobject.base import Component, VObjectError

from kam_desktop.domain.contacts.contact_fields import (
    ContactDraft,
    ReportsToCycle,
    ReportsToSelf,
    field_problem,
    validated,
)
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.formats.atomic_file import write_bytes_atomically
from kam_desktop.formats.vcard import PROPERTY, from_card, to_card

_BINARY = re.compile(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)
_BEGIN = re.compile(r"^BEGIN:VCARD[ \t\r]*$", re.IGNORECASE | re.MULTILINE)


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


class BadNamedVCard(BadVCard):
    template = QT_TRANSLATE_NOOP(
        "errors", "{file}, card {card} ({name}): {problem} Nothing was imported."
    )


def _bad_card(path: Path, number: int, name: str, problem: object) -> BadVCard:
    if name:
        return BadNamedVCard(file=str(path), card=number, name=name, problem=problem)
    return BadVCard(file=str(path), card=number, problem=problem)


_NO_CARD = QT_TRANSLATE_NOOP("errors", "it holds no BEGIN:VCARD … END:VCARD card")
_NOT_TEXT = QT_TRANSLATE_NOOP("errors", "it is not text in UTF-8, UTF-16 or GB18030")
_OTHER_KIND = QT_TRANSLATE_NOOP("errors", "it holds calendar or other entries, not contacts")
_UNREADABLE_LINE = QT_TRANSLATE_NOOP(
    "errors",
    "this line cannot be read. A long value may go on over several lines only when each "
    "following line starts with a space.",
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


def read_vcard_file(path: Path, *, today: date | None = None) -> list[FileContact]:
    """Every card of the file as a validated contact; all of them, or none and an error."""
    path = Path(path)
    incoming = _incoming(path, _cards(path, _decode(path)), today)
    managers = _managers(path, incoming)
    return [
        FileContact(item.number, item.draft, manager)
        for item, manager in zip(incoming, managers, strict=True)
    ]


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VCardUnreadable(file=str(path), reason=exc.strerror or str(exc)) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" not in data:
        for encoding in ("utf-8-sig", "gb18030"):  # phones write UTF-8; old Chinese ones GBK
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise NotAVCard(file=str(path), reason=Text("errors", _NOT_TEXT))


def _without_binaries(text: str) -> str:
    """Photos, logos, sounds and keys blanked out, line for line (so line numbers stay true):
    they are never imported, and a damaged photo must not stop the import of its card."""
    lines = text.split("\n")
    inside = False
    for number, line in enumerate(lines):
        inside = bool(_BINARY.match(line)) or (inside and line[:1] in (" ", "\t"))
        if inside:
            lines[number] = ""
    return "\n".join(lines)


def _cards(path: Path, text: str) -> list[Component]:
    if not _BEGIN.search(text):
        raise NotAVCard(file=str(path), reason=Text("errors", _NO_CARD))
    cards: list[Component] = []
    try:
        for card in vobject.readComponents(_without_binaries(text), allowQP=True):
            if card.name != "VCARD":
                raise NotAVCard(file=str(path), reason=Text("errors", _OTHER_KIND))
            cards.append(card)
    except VObjectError as exc:
        line = max(getattr(exc, "lineNumber", None) or 1, 1)  # vobject counts the first as 0
        lines = text.split("\n")  # as vobject counts them
        shown = lines[line - 1].strip() if line <= len(lines) else ""
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        closing = "closed" in str(exc) or "never opened" in str(exc)
        problem = Text("errors", _UNBALANCED if closing else _UNREADABLE_LINE)
        number = len(cards) + 1
        raise BadVCardLine(
            file=str(path), card=number, line=line, text=shown, problem=problem
        ) from exc
    except (UnicodeDecodeError, LookupError) as exc:  # quoted-printable in another charset
        number = len(cards) + 1
        raise BadVCard(file=str(path), card=number, problem=Text("errors", _BAD_CHARSET)) from exc
    if not cards:
        raise NotAVCard(file=str(path), reason=Text("errors", _NO_CARD))
    return cards


@dataclass(frozen=True)
class _Incoming:
    number: int
    draft: ContactDraft
    uid: str | None
    manager_uid: str | None


def _incoming(path: Path, cards: list[Component], today: date | None) -> list[_Incoming]:
    found: list[_Incoming] = []
    for number, card in enumerate(cards, 1):
        read = from_card(card)
        problems = list(read.problems)
        try:
            clean = validated(replace(read.draft, reports_to_id=None), today=today)
        except InvalidInput as exc:
            problems = [*exc.problems, *problems]
        if problems:
            name = read.draft.name.strip()
            raise _bad_card(path, number, name, _Details(tuple(problems)))
        found.append(_Incoming(number, clean, read.uid, read.manager_uid))
    return found


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
    "BadNamedVCard",
    "BadVCard",
    "BadVCardLine",
    "FileContact",
    "NotAVCard",
    "VCardNotWritten",
    "VCardUnreadable",
    "read_vcard_file",
    "vcard_text",
    "write_vcard_file",
]
