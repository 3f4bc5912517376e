"""Search box and filter buttons above the account list."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    Industry,
    LifecycleStage,
    SpinStage,
    ValueTier,
)
from kam_desktop.domain.labels import Labeled
from kam_desktop.gui.flow_layout import FlowLayout
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.accounts.find_accounts import AccountQuery, FilterOptions

SEARCH_DELAY_MS = 200  # wait for a pause in typing before querying
ATTENTION_DUE = "due"
ATTENTION_GAPS = "gaps"
ATTENTION_FALLING = "falling"


class _ChoiceButton(QToolButton):
    """A drop-down of checkable choices; the button text lists what is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._title = ""
        self._choices: list[tuple[object, str]] = []

    def set_title(self, title: str) -> None:
        self._title = title
        self._update_text()

    def set_choices(self, choices: Iterable[tuple[object, str]]) -> None:
        chosen = self.chosen()
        self._menu.clear()
        self._choices = list(choices)
        for value, text in self._choices:
            action = QAction(text, self._menu, checkable=True)
            action.setData(value)
            action.setChecked(value in chosen)
            action.toggled.connect(self._on_toggled)
            self._menu.addAction(action)
        self._update_text()

    def chosen(self) -> set[Any]:
        return {a.data() for a in self._menu.actions() if a.isChecked()}

    def clear(self) -> None:
        for action in self._menu.actions():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._update_text()

    def _on_toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        names = [a.text() for a in self._menu.actions() if a.isChecked()]
        if not names:
            self.setText(self._title)
        elif len(names) <= 2:
            self.setText(f"{self._title}: {', '.join(names)}")
        else:
            self.setText(f"{self._title}: {names[0]} +{len(names) - 1}")
        self.setProperty("active", bool(names))
        self.setStyleSheet("font-weight: 600;" if names else "")


class FilterBar(QWidget):
    """Emits ``query_changed`` with a new ``AccountQuery`` whenever search or filters change."""

    query_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = AccountQuery()
        self._options = FilterOptions([], {}, [], [])
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setObjectName("accountSearch")
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)

        self.grade = _ChoiceButton(self)
        self.tier = _ChoiceButton(self)
        self.region = _ChoiceButton(self)
        self.industry = _ChoiceButton(self)
        self.owner = _ChoiceButton(self)
        self.lifecycle = _ChoiceButton(self)
        self.status = _ChoiceButton(self)
        self.spin = _ChoiceButton(self)
        self.attention = _ChoiceButton(self)
        self.today = date.today()
        self.clear_button = QToolButton(self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        # Every filter stays in sight: in a narrow pane they wrap onto a second row.
        filters = QWidget(self)
        filters.setObjectName("filterButtons")
        flow = FlowLayout(filters)
        for button in self._buttons():
            flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(filters)

        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._emit_now)
        self._timer.timeout.connect(self._emit_now)
        for button in self._buttons():
            button.changed.connect(self._emit_now)
        self.clear_button.clicked.connect(self.clear)
        translate_ui(self)

    def _buttons(self) -> tuple[_ChoiceButton, ...]:
        return (self.grade, self.tier, self.region, self.industry, self.owner, self.lifecycle,
                self.status, self.spin, self.attention)  # fmt: skip

    # --- data ----------------------------------------------------------------------------------

    def set_options(self, options: FilterOptions) -> None:
        self._options = options
        self._fill_choices()

    def _fill_choices(self) -> None:
        def labeled(members: Iterable[Labeled]) -> list[tuple[object, str]]:
            return [(m, m.label()) for m in members]

        self.grade.set_choices([(g, str(g.value)) for g in Grade])
        self.tier.set_choices(labeled(ValueTier))
        regions: list[tuple[object, str]] = []
        for province in self._options.provinces:
            regions.append((("province", province), province))
            regions.extend(
                (("city", city), f"    {city}") for city in self._options.cities.get(province, [])
            )
        self.region.set_choices(regions)
        self.industry.set_choices(labeled(self._options.industries or list(Industry)))
        self.owner.set_choices([(o, o) for o in self._options.owners])
        self.lifecycle.set_choices(labeled(LifecycleStage))
        self.status.set_choices(labeled(AccountStatus))
        self.spin.set_choices([(stage, f"{stage.value} · {stage.label()}") for stage in SpinStage])
        self.attention.set_choices(
            [
                (ATTENTION_DUE, self.tr("Visit due")),
                (ATTENTION_GAPS, self.tr("Map has gaps")),
                (ATTENTION_FALLING, self.tr("Value falling")),
            ]
        )

    def query(self) -> AccountQuery:
        regions = self.region.chosen()
        return replace(
            self._query,
            text=self.search.text().strip(),
            grades=frozenset(self.grade.chosen()),
            tiers=frozenset(self.tier.chosen()),
            provinces=frozenset(v for kind, v in regions if kind == "province"),
            cities=frozenset(v for kind, v in regions if kind == "city"),
            industries=frozenset(self.industry.chosen()),
            owners=frozenset(self.owner.chosen()),
            lifecycle_stages=frozenset(self.lifecycle.chosen()),
            statuses=frozenset(self.status.chosen()),
            spin_stages=frozenset(self.spin.chosen()),
            with_map_gaps=ATTENTION_GAPS in self.attention.chosen(),
            due_by=self.today if ATTENTION_DUE in self.attention.chosen() else None,
            value_falling=ATTENTION_FALLING in self.attention.chosen(),
        )

    def set_sort(self, sort: str, descending: bool) -> None:
        self._query = replace(self._query, sort=sort, descending=descending)

    def is_filtered(self) -> bool:
        q = self.query()
        return bool(q.text or q.grades or q.tiers or q.provinces or q.cities or q.industries
                    or q.owners or q.lifecycle_stages or q.statuses or q.spin_stages
                    or q.with_map_gaps or q.due_by or q.value_falling)  # fmt: skip

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for button in self._buttons():
            button.clear()
        self._emit_now()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit_now(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, code or city (Ctrl+F)"))
        self.grade.set_title(self.tr("Grade"))
        self.tier.set_title(self.tr("Value tier"))
        self.region.set_title(self.tr("Region"))
        self.industry.set_title(self.tr("Industry"))
        self.owner.set_title(self.tr("Owner"))
        self.lifecycle.set_title(self.tr("Lifecycle"))
        self.status.set_title(self.tr("Status"))
        self.spin.set_title(self.tr("SPIN"))
        self.attention.set_title(self.tr("Needs attention"))
        self.clear_button.setText(self.tr("Clear filters"))
        self._fill_choices()
