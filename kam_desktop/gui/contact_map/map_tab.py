"""The "Map" tab of an account: toolbar, the contact map, and the coverage gaps under it.

The map is read from the book when the tab is shown (not for every account the rep passes
on the list). Drag a card onto another to change whom it reports to (undoable; cycles are
refused with the service's message); double-click a card to edit the contact.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import DecisionLevel
from kam_desktop.domain.errors import KamError
from kam_desktop.gui.account_tab import AccountTab
from kam_desktop.gui.contact_map.edit_map_rules import edit_map_rules
from kam_desktop.gui.contact_map.gap_panel import GapPanel
from kam_desktop.gui.contact_map.interactive_scene import InteractiveMapScene
from kam_desktop.gui.contact_map.map_view import MapView
from kam_desktop.gui.contact_map.undo_commands import ReparentContactCommand
from kam_desktop.gui.contacts.contact_dialog import ContactDialog
from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.reports.contact_map.export import render_map_file
from kam_desktop.reports.contact_map.map_scene import MapData, load_map_data
from kam_desktop.reports.contact_map.symbols import fonts
from kam_desktop.services.accounts.accounts import get_account
from kam_desktop.services.book.handle import Book


def ask_export_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> Path | None:
    """The file to export to, or None. A module function so tests can answer it."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return Path(chosen) if chosen else None


class ContactMapTab(AccountTab):
    """An account tab; ``account_changed(account_id)`` after a change made here."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(undo_stack, parent, name="contactMapTab")
        self._data = MapData()
        self._fit_next = True

        self.scene = InteractiveMapScene(self)
        self.view = MapView(self.scene, self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_zoom_in = QAction(self)
        self.act_zoom_out = QAction(self)
        self.act_fit = QAction(self)
        self.act_export_png = QAction(self)
        self.act_export_svg = QAction(self)
        self.act_rules = QAction(self)
        self.toolbar.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_export_png, self.act_export_svg])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_rules)
        self.zoom_label = QLabel(self)
        self.zoom_label.setStyleSheet("color: #57606a; padding: 0 6px;")
        self.toolbar.addWidget(self.zoom_label)

        self.stack = EmptyStateStack(self.view, self)
        self.empty_label = self.stack.label

        self.gaps = GapPanel(self)
        self.warnings = self.gaps.list

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.gaps)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 170])  # proportions: most of the height for the map
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.act_zoom_in.triggered.connect(self.view.zoom_in)
        self.act_zoom_out.triggered.connect(self.view.zoom_out)
        self.act_fit.triggered.connect(self.view.fit)
        self.act_export_png.triggered.connect(lambda: self._on_export_triggered(".png"))
        self.act_export_svg.triggered.connect(lambda: self._on_export_triggered(".svg"))
        self.act_rules.triggered.connect(self.open_rules)
        self.view.zoom_changed.connect(self._on_zoom_changed)
        # Queued: both end in rebuilding the scene, which must not happen inside the card's
        # own mouse handler.
        queued = Qt.ConnectionType.QueuedConnection
        self.scene.reparent_requested.connect(self._on_reparent_requested, queued)
        self.scene.node_activated.connect(self._on_node_activated, queued)
        self.gaps.gap_chosen.connect(self._on_gap_chosen)
        translate_ui(self)
        self._show_state()

    # --- account-tab protocol ----------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._fit_next = True
        super().set_book(book)

    def show_account(self, account_id: str | None) -> None:
        """Show ``account_id``'s map; showing the same account again re-reads the book."""
        if account_id != self._account_id:
            self._fit_next = True
        super().show_account(account_id)

    @property
    def data(self) -> MapData:
        """What the map shows now."""
        return self._data

    def _read(self, book: Book, account_id: str) -> MapData:
        return load_map_data(book, account_id)

    def _account_gone(self) -> None:
        self._account_id = None  # the empty state then asks to choose an account

    def _show(self, data: MapData | None, _select_id: str | None) -> None:
        self._data = data or MapData()
        self.scene.build(self._data)
        self.gaps.show_gaps(self._data.gaps, bool(self._data.contacts))
        self._show_state()
        if self._fit_next:
            self._fit_next = False
            self.view.open_readable(fonts()["name"].pixelSize(), self._decision_area())
        elif self.view.auto_fit:
            self.view.fit()

    def _decision_area(self) -> QRectF | None:
        """Where the deciders' cards are (the key decision maker's at least), in the scene."""
        area: QRectF | None = None
        for node in self.scene.nodes():
            draft = node.row.draft
            if draft.is_key_decision_maker or draft.decision_level is DecisionLevel.DECISION:
                box = node.sceneBoundingRect()
                area = box if area is None else area.united(box)
        return area

    # --- display -----------------------------------------------------------------------------

    def _show_state(self) -> None:
        has_map = bool(self._data.contacts)
        self.stack.setCurrentWidget(self.view if has_map else self.empty_label)
        for action in (
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_fit,
            self.act_export_png,
            self.act_export_svg,
        ):
            action.setEnabled(has_map)  # fmt: skip
        self.act_rules.setEnabled(self._book is not None)
        if self._account_id is None:
            self.empty_label.setText(self.tr("Choose an account to see its contact map."))
        else:
            self.empty_label.setText(
                self.tr(
                    "This account has no contacts yet.\n\nAdd them on the Contacts tab: the "
                    "map draws itself from who reports to whom."
                )
            )

    def gap_texts(self) -> list[str]:
        """The coverage gaps as listed (reason and suggestion)."""
        return self.gaps.texts()

    def _on_gap_chosen(self, contact_ids: tuple[str, ...]) -> None:
        self.view.show_area(self.scene.select_contacts(contact_ids))

    def _on_zoom_changed(self, factor: float) -> None:
        self.zoom_label.setText(f"{round(factor * 100)} %")

    # --- edits -------------------------------------------------------------------------------

    def _name(self, contact_id: str) -> str:
        node = self.scene.node(contact_id)
        return node.row.draft.name if node is not None else ""

    def _on_reparent_requested(self, contact_id: str, manager_id: str) -> None:
        if self._book is None or self._account_id is None:
            return
        account_id = self._account_id
        text = self.tr("Move %1 under %2")
        text = text.replace("%1", self._name(contact_id)).replace("%2", self._name(manager_id))
        command = ReparentContactCommand(
            self._book, contact_id, manager_id, text,
            on_change=lambda: self._after_change(account_id),
            on_error=lambda exc: show_error(self, exc),
        )  # fmt: skip
        try:
            command.apply()
        except KamError as exc:
            show_error(self, exc)
            return
        self._undo.push(command)

    def _on_node_activated(self, contact_id: str) -> None:
        if self._book is None or self._account_id is None:
            return
        account_id = self._account_id
        dialog = ContactDialog(self._book, account_id, contact_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(account_id)

    def open_rules(self) -> bool:
        """Edit the book's coverage rules; after a save every account's stored gaps are
        recomputed in the background, then the map reloaded and ``account_changed`` emitted.
        True when saved."""
        if self._book is None:
            return False
        return edit_map_rules(self, self._book, self._on_gaps_recomputed)

    def _on_gaps_recomputed(self) -> None:
        self.reload()
        if self._account_id is not None:
            self.account_changed.emit(self._account_id)

    # --- export ------------------------------------------------------------------------------

    def _on_export_triggered(self, suffix: str) -> None:
        if self._book is None or self._account_id is None:
            return
        account = get_account(self._book, self._account_id)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{account.code or account.name}-map{suffix}")
        if suffix == ".svg":
            filter_text = self.tr("SVG drawing (*.svg)")
        else:
            filter_text = self.tr("PNG image (*.png)")
        path = ask_export_path(self, self.tr("Export contact map"), suggested, filter_text)
        if path is not None:
            self.export_to(path.with_suffix(suffix) if not path.suffix else path)

    def export_to(self, path: Path) -> bool:
        """Write the map to ``path`` (PNG or SVG by suffix); a failure is shown to the rep."""
        if self._book is None or self._account_id is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            render_map_file(self._book, self._account_id, path)
        except KamError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return False
        QGuiApplication.restoreOverrideCursor()
        return True

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.toolbar.setWindowTitle(self.tr("Contact map"))
        self.act_zoom_in.setText(self.tr("Zoom in"))
        self.act_zoom_in.setToolTip(self.tr("Zoom in (+, or Ctrl and the mouse wheel)"))
        self.act_zoom_out.setText(self.tr("Zoom out"))
        self.act_zoom_out.setToolTip(self.tr("Zoom out (\u2212, or Ctrl and the mouse wheel)"))
        self.act_fit.setText(self.tr("Fit"))
        self.act_fit.setToolTip(self.tr("Fit the whole map in the window (0)"))
        self.act_export_png.setText(self.tr("Export PNG…"))
        self.act_export_svg.setText(self.tr("Export SVG…"))
        self.act_rules.setText(self.tr("Rules…"))
        self.act_rules.setToolTip(self.tr("When the map shows a coverage gap (for the whole book)"))
        self.view.setToolTip(
            self.tr(
                "Drag a card onto another card to change whom that contact reports to. "
                "Double-click a card to edit the contact. Drag the background to move around."
            )
        )
        self._on_zoom_changed(self.view.zoom())
        self._show_state()
        if self._book is not None and self._account_id is not None and not self.is_stale:
            self.reload()  # card labels and gap texts are in the old language
