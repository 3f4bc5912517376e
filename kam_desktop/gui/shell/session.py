"""The running app's session: which book is open, first-run choice, switching books and settings."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from kam_desktop.domain.errors import KamError
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell.app_settings import AppSettings, default_book_path
from kam_desktop.gui.shell.main_window import PAGE_ACCOUNTS, PAGE_VISITS, MainWindow
from kam_desktop.gui.shell.settings_dialog import SettingsDialog
from kam_desktop.gui.shell.welcome_dialog import WelcomeChoice, WelcomeDialog
from kam_desktop.gui.tasks import BackgroundOp, cancel_all
from kam_desktop.services.book.account_caches import needs_refresh, refresh_all
from kam_desktop.services.book.book_meta import rep_name, set_rep_name
from kam_desktop.services.book.handle import BOOK_SUFFIX, Book
from kam_desktop.services.book.new_book import open_or_create

log = logging.getLogger(__name__)

REFRESH_CACHES = "session.refresh_caches"  # one daily refresh at a time


class AppSession:
    def __init__(
        self,
        app: QApplication,
        settings: AppSettings,
        languages: LanguageSwitcher,
        *,
        remember_book: bool = True,
        refresh_in_background: bool = True,
    ) -> None:
        self._app = app
        self._settings = settings
        self._languages = languages
        self._remember_book = remember_book
        self._refresh_in_background = refresh_in_background
        self._book: Book | None = None
        self._window: MainWindow | None = None
        app.aboutToQuit.connect(cancel_all)  # no worker may outlive the app

    @property
    def window(self) -> MainWindow:
        if self._window is None:
            self._window = MainWindow(self._settings)
            self._window.open_book_requested.connect(self._on_open_book_requested)
            self._window.new_book_requested.connect(self._on_new_book_requested)
            self._window.settings_requested.connect(self._on_settings_requested)
        return self._window

    @property
    def book(self) -> Book | None:
        return self._book

    # --- choosing the book ---------------------------------------------------------------------

    def start(self, book_arg: Path | None) -> bool:
        """Open the book to work in; on the first run ask. False if the rep closed the welcome."""
        if book_arg is not None:
            return self._try_open(book_arg, create=True) or self._welcome()
        remembered = self._settings.book_path or default_book_path()
        if remembered.exists() and self._try_open(remembered, create=False):
            return True
        return self._welcome()

    def _welcome(self) -> bool:
        while True:
            dialog = WelcomeDialog()
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            choice = dialog.choice()
            target = default_book_path()
            if choice == WelcomeChoice.DEMO:
                target = _free_name(target.with_name("demo-account-book.kambook"))
                if self._build_demo(target) and self._try_open(target, create=False):
                    return True
            elif choice in (WelcomeChoice.NEW, WelcomeChoice.IMPORT):
                if self._try_open(_free_name(target), create=True):
                    if choice == WelcomeChoice.IMPORT:  # once the window is up
                        QTimer.singleShot(0, self.window.import_list)
                    return True
            else:
                path = dialog.opened_path()
                if path is not None and self._try_open(path, create=False):
                    return True

    def _build_demo(self, target: Path) -> bool:
        from kam_desktop.services.demo import build_demo_book  # only on a first run

        op = BackgroundOp(None).with_dialog(
            QApplication.translate("AppSession", "Demo account book"),
            QApplication.translate("AppSession", "Building the demo account book…"),
        )  # a failure is shown by the op; the service removes the half-built file
        return op.run_and_wait(lambda progress: build_demo_book(target, progress=progress))

    def _try_open(self, path: Path, *, create: bool) -> bool:
        try:
            self.open(path, create=create)
        except KamError as exc:
            show_error(self._window, exc)
            return False
        return True

    def open(self, path: Path, *, create: bool = True) -> None:
        """Open ``path`` in the window; on ``KamError`` the current book stays open."""
        book = open_or_create(path, create=create)
        self.close_book()
        self._book = book
        self.window.set_book(book)
        if self._remember_book:
            self._settings.book_path = Path(book.path).resolve()
        log.info("opened book %s", Path(book.path).name)
        for notice in book.notices:  # open read-only; an interrupted upgrade repaired
            show_error(self._window, notice)
        if needs_refresh(book):
            self._refresh_caches(book)

    def _refresh_caches(self, book: Book) -> None:
        """Date-dependent columns (due, not met for 90 days...) are recomputed once a day."""
        window = self.window
        if not self._refresh_in_background:
            refresh_all(book)
            window.refresh_pages()
            return

        def done(_result: object) -> None:
            if self._book is book:  # the rep may have switched books meanwhile
                window.refresh_pages()  # tiers, due visits, today's list: every page shows them

        def failed(exc: BaseException) -> None:  # stale columns only; the next opening retries
            log.warning("refreshing caches failed: %s", exc)

        BackgroundOp(window, kind=REFRESH_CACHES, on_success=done, on_failure=failed).with_status(
            QApplication.translate("AppSession", "Updating value tiers, map gaps and due visits…")
        ).run(lambda progress: refresh_all(book, progress=progress))

    def close_book(self) -> None:
        if self._book is not None:
            cancel_all()  # work on this book stops (and is dropped) before the book closes
            if self._window is not None:
                self._window.set_book(None)
            self._book.close()
            self._book = None

    # --- views ---------------------------------------------------------------------------------

    def show_view(self, view: str) -> None:
        """``accounts``, or ``TAB:CODE`` for an account's tab, e.g. ``account:000118``.

        Raises ``KamError`` for an unknown code, ``ValueError`` for an unknown view.
        """
        window = self.window
        kind, _, arg = view.partition(":")
        if kind == "accounts":
            window.show_page(PAGE_ACCOUNTS)
        elif kind == "visits" and not arg:
            window.show_page(PAGE_VISITS)
        elif arg and kind in window.accounts_page.detail.tab_keys():
            window.show_page(PAGE_ACCOUNTS)
            window.accounts_page.open_account_code(arg)
            window.accounts_page.detail.show_tab(kind)
        else:
            tabs = " | ".join(f"{k}:CODE" for k in window.accounts_page.detail.tab_keys())
            raise ValueError(f"unknown view {view!r}; use accounts | visits | {tabs}")

    # --- menu requests -------------------------------------------------------------------------

    def _book_filter(self) -> str:
        return QApplication.translate("AppSession", "KAM account book (*%1)").replace(
            "%1", BOOK_SUFFIX
        )

    def _on_open_book_requested(self) -> None:
        start = str(self._book.path.parent) if self._book else str(default_book_path().parent)
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            QApplication.translate("AppSession", "Open account book"),
            start,
            self._book_filter(),
        )
        if name:
            self._try_open(Path(name), create=False)

    def _on_new_book_requested(self) -> None:
        start = str(default_book_path().parent)
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            QApplication.translate("AppSession", "New account book"),
            start,
            self._book_filter(),
        )
        if name:
            path = Path(name)
            if path.suffix != BOOK_SUFFIX:
                path = path.with_suffix(BOOK_SUFFIX)
            self._try_open(path, create=True)

    def _on_settings_requested(self) -> None:
        if self._book is None:
            return
        dialog = SettingsDialog(
            self._settings, rep_name(self._book), Path(self._book.path), self._window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._languages.apply(self._app, dialog.chosen_language())
        try:
            if dialog.chosen_rep_name() != rep_name(self._book):
                set_rep_name(self._book, dialog.chosen_rep_name())
                self.window.set_book(self._book)
        except KamError as exc:
            show_error(self._window, exc)
        chosen = dialog.chosen_book_path()
        if chosen.resolve() != Path(self._book.path).resolve():
            self._try_open(chosen, create=True)


def _free_name(path: Path) -> Path:
    """``path`` or ``name-2.kambook``, ``name-3.kambook``… whichever does not exist yet."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate
