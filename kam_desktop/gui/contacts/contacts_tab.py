"""The Contacts tab of an account: the contact table, Add / Edit / Delete, and the chosen
contact's relationship history with the next step up the pyramid."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.gui.account_tab import AccountTab
from kam_desktop.gui.contacts.contact_dialog import ContactDialog
from kam_desktop.gui.contacts.contact_table_model import (
    COLUMN_OF,
    SORT_ROLE,
    ContactTableModel,
)
from kam_desktop.gui.contacts.decision_chain import DecisionChainPanel
from kam_desktop.gui.contacts.history_panel import ContactHistoryPanel
from kam_desktop.gui.contacts.undo_commands import AddContactCommand, DeleteContactCommand
from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.row_table import RowTable
from kam_desktop.gui.table_keys import bind_table_keys
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import ContactRow, list_contacts
from kam_desktop.services.contacts.relationship_history import relationship_history


class ContactsTab(AccountTab):
    """An account tab; ``account_changed(id)`` after any change made here (including undo and
    redo of the changes made here)."""

    # The history pane under the table is shown only with contacts; shown only once the tab
    # is, it would take another share of the splitter than the one the rep is used to.
    read_when_hidden = True

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(undo_stack, parent)

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
        self.table = RowTable(self.model, SORT_ROLE, "contactTable", self)
        self.proxy = self.table.proxy
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table.sortByColumn(COLUMN_OF["name"], Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.list_stack = EmptyStateStack(self.table, self)
        self.empty_label = self.list_stack.label

        self.history = ContactHistoryPanel(self)
        # The decision chain first: who decides and where they stand, read before the table.
        self.chain = DecisionChainPanel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("contactsSplitter")
        splitter.addWidget(self.chain)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(self._on_row_double_clicked)
        self.chain.contact_activated.connect(self._open_dialog_for)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        bind_table_keys(self.table, on_open=self.edit_current, on_delete=self.delete_current)
        translate_ui(self)
        self._show(None, None)

    # --- state -------------------------------------------------------------------------------

    def _read(self, book: Book, account_id: str) -> list[ContactRow]:
        return list_contacts(book, account_id)

    def _show(self, rows: list[ContactRow] | None, select_id: str | None) -> None:
        """Show the account's contacts; keep the chosen contact, or choose ``select_id`` (the
        one just changed; if it is gone, the row where it was)."""
        keep = select_id or self.current_contact_id()
        fallback_row = self.table.currentIndex().row() if select_id else 0
        rows = rows or []
        self.model.set_rows(rows)
        self.chain.show_rows(rows)
        # Never hidden: a splitter pane shown again later comes back squashed to nothing.
        self.chain.set_has_account(self._account_id is not None)
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
        row = self.table.current_source_row()
        return None if row is None else self.model.row_data(row)

    def current_contact_id(self) -> str | None:
        contact = self.current_contact()
        return contact.id if contact else None

    def select_contact(self, contact_id: str | None) -> bool:
        return self.table.choose_source_row(self.model.row_of(contact_id) if contact_id else -1)

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
        return self._open_dialog_for(None)

    def edit_current(self) -> ContactDialog | None:
        contact = self.current_contact()
        return self._open_dialog_for(contact.id) if contact else None

    def _on_row_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _open_dialog_for(self, contact_id: str | None) -> ContactDialog | None:
        return self._open_dialog(
            lambda book, account_id: ContactDialog(book, account_id, contact_id, self)
        )

    def _dialog_accepted(self, dialog: ContactDialog) -> None:
        saved = dialog.saved_contact()
        if saved is None or self._book is None:
            return
        if dialog.is_new():
            text = self.tr("Add contact %1").replace("%1", saved.name)
            command = AddContactCommand(
                self._book, saved.account_id, saved.id, text, self._after_change
            )
            self._undo.push(command)
        self._after_change(saved.account_id, saved.id)

    def delete_current(self) -> bool:
        contact = self.current_contact()
        if self._book is None or contact is None:
            return False
        text = self.tr("Delete contact %1").replace("%1", contact.name)
        command = DeleteContactCommand(
            self._book, contact.account_id, contact.id, text, self._after_change
        )
        self._undo.push(command)  # redo() deletes and refreshes through _after_change
        return True

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.add_button.setToolTip(self.tr("Add a contact of this account"))
        self.delete_button.setToolTip(self.tr("Delete the chosen contact (Ctrl+Z undoes it)"))
        self.model.retranslate()
        self.chain.retranslate()
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
