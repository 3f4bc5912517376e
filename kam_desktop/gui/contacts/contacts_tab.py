"""The Contacts tab of an account: the contact table, Add / Edit / Delete, and the chosen
contact's relationship history with the next step up the pyramid."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError, NotFound
from kam_desktop.gui.contacts.contact_dialog import ContactDialog
from kam_desktop.gui.contacts.contact_table_model import (
    COLUMN_OF,
    SORT_ROLE,
    ContactTableModel,
)
from kam_desktop.gui.contacts.history_panel import ContactHistoryPanel
from kam_desktop.gui.contacts.undo_commands import AddContactCommand, DeleteContactCommand
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.table_keys import bind_table_keys
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import ContactRow, list_contacts
from kam_desktop.services.contacts.relationship_history import relationship_history


class ContactsTab(QWidget):
    """Account-tab protocol (``set_book``, ``show_account``); ``account_changed(id)`` after
    any change made here (including undo and redo of the changes made here)."""

    account_changed = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self._book: Book | None = None
        self._account_id: str | None = None
        self.dialog: ContactDialog | None = None  # the dialog currently open, if any

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addContactButton")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editContactButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteContactButton")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("contactCount")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.model = ContactTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setObjectName("contactTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMN_OF["name"], Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 12pt; padding: 40px;")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.history = ContactHistoryPanel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(self._on_row_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        bind_table_keys(self.table, on_open=self.edit_current, on_delete=self.delete_current)
        self.retranslate()
        self.reload()

    # --- account-tab protocol ----------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._book = book
        self._account_id = None
        self.reload()

    def show_account(self, account_id: str | None) -> None:
        self._account_id = account_id
        self.reload()

    @property
    def account_id(self) -> str | None:
        return self._account_id

    # --- state -------------------------------------------------------------------------------

    def reload(self, select_id: str | None = None, fallback_row: int = 0) -> None:
        """Read the account's contacts again; keep (or move to) the chosen contact."""
        keep = select_id or self.current_contact_id()
        rows: list[ContactRow] = []
        if self._book is not None and self._account_id is not None:
            try:
                rows = list_contacts(self._book, self._account_id)
            except NotFound:  # the account was deleted meanwhile
                rows = []
        self.model.set_rows(rows)
        has_account = self._book is not None and self._account_id is not None
        self.add_button.setEnabled(has_account)
        self.list_stack.setCurrentWidget(self.table if rows else self.empty_label)
        self.history.setVisible(bool(rows))  # nothing to choose: the empty state says why
        self._update_texts()
        if rows:
            self.table.resizeColumnsToContents()
            if not self.select_contact(keep):
                self.table.selectRow(min(fallback_row, self.proxy.rowCount() - 1))
        self._on_current_changed()

    def current_contact(self) -> ContactRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_data(self.proxy.mapToSource(index).row())

    def current_contact_id(self) -> str | None:
        contact = self.current_contact()
        return contact.id if contact else None

    def select_contact(self, contact_id: str | None) -> bool:
        row = self.model.row_of(contact_id) if contact_id else -1
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _on_current_changed(self, *_args: object) -> None:
        contact = self.current_contact()
        self.edit_button.setEnabled(contact is not None)
        self.delete_button.setEnabled(contact is not None)
        steps = []
        if contact is not None and self._book is not None:
            steps = relationship_history(self._book, contact.id)
        self.history.show_contact(contact, steps)

    # --- commands ----------------------------------------------------------------------------

    def add_contact(self) -> ContactDialog | None:
        """Open the form for a new contact (window-modal; the tab reacts when it is saved)."""
        return self._open_dialog(None)

    def edit_current(self) -> ContactDialog | None:
        contact = self.current_contact()
        return self._open_dialog(contact.id) if contact else None

    def _on_row_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _open_dialog(self, contact_id: str | None) -> ContactDialog | None:
        if self._book is None or self._account_id is None or self.dialog is not None:
            return None
        try:
            dialog = ContactDialog(self._book, self._account_id, contact_id, self)
        except KamError as exc:  # deleted elsewhere since the table was read
            show_error(self, exc)
            self.reload()
            return None
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        saved = dialog.saved_contact()
        if result != QDialog.DialogCode.Accepted or saved is None or self._book is None:
            return
        if dialog.is_new():
            text = self.tr("Add contact %1").replace("%1", saved.name)
            command = AddContactCommand(
                self._book, saved.account_id, saved.id, text, self._after_command
            )
            self._undo.push(command)
        self._after_command(saved.account_id, saved.id)

    def delete_current(self) -> bool:
        contact = self.current_contact()
        if self._book is None or contact is None:
            return False
        text = self.tr("Delete contact %1").replace("%1", contact.name)
        command = DeleteContactCommand(
            self._book, contact.account_id, contact.id, text, self._after_command
        )
        self._undo.push(command)  # redo() deletes and refreshes through _after_command
        return True

    def _after_command(self, account_id: str, contact_id: str) -> None:
        if account_id == self._account_id:
            self.reload(select_id=contact_id, fallback_row=self.table.currentIndex().row())
        self.account_changed.emit(account_id)

    # --- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.add_button.setToolTip(self.tr("Add a contact of this account"))
        self.delete_button.setToolTip(self.tr("Delete the chosen contact (Ctrl+Z undoes it)"))
        self.model.retranslate()
        self._update_texts()

    def _update_texts(self) -> None:
        if self._account_id is None:
            self.empty_label.setText(self.tr("Choose an account to see its contacts."))
        else:
            self.empty_label.setText(self.tr(
                "No contacts yet. Add the people you meet: who decides, who influences, "
                "who uses."
            ))  # fmt: skip
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n contact(s)", "", count) if count else "")
