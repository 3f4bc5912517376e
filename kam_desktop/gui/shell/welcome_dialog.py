"""First run: explore the demo book, start an empty one, or open an existing book."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QWidget,
)

from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.ui_loader import fill_with_form, find_child, show_as_hint


class WelcomeChoice(Enum):
    DEMO = "demo"
    NEW = "new"
    IMPORT = "import"  # a new empty book, then the import wizard on it
    OPEN = "open"


class WelcomeDialog(QDialog):
    """Accepted with a choice; rejected (closed) without one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice: WelcomeChoice | None = None
        self._opened_path: Path | None = None

        self._form = fill_with_form(self, "welcome_dialog")
        self._demo_button = find_child(self._form, QCommandLinkButton, "demoButton")
        self._new_button = find_child(self._form, QCommandLinkButton, "newButton")
        self._open_button = find_child(self._form, QCommandLinkButton, "openButton")
        self._import_button = QCommandLinkButton(self._form)
        self._import_button.setObjectName("importButton")
        layout = self._form.layout()
        layout.insertWidget(layout.indexOf(self._new_button) + 1, self._import_button)
        show_as_hint(find_child(self._form, QLabel, "laterLabel"))
        self.setMinimumWidth(560)
        # Wrapped labels make the default size hint too tall; size to the text at this width.
        width = max(self.sizeHint().width(), self.minimumWidth())
        self.resize(width, self.heightForWidth(width))
        translate_ui(self)

        self._demo_button.clicked.connect(self._on_demo_clicked)
        self._new_button.clicked.connect(self._on_new_clicked)
        self._import_button.clicked.connect(self._on_import_clicked)
        self._open_button.clicked.connect(self._on_open_clicked)

    def choice(self) -> WelcomeChoice | None:
        """What the rep chose; None only if the dialog was closed without a choice."""
        return self._choice

    def opened_path(self) -> Path | None:
        """The book chosen with OPEN."""
        return self._opened_path

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to KAM Desktop"))
        self._import_button.setText(self.tr("Import a list from headquarters…"))
        self._import_button.setDescription(
            self.tr("Start a new book with the customers of an Excel or CSV list from HQ.")
        )

    def _on_demo_clicked(self) -> None:
        self._choose(WelcomeChoice.DEMO)

    def _on_new_clicked(self) -> None:
        self._choose(WelcomeChoice.NEW)

    def _on_import_clicked(self) -> None:
        self._choose(WelcomeChoice.IMPORT)

    def _on_open_clicked(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an account book"),
            start,
            self.tr("KAM account book (*.kambook);;All files (*)"),
        )
        if not chosen:
            return  # stay on the welcome screen
        self._opened_path = Path(chosen)
        self._choose(WelcomeChoice.OPEN)

    def _choose(self, choice: WelcomeChoice) -> None:
        self._choice = choice
        self.accept()
