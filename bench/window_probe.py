"""Started by ``bench_book.py`` in a fresh process: time to the main window's first paint.

``python bench/window_probe.py app BOOK [--lang zh_CN] [--search TEXT] [--scroll]`` starts the
app as ``kam_desktop.gui.shell.app.main(["--book", BOOK])`` does (same imports, same steps, in
the same order) and records when the window is first painted. ``empty`` instead of ``app`` is the
floor: only PySide6, a QApplication and an empty QMainWindow of the same size.

After the first paint the ``app`` probe can run a search through the search box (``--search``)
and scroll the whole list from top to bottom (``--scroll``), then reports how many account rows
the model holds. It prints one JSON line of POSIX timestamps and counts and exits; peak RSS is
its own ``ru_maxrss``. Keep module-level imports minimal: imports are part of what is timed.
"""

import time

T_START = time.time()  # first, so that import costs are inside the measurement

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

if __package__ in (None, ""):  # started as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WINDOW_SIZE = (1400, 900)  # what a fresh settings store gives the main window


def _paint_watch(marks: dict[str, float], on_first_paint: Any) -> Any:
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        """Notes the first Paint (widgets) or Expose (native window) event per watched object."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
            kind = event.type()
            if kind in (QEvent.Type.Paint, QEvent.Type.Expose):
                key = f"t_{watched.property('probe_name')}_{kind.name.lower()}"
                if key not in marks:
                    marks[key] = time.time()
                    if kind == QEvent.Type.Paint and watched.property("probe_name") == "window":
                        on_first_paint()
            return False

    return PaintWatch()


def _watch(obj: Any, name: str, watch: Any) -> None:
    obj.setProperty("probe_name", name)
    obj.installEventFilter(watch)


def run_empty(marks: dict[str, float]) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks["t_imported"] = time.time()
    _app = QApplication([sys.argv[0]])  # kept referenced until the probe ends
    marks["t_qapp"] = time.time()
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    loop = QEventLoop()
    watch = _paint_watch(marks, lambda: QTimer.singleShot(0, loop.quit))
    _watch(window, "window", watch)
    marks["t_window"] = time.time()
    window.show()
    marks["t_show"] = time.time()
    loop.exec()
    return {}


def run_app(marks: dict[str, float], args: argparse.Namespace) -> dict[str, Any]:
    # The steps of kam_desktop.gui.shell.app.main(), in its order, with timestamps between them.
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kam_desktop import APP_NAME, ORG_NAME, __version__
    from kam_desktop.gui.i18n import LanguageSwitcher
    from kam_desktop.gui.shell.app_settings import AppSettings
    from kam_desktop.gui.shell.log_setup import configure_logging
    from kam_desktop.gui.shell.session import AppSession
    from kam_desktop.reports.qt_fonts import install_cjk_font

    marks["t_imported"] = time.time()
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication([sys.argv[0]])
    marks["t_qapp"] = time.time()
    configure_logging()
    install_cjk_font(app)
    settings = AppSettings()
    languages = LanguageSwitcher()
    languages.apply(app, args.lang or settings.language)
    marks["t_i18n"] = time.time()
    session = AppSession(app, settings, languages, remember_book=False)
    session.open(Path(args.book), create=False)
    marks["t_book"] = time.time()  # book opened, window built, first page of ids loaded
    window = session.window
    # main() runs app.exec(); a local loop runs the same events but, unlike app.quit(), leaving
    # it does not close the window, which the search and scroll below still need.
    loop = QEventLoop()
    watch = _paint_watch(marks, lambda: QTimer.singleShot(0, loop.quit))
    _watch(window, "window", watch)
    _watch(window.accounts_page.table.viewport(), "list", watch)
    window.show()
    marks["t_show"] = time.time()
    loop.exec()
    if "t_list_paint" not in marks:  # painted in the same pass as the window, normally
        app.processEvents()
    return after_paint(window, args)


def after_paint(window: Any, args: argparse.Namespace) -> dict[str, Any]:
    """Search and scroll as a rep would, then count the account rows the model holds."""
    import gc

    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.accounts import account_table_model as atm
    from kam_desktop.services.accounts.find_accounts import AccountRow

    page = window.accounts_page
    model = page.model
    extra: dict[str, Any] = {"rows_total": model.rowCount()}
    if args.search:
        started = time.perf_counter()
        page.filter_bar.search.setText(args.search)
        page.filter_bar.search.returnPressed.emit()  # Enter: no typing pause to wait for
        page.table.viewport().repaint()
        QApplication.processEvents()
        extra["search_ms"] = (time.perf_counter() - started) * 1000
        extra["search_hits"] = model.rowCount()
    if args.scroll:
        page.filter_bar.search.setText("")
        page.filter_bar.search.returnPressed.emit()
        QApplication.processEvents()
        bar = page.table.verticalScrollBar()
        started = time.perf_counter()
        steps = 0
        value = 0
        while True:
            bar.setValue(value)
            page.table.viewport().repaint()  # paints the visible rows: data() for each cell
            steps += 1
            if value >= bar.maximum():
                break
            value = min(value + bar.pageStep(), bar.maximum())
        QApplication.processEvents()
        extra["scroll_s"] = time.perf_counter() - started
        extra["scroll_steps"] = steps
        extra["scroll_rows"] = model.rowCount()
    # The model's page cache (private, read here only to report it) and every AccountRow alive.
    extra["cached_rows"] = sum(len(p) for p in model._pages.values())
    extra["cache_limit"] = atm.MAX_CACHED_PAGES * atm.PAGE_SIZE
    gc.collect()
    extra["live_account_rows"] = sum(1 for o in gc.get_objects() if isinstance(o, AccountRow))
    return extra


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["app", "empty"])
    parser.add_argument("book", nargs="?")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--search", default="")
    parser.add_argument("--scroll", action="store_true")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the startup here")
    args = parser.parse_args()
    marks: dict[str, float] = {"t_start": T_START}

    def run() -> dict[str, Any]:
        return run_app(marks, args) if args.mode == "app" else run_empty(marks)

    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        extra = profiler.runcall(run)
        profiler.dump_stats(args.profile)
    else:
        extra = run()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({**marks, **extra, "maxrss_kb": usage.ru_maxrss}))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
