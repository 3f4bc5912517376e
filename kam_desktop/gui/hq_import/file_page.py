"""Page 1: which file, and what kind of list it is (or let the headers tell)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.gui.hq_import.field_names import kind_label
from kam_desktop.gui.hq_import.import_state import ImportState
from kam_desktop.gui.retranslate import translate_ui

LIST_SUFFIXES = (".csv", ".txt", ".xlsx", ".xls")
"""Files the wizard offers, and a dropped file opens it with (the reader checks the bytes)."""

KINDS: tuple[ListKind | None, ...] = (None, *ListKind)


def ask_list_path(parent: QWidget, title: str, start: str, filter_text: str) -> Path | None:
    """The file the rep picked, or None. A module function so tests can answer."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, start, filter_text)
    return Path(chosen) if chosen else None


class FilePage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filePage")
        self._state = state
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("browseButton")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for _kind in KINDS:
            self.kind_combo.addItem("")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout(self)
        self._file_label, self._kind_label = QLabel(self), QLabel(self)
        form.addRow(self._file_label, row)
        form.addRow(self._kind_label, self.kind_combo)
        form.addRow(self.hint)

        if state.path is not None:
            self.path_edit.setText(str(state.path))
        if state.kind is not None:
            self.kind_combo.setCurrentIndex(KINDS.index(state.kind))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        translate_ui(self)

    def chosen_path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def chosen_kind(self) -> ListKind | None:
        return KINDS[self.kind_combo.currentIndex()]

    def isComplete(self) -> bool:
        path = self.chosen_path()
        return path is not None and path.is_file()

    def validatePage(self) -> bool:
        path = self.chosen_path()
        if path is None:
            return False
        self._state.choose_file(path, self.chosen_kind())
        return True

    def _on_browse_clicked(self) -> None:
        current = self.chosen_path()
        start = (
            str(current.parent)
            if current is not None
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        patterns = " ".join(f"*{suffix}" for suffix in LIST_SUFFIXES)
        chosen = ask_list_path(
            self,
            self.tr("Choose a list from headquarters"),
            start,
            self.tr("Lists from headquarters (%1);;All files (*)").replace("%1", patterns),
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the list"))
        self.setSubTitle(
            self.tr("A customer list, monthly value figures or an order list from headquarters.")
        )
        self._file_label.setText(self.tr("File:"))
        self._kind_label.setText(self.tr("Kind of list:"))
        self.browse_button.setText(self.tr("Browse…"))
        for index, kind in enumerate(KINDS):
            self.kind_combo.setItemText(index, kind_label(kind))
        self.hint.setText(
            self.tr(
                "CSV or text files in any encoding (GBK, UTF-8, Unicode text) and Excel "
                "workbooks (.xlsx, .xls) are read as they come from Excel or WPS. Nothing is "
                "written to the account book before you have seen what would change."
            )
        )
