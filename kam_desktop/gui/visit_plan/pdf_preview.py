"""The plan's PDF inside the app: a ``QPdfView`` (fit to width, page by page navigation) over
the bytes the page made in the background, with Print… and Save as PDF….

Until there is a PDF, a sentence says why (no visits yet, or the preview is being made).
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QPointF,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.visit_plan.print_plan import a4_printer, ask_printer, print_document


class PdfPreview(QWidget):
    """``save_requested``: the rep pressed Save as PDF… (the page writes the file)."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self._data = QByteArray()
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.stack = EmptyStateStack(self.view, self, "previewEmpty")

        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPage")
        self.fit_button = QToolButton(self)
        self.fit_button.setObjectName("fitWidth")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printPlan")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePlan")
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        for widget in (self.prev_button, self.page_label, self.next_button, self.fit_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._update_page)
        self.document.pageCountChanged.connect(self._update_page)
        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_requested)
        self._empty_text = ""
        translate_ui(self)
        self.set_pdf(None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Preview"))
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.fit_button.setText(self.tr("Fit width"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self._update_page()

    # --- the document ------------------------------------------------------------------------

    def set_pdf(self, data: bytes | None, empty_text: str = "") -> None:
        """Show the PDF ``data``; None shows ``empty_text`` instead."""
        page = self.current_page() if data is not None else 0
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if data is not None:
            self._data = QByteArray(data)
            self._buffer = QBuffer(self._data, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self.stack.label.setText(empty_text)
        self.stack.show_content(data is not None)
        for button in (self.print_button, self.save_button, self.fit_button):
            button.setEnabled(data is not None)
        if data is not None and page:
            self.go_to(page)  # a refreshed plan stays where the rep was reading
        self._update_page()

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
            self._update_page()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _update_page(self, *_args: object) -> None:
        count = self.page_count()
        current = min(self.current_page() + 1, count)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(count))
            if count
            else ""
        )
        self.prev_button.setEnabled(count > 0 and current > 1)
        self.next_button.setEnabled(count > 0 and current < count)

    def let_paint(self, ms: int) -> None:
        """Let the view draw its pages for ``ms`` (it renders them in a thread): screenshots."""
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    # --- printing ----------------------------------------------------------------------------

    def print_plan(self) -> int:
        """The system print dialog (A4), then every chosen page; returns pages sent."""
        if self.page_count() == 0:
            return 0
        printer = a4_printer()
        printer.setDocName(self.document.metaData(QPdfDocument.MetaDataField.Title) or "")
        if not ask_printer(self, printer):
            return 0
        return print_document(self.document, printer)
