"""Ways into the import wizard: File → Import…, a dropped file, the welcome dialog's choice, and
the ``--view import:FILE`` screenshot; after an import the account list shows the new accounts."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from kam_desktop.gui.hq_import.wizard import PAGE_FILE, PAGE_FORMAT, PAGE_PREVIEW, ImportWizard
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell import session as session_module
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import MainWindow
from kam_desktop.gui.shell.session import AppSession
from kam_desktop.gui.shell.welcome_dialog import WelcomeChoice, WelcomeDialog
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.services.book.handle import Book
from kam_desktop.services.book.new_book import open_or_create


@pytest.fixture
def window(qtbot, book: Book, app_settings: AppSettings, languages: LanguageSwitcher, shown_boxes):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.set_book(book)
    win.show()
    qtbot.waitExposed(win)
    return win


def _wizard(window: MainWindow) -> ImportWizard | None:
    shown = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    return shown[0] if shown else None


def _drop(window: MainWindow, path: Path) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(200, 200), Qt.DropAction.CopyAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    return event


def test_file_import_opens_the_wizard_on_its_first_page(window: MainWindow) -> None:
    texts = [a.text() for a in window.menu_file.actions()]
    assert texts.index("Import from headquarters…") + 1 == texts.index("Export to Excel…")
    window.act_import.trigger()
    wizard = _wizard(window)
    assert wizard is not None
    assert wizard.currentId() == PAGE_FILE
    assert not wizard.file_page.isComplete()


def test_a_dropped_list_is_read_and_imported_into_the_list_at_once(
    window: MainWindow, gbk_list: Path
) -> None:
    assert window.accounts_page.model.rowCount() == 0
    _drop(window, gbk_list)
    wizard = _wizard(window)
    assert wizard is not None
    assert wizard.currentId() == PAGE_FORMAT  # straight to how it reads
    assert wizard.go_to(PAGE_PREVIEW)

    wizard.next()  # Import
    assert wait_until_idle(60_000)
    assert window.accounts_page.model.rowCount() == 37
    assert "37" in window.count_label.text()


def test_a_dropped_file_that_is_no_list_is_refused(window: MainWindow, tmp_path: Path) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    event = _drop(window, picture)
    assert not event.isAccepted()
    assert _wizard(window) is None


def test_the_welcome_dialog_offers_an_import(qtbot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QPushButton, "importButton")
    assert button.text() == "Import a list from headquarters…"
    button.click()
    assert dialog.choice() is WelcomeChoice.IMPORT


def test_choosing_to_import_on_the_first_run_opens_the_wizard_on_a_new_book(
    qtbot,
    qapp: QApplication,
    app_settings: AppSettings,
    languages: LanguageSwitcher,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class ChoseImport:
        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def choice(self) -> WelcomeChoice:
            return WelcomeChoice.IMPORT

    monkeypatch.setattr(session_module, "WelcomeDialog", ChoseImport)
    monkeypatch.setattr(session_module, "default_book_path", lambda: tmp_path / "kam.kambook")
    session = AppSession(qapp, app_settings, languages, remember_book=False)
    qtbot.addWidget(session.window)
    try:
        assert session.start(None)
        assert session.book is not None
        assert Path(session.book.path) == tmp_path / "kam.kambook"
        session.window.show()
        qtbot.waitUntil(lambda: _wizard(session.window) is not None, timeout=3000)
    finally:
        session.close_book()


def _png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def test_the_import_view_screenshot_shows_the_preview(tmp_path: Path, gbk_list: Path) -> None:
    book_path = tmp_path / "b.kambook"
    open_or_create(book_path, create=True).close()
    shot = tmp_path / "import.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable, "-m", "kam_desktop.gui", "--book", str(book_path), "--screenshot",
        str(shot), "--view", f"import:{gbk_list}", "--size", "1366x768",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert _png_size(shot) == (1366, 768)

    missing = tmp_path / "none.csv"
    command[command.index(f"import:{gbk_list}")] = f"import:{missing}"
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "none.csv" in result.stderr
