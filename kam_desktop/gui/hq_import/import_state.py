"""What the wizard's pages share: the book, the file, how to read it, the mapping, the plan.

Each page reads and changes this one object; ``options()`` turns it into the ``ImportOptions``
the services take. Reading the list again resets what depended on the old reading.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.services.book.handle import Book
from kam_desktop.services.hq_import.model import (
    ImportOptions,
    ImportPlan,
    ImportResult,
    ListOverview,
)


class ImportState:
    """The rep's choices so far and what the services said about them."""

    def __init__(self, book: Book, path: Path | None = None) -> None:
        self.book = book
        self.path = path
        self.kind: ListKind | None = None  # None: detect from the headers
        self.encoding: str | None = None  # None: detect (text files)
        self.delimiter: str | None = None
        self.sheet: str | None = None  # None: the sheet with the best header (workbooks)
        self.profile: str | None = None  # the saved mapping in use (applied or chosen)
        self.columns: dict[int, str | None] | None = None  # None: as matched or saved
        self.overview: ListOverview | None = None
        self.read_for: tuple[Path, ListKind | None] | None = None  # what ``overview`` read
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None

    def choose_file(self, path: Path, kind: ListKind | None) -> None:
        """A file (or kind) other than the one read: everything read from it is forgotten."""
        if self.read_for == (path, kind):
            return
        self.path, self.kind = path, kind
        self.encoding = self.delimiter = self.sheet = None
        self.forget_mapping()

    def forget_mapping(self) -> None:
        """The way the file is read changed: its columns may have too."""
        self.profile = None
        self.columns = None
        self.overview = None
        self.read_for = None
        self.plan = None

    def read_options(self) -> ImportOptions:
        """How to read the file for the overview (the mapping as chosen so far)."""
        return ImportOptions(
            kind=self.kind,
            encoding=self.encoding,
            delimiter=self.delimiter,
            sheet=self.sheet,
            columns=self.columns,
            profile=self.profile if self.columns is None else None,
        )

    def options(self) -> ImportOptions:
        """How to read and map the file for the plan and the import: as it was read."""
        overview = self.overview
        assert overview is not None, "the file is read before it is planned"
        fmt = overview.format
        return ImportOptions(
            kind=overview.list_kind,
            encoding=fmt.encoding,
            delimiter=fmt.delimiter,
            sheet=fmt.sheet,
            columns=self.mapping(),
            profile=self.profile,
        )

    def mapping(self) -> dict[int, str | None]:
        """Column index → field, as the rep left it."""
        if self.columns is not None:
            return dict(self.columns)
        assert self.overview is not None
        return {c.index: c.field for c in self.overview.columns}

    def set_overview(self, overview: ListOverview) -> None:
        assert self.path is not None
        self.overview = overview
        self.profile = overview.profile  # cleared when the rep changes a column
        self.read_for = (self.path, self.kind)
        self.plan = None


def missing_fields(overview: ListOverview, mapping: Mapping[int, str | None]) -> tuple[str, ...]:
    """The required fields no column feeds under ``mapping``."""
    fed = set(mapping.values())
    return tuple(f for f in overview.required if f not in fed)
