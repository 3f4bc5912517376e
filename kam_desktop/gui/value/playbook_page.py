"""The Playbooks page of the Value settings dialog (应对策略, DOMAIN §7.5): what a rep does with
the accounts of each lifetime × referral quadrant, one editable text per quadrant.

Saved with ``services.value.value_settings.save_playbook``; a text left as the default (in
either language) or emptied is stored as "the default", so it follows the interface language.
Playbooks are read when shown, never cached on the accounts: saving never asks for a rescore.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import ValueQuadrant
from kam_desktop.domain.errors import FieldProblem, InvalidInput, Text, TooLong
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.quadrants import DEFAULT_PLAYBOOKS
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.value.settings_page import ValueSettingsPage
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.value_settings import (
    PLAYBOOK_MAX_CHARS,
    load_playbooks,
    save_playbook,
)

ERROR_STYLE = "color: #b3261e;"  # the inline problem colour of the .ui forms

_MEANING = "PlaybookPage"
#: What each quadrant means, as the caption above its text.
MEANINGS: Mapping[ValueQuadrant, str] = MappingProxyType(
    {
        ValueQuadrant.ADVOCATE: QT_TRANSLATE_NOOP(
            "PlaybookPage", "High lifetime value, high referral value"
        ),
        ValueQuadrant.AFFLUENT: QT_TRANSLATE_NOOP(
            "PlaybookPage", "High lifetime value, low referral value"
        ),
        ValueQuadrant.PROMOTER: QT_TRANSLATE_NOOP(
            "PlaybookPage", "Low lifetime value, high referral value"
        ),
        ValueQuadrant.MISER: QT_TRANSLATE_NOOP(
            "PlaybookPage", "Low lifetime value, low referral value"
        ),
    }
)


def _default_texts(quadrant: ValueQuadrant) -> set[str]:
    """The default playbook as English source and as shown in the current language."""
    source = DEFAULT_PLAYBOOKS[quadrant]
    return {source, str(Text("Playbook", source))}


def _edited(quadrant: ValueQuadrant, text: str) -> str | None:
    """The rep's own text, or None where the text is the default (or empty)."""
    cleaned = text.strip()
    return None if not cleaned or cleaned in _default_texts(quadrant) else cleaned


class PlaybookPage(ValueSettingsPage):
    """One text per quadrant (``edit_playbook_<code>``, problem in ``error_playbook_<code>``)."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(book, parent)
        self.setObjectName("playbookPage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[ValueQuadrant, QGroupBox] = {}
        self.meanings: dict[ValueQuadrant, QLabel] = {}
        self.edits: dict[ValueQuadrant, QPlainTextEdit] = {}
        self.counts: dict[ValueQuadrant, QLabel] = {}
        self.errors: dict[ValueQuadrant, QLabel] = {}
        self.restore_buttons: dict[ValueQuadrant, QPushButton] = {}
        for quadrant in ValueQuadrant:
            column.addWidget(self._quadrant_box(quadrant))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)

        self._saved: dict[ValueQuadrant, str | None] = {}
        self._shown_defaults: dict[ValueQuadrant, str] = {}
        self._load()
        translate_ui(self)

    def _quadrant_box(self, quadrant: ValueQuadrant) -> QGroupBox:
        code = str(quadrant.code)
        box = QGroupBox(self)
        box.setObjectName(f"playbook_{code}")
        grid = QGridLayout(box)
        meaning = QLabel(box)
        meaning.setWordWrap(True)
        edit = QPlainTextEdit(box)
        edit.setObjectName(f"edit_playbook_{code}")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        edit.textChanged.connect(lambda q=quadrant: self._on_text_changed(q))
        count, error = QLabel(box), QLabel(box)
        error.setObjectName(f"error_playbook_{code}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        restore = QPushButton(box)
        restore.setObjectName(f"restore_{code}")
        restore.clicked.connect(lambda _checked=False, q=quadrant: self.restore_default(q))
        under = QHBoxLayout()
        under.addWidget(count)
        under.addWidget(error, 1)
        under.addWidget(restore, 0, Qt.AlignmentFlag.AlignRight)  # its own width, at the right
        grid.addWidget(meaning, 0, 0)
        grid.addWidget(edit, 1, 0)
        grid.addLayout(under, 2, 0)
        self.boxes[quadrant], self.meanings[quadrant], self.edits[quadrant] = box, meaning, edit
        self.counts[quadrant], self.errors[quadrant] = count, error
        self.restore_buttons[quadrant] = restore
        return box

    # --- texts <-> widgets -------------------------------------------------------------------

    def _load(self) -> None:
        for quadrant, text in load_playbooks(self._book).items():
            edited = None if text.source == DEFAULT_PLAYBOOKS[quadrant] else text.source
            self._saved[quadrant] = edited
            if edited is None:
                self.restore_default(quadrant)
            else:
                self.edits[quadrant].setPlainText(edited)

    def restore_default(self, quadrant: ValueQuadrant) -> None:
        """Show the default text (saved as "the default", so it follows the language)."""
        shown = str(Text("Playbook", DEFAULT_PLAYBOOKS[quadrant]))
        self._shown_defaults[quadrant] = shown
        self.edits[quadrant].setPlainText(shown)

    def playbook(self, quadrant: ValueQuadrant) -> str | None:
        """The rep's text for ``quadrant`` as shown, or None for the default."""
        return _edited(quadrant, self.edits[quadrant].toPlainText())

    def _on_text_changed(self, quadrant: ValueQuadrant) -> None:
        length = len(self.edits[quadrant].toPlainText().strip())
        self.counts[quadrant].setText(f"{length} / {PLAYBOOK_MAX_CHARS}")
        self.errors[quadrant].setVisible(False)
        self.restore_buttons[quadrant].setEnabled(self.playbook(quadrant) is not None)

    # --- the page protocol -------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Playbooks")

    def is_modified(self) -> bool:
        return any(self.playbook(q) != self._saved[q] for q in ValueQuadrant)

    def save(self) -> bool:
        """Write the changed texts, all or none; never a rescore (playbooks are not cached)."""
        problems = [
            FieldProblem(
                f"playbook_{q.code}",
                Text("ValueQuadrant", q.en),
                TooLong(limit=PLAYBOOK_MAX_CHARS),
            )
            for q in ValueQuadrant
            if len(self.playbook(q) or "") > PLAYBOOK_MAX_CHARS
        ]
        if problems:
            self._show_problems(problems)
            raise InvalidInput(problems)
        for quadrant in ValueQuadrant:
            text = self.playbook(quadrant)
            if text != self._saved[quadrant]:
                save_playbook(self._book, quadrant, text)
                self._saved[quadrant] = text
        return False

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        first = None
        for problem in problems:
            quadrant = ValueQuadrant(problem.field.removeprefix("playbook_"))
            self.errors[quadrant].setText(problem.problem.message())
            self.errors[quadrant].setVisible(True)
            first = first or self.edits[quadrant]
        if first is not None:
            first.setFocus()

    def visible_problems(self) -> dict[str, str]:
        """Field name -> problem shown beside it (for tests and accessibility)."""
        return {
            f"playbook_{q.code}": label.text()
            for q, label in self.errors.items()
            if not label.isHidden()
        }

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Each account falls in one of four quadrants by its lifetime value and its "
                "referral value (split at the book's medians). The Value tab suggests the "
                "quadrant's playbook; write it in your own words."
            )
        )
        for quadrant, box in self.boxes.items():
            box.setTitle(quadrant.label())
            self.meanings[quadrant].setText(
                QCoreApplication.translate(_MEANING, MEANINGS[quadrant])
            )
            self.restore_buttons[quadrant].setText(self.tr("Restore default"))
            # a default still shown as it was follows the new language
            edit = self.edits[quadrant]
            if quadrant in self._shown_defaults and (
                edit.toPlainText() == self._shown_defaults[quadrant]
            ):
                self.restore_default(quadrant)
