"""CSV and tab-separated text lists (Excel's "CSV", "CSV UTF-8" and "Unicode text" .txt).

The delimiter (``,`` ``;`` tab ``|``) is the one under which the first rows hold the best
header; the caller may fix it. Rows are read one at a time from the open file, so a 100,000-row
list never sits in memory, and each is numbered by the file line it starts on: ``csv`` counts
the physical lines it consumed, so a quoted value with line breaks moves the count on correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.formats.hq_list.errors import (
    BAD_CSV,
    CELL_TOO_LONG,
    NOT_RECORDS,
    BadCsvLine,
    BadDelimiter,
    BadEncodingLine,
    HqListUnreadable,
    NotAList,
    reason,
)
from kam_desktop.formats.hq_list.header import SEARCH_ROWS, Candidate, best_candidate, find_header
from kam_desktop.formats.hq_list.model import DetectedFormat, FileKind

DELIMITERS = (",", "\t", ";", "|")
_SAMPLE_CHARS = 256 * 1024


def _records(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """``(first line, cells)`` of every record, read lazily; errors name the line."""
    try:
        with path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
            reader = csv.reader(text, delimiter=delimiter, strict=False)
            consumed = 0
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except UnicodeDecodeError:
                    raise BadEncodingLine(
                        file=str(path), row=reader.line_num + 1, encoding=encoding
                    ) from None
                except csv.Error as error:
                    why = (
                        reason(CELL_TOO_LONG, limit=csv.field_size_limit())
                        if "field limit" in str(error)
                        else reason(BAD_CSV)
                    )
                    raise BadCsvLine(file=str(path), row=consumed + 1, reason=why) from None
                start, consumed = consumed + 1, reader.line_num
                if start == 1 and cells and cells[0].startswith("\ufeff"):
                    cells[0] = cells[0][1:]
                yield start, tuple(cells)
    except OSError as error:
        raise HqListUnreadable(file=str(path), reason=error.strerror or str(error)) from None


def _sample(path: Path, encoding: str, delimiter: str) -> list[tuple[int, tuple[str, ...]]]:
    """The first records; a bad record below some good ones ends the sample (``rows()`` will
    report it at its line), a bad first record is the error."""
    rows: list[tuple[int, tuple[str, ...]]] = []
    with closing(_records(path, encoding, delimiter)) as records:
        try:
            for record in records:
                rows.append(record)
                if len(rows) >= SEARCH_ROWS:
                    break
        except (BadCsvLine, BadEncodingLine):
            if not rows:
                raise
    return rows


def detect_csv(
    path: Path, encoding: str, delimiter: str | None, kind: ListKind | None
) -> tuple[DetectedFormat, Candidate]:
    """The delimiter and header of a text list whose encoding is known."""
    if delimiter is not None and len(delimiter) != 1:
        raise BadDelimiter()
    choices = (delimiter,) if delimiter else DELIMITERS
    best: tuple[tuple[bool, int, int], str] | None = None
    for choice in choices:
        rows = _sample(path, encoding, choice)
        candidate = best_candidate(rows, kind)
        width = max((len(cells) for _, cells in rows), default=0)
        key = (candidate.score if candidate else (False, 0)) + (min(width, 2),)
        if best is None or key > best[0]:
            best = (key, choice)
    assert best is not None
    chosen = best[1]
    sample = _sample(path, encoding, chosen)
    header = find_header(sample, kind, str(path))
    _refuse_prose(path, sample, header)
    detected = DetectedFormat(FileKind.CSV, header.row, encoding=encoding, delimiter=chosen)
    return detected, header


def _refuse_prose(path: Path, sample: list[tuple[int, tuple[str, ...]]], header: Candidate) -> None:
    """A text whose lines below a header-like line are mostly not records of its columns is a
    document (a README with a CSV example), not a list: refuse it rather than import its prose.
    Excel and WPS write every delimiter of a row, empty cells included."""
    width = sum(1 for c in header.header.columns if c.text.strip())
    need = max(2, (width + 1) // 2)
    below = [
        cells for number, cells in sample if number > header.row and any(c.strip() for c in cells)
    ]
    records = sum(1 for cells in below if len(cells) >= need)
    if len(below) >= 3 and records * 2 < len(below):
        raise NotAList(file=str(path), reason=reason(NOT_RECORDS))


def csv_rows(path: Path, detected: DetectedFormat) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The records below the header, lazily."""
    assert detected.encoding is not None
    assert detected.delimiter is not None
    for number, cells in _records(path, detected.encoding, detected.delimiter):
        if number > detected.header_row:
            yield number, cells
