"""The GUI's plumbing: CJK font, language switching, settings, background tasks, errors."""

from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QStandardPaths,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from kam_desktop import resources
from kam_desktop.domain import i18n as domain_i18n
from kam_desktop.domain.errors import NotFound
from kam_desktop.gui import error_dialogs, worker
from kam_desktop.gui.i18n import LANGUAGES, LanguageSwitcher, system_language
from kam_desktop.gui.shell.app_settings import AppSettings, default_book_path
from kam_desktop.gui.ui_loader import load_ui
from kam_desktop.gui.worker import Task, start_task
from kam_desktop.reports.qt_fonts import install_cjk_font
from kam_desktop.services.progress import Cancelled, Progress, check_cancelled

# --- CJK font ------------------------------------------------------------------------------


def _render(text: str, font: QFont | None = None) -> QImage:
    label = QLabel(text)
    if font is not None:
        label.setFont(font)
    label.adjustSize()
    image = label.grab().toImage()
    label.deleteLater()
    return image


def _has_ink(image: QImage) -> bool:
    background = image.pixel(0, 0)
    return any(
        image.pixel(x, y) != background for x in range(image.width()) for y in range(image.height())
    )


def test_cjk_font_is_registered_behind_the_application_font(qapp: QApplication) -> None:
    family = install_cjk_font(qapp)

    assert family == resources.CJK_FONT_FAMILY
    assert family in qapp.font().families()
    assert QFontMetrics(QFont(family)).inFontUcs4(ord("客"))
    families = qapp.font().families()
    assert install_cjk_font(qapp) == family  # idempotent
    assert qapp.font().families() == families


def test_chinese_renders_as_glyphs_not_boxes(qapp: QApplication) -> None:
    install_cjk_font(qapp)

    sentence = _render("客户账本 测试")
    ke, hu = _render("客"), _render("户")
    boxes = _render("\U000f0000\U000f0001")  # private use: no font has these, so boxes

    assert _has_ink(sentence)
    assert _has_ink(ke)
    assert ke != hu  # two missing-glyph boxes would be the same picture
    assert _render("客户") != boxes


def test_without_the_font_this_machine_draws_boxes(tmp_path: Path) -> None:
    """The control: under the test fontconfig, unregistered Chinese is boxes, so the
    tests above can fail."""
    script = textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        def render(text):
            label = QLabel(text)
            label.adjustSize()
            return label.grab().toImage()
        print("same" if render("客") == render("户") else "different")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "same", result.stderr


# --- languages -------------------------------------------------------------------------------


@pytest.fixture
def switcher(qapp: QApplication, tmp_path: Path) -> Iterator[LanguageSwitcher]:
    """A switcher over an empty translations folder (no .qm files exist yet)."""
    empty = tmp_path / "i18n"
    empty.mkdir()
    switching = LanguageSwitcher(qm_dir=empty)
    yield switching
    switching.apply(qapp, "en")
    domain_i18n.set_translator(None)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_US", "en"), ("de_DE", "en")],
)
def test_system_language_is_chinese_only_for_chinese_locales(locale: str, expected: str) -> None:
    assert system_language(QLocale(locale)) == expected


def test_languages_offer_system_default_and_native_names() -> None:
    assert [code for code, _ in LANGUAGES] == ["", "zh_CN", "en"]
    assert dict(LANGUAGES)["zh_CN"] == "简体中文"


def test_switching_language_relabels_open_widgets_without_qm_files(
    qtbot, qapp: QApplication, switcher: LanguageSwitcher
) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"

    assert switcher.apply(qapp, "zh_CN") == "zh_CN"

    assert cancel.text() == "取消"  # Qt's own translation, delivered before apply returned
    assert domain_i18n.current_language() == "zh_CN"
    assert domain_i18n.translate("QPlatformTheme", "Cancel") == "取消"  # Qt-free code too
    assert QLocale().name() == "zh_CN"

    assert switcher.apply(qapp, "en") == "en"

    assert cancel.text() == "Cancel"  # the earlier translators were removed
    assert domain_i18n.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert domain_i18n.current_language() == "en"
    assert QLocale().language() == QLocale.Language.English


def test_system_default_follows_the_system(qapp: QApplication, switcher) -> None:
    assert switcher.apply(qapp, None) == system_language()
    assert switcher.apply(qapp, "") == system_language()


class _LanguageChangeCounter(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        super().changeEvent(event)


def test_a_language_change_reaches_windows_even_when_no_translator_changes(
    qtbot, qapp: QApplication, switcher
) -> None:
    window = _LanguageChangeCounter()
    qtbot.addWidget(window)

    switcher.apply(qapp, "en")  # nothing to install for English without .qm files

    assert window.count >= 1  # enum labels and locale formats still need redrawing


# --- settings and forms ---------------------------------------------------------------------


def test_app_settings_round_trip(tmp_path: Path) -> None:
    store = tmp_path / "settings.ini"
    settings = AppSettings(QSettings(str(store), QSettings.Format.IniFormat))
    assert settings.language == ""
    assert settings.book_path is None
    assert settings.main_window_geometry is None

    settings.language = "zh_CN"
    settings.book_path = tmp_path / "书" / "my.kambook"
    settings.main_window_geometry = QByteArray(b"\x01\x02geometry")
    settings.main_window_state = QByteArray(b"state")
    settings.splitter_state = QByteArray(b"\x00split")
    settings.sync()

    again = AppSettings(QSettings(str(store), QSettings.Format.IniFormat))
    assert again.language == "zh_CN"
    assert again.book_path == tmp_path / "书" / "my.kambook"
    assert again.main_window_geometry == QByteArray(b"\x01\x02geometry")
    assert again.main_window_state == QByteArray(b"state")
    assert again.splitter_state == QByteArray(b"\x00split")

    again.book_path = None
    again.main_window_geometry = None
    assert again.book_path is None
    assert again.main_window_geometry is None


def test_default_book_lives_in_the_app_data_folder() -> None:
    QStandardPaths.setTestModeEnabled(True)  # never the real user's folders
    try:
        expected = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        path = default_book_path()
    finally:
        QStandardPaths.setTestModeEnabled(False)
    assert path == Path(expected) / "account-book.kambook"
    assert ".qttest" in path.parts
    assert AppSettings.default_book_path().name == "account-book.kambook"


def test_load_ui_builds_the_form_and_names_a_missing_one(qtbot) -> None:
    form = load_ui("settings_dialog")
    qtbot.addWidget(form)
    assert form.objectName() == "SettingsDialog"
    assert form.findChild(QDialogButtonBox, "buttonBox") is not None

    with pytest.raises(FileNotFoundError, match="no_such_form"):
        load_ui("no_such_form")


# --- background tasks ------------------------------------------------------------------------


class _Emitter(QObject):
    happened = Signal(int)


def test_emitting_a_signal_does_not_steal_a_reference_to_true() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` on every ``emit()``;
    after a few thousand emits the interpreter aborts ("bool_dealloc"). Pin a release
    without that bug (6.11.3 is fine; Python >= 3.12 makes True immortal)."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.happened.emit(n)
    assert sys.getrefcount(True) - before > -100


@pytest.fixture(autouse=True)
def _join_workers() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000)


def test_task_reports_progress_and_result_on_the_gui_thread(qtbot) -> None:
    worker_threads: list[int] = []

    def work(progress: Progress) -> str:
        worker_threads.append(threading.get_ident())
        for done in range(1, 4):
            progress.update(done, 3, f"row {done}")
        return "imported"

    reports: list[tuple[int, int, str]] = []
    report_threads: set[int] = set()

    def on_progressed(done: int, total: int, note: str) -> None:
        reports.append((done, total, note))
        report_threads.add(threading.get_ident())

    task = start_task(work)
    task.progressed.connect(on_progressed)
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as blocker:
        pass

    assert blocker.args == ["imported"]
    assert len(worker_threads) == 1
    assert worker_threads[0] != threading.get_ident()
    assert report_threads == {threading.get_ident()}  # delivered on the GUI thread
    assert reports[0] == (1, 3, "row 1")
    assert reports[-1] == (3, 3, "row 3")
    assert task.is_finished()


def test_cancel_stops_a_loop_that_checks_for_it(qtbot) -> None:
    rounds: list[int] = []

    def work(progress: Progress) -> str:
        for n in range(2_000):  # ~10 s unless cancelled
            check_cancelled(progress)
            rounds.append(n)
            progress.update(n, 2_000)
            time.sleep(0.005)
        return "never cancelled"

    task = start_task(work)
    with qtbot.waitSignal(task.progressed, timeout=10_000):
        pass
    with qtbot.waitSignal(task.failed, timeout=10_000) as blocker:
        task.cancel()

    assert isinstance(blocker.args[0], Cancelled)
    assert len(rounds) < 2_000


def test_an_exception_is_delivered_to_failed(qtbot) -> None:
    def work(progress: Progress) -> None:
        raise ValueError("row 7 is broken")

    task = start_task(work)
    results: list[object] = []
    task.succeeded.connect(results.append)
    with qtbot.waitSignal(task.failed, timeout=10_000) as blocker:
        pass

    assert isinstance(blocker.args[0], ValueError)
    assert str(blocker.args[0]) == "row 7 is broken"
    assert results == []


# --- error dialogs ---------------------------------------------------------------------------


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch, qtbot) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def capture(box: QMessageBox) -> None:
        qtbot.addWidget(box)
        boxes.append(box)

    monkeypatch.setattr(error_dialogs, "exec_message_box", capture)
    return boxes


def test_a_kam_error_shows_its_message(shown_boxes: list[QMessageBox]) -> None:
    error = NotFound(what="account", key="HZ-0001")

    error_dialogs.show_error(None, error)

    (box,) = shown_boxes
    assert box.text() == "No account with HZ-0001 was found in this book."
    assert box.icon() == QMessageBox.Icon.Warning
    assert not box.detailedText()


def test_an_unexpected_error_apologises_logs_and_copies_details(
    shown_boxes: list[QMessageBox], caplog: pytest.LogCaptureFixture, qapp
) -> None:
    try:
        {}["missing key"]
    except KeyError as exc:
        error = exc
    QGuiApplication.clipboard().clear()

    with caplog.at_level(logging.ERROR, logger="kam_desktop.gui.error_dialogs"):
        error_dialogs.show_error(None, error)

    (box,) = shown_boxes
    assert box.text().startswith("Something unexpected went wrong. Your data is safe")
    assert box.icon() == QMessageBox.Icon.Critical
    assert caplog.records[0].exc_info[1] is error

    box.show()
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "KeyError: 'missing key'" in copied
    assert "Traceback (most recent call last)" in copied
    assert box.isVisible()  # copying does not close the apology


def test_tasks_module_keeps_running_tasks_alive(qtbot) -> None:
    release = threading.Event()

    def work(progress: Progress) -> str:
        release.wait(10)
        return "kept"

    task_id = id(start_task(work))
    gc.collect()
    assert task_id in {id(t) for t in worker.running_tasks()}
    (task,) = [t for t in worker.running_tasks() if id(t) == task_id]
    assert isinstance(task, Task)
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as blocker:
        release.set()
    assert blocker.args == ["kept"]
    assert task not in worker.running_tasks()
