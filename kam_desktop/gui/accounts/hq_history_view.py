"""What HQ changed on the account, under the profile's HQ fields: its former names on one line and
"Changes from HQ…", which lists every change HQ imports made (date, field, old → new, file).

The history is read in the thread pool (a big book's ``account_change`` is large); until it
arrives, and when HQ never changed the account, nothing shows.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.accounts.account_fields import AccountField
from kam_desktop.domain.labels import Labeled
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.gui.ui_loader import show_as_hint
from kam_desktop.services.accounts.hq_history import HqChange, HqValue, former_names_in, hq_history
from kam_desktop.services.book.handle import Book


class HqHistoryStrip(QWidget):
    """The former-names line and the "Changes from HQ…" button; hidden while there is nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hqHistoryStrip")
        self._account_id: str | None = None
        self._history: tuple[HqChange, ...] = ()
        self._op: BackgroundOp[tuple[HqChange, ...]] | None = None
        self.dialog: HqHistoryDialog | None = None
        self.former_label = QLabel(self)
        self.former_label.setObjectName("formerNamesLabel")
        self.former_label.setWordWrap(True)  # long names wrap in a narrow pane, never clip
        self.former_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show_as_hint(self.former_label)
        self.changes_button = QPushButton(self)
        self.changes_button.setObjectName("hqChangesButton")
        self.changes_button.setAutoDefault(False)
        self.changes_button.clicked.connect(self.open_changes)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addWidget(self.changes_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.former_label)
        layout.addLayout(button_row)
        translate_ui(self)
        self.hide()

    @property
    def history(self) -> tuple[HqChange, ...]:
        return self._history

    def is_reading(self) -> bool:
        """Whether the history is still being read."""
        return self._op is not None and self._op.is_running()

    def show_account(self, book: Book | None, account_id: str | None) -> None:
        """Read the account's HQ history off the GUI thread (None: show nothing)."""
        self._account_id = account_id
        self._show(account_id, ())
        if self._op is not None:
            self._op.cancel()  # an older account's history must not land here
            self._op = None
        if book is None or account_id is None:
            return
        self._op = BackgroundOp(
            self,
            kind=("hq_history", self),
            on_success=lambda history: self._show(account_id, history),
        ).run(lambda _progress: hq_history(book, account_id))

    def _show(self, account_id: str | None, history: tuple[HqChange, ...]) -> None:
        if account_id != self._account_id:
            return
        self._history = history
        self.retranslate()
        self.setVisible(bool(history))

    def open_changes(self) -> HqHistoryDialog | None:
        """The list of changes, window-modal (one at a time)."""
        if not self._history or self.dialog is not None:
            return None
        self.dialog = HqHistoryDialog(self._history, self.window())
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()
        return self.dialog

    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def retranslate(self) -> None:
        self.changes_button.setText(self.tr("Changes from HQ…"))
        names = [
            self.tr("%1 (until %2)").replace("%1", name).replace("%2", _day(until))
            for name, until in former_names_in(self._history)
        ]
        self.former_label.setText(
            self.tr("Former names: %1").replace("%1", self.tr(", ").join(names)) if names else ""
        )
        self.former_label.setVisible(bool(names))


class HqHistoryDialog(QDialog):
    """Every change HQ imports made to one account, newest first (read-only)."""

    def __init__(self, history: tuple[HqChange, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hqHistoryDialog")
        self._history = history
        self.table = QTableWidget(len(history), 4, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped names
        self.table.setWordWrap(True)  # two long company names wrap rather than elide
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.close_box)
        translate_ui(self)
        self.resize(860, 380)

    def rows(self) -> list[tuple[str, ...]]:
        """The table's texts, row by row (for tests and accessibility)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes from HQ"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Field"), self.tr("Change"), self.tr("File")]
        )
        for row, change in enumerate(self._history):
            texts = (
                _day(change.changed_at),
                AccountField(change.field).label(),
                f"{_value(change.old)} → {_value(change.new)}",
                change.file_name or "—",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long name or file stays readable in full
                self.table.setItem(row, column, item)


def _day(moment: datetime) -> str:
    """The rep's local date of a UTC time."""
    return moment.astimezone().strftime("%Y-%m-%d")


def _value(value: HqValue) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Labeled):
        return value.label()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.2f}"
    return value
