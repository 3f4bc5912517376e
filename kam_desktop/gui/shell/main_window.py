"""The main window: navigation, pages, menus, status bar, remembered geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from kam_desktop import APP_NAME, __version__
from kam_desktop.gui.accounts.accounts_page import AccountsPage
from kam_desktop.gui.contact_map.edit_map_rules import edit_map_rules
from kam_desktop.gui.hq_import.file_page import LIST_SUFFIXES
from kam_desktop.gui.hq_import.wizard import ImportWizard, open_import_wizard
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.export_excel import export_to_excel
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.gui.today.today_page import TodayPage
from kam_desktop.gui.value.analytics_page import AnalyticsPage
from kam_desktop.gui.value.value_settings_dialog import edit_value_settings
from kam_desktop.gui.visit_plan.plan_page import PlanPage
from kam_desktop.gui.visits.visits_page import VisitsPage
from kam_desktop.services.book.handle import Book
from kam_desktop.services.hq_import.model import ImportResult
from kam_desktop.services.revisits.due_cache import refresh_due_cache
from kam_desktop.services.today.model import TodayCounts

PAGE_TODAY = "today"
PAGE_ACCOUNTS = "accounts"
PAGE_VISITS = "visits"
PAGE_ANALYTICS = "analytics"
PAGE_PLAN = "plan"
REFRESH_DUE = "main_window.refresh_due"  # new revisit rules supersede the last ones


def ask_save_changes(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel. A module function so tests can answer without a modal loop."""
    return QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )


class MainWindow(QMainWindow):
    """Signals ask the session to switch books or settings; the window never opens files."""

    open_book_requested = Signal()
    new_book_requested = Signal()
    settings_requested = Signal()

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self._book: Book | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(50)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget { border: none; background: #f1f3f6; font-size: 11pt; }"
            "QListWidget::item { padding: 10px 12px; }"
            "QListWidget::item:selected { background: #dce6f5; color: #1a3d7c; }"
        )
        self.pages = QStackedWidget(self)
        self.today_page = TodayPage(self)
        self.accounts_page = AccountsPage(self.undo_stack, self)
        self.visits_page = VisitsPage(self.undo_stack, self)
        self._page_keys: list[str] = []
        self._nav_counts = TodayCounts(0, 0)  # shown beside Today and Visits
        self._add_page(PAGE_TODAY, self.today_page)  # the start screen
        self._add_page(PAGE_ACCOUNTS, self.accounts_page)
        self._add_page(PAGE_VISITS, self.visits_page)
        self.analytics_page = AnalyticsPage(self)
        self._add_page(PAGE_ANALYTICS, self.analytics_page)
        self.plan_page = PlanPage(self)
        self._add_page(PAGE_PLAN, self.plan_page)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.book_label = QLabel(self)
        self.book_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.book_label)

        self._make_actions()
        self._make_menus()
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.accounts_page.counts_changed.connect(self._on_counts_changed)
        self.visits_page.account_requested.connect(self._on_account_requested)
        self.today_page.account_requested.connect(self._on_account_requested)
        self.today_page.page_requested.connect(self.show_page)
        self.today_page.account_changed.connect(self._on_visit_logged_today)
        self.today_page.counts_changed.connect(self._on_today_counts_changed)
        self.visits_page.account_changed.connect(self._on_visits_changed)
        self.visits_page.account_changed.connect(self.accounts_page.account_changed_elsewhere)
        self.visits_page.rules_changed.connect(self._on_visit_rules_changed)
        self.analytics_page.account_chosen.connect(self._on_account_requested)
        self.accounts_page.form.editing_changed.connect(self._on_editing_changed)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        self.nav.setCurrentRow(0)
        self.setAcceptDrops(True)  # an HQ list dropped on the window opens the import wizard
        translate_ui(self)
        self._restore_geometry()

    def _add_page(self, key: str, page: QWidget) -> None:
        self._page_keys.append(key)
        self.pages.addWidget(page)
        self.nav.addItem(QListWidgetItem())

    # --- actions -------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.act_new_book = QAction(self)
        self.act_open_book = QAction(self)
        self.act_open_book.setShortcut(QKeySequence.StandardKey.Open)
        self.act_settings = QAction(self)
        self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_visit_rules = QAction(self)
        self.act_map_rules = QAction(self)
        self.act_value_model = QAction(self)
        self.act_import = QAction(self)
        self.act_export_excel = QAction(self)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_new_account = QAction(self)
        self.act_new_account.setShortcut(QKeySequence.StandardKey.New)
        self.act_edit_account = QAction(self)
        self.act_edit_account.setShortcut(QKeySequence("F2"))
        self.act_save_account = QAction(self)
        self.act_save_account.setShortcut(QKeySequence.StandardKey.Save)
        self.act_delete_account = QAction(self)
        self.act_delete_account.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_about = QAction(self)
        for action in (self.act_find, self.act_new_account, self.act_edit_account,
                       self.act_save_account, self.act_delete_account):  # fmt: skip
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        self.act_new_book.triggered.connect(self.new_book_requested)
        self.act_open_book.triggered.connect(self.open_book_requested)
        self.act_settings.triggered.connect(self.settings_requested)
        self.act_visit_rules.triggered.connect(self._on_visit_rules_triggered)
        self.act_map_rules.triggered.connect(self._on_map_rules_triggered)
        self.act_value_model.triggered.connect(self._on_value_model_triggered)
        self.act_import.triggered.connect(self._on_import_triggered)
        self.act_export_excel.triggered.connect(self._on_export_excel_triggered)
        self.act_quit.triggered.connect(self.close)
        self.act_find.triggered.connect(self._on_find_triggered)
        self.act_new_account.triggered.connect(self._on_new_account_triggered)
        self.act_edit_account.triggered.connect(self.accounts_page.form.start_edit)
        self.act_save_account.triggered.connect(self.accounts_page.form.save)
        self.act_delete_account.triggered.connect(self._on_delete_account_triggered)
        self.act_about.triggered.connect(self._on_about_triggered)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_new_book, self.act_open_book])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addAction(self.act_visit_rules)
        self.menu_file.addAction(self.act_map_rules)
        self.menu_file.addAction(self.act_value_model)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_import)
        self.menu_file.addAction(self.act_export_excel)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_account = bar.addMenu("")
        self.menu_account.addActions(
            [self.act_new_account, self.act_edit_account, self.act_save_account]
        )
        self.menu_account.addSeparator()
        self.menu_account.addAction(self.act_delete_account)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    # --- book --------------------------------------------------------------------------------

    @property
    def book(self) -> Book | None:
        return self._book

    def set_book(self, book: Book | None) -> None:
        self.undo_stack.clear()  # undo steps belong to the book they were made in
        self._book = book
        self.today_page.set_book(book)
        self.accounts_page.set_book(book)
        self.visits_page.set_book(book)
        self.analytics_page.set_book(book)
        self.plan_page.set_book(book)
        self._update_book_label()

    def _update_book_label(self) -> None:
        if self._book is None:
            self.book_label.setText(self.tr("No account book open"))
            self.setWindowTitle(APP_NAME)
            return
        owner = self._book.meta.get("owner") or ""
        self.book_label.setText(str(self._book.path))
        title = f"{Path(self._book.path).stem} — {APP_NAME}"
        self.setWindowTitle(f"{owner} · {title}" if owner else title)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self._page_keys.index(key))

    # --- slots ---------------------------------------------------------------------------------

    def _on_account_requested(self, account_id: str) -> None:
        self.show_page(PAGE_ACCOUNTS)
        self.accounts_page.open_account(account_id)

    def _on_visit_rules_triggered(self) -> None:
        self.show_page(PAGE_VISITS)
        self.visits_page.due.open_rules()

    def _on_map_rules_triggered(self) -> None:
        """New thresholds: every account's stored gaps (the list's gap column) are recomputed."""
        if self._book is not None:
            edit_map_rules(self, self._book, self.accounts_page.reload)

    def _on_value_model_triggered(self) -> None:
        """New weights, tier rule or lifecycle thresholds: every account is rescored in the
        background, then the pages show the new tiers."""
        if self._book is not None:
            edit_value_settings(self, self._book, self.refresh_pages)

    def _on_export_excel_triggered(self) -> None:
        if self._book is not None:
            export_to_excel(self, self._book)

    def _on_import_triggered(self) -> None:
        self.import_list()

    def import_list(self, path: Path | None = None) -> ImportWizard | None:
        """Open the import wizard (on ``path``, if given); None when no book is open."""
        if self._book is None:
            return None
        return open_import_wizard(self, self._book, path, self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        """New and changed accounts (and their due visits) show at once."""
        self.refresh_pages()

    def refresh_pages(self) -> None:
        """After a book-wide change (an import, a rescore): every page reads the book again."""
        self.today_page.refresh()
        self.accounts_page.reload()
        self.visits_page.refresh()
        self.analytics_page.refresh()  # read when next shown
        self.plan_page.refresh()
        self._on_undo_index_changed(0)  # the account count in the status bar

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._book is not None and _dropped_list(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_list(event) if self._book is not None else None
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.import_list(path)

    def _on_visit_rules_changed(self) -> None:
        """New thresholds: every account's "visit due" column is recomputed in the background."""
        book = self._book
        if book is None:
            return

        def done(_result: object) -> None:
            self.accounts_page.reload()
            self.today_page.refresh()

        BackgroundOp(self, kind=REFRESH_DUE, on_success=done).run(
            lambda _progress: refresh_due_cache(book)
        )

    def _on_visit_logged_today(self, account_id: str) -> None:
        """A visit logged from Today: the account's tabs and the Visits page read again."""
        self.accounts_page.account_changed_elsewhere(account_id)
        self.visits_page.refresh()

    def _on_visits_changed(self, _account_id: str) -> None:
        self.today_page.refresh()  # its lists and the navigation's counts

    def _on_today_counts_changed(self, counts: TodayCounts) -> None:
        self._nav_counts = counts
        self._update_nav_texts()

    def _update_nav_texts(self) -> None:
        """Page names, with Today's and the Visits page's counts ("拜访 12") when there are any."""
        counts = {PAGE_TODAY: self._nav_counts.today, PAGE_VISITS: self._nav_counts.visits}
        names = {
            PAGE_TODAY: self.tr("Today"),
            PAGE_ACCOUNTS: self.tr("Accounts"),
            PAGE_VISITS: self.tr("Visits"),
            PAGE_ANALYTICS: self.tr("Analytics"),
            PAGE_PLAN: self.tr("Visit plan"),
        }
        for row, key in enumerate(self._page_keys):
            n = counts.get(key, 0)
            self.nav.item(row).setText(f"{names[key]} {n:,}" if n else names[key])

    def _on_find_triggered(self) -> None:
        self.show_page(PAGE_ACCOUNTS)
        self.accounts_page.focus_search()

    def _on_new_account_triggered(self) -> None:
        self.show_page(PAGE_ACCOUNTS)
        self.accounts_page.new_account()

    def _on_delete_account_triggered(self) -> None:
        if self.accounts_page.form.is_editing:
            return
        if self.accounts_page.delete_current():
            self.statusBar().showMessage(self.tr("Account deleted. Press Ctrl+Z to undo."), 8000)

    def _on_counts_changed(self, shown: int, total: int) -> None:
        if shown == total:
            self.count_label.setText(self.tr("%n account(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("Showing %1 of %n account(s)", "", total).replace("%1", str(shown))
            )

    def _on_editing_changed(self, editing: bool) -> None:
        self.act_save_account.setEnabled(editing)
        self.act_delete_account.setEnabled(not editing)

    def _on_undo_index_changed(self, _index: int) -> None:
        self._on_counts_changed(self.accounts_page.model.rowCount(), self.accounts_page.total)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", APP_NAME),
            self.tr(
                "%1 %2\n\nAn offline workstation for key account managers: accounts, contact "
                "maps, visits and value, in one account book on your laptop."
            ).replace("%1", APP_NAME).replace("%2", __version__),
        )  # fmt: skip

    # --- window state --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.main_window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        state = self._settings.splitter_state
        if state is not None:
            self.accounts_page.splitter.restoreState(state)

    def save_window_state(self) -> None:
        self._settings.main_window_geometry = self.saveGeometry()
        self._settings.splitter_state = self.accounts_page.splitter.saveState()

    def closeEvent(self, event: QCloseEvent) -> None:
        form = self.accounts_page.form
        if form.is_editing:
            answer = ask_save_changes(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save your changes to this account before closing?"),
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not form.save()
            ):
                event.ignore()
                return
        self.save_window_state()
        super().closeEvent(event)

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._update_nav_texts()
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_account.setTitle(self.tr("&Account"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new_book.setText(self.tr("New account book…"))
        self.act_open_book.setText(self.tr("Open account book…"))
        self.act_settings.setText(self.tr("Settings…"))
        self.act_visit_rules.setText(self.tr("Visit rules…"))
        self.act_map_rules.setText(self.tr("Contact map rules…"))
        self.act_value_model.setText(self.tr("Value settings…"))
        self.act_import.setText(self.tr("Import from headquarters…"))
        self.act_export_excel.setText(self.tr("Export to Excel…"))
        self.act_quit.setText(self.tr("Quit"))
        self.act_find.setText(self.tr("Find account"))
        self.act_new_account.setText(self.tr("New account"))
        self.act_edit_account.setText(self.tr("Edit account"))
        self.act_save_account.setText(self.tr("Save account"))
        self.act_delete_account.setText(self.tr("Delete account"))
        self.act_about.setText(self.tr("About KAM Desktop"))
        self._update_book_label()
        self._on_undo_index_changed(0)


def _dropped_list(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local CSV, text or Excel file being dragged, else None."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in LIST_SUFFIXES else None
