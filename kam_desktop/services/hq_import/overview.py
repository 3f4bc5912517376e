"""Open an HQ list and say how it reads: format, header, which column feeds which field.

The column mapping comes from, in this order: the columns the rep chose (``ImportOptions.columns``),
the profile the rep named, the most recently used saved profile made for these very headers,
and else the header synonyms (DOMAIN §10). Unknown columns are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.hq_columns import REQUIRED, fields, header_unit
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.formats.hq_list.errors import FieldNames
from kam_desktop.formats.hq_list.model import Cell
from kam_desktop.formats.hq_list.reader import HqList, open_hq_list
from kam_desktop.services.hq_import.model import ColumnMapping, ImportOptions, ListOverview
from kam_desktop.services.hq_import.profiles import fitting_profiles

SAMPLE_ROWS = 8


class UnknownProfile(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The mapping “{name}” is not saved for a list with these headers. Choose the columns "
        "again or another mapping.",
    )


class UnknownField(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Column {column}: “{field}” is not a field of this list."
    )


class FieldTwice(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Two columns feed the {field}; choose one and ignore the other."
    )


def open_list(path: Path | str, options: ImportOptions) -> HqList:
    return open_hq_list(
        path,
        kind=options.kind,
        encoding=options.encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
    )


def cell_text(cell: Cell) -> str:
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, date):
        return cell.isoformat()
    return cell


def overview_of(s: Session, hq: HqList, options: ImportOptions) -> ListOverview:
    """The overview of an opened list (``s`` reads the saved profiles)."""
    kind = hq.header.list_kind
    headers = [c.text for c in hq.header.columns]
    fitting = fitting_profiles(s, kind, headers)
    profile: str | None = None
    chosen: Mapping[int, str | None]
    if options.columns is not None:
        chosen = options.columns
    elif options.profile is not None:
        found = dict(fitting).get(options.profile)
        if found is None:
            raise UnknownProfile(name=options.profile)
        profile, chosen = options.profile, found
    elif fitting:
        profile, chosen = fitting[0]
    else:
        chosen = {c.index: c.field for c in hq.header.columns}
    known = fields(kind)
    columns = []
    for c in hq.header.columns:
        field = chosen.get(c.index, c.field if options.columns is None else None)
        if field is not None and field not in known:
            raise UnknownField(column=c.index + 1, field=field)
        unit = c.unit if field == c.field else header_unit(c.text)
        columns.append(ColumnMapping(c.index, c.text, field, c.field, unit))
    mapped = [c.field for c in columns if c.field is not None]
    for field in mapped:
        if mapped.count(field) > 1:
            raise FieldTwice(field=FieldNames((field,)))
    sample = tuple(
        tuple(cell_text(cell) for cell in row.cells) for row in islice(hq.rows(), SAMPLE_ROWS)
    )
    return ListOverview(
        path=hq.path,
        format=hq.format,
        list_kind=kind,
        columns=tuple(columns),
        fields=known,
        required=tuple(sorted(REQUIRED[kind])),
        missing=tuple(sorted(REQUIRED[kind] - set(mapped))),
        profile=profile,
        profiles=tuple(name for name, _ in fitting),
        sample=sample,
    )


def inspect_list(
    book: Book, path: Path | str, options: ImportOptions | None = None
) -> ListOverview:
    """Open ``path`` as an HQ list and say how it reads; raises a ``KamError`` naming the file
    (and row or column) when it cannot be read as a list."""
    options = options or ImportOptions()
    hq = open_list(path, options)
    with book.sessions() as s:
        return overview_of(s, hq, options)
