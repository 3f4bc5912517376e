"""XLSX and legacy XLS lists: the sheet chosen by its header, cells as typed.

python-calamine reads both formats fast. An XLSX whose styles pad numbers with zeros (a code
typed as 5112 in a ``000000`` column) is read with openpyxl in read-only mode instead, which
gives each cell's number format; both paths number rows as Excel does and start at column A.
Hidden rows and columns are read like any other. The sheet is the one whose first rows hold
the best header, not the first one (real files open with a cover sheet); the caller may name
it. Calamine holds a sheet's cells in its own (Rust) memory; rows become Python objects one at
a time.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import openpyxl
import python_calamine as calamine
import xlrd

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.formats.hq_list.errors import (
    ARCHIVE,
    EMPTY_WORKBOOK,
    NoSuchSheet,
    NotAList,
    WorkbookDamaged,
    WorkbookProtected,
    reason,
)
from kam_desktop.formats.hq_list.excel_cells import (
    cell_value,
    has_padding_formats,
    xls_format,
    xls_padding_formats,
)
from kam_desktop.formats.hq_list.header import (
    SEARCH_ROWS,
    Candidate,
    best_candidate,
    find_header,
)
from kam_desktop.formats.hq_list.model import Cell, DetectedFormat, FileKind

Numbered = tuple[int, tuple[Cell, ...]]
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def detect_workbook(
    path: Path, file_kind: FileKind, sheet: str | None, kind: ListKind | None
) -> tuple[DetectedFormat, Candidate]:
    """The sheet and header of a workbook."""
    _refuse_protected(path, file_kind)
    names = _sheet_names(path, file_kind)
    if sheet is not None and sheet not in names:
        raise NoSuchSheet(file=str(path), sheet=sheet, sheets=" | ".join(names) or "—")
    chosen: tuple[Candidate, str] | None = None
    filled: list[Numbered] = []
    for name in [sheet] if sheet is not None else names:
        rows = _head(path, file_kind, name)
        if not filled and any(any(_filled(c) for c in cells) for _, cells in rows):
            filled = rows
        candidate = best_candidate(rows, kind)
        if candidate is not None and (chosen is None or candidate.score > chosen[0].score):
            chosen = (candidate, name)
    if chosen is None:
        if not filled:
            raise NotAList(file=str(path), reason=reason(EMPTY_WORKBOOK))
        find_header(filled, kind, str(path))  # no header anywhere: raises NoHeader
        raise AssertionError("find_header accepted rows best_candidate refused")
    candidate, name = chosen
    if not candidate.complete:  # the best sheet still lacks the name: say which headers
        find_header(_head(path, file_kind, name), candidate.header.list_kind, str(path))
    detected = DetectedFormat(file_kind, candidate.row, sheet=name, sheets=tuple(names))
    return detected, candidate


def workbook_rows(path: Path, detected: DetectedFormat) -> Iterator[Numbered]:
    """The rows below the header of the detected sheet, lazily."""
    assert detected.sheet is not None
    for number, cells in _rows(path, detected.kind, detected.sheet):
        if number > detected.header_row:
            yield number, cells


def _filled(cell: Cell) -> bool:
    return not isinstance(cell, str) or bool(cell.strip())


def _head(path: Path, file_kind: FileKind, sheet: str) -> list[Numbered]:
    rows = []
    with closing(_rows(path, file_kind, sheet)) as numbered:
        for row in numbered:
            rows.append(row)
            if len(rows) >= SEARCH_ROWS:
                break
    return rows


def _refuse_protected(path: Path, file_kind: FileKind) -> None:
    """An encrypted XLSX is an OLE2 file holding an ``EncryptedPackage`` stream."""
    if file_kind is not FileKind.XLS:
        return
    with path.open("rb") as f:
        tail = b""
        while chunk := f.read(1024 * 1024):
            if _ENCRYPTED in tail + chunk:
                raise WorkbookProtected(file=str(path))
            tail = chunk[-len(_ENCRYPTED) :]


def _open(path: Path) -> calamine.CalamineWorkbook:
    try:  # from a file object: calamine then goes by the bytes, not by the file's extension
        with path.open("rb") as f:
            return calamine.CalamineWorkbook.from_filelike(f)
    except calamine.PasswordError:
        raise WorkbookProtected(file=str(path)) from None
    except BaseException as error:  # calamine's parse errors are many, and mean one thing here
        _reraise_if_not_library(error)
        _refuse_other_zip(path)
        raise WorkbookDamaged(file=str(path)) from None


def _reraise_if_not_library(error: BaseException) -> None:
    """Re-raise what is not a reading library's failure. Calamine (Rust) turns a panic on a
    damaged file into pyo3's ``PanicException``, a ``BaseException``: that is a damaged file too."""
    if not isinstance(error, Exception) and type(error).__name__ != "PanicException":
        raise error


def _refuse_other_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError):
        return
    if "xl/workbook.xml" not in names:
        raise NotAList(file=str(path), reason=reason(ARCHIVE))


def _sheet_names(path: Path, file_kind: FileKind) -> list[str]:
    workbook = _open(path)
    try:
        metadata = workbook.sheets_metadata
    except BaseException as error:
        _reraise_if_not_library(error)
        raise WorkbookDamaged(file=str(path)) from None
    finally:
        workbook.close()
    return [m.name for m in metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]


def _rows(path: Path, file_kind: FileKind, sheet: str) -> Iterator[Numbered]:
    if file_kind is FileKind.XLSX and has_padding_formats(path):
        yield from _openpyxl_rows(path, sheet)
    elif file_kind is FileKind.XLS and (rows := _xlrd_rows(path, sheet)) is not None:
        yield from rows  # a legacy workbook whose styles pad numbers with zeros
    else:
        yield from _calamine_rows(path, sheet)


def _xlrd_rows(path: Path, sheet: str) -> list[Numbered] | None:
    """The rows of a legacy XLS sheet with numbers padded as their formats say, or ``None`` when
    no format pads (calamine reads it faster). An XLS holds at most 65,536 rows: in memory."""
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:  # xlrd raises its own and whatever its OLE2 layer raises
        raise WorkbookDamaged(file=str(path)) from None
    try:
        if not xls_padding_formats(book):
            return None
        try:
            data = book.sheet_by_name(sheet)
        except Exception:
            raise WorkbookDamaged(file=str(path)) from None
        rows = []
        for index in range(data.nrows):
            cells = []
            for cell in data.row(index):
                value: object = cell.value
                if cell.ctype == xlrd.XL_CELL_DATE:
                    try:
                        value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                    except Exception:  # a serial outside Excel's calendar: keep the number
                        value = cell.value
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(cell.value)
                elif cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_EMPTY):
                    value = None
                cells.append(cell_value(value, xls_format(book, cell.xf_index)))
            rows.append((index + 1, tuple(cells)))
        return rows
    finally:
        book.release_resources()


def _calamine_rows(path: Path, sheet: str) -> Iterator[Numbered]:
    workbook = _open(path)
    try:
        try:
            data = workbook.get_sheet_by_name(sheet)
            rows = data.iter_rows()
            left: tuple[Cell, ...] = ("",) * (data.start[1] if data.start else 0)
        except calamine.PasswordError:
            raise WorkbookProtected(file=str(path)) from None
        except BaseException as error:
            _reraise_if_not_library(error)
            raise WorkbookDamaged(file=str(path)) from None
        # iter_rows starts at row 1 but drops the empty columns left of the used range.
        index = 0
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except BaseException as error:
                _reraise_if_not_library(error)
                raise WorkbookDamaged(file=str(path)) from None
            index += 1
            yield index, left + tuple(cell_value(v) for v in row)
    finally:
        workbook.close()


def _openpyxl_rows(path: Path, sheet: str) -> Iterator[Numbered]:
    handle = path.open("rb")  # a file object: openpyxl then ignores the file's extension
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception:  # openpyxl raises whatever its XML and zip layers raise
        handle.close()
        raise WorkbookDamaged(file=str(path)) from None
    try:
        try:
            rows = workbook[sheet].iter_rows(min_row=1, min_col=1)
        except Exception:
            raise WorkbookDamaged(file=str(path)) from None
        index = 0
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception:
                raise WorkbookDamaged(file=str(path)) from None
            index += 1
            yield index, tuple(cell_value(c.value, getattr(c, "number_format", None)) for c in row)
    finally:
        workbook.close()
        handle.close()
