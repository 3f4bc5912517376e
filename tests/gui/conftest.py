"""GUI fixtures: a demo book built once per run, copied for each test; isolated settings."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kam_desktop.db.book import Book, open_book
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.tasks import cancel_all
from kam_desktop.reports.qt_fonts import install_cjk_font
from kam_desktop.services.demo import build_demo_book

DEMO_TODAY = date(2026, 11, 25)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_book(tmp_path_factory.mktemp("demo") / "demo.kambook", today=DEMO_TODAY)


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.kambook"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def demo_book(demo_path: Path) -> Iterator[Book]:
    book = open_book(demo_path, create=False)
    yield book
    cancel_all()  # background work on the book stops (its outcome dropped) before it closes
    book.close()


@pytest.fixture(autouse=True)
def _discard_unsaved_edits_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes windows at teardown; a modal "save changes?" would block the run."""
    from PySide6.QtWidgets import QMessageBox

    from kam_desktop.gui.shell import main_window

    monkeypatch.setattr(
        main_window, "ask_save_changes", lambda *_: QMessageBox.StandardButton.Discard
    )
    from kam_desktop.gui.visits import visit_dialog

    monkeypatch.setattr(visit_dialog, "ask_discard", lambda *_: True)


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    install_cjk_font(qapp)
    switcher = LanguageSwitcher()
    switcher.apply(qapp, "en")
    yield switcher
    switcher.apply(qapp, "en")


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` (Chinese included) as key events; QTest.keyClicks only knows ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
