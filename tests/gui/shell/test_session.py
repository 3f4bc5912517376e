"""The session's background work: the daily cache refresh on opening a book (status bar, then
the list), switching books while it runs, and the first run's demo book built behind a dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kam_desktop.gui import error_dialogs
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.session import REFRESH_CACHES, AppSession
from kam_desktop.gui.tasks import busy
from kam_desktop.services.book.account_caches import REFRESHED_ON
from kam_desktop.services.book.handle import open_book


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch, qtbot) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def capture(box: QMessageBox) -> None:
        qtbot.addWidget(box)
        boxes.append(box)

    monkeypatch.setattr(error_dialogs, "exec_message_box", capture)
    return boxes


@pytest.fixture
def session(
    qtbot, qapp: QApplication, app_settings: AppSettings, languages: LanguageSwitcher
) -> Iterator[AppSession]:
    opened = AppSession(qapp, app_settings, languages, remember_book=False)
    qtbot.addWidget(opened.window)
    yield opened
    opened.close_book()


def _refreshed_on(path: Path) -> str | None:
    with open_book(path, create=False) as book:
        return book.meta.get(REFRESHED_ON)


def test_opening_a_book_refreshes_its_caches_in_the_background(
    qtbot, session: AppSession, demo_path: Path, shown_boxes: list[QMessageBox]
) -> None:
    assert _refreshed_on(demo_path) != date.today().isoformat()  # built for another day
    session.open(demo_path, create=False)
    window = session.window

    assert busy(REFRESH_CACHES)  # the window is usable meanwhile
    assert window.statusBar().currentMessage().startswith("Updating value tiers")
    qtbot.waitUntil(lambda: not busy(REFRESH_CACHES), timeout=30_000)
    assert window.statusBar().currentMessage() == ""
    assert _refreshed_on(demo_path) == date.today().isoformat()
    assert shown_boxes == []


def test_switching_books_drops_the_refresh_of_the_one_closed(
    qtbot, session: AppSession, demo_path: Path, tmp_path: Path, shown_boxes: list[QMessageBox]
) -> None:
    other = tmp_path / "other.kambook"
    session.open(demo_path, create=False)
    assert busy(REFRESH_CACHES)
    session.open(other, create=True)  # waits for the refresh to stop before closing its book

    assert session.book is not None
    assert Path(session.book.path) == other
    qtbot.waitUntil(lambda: not busy(), timeout=30_000)
    assert shown_boxes == []  # stopping it is nobody's failure
    assert session.window.statusBar().currentMessage() == ""


def test_the_first_runs_demo_book_is_built_behind_a_dialog(
    qtbot, session: AppSession, tmp_path: Path, shown_boxes: list[QMessageBox]
) -> None:
    target = tmp_path / "demo-account-book.kambook"
    assert session._build_demo(target) is True
    assert target.is_file()
    assert shown_boxes == []
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]
