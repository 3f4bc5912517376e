"""Below the contacts table: the chosen contact's relationship history and the next step up
the relationship pyramid (DOMAIN §3.1)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.contacts.contact_fields import ContactField
from kam_desktop.domain.enums import Attitude, RelationshipLevel
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.gui.contacts.contact_table_model import attitude_text, level_text
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.contacts.contacts import ContactRow
from kam_desktop.services.contacts.relationship_history import ATTITUDE, RelationshipStep

_PYRAMID = "RelationshipPyramid"

#: What moves a contact from level n to n + 1 (the literature's suggestions, DOMAIN §3.1).
NEXT_STEP = (
    QT_TRANSLATE_NOOP(
        _PYRAMID,
        "Hand over your card and introduce yourself; call as soon as you have the number.",
    ),
    QT_TRANSLATE_NOOP(
        _PYRAMID, "Be courteous, and invite them to an event that is worth their time."
    ),
    QT_TRANSLATE_NOOP(_PYRAMID, "Talk about the interests you share."),
    QT_TRANSLATE_NOOP(_PYRAMID, "Be honest, and show your expertise."),
    QT_TRANSLATE_NOOP(_PYRAMID, "Be trustworthy, and help them when they need it."),
)
AT_THE_TOP = QT_TRANSLATE_NOOP(
    _PYRAMID, "The top of the pyramid. Keep it: sliding down is easier than climbing."
)
CLIMBING = QT_TRANSLATE_NOOP(
    _PYRAMID,
    "Climbing is long-term work, and every step must be passed on the way up; "
    "sliding down is easier than climbing.",
)


def _pyramid(text: str) -> str:
    return QCoreApplication.translate(_PYRAMID, text)


def next_step_hint(level: int) -> str:
    """The translated suggestion for moving up from ``level`` (0-5)."""
    return _pyramid(NEXT_STEP[level] if level < len(NEXT_STEP) else AT_THE_TOP)


class ContactHistoryPanel(QWidget):
    """Shows one contact (or a prompt to choose one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact: ContactRow | None = None
        self._steps: list[RelationshipStep] = []

        self.title_label = QLabel(self)
        self.title_label.setObjectName("historyTitle")
        self.title_label.setStyleSheet("font-weight: 600;")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("pyramidHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint_label.setStyleSheet(
            "background: #eef4fb; border: 1px solid #c9d9ee; border-radius: 4px; padding: 8px;"
        )
        self.hint_label.setMinimumWidth(260)
        self.setMinimumHeight(180)

        body = QHBoxLayout()
        body.addWidget(self.tree, 3)
        body.addWidget(self.hint_label, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(body, 1)
        translate_ui(self)

    def show_contact(self, contact: ContactRow | None, steps: list[RelationshipStep]) -> None:
        self._contact = contact
        self._steps = list(steps)
        self._refresh()

    def history_rows(self) -> list[list[str]]:
        """The cells shown, newest first (for tests and accessibility)."""
        return [
            [self.tree.topLevelItem(i).text(c) for c in range(self.tree.columnCount())]
            for i in range(self.tree.topLevelItemCount())
        ]

    def _refresh(self) -> None:
        contact = self._contact
        self.tree.clear()
        self.tree.setVisible(contact is not None)
        self.hint_label.setVisible(contact is not None)
        if contact is None:
            self.title_label.setText(
                self.tr("Choose a contact to see how the relationship has developed.")
            )
            return
        who = f"{contact.name} · {contact.title}" if contact.title else contact.name
        self.title_label.setText(self.tr("Relationship history: %1").replace("%1", who))
        for step in reversed(self._steps):
            item = QTreeWidgetItem(self.tree, [
                step.changed_on.isoformat(), self._aspect(step), self._change(step),
                step.reason or "",
            ])  # fmt: skip
            item.setToolTip(3, step.reason or "")
        if not self._steps:
            QTreeWidgetItem(self.tree, ["", self.tr("No changes recorded yet."), "", ""])
        self.hint_label.setText(self._hint(contact.relationship_level))

    def _aspect(self, step: RelationshipStep) -> str:
        if step.aspect == ATTITUDE:
            return ContactField.ATTITUDE.label()
        return ContactField.RELATIONSHIP_LEVEL.label()

    def _change(self, step: RelationshipStep) -> str:
        def text(value: int) -> str:
            if step.aspect == ATTITUDE:
                return attitude_text(Attitude(value))
            return level_text(value)

        if step.from_value is None:
            return self.tr("started at %1").replace("%1", text(step.to_value))
        return f"{text(step.from_value)} → {text(step.to_value)}"

    def _hint(self, level: int) -> str:
        now = RelationshipLevel(level).label()
        if level >= len(NEXT_STEP):
            head = self.tr("Level %1 · %2").replace("%1", str(level)).replace("%2", now)
        else:
            target = RelationshipLevel(level + 1).label()
            head = (
                self.tr("Next step: %1 → %2 · %3")
                .replace("%1", str(level))
                .replace("%2", str(level + 1))
                .replace("%3", target)
            )
        return (
            f"<b>{escape(head)}</b><br>{escape(next_step_hint(level))}"
            f"<br><span style='color:#555'>{escape(_pyramid(CLIMBING))}</span>"
        )

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([
            self.tr("Date"), self.tr("Change"), self.tr("From → to"), self.tr("Reason"),
        ])  # fmt: skip
        self._refresh()
