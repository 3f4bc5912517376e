"""Printing a PDF already in memory: each page of a ``QPdfDocument`` rendered to the printer.

Pages are rendered at the printer's resolution, at most ``MAX_DPI`` (a 1200 dpi A4 page would
be a half-gigabyte image), and drawn scaled to the printable area, keeping their proportions.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; True when the rep chose to print. A module function so tests
    can answer without a modal loop."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` (or the range chosen in the dialog); returns how many
    pages were sent."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    chosen = printer.printRange() == QPrinter.PrintRange.PageRange and first > 0 and last > 0
    pages = range(first - 1, min(last, count)) if chosen else range(count)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        area = QRectF(painter.viewport())
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    return sent
