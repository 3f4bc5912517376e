"""Settings: interface language, the rep's name, which account book to use.

The dialog stores only the language itself; the caller applies it, renames the rep through
a service and switches books, reading the choices back after ``exec()`` is accepted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kam_desktop.gui.i18n import LANGUAGES
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.shell.app_settings import BOOK_SUFFIX, AppSettings
from kam_desktop.gui.ui_loader import fill_with_form, find_child, show_as_hint


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: AppSettings,
        rep_name: str,
        book_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._book_path = Path(book_path)

        self._form = fill_with_form(self, "settings_dialog")
        self._language_combo = find_child(self._form, QComboBox, "languageCombo")
        self._rep_name_edit = find_child(self._form, QLineEdit, "repNameEdit")
        self._book_path_edit = find_child(self._form, QLineEdit, "bookPathEdit")
        self._choose_book_button = find_child(self._form, QPushButton, "chooseBookButton")
        self._button_box = find_child(self._form, QDialogButtonBox, "buttonBox")
        show_as_hint(find_child(self._form, QLabel, "bookHintLabel"))

        self._rep_name_edit.setText(rep_name)
        self._show_book_path()
        translate_ui(self)
        self._select_language(settings.language)
        self.setMinimumWidth(640)

        self._choose_book_button.clicked.connect(self._on_choose_book_clicked)
        self._button_box.accepted.connect(self.accept)
        self._button_box.rejected.connect(self.reject)

    # --- what the caller reads after exec() ---------------------------------------------------

    def chosen_language(self) -> str:
        """ "zh_CN", "en", or "" for the system language."""
        return str(self._language_combo.currentData() or "")

    def chosen_rep_name(self) -> str:
        return self._rep_name_edit.text().strip()

    def chosen_book_path(self) -> Path:
        return self._book_path

    # --- behaviour ---------------------------------------------------------------------------

    def accept(self) -> None:
        self._settings.language = self.chosen_language()
        super().accept()

    def retranslate(self) -> None:
        """Labels set in code; the form's own labels relabel themselves."""
        self.setWindowTitle(self.tr("Settings"))
        selected = self.chosen_language() if self._language_combo.count() else None
        self._language_combo.blockSignals(True)
        self._language_combo.clear()
        for code, name in LANGUAGES:
            self._language_combo.addItem(QCoreApplication.translate("SettingsDialog", name), code)
        self._language_combo.blockSignals(False)
        if selected is not None:
            self._select_language(selected)

    def _select_language(self, code: str) -> None:
        index = self._language_combo.findData(code)
        self._language_combo.setCurrentIndex(max(index, 0))

    def _show_book_path(self) -> None:
        self._book_path_edit.setText(str(self._book_path))
        self._book_path_edit.setToolTip(str(self._book_path))
        self._book_path_edit.setCursorPosition(len(str(self._book_path)))  # the file name

    def _on_choose_book_clicked(self) -> None:
        # A save dialog lets the rep pick an existing book or name a new one.
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose an account book"),
            str(self._book_path),
            self.tr("KAM account book (*.kambook)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != BOOK_SUFFIX:
            path = path.with_name(path.name + BOOK_SUFFIX)
        self._book_path = path
        self._show_book_path()
