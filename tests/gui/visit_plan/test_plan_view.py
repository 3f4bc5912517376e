"""``kam-desktop --screenshot --view plan`` renders the Plan page with its preview, and the main
window offers the page in its navigation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from kam_desktop.db.book import Book
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import PAGE_PLAN, MainWindow


def test_the_window_offers_the_plan_page(qtbot, app_settings: AppSettings, demo_book: Book) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.set_book(demo_book)
    window.show_page(PAGE_PLAN)
    assert window.pages.currentWidget() is window.plan_page
    assert window.nav.item(window.nav.currentRow()).text() == "Visit plan"


def test_the_plan_view_renders_with_its_preview(demo_path: Path, tmp_path: Path) -> None:
    shot = tmp_path / "plan.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    options = ["--screenshot", str(shot), "--view", "plan", "--size", "1366x768", "--lang", "en"]
    command = [sys.executable, "-m", "kam_desktop.gui", "--book", str(demo_path), *options]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)
