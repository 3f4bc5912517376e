"""File → Export to Excel… writes the whole book off the GUI thread and says where it went."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell import export_excel
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import MainWindow
from kam_desktop.gui.tasks import busy, wait_until_idle
from kam_desktop.services.book.book_info import book_info
from kam_desktop.services.book.handle import Book


@pytest.fixture
def window(qtbot, demo_book: Book, app_settings: AppSettings, languages: LanguageSwitcher):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.set_book(demo_book)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_file_menu_exports_every_account_to_the_chosen_workbook(
    qtbot, window: MainWindow, demo_book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "for-hq"  # the rep typed no suffix: .xlsx is added
    monkeypatch.setattr(
        export_excel, "ask_xlsx_path", lambda _parent, _suggested: target.with_suffix(".xlsx")
    )
    assert "Export to Excel…" in [a.text() for a in window.menu_file.actions()]

    window.act_export_excel.trigger()
    assert wait_until_idle(60_000)

    written = target.with_suffix(".xlsx")
    sheet = load_workbook(written, read_only=True).worksheets[0]
    assert sheet.max_row - 1 == book_info(demo_book).counts["account"]
    assert written.name in window.statusBar().currentMessage()


def test_choosing_no_file_exports_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_excel, "ask_xlsx_path", lambda _parent, _suggested: None)
    window.act_export_excel.trigger()
    assert not busy(export_excel.EXPORT_WORKBOOK)
    assert not list(tmp_path.glob("*.xlsx"))
