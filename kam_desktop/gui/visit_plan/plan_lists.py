"""The plan page's left side: the planned visits by day with their buttons (Group by route,
Set time…, Remove from plan…) above the proposals with Accept…, in a vertical splitter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.visit_plan.plan_tree import PlanTree
from kam_desktop.gui.visit_plan.proposal_table import ProposalTable


def _button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    return button


class PlanLists(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)
        self.visits_title, self.proposals_title = QLabel(self), QLabel(self)
        for title in (self.visits_title, self.proposals_title):
            title.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.tree = PlanTree(self)
        self.plan_stack = EmptyStateStack(self.tree, self, "planEmpty")
        self.route_button = _button(self, "groupByRoute")
        self.time_button = _button(self, "setTime")
        self.remove_button = _button(self, "removeFromPlan")
        self.proposals = ProposalTable(self)
        self.proposal_stack = EmptyStateStack(self.proposals, self, "proposalsEmpty")
        self.accept_button = _button(self, "acceptProposal")

        buttons = QHBoxLayout()
        for button in (self.route_button, self.time_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.visits_title)
        top_layout.addWidget(self.plan_stack, 1)
        top_layout.addLayout(buttons)
        heading = QHBoxLayout()
        heading.addWidget(self.proposals_title)
        heading.addStretch(1)
        heading.addWidget(self.accept_button)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(heading)
        bottom_layout.addWidget(self.proposal_stack, 1)
        self.addWidget(top)
        self.addWidget(bottom)
        translate_ui(self)

    def retranslate(self) -> None:
        self.visits_title.setText(self.tr("Planned visits"))
        self.proposals_title.setText(self.tr("Proposals"))
        self.route_button.setText(self.tr("Group by route"))
        self.route_button.setToolTip(
            self.tr("Each day: by city, then district, then time. The day's times stay the same.")
        )
        self.time_button.setText(self.tr("Set time…"))
        self.remove_button.setText(self.tr("Remove from plan…"))
        self.accept_button.setText(self.tr("Accept…"))
        self.proposal_stack.label.setText(self.tr("Nothing to propose for these dates."))
