"""The Value settings dialog (价值设置, issue 12): one tab per group of value settings — weights
of the value models, tier rule, lifecycle thresholds, then (``EXTRA_PAGES``) the lifetime value
assumptions and the playbooks.

Save writes every modified page in tab order and stops at the first refusal, shown beside its
field on its page (that tab brought to the front); the pages saved before it stay saved. Once
all saved, ``edit_value_settings`` rescores every account in the background if any page asked
for it, so tiers, lifecycle stages and segments follow the new settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import InvalidInput, KamError
from kam_desktop.gui.inline_problems import InlineProblems
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.gui.value.lifecycle_page import LifecyclePage
from kam_desktop.gui.value.lifetime_page import LifetimePage
from kam_desktop.gui.value.playbook_page import PlaybookPage
from kam_desktop.gui.value.settings_page import ValueSettingsPage
from kam_desktop.gui.value.settings_widgets import ERROR_STYLE
from kam_desktop.gui.value.tiers_page import TiersPage
from kam_desktop.gui.value.weights_page import WeightsPage
from kam_desktop.services.book.account_caches import rescore_all
from kam_desktop.services.book.handle import Book

RESCORE = "value_model.rescore"  # one at a time: a newer save supersedes the running rescore

PageFactory = Callable[[Book, QWidget | None], ValueSettingsPage]

#: The pages after Weights, Tiers and Lifecycle, in tab order.
EXTRA_PAGES: list[PageFactory] = [LifetimePage, PlaybookPage]


class ValueSettingsDialog(QDialog):
    """``exec()`` returns Accepted only after every modified page saved; ``rescore_needed``
    says whether anything the scorer uses changed."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueSettingsDialog")
        self._book = book
        self.rescore_needed = False
        self.stages_changed = False  # lifecycle thresholds saved: every stage is recomputed

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setVisible(False)

        factories: list[PageFactory] = [WeightsPage, TiersPage, LifecyclePage, *EXTRA_PAGES]
        self.pages: list[ValueSettingsPage] = [make(book, self) for make in factories]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("valueSettingsTabs")
        for page in self.pages:
            self.tabs.addTab(page, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        translate_ui(self)

    def page(self, kind: type[ValueSettingsPage]) -> ValueSettingsPage:
        """The dialog's page of class ``kind``."""
        return next(p for p in self.pages if isinstance(p, kind))

    def is_modified(self) -> bool:
        return any(page.is_modified() for page in self.pages)

    def save(self) -> bool:
        """Save each modified page; on a refusal show it on its page and stop there."""
        self.message_label.setVisible(False)
        for page in self.pages:
            if not page.is_modified():
                continue
            try:
                needs_rescore = page.save()
            except KamError as exc:
                self._show_refusal(page, exc)
                return False
            self.rescore_needed = self.rescore_needed or needs_rescore
            self.stages_changed = self.stages_changed or (
                needs_rescore and isinstance(page, LifecyclePage)
            )
        return True

    def _show_refusal(self, page: ValueSettingsPage, exc: KamError) -> None:
        self.tabs.setCurrentWidget(page)
        field_name = getattr(page, "problem_field_name", None)  # a page's own field names
        problems = InlineProblems(page, self.message_label, field_name=field_name)
        if isinstance(exc, InvalidInput):
            problems.show(exc)
        else:
            problems.show_message(exc.message())

    def accept(self) -> None:
        if self.save():
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Value settings"))
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.page_title())


def edit_value_settings(parent: QWidget, book: Book, on_rescored: Callable[[], object]) -> bool:
    """Open the dialog; after a change the scorer uses, rescore every account in the
    background (with a progress dialog) and call ``on_rescored``. True when the rep saved a
    change that needed it (pages saved before a refusal the rep then cancelled count too)."""
    dialog = ValueSettingsDialog(book, parent)
    dialog.exec()
    if not dialog.rescore_needed:
        return False
    title = QCoreApplication.translate("edit_value_settings", "Value settings")
    label = QCoreApplication.translate(
        "edit_value_settings", "Rescoring every account with the new settings…"
    )
    BackgroundOp(parent, kind=RESCORE, on_success=lambda _: on_rescored()).with_dialog(
        title, label
    ).run(
        lambda progress: rescore_all(book, progress=progress, stages_changed=dialog.stages_changed)
    )
    return True
