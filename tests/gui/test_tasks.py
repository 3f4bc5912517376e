"""``BackgroundOp``: results on the GUI thread, a newer op of the same kind superseding the
running one, failures shown once by the one handler, progress with translated step names."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QPushButton, QWidget

from kam_desktop.domain.errors import NotFound
from kam_desktop.gui import error_dialogs, tasks
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.services.progress import Progress, Steps, check_cancelled, step_names

WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def _join_workers() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
    assert tasks.wait_until_idle(WAIT_MS)


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch, qtbot) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def capture(box: QMessageBox) -> None:
        qtbot.addWidget(box)
        boxes.append(box)

    monkeypatch.setattr(error_dialogs, "exec_message_box", capture)
    return boxes


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_result_is_applied_on_the_gui_thread(qtbot, parent: QWidget) -> None:
    applied: list[tuple[str, int]] = []
    worker_thread: list[int] = []

    def work(progress: Progress) -> str:
        worker_thread.append(threading.get_ident())
        return "listed"

    op = BackgroundOp(
        parent, on_success=lambda result: applied.append((result, threading.get_ident()))
    ).run(work)
    assert op.is_running()
    qtbot.waitUntil(lambda: not op.is_running(), timeout=WAIT_MS)

    assert applied == [("listed", threading.get_ident())]
    assert worker_thread != [threading.get_ident()]


def test_a_newer_op_of_the_same_kind_supersedes_the_running_one(
    qtbot, parent: QWidget, shown_boxes: list[QMessageBox]
) -> None:
    release = threading.Event()
    applied: list[str] = []

    def slow(progress: Progress) -> str:  # like a listing: it never checks for a cancel
        release.wait(WAIT_MS / 1000)
        return "old filter"

    old = BackgroundOp(parent, kind=("agenda", parent), on_success=applied.append).run(slow)
    new = BackgroundOp(parent, kind=("agenda", parent), on_success=applied.append).run(
        lambda progress: "new filter"
    )
    assert tasks.busy(("agenda", parent))
    qtbot.waitUntil(lambda: not new.is_running(), timeout=WAIT_MS)
    assert applied == ["new filter"]
    assert old.is_running()  # still working: a cancel cannot stop a query mid-way
    assert not tasks.busy(("agenda", parent))  # but it no longer counts as the agenda's
    export = BackgroundOp(parent, kind="export", on_success=applied.append).run(
        lambda progress: "export"
    )
    qtbot.waitUntil(lambda: not export.is_running(), timeout=WAIT_MS)
    assert applied == ["new filter", "export"]  # another kind does not cancel the agenda's

    release.set()
    qtbot.waitUntil(lambda: not old.is_running(), timeout=WAIT_MS)
    assert applied == ["new filter", "export"]  # the old result was dropped
    assert shown_boxes == []


def test_a_superseded_op_stops_at_its_next_check_quietly(
    qtbot, parent: QWidget, shown_boxes: list[QMessageBox]
) -> None:
    rounds: list[int] = []
    failures: list[BaseException] = []

    def loop(progress: Progress) -> str:
        for n in range(2_000):  # ~10 s unless cancelled
            check_cancelled(progress)
            rounds.append(n)
            time.sleep(0.005)
        return "never cancelled"

    old = BackgroundOp(parent, kind="recompute", on_failure=failures.append).run(loop)
    qtbot.waitUntil(lambda: bool(rounds), timeout=WAIT_MS)
    BackgroundOp(parent, kind="recompute").run(lambda progress: None)
    qtbot.waitUntil(lambda: not old.is_running(), timeout=WAIT_MS)

    assert len(rounds) < 2_000
    assert failures == []  # a Cancelled its owner asked for is nobody's failure
    assert shown_boxes == []


def test_a_failure_is_shown_once_by_the_one_handler(
    qtbot, parent: QWidget, shown_boxes: list[QMessageBox], caplog: pytest.LogCaptureFixture
) -> None:
    applied: list[object] = []

    def missing(progress: Progress) -> None:
        raise NotFound(what="account", key="HZ-0001")

    op = BackgroundOp(parent, on_success=applied.append).run(missing)
    qtbot.waitUntil(lambda: not op.is_running(), timeout=WAIT_MS)
    (box,) = shown_boxes
    assert box.text() == "No account with HZ-0001 was found in this book."
    assert box.icon() == QMessageBox.Icon.Warning
    assert applied == []

    def broken(progress: Progress) -> None:
        raise ZeroDivisionError("division by zero")

    with caplog.at_level(logging.ERROR, logger="kam_desktop.gui.error_dialogs"):
        op = BackgroundOp(parent).run(broken)
        qtbot.waitUntil(lambda: not op.is_running(), timeout=WAIT_MS)
    assert len(shown_boxes) == 2
    assert shown_boxes[1].text().startswith("Something unexpected went wrong")
    assert isinstance(caplog.records[0].exc_info[1], ZeroDivisionError)

    taken: list[BaseException] = []
    op = BackgroundOp(parent, on_failure=taken.append).run(broken)
    qtbot.waitUntil(lambda: not op.is_running(), timeout=WAIT_MS)
    assert [type(exc) for exc in taken] == [ZeroDivisionError]
    assert len(shown_boxes) == 2  # the caller took it instead


def test_nothing_is_applied_to_a_widget_deleted_meanwhile(
    qtbot, shown_boxes: list[QMessageBox]
) -> None:
    release = threading.Event()
    widget = QWidget()
    label_texts: list[str] = []

    def work(progress: Progress) -> str:
        release.wait(WAIT_MS / 1000)
        raise NotFound(what="account", key="gone")

    op = BackgroundOp(widget, on_success=label_texts.append).run(work)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: not op.is_running(), timeout=WAIT_MS)
    assert label_texts == []
    assert shown_boxes == []


def test_the_status_bar_says_what_runs_and_clears_after(qtbot, languages) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = QWidget(window)
    window.setCentralWidget(page)
    release = threading.Event()
    (scoring,) = step_names("Scoring accounts")

    def work(progress: Progress) -> None:
        progress.update(0, 1, scoring)
        release.wait(WAIT_MS / 1000)

    op = BackgroundOp(page).with_status("Updating…").run(work)
    assert window.statusBar().currentMessage() == "Updating…"
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Updating… Scoring accounts",
        timeout=WAIT_MS,
    )
    release.set()
    qtbot.waitUntil(lambda: not op.is_running(), timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == ""


def test_quick_work_waited_for_shows_no_dialog(qtbot, parent: QWidget) -> None:
    results: list[int] = []
    op = BackgroundOp(parent, on_success=results.append).with_dialog("Import", "Importing…")
    assert op.run_and_wait(lambda progress: 42) is True
    assert results == [42]
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_the_dialog_shows_translated_steps_and_the_reps_cancel_is_confirmed(
    qtbot, parent: QWidget, shown_boxes: list[QMessageBox], languages: LanguageSwitcher, qapp
) -> None:
    languages.apply(qapp, "zh_CN")
    seen: dict[str, object] = {}
    names = step_names("Reading accounts", "Scoring accounts")

    def work(progress: Progress) -> str:
        steps = Steps(progress, names)
        steps.start(0)
        for n in range(2_000):  # ~10 s unless cancelled
            nested = steps.within(1)
            nested.update(n, 2_000)
            check_cancelled(progress)
            time.sleep(0.005)
        return "never cancelled"

    def click_cancel_once_a_step_shows() -> None:
        dialogs = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
        if not dialogs or "正在计算客户价值得分" not in dialogs[0].labelText():
            return
        seen["label"] = dialogs[0].labelText()
        dialogs[0].findChild(QPushButton).click()
        seen["visible_after_cancel"] = dialogs[0].isVisible()
        poller.stop()

    poller = QTimer()
    poller.timeout.connect(click_cancel_once_a_step_shows)
    poller.start(20)
    op = BackgroundOp(parent).with_dialog("导入", "正在导入总部客户清单…")
    assert op.run_and_wait(work) is False
    poller.stop()

    assert seen["label"] == "正在导入总部客户清单…\n正在计算客户价值得分"
    assert seen["visible_after_cancel"] is True  # stays up while the work winds down
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
    (box,) = shown_boxes  # the rep asked: the cancel is confirmed, as an information
    assert box.text() == "已取消，未作任何改动。"
    assert box.icon() == QMessageBox.Icon.Information
