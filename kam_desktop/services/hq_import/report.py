"""The rejected-rows report of an import: file, row, column, value and why, as CSV or XLSX.

The rep sends it back to HQ or fixes the list with it, so headers and reasons are in the UI
language, the CSV opens right in Excel (UTF-8 with BOM, CRLF) and no cell can run as a formula
(``formats/csv_writer`` and ``formats/excel_writer`` neutralise every text). The kind of file is
chosen by the suffix of the path the rep picked.
"""

from __future__ import annotations

from pathlib import Path

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.formats.csv_writer import write_csv
from kam_desktop.formats.excel_writer import CellKind, Column, Sheet, write_workbook
from kam_desktop.services.hq_import.model import ImportPlan

CONTEXT = "hq_import"
SUFFIXES = (".csv", ".xlsx")

_HEADERS = (
    (QT_TRANSLATE_NOOP("hq_import", "File"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("hq_import", "Row"), CellKind.INTEGER),
    (QT_TRANSLATE_NOOP("hq_import", "Column"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("hq_import", "Value"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("hq_import", "Reason"), CellKind.TEXT),
)
_SHEET_TITLE = QT_TRANSLATE_NOOP("hq_import", "Rejected rows")


class UnknownReportFormat(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{file}: the report can be saved as .csv or .xlsx only. Nothing was written."
    )


def report_rows(plan: ImportPlan) -> list[tuple[str, int, str, str, str]]:
    """One row per rejected cell, in file order, the reason in the current language."""
    return [(r.file, r.row, r.column, r.value, r.reason) for r in plan.rejected]


def report_headers() -> tuple[str, ...]:
    return tuple(translate(CONTEXT, source) for source, _ in _HEADERS)


def write_rejected_report(plan: ImportPlan, path: Path) -> None:
    """Write the plan's rejected rows to ``path`` (``.csv`` or ``.xlsx``), atomically.

    Raises ``UnknownReportFormat`` for any other suffix, before anything is written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnknownReportFormat(file=path.name)
    rows = report_rows(plan)
    if suffix == ".csv":
        write_csv(path, report_headers(), rows)
        return
    columns = tuple(
        Column(header, kind) for header, (_, kind) in zip(report_headers(), _HEADERS, strict=True)
    )
    write_workbook(path, [Sheet(translate(CONTEXT, _SHEET_TITLE), columns, rows)])


__all__ = [
    "SUFFIXES",
    "UnknownReportFormat",
    "report_headers",
    "report_rows",
    "write_rejected_report",
]
