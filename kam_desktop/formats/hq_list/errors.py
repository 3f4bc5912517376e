"""The errors of the HQ list readers: each names the file, and the row or column where there is
one, never a cell value (a cell may hold a name or a phone number).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kam_desktop.domain.errors import KamError, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate


class HqListEmpty(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{file} is empty. Nothing was imported.")


class HqListUnreadable(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{file} could not be read: {reason}. Nothing was imported."
    )


class NotAList(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file} is not a customer list: {reason}. Save the list from Excel or WPS as .xlsx "
        "or .csv and try again. Nothing was imported.",
    )


class UnknownEncoding(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{encoding} is not a text encoding KAM Desktop knows (try GBK or UTF-8)."
    )


class BadDelimiter(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The delimiter must be one character, such as a comma or a tab."
    )


class BadEncodingLine(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file}, line {row}: the text is not valid {encoding}. Choose another encoding. "
        "Nothing was imported.",
    )


class BadCsvLine(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{file}, line {row}: {reason}. Nothing was imported.")


class WorkbookDamaged(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file} is damaged or incomplete. Open it in Excel or WPS, save it again and try "
        "again. Nothing was imported.",
    )


class WorkbookProtected(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file} is protected by a password. Open it in Excel or WPS, remove the password, "
        "save it and try again. Nothing was imported.",
    )


class NoSuchSheet(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{file} has no sheet named {sheet}. Its sheets are: {sheets}."
    )


class NoHeader(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file}: no header row was found in the first {limit} rows (the first row reads: "
        "{headers}). Put column names such as 客户名称 and 客户编码 in one row above the "
        "data. Nothing was imported.",
    )


class MissingColumns(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file}, header row {row}: no column can be the {fields}. The headers are: "
        "{headers}. Rename that column or choose it by hand. Nothing was imported.",
    )


class TooManyCells(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file}, row {row}: {found} cells where the header has {expected} columns (a "
        "delimiter inside a value that is not in quotes?).",
    )


# Reasons, translated where shown.
EMPTY_WORKBOOK = QT_TRANSLATE_NOOP("errors", "it has no sheet with any cells")
IMAGE = QT_TRANSLATE_NOOP("errors", "it is an image ({what})")
PDF = QT_TRANSLATE_NOOP("errors", "it is a PDF document")
ARCHIVE = QT_TRANSLATE_NOOP("errors", "it is a zip archive, not an Excel workbook")
BINARY = QT_TRANSLATE_NOOP("errors", "it holds binary data, not text")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "its text is in no encoding KAM Desktop recognises (UTF-8, GBK, UTF-16 …)"
)
CELL_TOO_LONG = QT_TRANSLATE_NOOP("errors", "a cell is longer than {limit} characters")
BAD_CSV = QT_TRANSLATE_NOOP("errors", "this line cannot be read as CSV")
NOT_RECORDS = QT_TRANSLATE_NOOP(
    "errors", "most lines below its header do not have the header's columns (a document?)"
)

# Field names in "no column can be the …".
_FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("hq_columns", "customer name"),
    "code": QT_TRANSLATE_NOOP("hq_columns", "customer code"),
    "month": QT_TRANSLATE_NOOP("hq_columns", "month"),
    "order_date": QT_TRANSLATE_NOOP("hq_columns", "order date"),
    "amount": QT_TRANSLATE_NOOP("hq_columns", "amount"),
}


@dataclass(frozen=True)
class Reason:
    """A translatable reason with its own parameters, rendered in the language shown."""

    source: str
    params: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return translate("errors", self.source).format(**dict(self.params))


def reason(source: str, **params: object) -> Reason:
    return Reason(source, tuple(params.items()))


@dataclass(frozen=True)
class FieldNames:
    """Required fields named in the language shown."""

    fields: tuple[str, ...]

    def __str__(self) -> str:
        return ", ".join(
            str(Text("hq_columns", _FIELD_NAMES[f])) if f in _FIELD_NAMES else f
            for f in self.fields
        )


def header_list(texts: Iterable[str], limit: int = 20, width: int = 40) -> str:
    """Headers as one short text: at most ``limit`` of them, each cut to ``width`` characters."""
    shown = [t.strip()[:width] for t in texts if t.strip()]
    more = "…" if len(shown) > limit else ""
    return " | ".join(shown[:limit]) + more if shown else "—"
