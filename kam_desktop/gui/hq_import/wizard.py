"""The import wizard: file → how it was read → which column is which → what would change →
import (in the background, with Cancel) → what was written.

``open_import_wizard`` is what File → Import…, a dropped file and the welcome dialog call;
``ImportWizard.go_to`` walks the pages without a rep (screenshots, tests).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from kam_desktop.gui.hq_import.file_page import FilePage
from kam_desktop.gui.hq_import.format_page import FormatPage
from kam_desktop.gui.hq_import.import_state import ImportState
from kam_desktop.gui.hq_import.mapping_page import MappingPage
from kam_desktop.gui.hq_import.preview_page import PreviewPage
from kam_desktop.gui.hq_import.summary_page import SummaryPage
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.services.book.handle import Book
from kam_desktop.services.hq_import.model import ImportResult

PAGE_FILE, PAGE_FORMAT, PAGE_MAPPING, PAGE_PREVIEW, PAGE_SUMMARY = range(5)
PREFERRED_SIZE = QSize(1100, 700)
"""Fits a 1366×768 laptop screen with the taskbar and the title bar."""


class ImportWizard(QWizard):
    """``imported`` carries the ``ImportResult`` as soon as the book holds the new rows."""

    imported = Signal(object)

    def __init__(self, book: Book, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.state = ImportState(book, path)
        self.file_page = FilePage(self.state, self)
        self.format_page = FormatPage(self.state, self)
        self.mapping_page = MappingPage(self.state, self)
        self.preview_page = PreviewPage(self.state, self.imported.emit, self)
        self.summary_page = SummaryPage(self.state, self)
        for page_id, page in enumerate(
            (self.file_page, self.format_page, self.mapping_page, self.preview_page,
             self.summary_page)
        ):  # fmt: skip
            self.setPage(page_id, page)
        self.resize(_fitting_size(parent))
        translate_ui(self)

    def go_to(self, page_id: int, timeout_ms: int = 60_000) -> bool:
        """Go on page by page to ``page_id``, waiting for each page's background reading;
        False when a page cannot be left (unreadable file, a required field missing)."""
        while self.currentId() < page_id:
            if not wait_until_idle(timeout_ms):
                return False
            page = self.currentPage()
            if not page.isComplete():
                return False
            before = self.currentId()
            self.next()
            if not wait_until_idle(timeout_ms):
                return False
            if self.currentId() == before and page_id != before:
                return False  # validatePage said no (an error was shown)
        return wait_until_idle(timeout_ms) and self.currentId() == page_id

    def reject(self) -> None:
        """No closing while the import writes: its own dialog's Cancel stops it."""
        if self.preview_page.is_importing():
            return
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a list from headquarters"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))


def _fitting_size(parent: QWidget | None) -> QSize:
    """The preferred size, smaller when the window (or screen) it opens over is smaller."""
    if parent is not None:
        room = parent.window().size()
    else:
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        room = screen.availableSize() if screen is not None else PREFERRED_SIZE
    return QSize(
        min(PREFERRED_SIZE.width(), max(640, room.width() - 60)),
        min(PREFERRED_SIZE.height(), max(480, room.height() - 60)),
    )


def open_import_wizard(
    parent: QWidget,
    book: Book,
    path: Path | None = None,
    on_imported: Callable[[ImportResult], object] | None = None,
) -> ImportWizard:
    """Open the wizard over ``parent`` (window-modal, not blocking); with ``path`` it starts
    reading that file at once. ``on_imported`` runs when the import has written."""
    wizard = ImportWizard(book, path, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    if on_imported is not None:
        wizard.imported.connect(on_imported)
    wizard.show()
    if path is not None and wizard.file_page.isComplete():
        wizard.next()  # a dropped or chosen file: straight to how it reads
    return wizard
