"""The right side of the Accounts page: one account's header and its tabs (profile, contacts...).

Tabs are plugged in with ``add_tab``; each ``AccountTab`` is told the book and the account to
show (the profile form is driven by the page itself). A tab key is also a screenshot view:
``--view KEY:CODE`` opens that account on that tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kam_desktop.gui.account_tab import AccountTab
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.book.handle import Book


class AccountHeading(QLabel):
    """The account's name and its key facts on one line above every tab, cut with "…" when the
    pane is narrow (never wrapped a character a line); the whole text is the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountHeading")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setStyleSheet("font-size: 12pt; font-weight: 600; padding: 2px 4px 4px 4px;")
        self.setMinimumWidth(80)
        self._full = ""

    def set_heading(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width() - 12, 20)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))


class AccountDetailPanel(QWidget):
    """Holds the account tabs; ``account_changed`` is emitted when any tab changed the account."""

    account_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = AccountHeading(self)
        self.heading.setVisible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._keys: list[str] = []
        self._titles: list[Callable[[], str]] = []
        self._widgets: list[QWidget] = []
        self._account_tabs: list[AccountTab] = []  # all but the profile form
        self._account_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs)
        translate_ui(self, self._retitle_tabs)

    def add_tab(self, key: str, widget: QWidget, title: Callable[[], str]) -> None:
        """``title`` returns the translated tab title (called again on language change)."""
        self._keys.append(key)
        self._titles.append(title)
        self._widgets.append(widget)
        self.tabs.addTab(widget, title())
        if isinstance(widget, AccountTab):
            self._account_tabs.append(widget)
            widget.account_changed.connect(
                lambda account_id, source=widget: self._on_tab_changed(source, account_id)
            )

    def tab(self, key: str) -> QWidget:
        return self._widgets[self._keys.index(key)]

    def tab_keys(self) -> list[str]:
        return list(self._keys)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self._keys.index(key))

    def current_key(self) -> str:
        return self._keys[self.tabs.currentIndex()]

    def set_book(self, book: Book | None) -> None:
        self._account_id = None
        for tab in self._account_tabs:
            tab.set_book(book)

    def set_heading(self, text: str | None) -> None:
        """The line above the tabs: the account's name and facts (``None``: no account)."""
        self.heading.set_heading(text or "")
        self.heading.setVisible(bool(text))

    def show_account(self, account_id: str | None) -> None:
        """Tell every account tab (not the profile, driven by the page) which account to show."""
        self._account_id = account_id
        for tab in self._account_tabs:
            tab.show_account(account_id)

    def _on_tab_changed(self, source: AccountTab, account_id: str) -> None:
        """One tab changed the account (a contact added...): the others show it afresh."""
        for tab in self._account_tabs:
            if tab is not source:
                tab.show_account(account_id)
        self.account_changed.emit(account_id)

    @property
    def account_id(self) -> str | None:
        return self._account_id

    def _retitle_tabs(self) -> None:
        for index, title in enumerate(self._titles):
            self.tabs.setTabText(index, title())
