"""File → Export to Excel…: the whole book as a workbook for people at HQ, off the GUI thread."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow

from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.services.book.export_workbook import export_workbook
from kam_desktop.services.book.handle import Book

log = logging.getLogger(__name__)

EXPORT_WORKBOOK = "export-workbook"  # one export at a time; a second one replaces the first


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportExcel", text)


def ask_xlsx_path(parent: QMainWindow, suggested: Path) -> Path | None:
    """Where to save the workbook, or None. A module function so tests can answer."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Export to Excel"), str(suggested), _tr("Excel workbook (*.xlsx)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def export_to_excel(
    window: QMainWindow, book: Book, target: Path | None = None
) -> BackgroundOp[Path] | None:
    """Ask where (unless ``target``), then write the workbook with a progress dialog; the
    status bar says where it went. None when the rep chose no file."""
    if target is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"kam-{date.today().isoformat()}.xlsx"
        target = ask_xlsx_path(window, suggested)
        if target is None:
            return None

    def _exported(path: Path) -> None:
        log.info("exported the book to a workbook")
        window.statusBar().showMessage(
            _tr("Exported the account book to %1").replace("%1", path.name), 10_000
        )

    chosen = target
    return (
        BackgroundOp(window, kind=EXPORT_WORKBOOK, on_success=_exported)
        .with_dialog(_tr("Export to Excel"), _tr("Writing the workbook…"))
        .run(lambda progress: export_workbook(book, chosen, progress))
    )
