"""The Value tab of an account: its score and tier, sales and margin by month, lifetime and
referral value with the assumptions behind them, its quadrant with what to do, and the
relationship mode its tier suggests (DOMAIN §7). Figures without data say so; never zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.errors import NotFound
from kam_desktop.domain.value.tier_runs import TierRun, tier_runs
from kam_desktop.gui.account_tab import AccountTab
from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.gui.value.chart_canvas import ChartCanvas
from kam_desktop.reports.charts.account_figures import MonthlyFigures, account_figures_chart
from kam_desktop.reports.charts.indicator_profile import IndicatorProfile, indicator_profile_chart
from kam_desktop.reports.charts.score_history import ScoreHistory, TierCutoffs, score_history_chart
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.account_value import AccountValue, account_value
from kam_desktop.services.value.group_rollup import GroupRollup, group_rollup
from kam_desktop.services.value.snapshot_history import (
    IndicatorStanding,
    indicator_standing,
    tier_cutoffs,
    tier_history,
)

CHART_HEIGHT = 3.4  # inches at the figures' 100 dpi
HISTORY_RUNS = 4  # tier runs named in the history line; older ones are "…"
MIN_CHART_WIDTH = 340  # pixels: below this the month labels would crowd; the pane scrolls

_FACTS = (
    "group",
    "score",
    "history",
    "incomplete",
    "lifecycle",
    "sales",
    "margin",
    "lifetime",
    "assumptions",
    "referral",
    "quadrant",
    "playbook",
    "mode",
)


def _cutoffs(lowest: dict[ValueTier, float] | None) -> TierCutoffs | None:
    if not lowest:
        return None
    return TierCutoffs(
        lowest.get(ValueTier.PLATINUM), lowest.get(ValueTier.GOLD), lowest.get(ValueTier.IRON)
    )


@dataclass(frozen=True)
class _ValueView:
    """Everything the tab shows of one account, read together off the GUI thread."""

    value: AccountValue
    scores: ScoreHistory
    group: GroupRollup
    standing: IndicatorStanding | None
    runs: tuple[TierRun, ...]  # tier history, newest first


class ValueTab(AccountTab):
    def __init__(
        self, undo_stack: QUndoStack, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(undo_stack, parent, name="valueTab", today=today)
        self._value: AccountValue | None = None
        self.facts_box = QGroupBox(self)
        form = QFormLayout(self.facts_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in _FACTS:
            caption, value = QLabel(self.facts_box), QLabel(self.facts_box)
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[key], self.values[key] = caption, value
            form.addRow(caption, value)
        self.chart = ChartCanvas(self, name="accountFiguresChart")
        self.score_chart = ChartCanvas(self, name="scoreHistoryChart")
        self.profile_chart = ChartCanvas(self, name="indicatorProfileChart")
        self._standing: IndicatorStanding | None = None
        self._scores: ScoreHistory | None = None
        self._group: GroupRollup | None = None
        self._runs: tuple[TierRun, ...] = ()
        self._op: BackgroundOp[_ValueView] | None = None
        self._drawn_width = 0
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(self._redraw_if_wider_or_narrower)

        content = QWidget()
        rows = QVBoxLayout(content)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.facts_box)
        # the chart keeps the size it is drawn for (its labels never crowd); in a narrow pane
        # it scrolls sideways on its own, the facts above still wrap to the pane
        self.chart_scroll = QScrollArea(content)
        self.chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chart_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        charts = QWidget()
        chart_rows = QVBoxLayout(charts)
        chart_rows.setContentsMargins(0, 0, 0, 0)
        chart_rows.addWidget(self.chart)
        chart_rows.addWidget(self.score_chart)
        chart_rows.addWidget(self.profile_chart)
        self.chart_scroll.setWidget(charts)
        self.chart_scroll.setWidgetResizable(False)
        self._charts = charts
        rows.addWidget(self.chart_scroll)
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scrollbar appearing once the facts and charts fill the pane would
        # narrow it after the charts were drawn for its width, cutting their right edge off.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.stack = EmptyStateStack(scroll, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        translate_ui(self)
        self.stack.show_content(False)

    # --- reading and showing -----------------------------------------------------------------

    def _read(self, book: Book, account_id: str) -> _ValueView:
        history = tier_history(book, account_id)
        months = [month for month, _score, _tier in history]
        cutoffs = tier_cutoffs(book, months)
        scores = ScoreHistory(
            tuple(months),
            tuple(score for _month, score, _tier in history),
            tuple(_cutoffs(cutoffs.get(month)) for month in months),
        )
        return _ValueView(
            account_value(book, account_id, self._today),
            scores,
            group_rollup(book, account_id),
            indicator_standing(book, account_id, self._today),
            tuple(tier_runs(history)),
        )

    def _load(self, select_id: str | None = None) -> None:
        """Read in the background: the quadrant medians and the tier's indicator ranks are
        computed over the whole book, too long for the GUI thread on a big one."""
        if self._op is not None:
            self._op.cancel()  # an older account's value must not land here
            self._op = None
        book, account_id = self._book, self._account_id
        if book is None or account_id is None:
            self._show(None, select_id)
            return

        def shown(view: _ValueView) -> None:
            if account_id == self._account_id:
                self._show(view, select_id)

        def failed(error: BaseException) -> None:
            if account_id != self._account_id:
                return
            if isinstance(error, NotFound):  # deleted meanwhile: as the other tabs do
                self._account_gone()
                self._show(None, select_id)
            else:
                show_error(self, error)

        self._op = BackgroundOp(
            self, kind=("value_tab", id(self)), on_success=shown, on_failure=failed
        ).run(lambda _progress: self._read(book, account_id))

    def _show(self, data: _ValueView | None, _select_id: str | None) -> None:
        self._value = data.value if data else None
        self._scores = data.scores if data else None
        self._group = data.group if data else None
        self._runs = data.runs if data else ()
        self._standing = data.standing if data else None
        self.stack.show_content(data is not None)
        self._fill()

    def value(self) -> AccountValue | None:
        return self._value

    def _amount(self, amount: float | None) -> str:
        if amount is None:
            return self.tr("no data")
        return self.tr("%1 (10k CNY)").replace("%1", f"{amount:,.2f}")

    def _fill(self) -> None:
        v = self._value
        if v is None:
            self.chart.show_chart(None)
            self.score_chart.show_chart(None)
            self.profile_chart.show_chart(None)
            return
        shown = {
            "group": self._group_text(),
            "score": self.tr("no data")
            if v.score is None
            else f"{v.score:.1f} · {v.tier.label() if v.tier else '—'}",
            "history": self._history_text(),
            "incomplete": self.tr("Some indicators had no data; the score uses the others.")
            if v.incomplete
            else "",
            "lifecycle": (v.lifecycle_stage.label() if v.lifecycle_stage else self.tr("no data"))
            + (self.tr(" (set by hand)") if v.lifecycle_overridden else ""),
            "sales": self._amount(v.sales_12m),
            "margin": self._amount(v.margin_12m),
            "lifetime": self._amount(v.lifetime_value),
            "assumptions": self.tr(
                "retention %1 a year, discount rate %2 a year, %3 years, cost to serve %4"
            )
            .replace("%1", f"{v.retention:.0%}")
            .replace("%2", f"{v.assumptions.discount_rate:.0%}")
            .replace("%3", str(v.assumptions.horizon_years))
            .replace(
                "%4",
                self.tr("not recorded")
                if v.cost_to_serve_12m is None
                else self._amount(v.cost_to_serve_12m),
            ),
            "referral": self._amount(v.referral_value)
            + (
                self.tr(" from %n referred account(s)", "", v.referred_count)
                if v.referred_count
                else ""
            ),
            "quadrant": v.quadrant.label() if v.quadrant else self.tr("no data"),
            "playbook": str(v.playbook) if v.playbook else "—",
            "mode": (v.suggested_mode.label() if v.suggested_mode else "—")
            + (
                self.tr(" (now: %1)").replace("%1", v.relationship_mode.label())
                if v.relationship_mode and v.relationship_mode != v.suggested_mode
                else ""
            ),
        }
        for key, text in shown.items():
            self.values[key].setText(text)
            visible = key not in ("incomplete", "group") or bool(text)
            self.values[key].setVisible(visible)
            self.captions[key].setVisible(visible)
        figures = MonthlyFigures(
            tuple(m.month for m in v.months),
            tuple(m.sales for m in v.months),
            tuple(m.margin for m in v.months),
        )
        size = self._chart_size()
        self.chart.show_chart(lambda: account_figures_chart(figures, size=size))
        scores = self._scores
        self.score_chart.show_chart(
            None if scores is None else lambda: score_history_chart(scores, size=size)
        )
        standing = self._standing
        profile = (
            None
            if standing is None
            else IndicatorProfile(
                standing.indicators, standing.ranks, standing.tier_medians, standing.tier
            )
        )
        self.profile_chart.show_chart(
            None if profile is None else lambda: indicator_profile_chart(profile, size=size)
        )
        self._charts.adjustSize()
        bar = self.chart_scroll.horizontalScrollBar()
        self.chart_scroll.setFixedHeight(self._charts.sizeHint().height() + bar.sizeHint().height())

    def _history_text(self) -> str:
        """The tier runs, newest first: "Platinum since 2026-03 · Gold 2025-11 – 2026-02"."""
        if not self._runs:
            return self.tr("no monthly snapshots yet")
        parts = []
        for index, run in enumerate(self._runs[:HISTORY_RUNS]):
            tier = run.tier.label() if run.tier else self.tr("not scored")
            if index == 0:
                parts.append(self.tr("%1 since %2").replace("%1", tier).replace("%2", run.first))
            elif run.first == run.last:
                parts.append(f"{tier} {run.first}")
            else:
                parts.append(f"{tier} {run.first} – {run.last}")
        if len(self._runs) > HISTORY_RUNS:
            parts.append("…")
        return " · ".join(parts)

    def _group_text(self) -> str:
        group = self._group
        if group is None or not group.is_group:
            return ""
        tiers = self.tr(", ").join(
            self.tr("%1: %2").replace("%1", tier.label()).replace("%2", str(count))
            for tier, count in group.tier_mix.items()
            if count
        )
        return (
            self.tr("%n account(s) including subsidiaries", "", group.members)
            + " · "
            + self.tr("sales %1").replace("%1", self._amount(group.sales_12m))
            + (" · " + tiers if tiers else "")
            + " · "
            + self.tr("%n gap(s) in the contact maps", "", group.map_gaps)
        )

    def _chart_size(self) -> tuple[float, float]:
        """The charts as wide as the pane (they are drawn for a size, not stretched)."""
        width = max(self.chart_scroll.viewport().width(), MIN_CHART_WIDTH)
        self._drawn_width = width
        return (width / 100, CHART_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._value is not None:
            self._redraw.start()  # once the rep stops dragging the splitter

    def _redraw_if_wider_or_narrower(self) -> None:
        width = max(self.chart_scroll.viewport().width(), MIN_CHART_WIDTH)
        if abs(width - self._drawn_width) > 20:
            self._fill()

    def retranslate(self) -> None:
        self.facts_box.setTitle(self.tr("Value"))
        captions = {
            "group": self.tr("Group"),
            "score": self.tr("Score · tier"),
            "history": self.tr("Tier history"),
            "incomplete": self.tr("Incomplete data"),
            "lifecycle": self.tr("Lifecycle stage"),
            "sales": self.tr("Sales, last 12 months"),
            "margin": self.tr("Gross margin, last 12 months"),
            "lifetime": self.tr("Lifetime value"),
            "assumptions": self.tr("Assumptions"),
            "referral": self.tr("Referral value"),
            "quadrant": self.tr("Quadrant"),
            "playbook": self.tr("What to do"),
            "mode": self.tr("Suggested relationship mode"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.stack.label.setText(self.tr("Choose an account to see its value."))
        self._fill()
