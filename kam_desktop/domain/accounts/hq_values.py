"""The fields of an HQ customer list, cleaned one cell at a time, and a whole row as an
``AccountDraft`` plus the problems that go to the rejected-rows report (issue 10, point 3).

``clean_cell(field, cell, unit)`` returns the field's value (text, amount in 万元, date, enum
member) or a ``KamError``; ``account_row(cells, units)`` never raises for a bad cell: the bad
field is left out of the draft and named in ``problems``. After the cells, what the account
form checks beyond the cleaners (the required name, lengths, the sub-industry's text) is checked
too, so a row the import accepts is one ``account_fields.problems`` accepts (a hypothesis test
holds it to that).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache

from kam_desktop.domain.accounts import account_fields, credit_code
from kam_desktop.domain.accounts.account_fields import (
    HQ_OWNED,
    MAX_AMOUNT,
    MAX_EMPLOYEES,
    MAX_LENGTH,
    AccountDraft,
    AccountField,
)
from kam_desktop.domain.accounts.hq_cells import (
    Cell,
    clean_code,
    clean_text,
    parse_amount,
    parse_date,
)
from kam_desktop.domain.contacts import contact_formats
from kam_desktop.domain.enums import AccountStatus, Grade, Industry, SizeClass
from kam_desktop.domain.errors import (
    BadEmail,
    BadPhone,
    BadWebsite,
    FieldProblem,
    KamError,
    NegativeNumber,
    Required,
    Text,
    TooLong,
)
from kam_desktop.domain.field_values import (
    NotAWholeNumber,
    NumberOutOfRange,
    UnknownChoice,
    text_problem,
)
from kam_desktop.domain.labels import Labeled

Value = str | float | int | date | Labeled | None

# Suffixes HQ lists add to a grade or size label: ``A类``, ``A级客户``, ``大型企业``.
_LABEL_SUFFIXES = ("客户", "企业", "公司", "类", "级")


@lru_cache(maxsize=4096)  # a list repeats a handful of grades, sizes, industries 100,000 times
def _choice(enum: type[Labeled], cell: Cell | None) -> Value | KamError:
    text = clean_text(cell)
    if text is None:
        return None
    member = enum.parse(text)
    trimmed = text
    while member is None and trimmed.endswith(_LABEL_SUFFIXES):
        trimmed = next(trimmed[: -len(s)] for s in _LABEL_SUFFIXES if trimmed.endswith(s))
        member = enum.parse(trimmed) or enum.parse(trimmed + "级")
    return member if member is not None else UnknownChoice()


def _code(cell: Cell | None) -> Value | KamError:
    return clean_code(cell)


def _credit_code(cell: Cell | None) -> Value | KamError:
    text = clean_code(cell)
    if text is None:
        return None
    text = credit_code.normalise(text)
    return credit_code.problem(text) or text


def _checked(check: Callable[[str], bool], problem: type[KamError]) -> Callable[..., Value]:
    def clean(cell: Cell | None) -> Value | KamError:
        text = clean_code(cell)
        if text is None:
            return None
        return text if check(text) else problem()

    return clean


def _amount(cell: Cell | None, unit: str | None = None) -> Value | KamError:
    return parse_amount(cell, unit, MAX_AMOUNT)


def _whole(cell: Cell | None) -> Value | KamError:
    text = clean_text(cell)
    if text is None:
        return None
    text = text.replace(",", "")
    if text.startswith("-") and text.lstrip("-").isdigit():
        return NegativeNumber()
    if not text.isascii() or not text.isdigit():
        return NotAWholeNumber()
    number = int(text)
    if number > MAX_EMPLOYEES:
        return NumberOutOfRange(low=0, high=f"{MAX_EMPLOYEES:,}")
    return number


#: How each field's cell is cleaned. Fields not named here are one-line text.
_CLEANERS: dict[str, Callable[..., Value | KamError]] = {
    "code": _code,
    "credit_code": _credit_code,
    "hq_grade": lambda cell: _choice(Grade, cell),
    "size_class": lambda cell: _choice(SizeClass, cell),
    "industry": lambda cell: _choice(Industry, cell),
    "status": lambda cell: _choice(AccountStatus, cell),
    "phone": _checked(contact_formats.is_phone, BadPhone),
    "mobile": _checked(contact_formats.is_mobile_field, BadPhone),
    "email": _checked(contact_formats.is_email, BadEmail),
    "website": _checked(contact_formats.is_website, BadWebsite),
    "employees": _whole,
    "notes": lambda cell: clean_text(cell, multiline=True),
}
_AMOUNTS = frozenset({"hq_sales", "annual_revenue", "sales", "margin", "collections", "amount"})
_DATES = frozenset({"order_date", "last_order_on"})


def clean_cell(field: str, cell: Cell | None, unit: str | None = None) -> Value | KamError:
    """The clean value of one cell of ``field`` (``unit``: the header's, for amounts), ``None``
    when the cell is empty, or the problem with it."""
    if field in _AMOUNTS:
        return _amount(cell, unit)
    if field in _DATES:
        return parse_date(cell)
    value = _CLEANERS.get(field, clean_text)(cell)
    if isinstance(value, str):  # no control characters or broken surrogates in stored text
        return text_problem(value, multiline=field == "notes") or value
    return value


@dataclass(frozen=True)
class AccountRow:
    """One HQ list row as an account draft, and what was wrong with it (empty: import it)."""

    draft: AccountDraft
    problems: tuple[FieldProblem, ...]


_DRAFT_FIELDS = frozenset(f.name for f in fields(AccountDraft))


def _label(name: str) -> Text:
    return Text("AccountField", AccountField(name).en)


#: Fields whose cleaner already checks all the account form would, but length: for these
#: only the required name, lengths and the sub-industry's text are checked again (running the
#: whole form's validation on every row cost a third of an import).
_LEAN_FIELDS = frozenset(
    {
        "code", "name", "credit_code", "hq_grade", "size_class", "industry", "sub_industry",
        "status", "phone", "website", "employees", "notes", "hq_sales", "annual_revenue",
        "province", "city", "district", "address", "owner", "short_name",
    }
)  # fmt: skip


#: Columns whose few distinct texts repeat on every row of a list: cleaned once per text.
_REPEATED = frozenset({"province", "city", "district", "owner", "status"})


@lru_cache(maxsize=16384)
def _clean_repeated(field: str, cell: Cell | None, unit: str | None) -> Value | KamError:
    return clean_cell(field, cell, unit)


def _form_checks(values: Mapping[str, Value], reported: set[str]) -> list[FieldProblem]:
    found = []
    if "name" not in values and "name" not in reported:
        found.append(FieldProblem("name", _label("name"), Required()))
    for name, value in values.items():
        if name in reported or not isinstance(value, str):
            continue
        issue = text_problem(value) if name == "sub_industry" else None
        limit = MAX_LENGTH.get(name)
        if issue is None and limit is not None and len(value) > limit:
            issue = TooLong(limit=limit)
        if issue is not None:
            field = "industry" if name == "sub_industry" else name  # name the column
            found.append(FieldProblem(field, _label(field), issue))
    return found


def account_row(
    cells: Mapping[str, Cell | None],
    units: Mapping[str, str | None] | None = None,
    *,
    only: frozenset[str] = HQ_OWNED,
) -> AccountRow:
    """The draft the cells of one row describe (by field name, as the header mapped them), of
    the fields in ``only`` — by default what HQ owns (DOMAIN §9); the import service may pass
    more for a new account — and one problem per bad field. Never raises for a bad cell."""
    units = units or {}
    values: dict[str, Value] = {}
    found: list[FieldProblem] = []
    for name, cell in cells.items():
        if name not in only or name not in _DRAFT_FIELDS:
            continue
        clean = _clean_repeated if name in _REPEATED else clean_cell
        value = clean(name, cell, units.get(name))
        if name == "industry" and isinstance(value, UnknownChoice):
            # Not a GB/T 4754 section: HQ's own words are the sub-industry (DOMAIN §2).
            values["sub_industry"] = clean_text(cell)
            continue
        if isinstance(value, KamError):
            found.append(FieldProblem(name, _label(name), value))
        elif value is not None:
            values[name] = value
    reported = {p.field for p in found}
    if set(values) <= _LEAN_FIELDS:
        found += _form_checks(values, reported)
    else:  # a field no cleaner checks as the form does (stages, modes …): the whole form
        draft = AccountDraft(**values)  # type: ignore[arg-type]
        for issue in account_fields.problems(draft):
            if issue.field == "sub_industry":  # the industry column's text: name that column
                issue = FieldProblem("industry", _label("industry"), issue.problem)
            if issue.field in {"name", *values, *cells} and issue.field not in reported:
                found.append(issue)
                reported.add(issue.field)
    bad = {p.field for p in found}
    bad |= {"sub_industry"} if "industry" in bad else set()
    draft = AccountDraft(**{k: v for k, v in values.items() if k not in bad})  # type: ignore[arg-type]
    return AccountRow(draft, tuple(found))


__all__ = ["AccountRow", "Value", "account_row", "clean_cell"]
