"""The account's decision chain at a glance: deciders, influencers, coach and opponents, each
with attitude, relationship level and days since last met (issue 16 point 3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTreeWidget, QTreeWidgetItem, QWidget

from kam_desktop.domain.enums import BuyingRole, DecisionLevel
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.gui.contacts.contact_table_model import (
    ATTITUDE_COLOURS,
    attitude_text,
    level_text,
)
from kam_desktop.services.contacts.contacts import ContactRow

_CONTEXT = "DecisionChain"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (group key, heading, who belongs); a contact can sit in two groups (a decider who opposes).
GROUPS: tuple[tuple[str, str, Callable[[ContactRow], bool]], ...] = (
    (
        "deciders",
        QT_TRANSLATE_NOOP(_CONTEXT, "Deciders"),
        lambda c: (
            c.is_key_decision_maker
            or c.decision_level is DecisionLevel.DECISION
            or BuyingRole.DECIDER in c.buying_roles
        ),
    ),
    (
        "influencers",
        QT_TRANSLATE_NOOP(_CONTEXT, "Influencers"),
        lambda c: (
            c.decision_level is DecisionLevel.INFLUENCE or BuyingRole.INFLUENCER in c.buying_roles
        ),
    ),
    ("coach", QT_TRANSLATE_NOOP(_CONTEXT, "Coach"), lambda c: c.is_coach),
    ("opponents", QT_TRANSLATE_NOOP(_CONTEXT, "Opponents"), lambda c: c.attitude.value < 0),
)


def chain_groups(rows: list[ContactRow]) -> list[tuple[str, list[ContactRow]]]:
    """The non-empty groups in chain order, key decision makers first, then by name."""
    out = []
    for key, _heading, belongs in GROUPS:
        members = sorted(
            (c for c in rows if belongs(c)), key=lambda c: (not c.is_key_decision_maker, c.name)
        )
        if members:
            out.append((key, members))
    return out


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, disambiguation, n)


def last_met_text(last: date | None, today: date) -> str:
    if last is None:
        return _tr("never met")
    days = (today - last).days
    return _tr("today") if days <= 0 else _tr("%n day(s) ago", "", days)


class DecisionChainPanel(QStackedWidget):
    """A compact tree (group → contact); ``contact_activated(id)`` on double-click or Enter."""

    contact_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionChain")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("decisionChainTree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setMargin(8)
        self.addWidget(self.tree)
        self.addWidget(self.empty_label)
        self.tree.itemActivated.connect(self._on_activated)
        self.setMinimumHeight(110)  # a group heading and a few names, even when squeezed
        self._rows: list[ContactRow] = []
        self._today: date | None = None
        self._has_account = False

    def set_has_account(self, has_account: bool) -> None:
        self._has_account = has_account
        self.empty_label.setText(self._empty_text())

    def show_rows(self, rows: list[ContactRow], today: date | None = None) -> None:
        self._rows, self._today = rows, today
        self._fill()

    def _fill(self) -> None:
        today = self._today or date.today()
        self.tree.clear()
        self.tree.setHeaderLabels(
            [_tr("Decision chain"), _tr("Attitude"), _tr("Relationship level"), _tr("Last met")]
        )
        groups = chain_groups(self._rows)
        headings = {key: heading for key, heading, _belongs in GROUPS}
        for key, members in groups:
            head = QTreeWidgetItem(self.tree, [f"{_tr(headings[key])} ({len(members)})"])
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(0, ID_ROLE, "")
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for c in members:
                name = f"★ {c.name}" if c.is_key_decision_maker else c.name
                item = QTreeWidgetItem(
                    head,
                    [
                        name,
                        attitude_text(c.attitude),
                        level_text(c.relationship_level),
                        last_met_text(c.last_contact_on, today),
                    ],
                )
                item.setData(0, ID_ROLE, c.id)
                item.setForeground(1, ATTITUDE_COLOURS[c.attitude])
                if c.is_key_decision_maker:
                    item.setToolTip(0, _tr("Key decision maker"))
        self.tree.expandAll()
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.empty_label.setText(self._empty_text())
        self.setCurrentWidget(self.tree if groups else self.empty_label)

    def _empty_text(self) -> str:
        if not self._has_account:
            return ""
        if not self._rows:
            return _tr("No decision chain yet: add the contacts who decide and influence.")
        return _tr(
            "No decision chain yet: set each contact's decision level, mark the key decision "
            "maker and the coach, and record attitudes."
        )

    def contact_ids(self, group: str) -> list[str]:
        """The ids shown in ``group`` (for tests and keyboard navigation)."""
        return [c.id for key, members in chain_groups(self._rows) if key == group for c in members]

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, ID_ROLE)
        if contact_id:
            self.contact_activated.emit(contact_id)

    def retranslate(self) -> None:
        self._fill()
