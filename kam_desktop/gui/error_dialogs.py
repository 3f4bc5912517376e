"""Showing errors: messages the rep can act on, or an apology with details to copy.

A ``KamError`` already says what was wrong and what to do, in the current language.
Anything else is a bug: it is logged with its traceback, and the rep sees a short apology
with a button that copies the details for support.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kam_desktop import APP_NAME, __version__
from kam_desktop.domain.book_errors import BookNotice
from kam_desktop.domain.errors import KamError
from kam_desktop.services.book import db_errors
from kam_desktop.services.progress import Cancelled

log = logging.getLogger(__name__)

_CONTEXT = "error_dialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def exec_message_box(box: QMessageBox) -> None:
    """Run a message box modally. Tests replace this to inspect the box instead."""
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the rep about ``exc``."""
    exc = db_errors.user_error(exc) or exc  # locked, read-only, full, damaged: a message
    if isinstance(exc, KamError):
        icon = (
            QMessageBox.Icon.Information
            if isinstance(exc, Cancelled | BookNotice)
            else QMessageBox.Icon.Warning
        )
        box = QMessageBox(icon, APP_NAME, exc.message(), QMessageBox.StandardButton.Ok, parent)
        exec_message_box(box)
        return
    if db_errors.involves_database(exc):  # logged without SQL parameters (the rep's rows)
        log.error("unexpected error\n%s", db_errors.details(exc))
    else:
        log.error("unexpected error", exc_info=exc)
    exec_message_box(unexpected_error_box(parent, exc))


def unexpected_error_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """The apology for a bug, with "Copy details" (copies, and leaves the box open)."""
    details = error_details(exc)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        _tr(
            "Something unexpected went wrong. Your data is safe: the book keeps only "
            "changes that were completed.\n\nIf this happens again, click “Copy details” "
            "and send them to your IT support."
        ),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setDetailedText(details)
    copy_button = box.addButton(_tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    # Every button of a QMessageBox closes it; cut that link for this one.
    copy_button.clicked.disconnect()

    def copy_details() -> None:
        QGuiApplication.clipboard().setText(details)
        copy_button.setText(_tr("Copied"))

    copy_button.clicked.connect(copy_details)
    return box


def error_details(exc: BaseException) -> str:
    """Version and traceback, as copied for support (no book contents: no SQL parameters)."""
    return f"{APP_NAME} {__version__}\n{db_errors.details(exc)}"
