"""Start KAM Desktop: parse options, set up Qt, choose and open the account book, show the window.

``kam-desktop --book PATH --screenshot OUT.png [--view today|accounts|analytics|plan|account:CODE]
[--lang zh_CN|en]``
renders a view offscreen at 1400×900 (or ``--size WxH``) and exits, so anyone (and CI) can look
at the screens; ``--view import:FILE`` shows the import wizard's preview of FILE over the window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kam_desktop import APP_NAME, ORG_NAME, __version__
from kam_desktop.domain.errors import KamError

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1400, 900)


def _size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` (e.g. ``1366x768``) as a pair of pixels."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1366x768") from None
    if not (320 <= width <= 8192 and 240 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"{text!r}: give a size between 320x240 and 8192x8192")
    return width, height


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kam-desktop", description="KAM Desktop: the key account manager's workstation."
    )
    parser.add_argument("--book", type=Path, help="open this account book (created if missing)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language for this run")
    parser.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render a view to a PNG and exit"
    )
    parser.add_argument(
        "--view",
        default="accounts",
        help="with --screenshot: today, accounts, visits, analytics, plan, TAB:CODE for an "
        "account tab "
        "(e.g. account:000118), or import:FILE for the import wizard's preview of FILE",
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=SCREENSHOT_SIZE,
        metavar="WxH",
        help="with --screenshot: the window size (default: 1400x900), e.g. 1366x768",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.i18n import LanguageSwitcher
    from kam_desktop.gui.shell.app_settings import AppSettings
    from kam_desktop.gui.shell.log_setup import configure_logging
    from kam_desktop.gui.shell.session import AppSession
    from kam_desktop.reports.qt_fonts import install_cjk_font

    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure_logging()
    install_cjk_font(app)
    settings = AppSettings()
    languages = LanguageSwitcher()
    languages.apply(app, args.lang or settings.language)

    session = AppSession(
        app,
        settings,
        languages,
        remember_book=args.book is None,
        refresh_in_background=not args.screenshot,  # a screenshot shows today's figures
    )
    if args.screenshot:
        return _screenshot(session, args)
    if not session.start(args.book):
        return 0
    session.window.show()
    return app.exec()


def _screenshot(session: object, args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.shell.session import AppSession
    from kam_desktop.gui.tasks import wait_until_idle

    assert isinstance(session, AppSession)
    if args.book is None:
        print("--screenshot needs --book PATH", file=sys.stderr)
        return 2
    try:
        session.open(args.book, create=False)
        window = session.window
        window.resize(*args.size)
        window.show()
        if args.view.startswith("import:"):
            image = _import_screenshot(window, Path(args.view.partition(":")[2]))
        else:
            if args.view == "today":
                from kam_desktop.gui.shell.main_window import PAGE_TODAY

                window.show_page(PAGE_TODAY)
            elif args.view == "analytics":
                from kam_desktop.gui.shell.main_window import PAGE_ANALYTICS

                window.show_page(PAGE_ANALYTICS)
            elif args.view == "plan":
                from kam_desktop.gui.shell.main_window import PAGE_PLAN

                window.show_page(PAGE_PLAN)
                window.plan_page.finish_preview(paint_ms=1500)  # the plan, its PDF, its pages
            else:
                session.show_view(args.view)
            wait_until_idle()  # lists read in the background (the agenda) are shown first
            for _ in range(3):
                QApplication.processEvents()
            image = window.grab()
        args.screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(args.screenshot), "PNG"):
            print(f"could not write {args.screenshot}", file=sys.stderr)
            return 1
    except KamError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    except ValueError as exc:  # an unknown --view
        print(exc, file=sys.stderr)
        return 2
    finally:
        window = getattr(session, "_window", None)
        if window is not None:
            window.save_window_state = lambda: None  # a screenshot must not move the rep's window
            window.close()
        session.close_book()
    return 0


def _import_screenshot(window: object, path: Path) -> object:
    """The window with the import wizard over it, on the preview of ``path``."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.hq_import.wizard import PAGE_PREVIEW, ImportWizard
    from kam_desktop.gui.shell.main_window import MainWindow
    from kam_desktop.services.hq_import.overview import inspect_list

    assert isinstance(window, MainWindow)
    assert window.book is not None
    inspect_list(window.book, path)  # an unreadable file: its KamError, not a modal box
    wizard = ImportWizard(window.book, path, window)
    wizard.show()
    if not wizard.go_to(PAGE_PREVIEW):
        raise ValueError(f"the import wizard could not show a preview of {path}")
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab()
    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(0, 0, 0, 60))  # the window behind a modal wizard
    shot = wizard.grab()
    corner = QPoint((window.width() - shot.width()) // 2, (window.height() - shot.height()) // 2)
    painter.drawPixmap(corner, shot)
    painter.setPen(QColor("#888888"))
    painter.drawRect(corner.x() - 1, corner.y() - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    wizard.close()
    return image


if __name__ == "__main__":
    raise SystemExit(main())
