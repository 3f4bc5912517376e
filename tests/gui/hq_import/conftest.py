"""Import wizard fixtures: an English UI, a wizard on a real book, message boxes captured."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kam_desktop.gui import error_dialogs
from kam_desktop.gui.hq_import.wizard import ImportWizard
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.services.book.handle import Book


@pytest.fixture
def gbk_list(shared_data: Path) -> Path:
    """37 valid customers, 3 bad rows (lines 9, 20, 32) and a 合计 row."""
    return shared_data / "hq-customers-gbk.csv"


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes shown (none is run modally)."""
    texts: list[str] = []

    def capture(box: QMessageBox) -> None:
        texts.append(box.text())

    monkeypatch.setattr(error_dialogs, "exec_message_box", capture)
    return texts


@pytest.fixture
def open_wizard(qtbot, book: Book, languages: LanguageSwitcher, shown_boxes):
    def make(path: Path | None) -> ImportWizard:
        wizard = ImportWizard(book, path)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make
