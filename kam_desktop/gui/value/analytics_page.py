"""The Analytics page: the portfolio's value at a glance (DOMAIN §7), for the whole book or the
accounts of one owner, province, industry or grade.

The value pyramid, the Pareto curve of sales, the lifetime × referral scatter and the lifecycle
distribution sit two by two in a scroll area, the tier movers of the latest snapshot month
under them. The figures are read in the thread pool (``services.value.portfolio``); the charts
are drawn for a width that puts two side by side in the page, never narrower than they read
well (a narrow window scrolls). Clicking a point of the scatter, or double-clicking a mover,
emits ``account_chosen(account_id)``. Every chart copies and saves from its right-click menu.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from matplotlib.backend_bases import PickEvent
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Grade
from kam_desktop.domain.labels import Labeled
from kam_desktop.gui.lazy_view import LazyView
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.gui.value.chart_canvas import ChartCanvas
from kam_desktop.reports.charts.lifecycle_distribution import LifecycleCounts, lifecycle_chart
from kam_desktop.reports.charts.pareto import ParetoData, pareto_chart
from kam_desktop.reports.charts.quadrant_scatter import (
    QuadrantChart,
    QuadrantColumns,
    quadrant_chart,
)
from kam_desktop.reports.charts.style import DPI
from kam_desktop.reports.charts.value_pyramid import TierFigures, ValuePyramid, value_pyramid_chart
from kam_desktop.services.accounts.find_accounts import FilterOptions, filter_options
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.portfolio import Portfolio, PortfolioFilters, portfolio

READ = "analytics.read"  # BackgroundOp kind, one per page: a newer filter supersedes the read
FILTERS = ("owner", "province", "industry", "grade")
MIN_WIDTH_IN, MAX_WIDTH_IN = 5.6, 7.2  # a chart's width; the texts are sized for about 6 in
ASPECT = 0.6  # height / width
GAP = 12  # pixels between charts
MOVERS_SHOWN = 10  # rows the movers table shows before it scrolls itself

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Loaded = tuple[FilterOptions, Portfolio]


class AnalyticsPage(LazyView):
    """``account_chosen(id)`` asks the window to show an account."""

    account_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, stale=True)
        self.setObjectName("analyticsPage")
        self._book: Book | None = None
        self._today: date | None = None
        self._data: Portfolio | None = None
        self._quadrants: QuadrantChart | None = None
        self._op: BackgroundOp[Loaded] | None = None
        self._width_in = MIN_WIDTH_IN

        self.captions: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        filter_row = QHBoxLayout()
        for key in FILTERS:
            caption, combo = QLabel(self), QComboBox(self)
            combo.setObjectName(f"{key}Filter")
            # long industry names show in full in the open list, not in a row-wide combo
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14 if key == "industry" else 8)
            combo.currentIndexChanged.connect(self._on_filter_changed)
            caption.setBuddy(combo)
            self.captions[key], self.combos[key] = caption, combo
            filter_row.addWidget(caption)
            filter_row.addWidget(combo)
            filter_row.addSpacing(8)
        filter_row.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("analyticsCount")
        filter_row.addWidget(self.count_label)

        self.pyramid = ChartCanvas(name="pyramidChart")
        self.pareto = ChartCanvas(name="paretoChart")
        self.quadrant = ChartCanvas(name="quadrantChart")
        self.lifecycle = ChartCanvas(name="lifecycleChart")
        self.movers_title = QLabel()
        self.movers_title.setObjectName("moversTitle")
        self.movers_title.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.movers_title.setWordWrap(True)
        self.movers = QTableWidget(0, 4)
        self.movers.setObjectName("moversTable")
        self.movers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.movers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.movers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.movers.verticalHeader().hide()
        header = self.movers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.movers.cellDoubleClicked.connect(self._on_mover_double_clicked)
        self.movers_empty = QLabel()
        self.movers_empty.setObjectName("moversEmpty")
        self.movers_empty.setWordWrap(True)
        self.movers_empty.setStyleSheet("color: #555;")

        self.content = QWidget()
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(GAP)
        corner = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for i, chart in enumerate((self.pyramid, self.pareto, self.quadrant, self.lifecycle)):
            grid.addWidget(chart, i // 2, i % 2, corner)
        grid.addWidget(self.movers_title, 2, 0, 1, 2)
        grid.addWidget(self.movers_empty, 3, 0, 1, 2)
        grid.addWidget(self.movers, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(2, 1)  # spare width right of the charts, not between them
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("analyticsScroll")
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        self.scroll.viewport().installEventFilter(self)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._fit_charts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)
        layout.addLayout(filter_row)
        layout.addWidget(self.scroll, 1)
        translate_ui(self)

    # --- book and filters --------------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._book = book
        self._data = None
        self._fill_combos(None)
        self._show_data()
        self.refresh()

    def set_today(self, today: date | None) -> None:
        """Pin the rep's date (None: the real date, read at each refresh)."""
        self._today = today
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again now if the page is visible, else when it is next shown."""
        self._load_when_visible()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._stale = True  # edits made elsewhere meanwhile show when the page comes back

    def filters(self) -> PortfolioFilters:
        chosen = {key: self.combos[key].currentData() for key in FILTERS}
        return PortfolioFilters(**chosen)

    def choose(self, key: str, value: object) -> bool:
        """Select ``value`` (None: "All") in the ``key`` filter; False if it is not offered."""
        index = self.combos[key].findData(value)
        if index < 0:
            return False
        self.combos[key].setCurrentIndex(index)
        return True

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _load(self) -> None:
        book, filters, today = self._book, self.filters(), self._today
        if book is None:
            return
        self._op = BackgroundOp(self, kind=(READ, self), on_success=self._on_loaded).run(
            lambda _progress: (filter_options(book), portfolio(book, filters, today))
        )

    def is_reading(self) -> bool:
        return self._op is not None and self._op.is_running()

    def _on_loaded(self, loaded: Loaded) -> None:
        options, data = loaded
        self._fill_combos(options)
        if data.filters != self.filters():
            return  # a filter offered before no longer is: the read that follows shows it
        self._data = data
        self._width_in = self._fitting_width()
        self._show_data()

    def _fill_combos(self, options: FilterOptions | None) -> None:
        """The values present in the book, "All" first; the current choice kept if still there."""
        offered: dict[str, Sequence[object]] = {
            "owner": options.owners if options else [],
            "province": options.provinces if options else [],
            "industry": options.industries if options else [],
            "grade": list(Grade),
        }
        for key, values in offered.items():
            combo = self.combos[key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(value.label() if isinstance(value, Labeled) else str(value), value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            if index < 0 and current is not None:
                self.refresh()  # the chosen value is gone from the book: show all

    # --- showing -----------------------------------------------------------------------------

    def portfolio(self) -> Portfolio | None:
        """The figures shown (None until read)."""
        return self._data

    def quadrant_chart(self) -> QuadrantChart | None:
        return self._quadrants

    def _size(self) -> tuple[float, float]:
        return self._width_in, round(self._width_in * ASPECT, 2)

    def _show_data(self) -> None:
        data = self._data
        self.count_label.setText(
            "" if data is None else self.tr("%n account(s)", "", data.accounts)
        )
        self._draw_charts()
        self._fill_movers()

    def _draw_charts(self) -> None:
        data, size = self._data, self._size()
        charts: list[tuple[ChartCanvas, Callable[[], Figure] | None]] = [
            (self.pyramid, None),
            (self.pareto, None),
            (self.quadrant, None),
            (self.lifecycle, None),
        ]
        self._quadrants = None
        if data is not None:
            pyramid = ValuePyramid(
                tuple(TierFigures(t.tier, t.accounts, t.value) for t in data.tiers),
                data.unscored,
            )
            c = data.columns
            quadrants = quadrant_chart(
                QuadrantColumns(
                    c.account_ids,
                    c.lifetime,
                    c.referral,
                    c.codes,
                    data.lifetime_median,
                    data.referral_median,
                ),
                size=size,
            )
            self._quadrants = quadrants
            stages = LifecycleCounts(dict(data.stages), data.unknown_stage)
            charts = [
                (self.pyramid, lambda: value_pyramid_chart(pyramid, size=size)),
                (self.pareto, lambda: pareto_chart(ParetoData(data.sales), size=size)),
                (self.quadrant, lambda: quadrants.figure),
                (self.lifecycle, lambda: lifecycle_chart(stages, size=size)),
            ]
        for canvas, make in charts:
            canvas.show_chart(make)
        figure = self.quadrant.figure
        if figure is not None:
            figure.canvas.mpl_connect("pick_event", self._on_pick)  # type: ignore[arg-type]

    def _on_pick(self, event: PickEvent) -> None:
        indices = getattr(event, "ind", None)
        if self._quadrants is None or indices is None or not len(indices):
            return
        account_id = self._quadrants.account_for(event.artist, int(indices[0]))
        if account_id is not None:
            self.account_chosen.emit(account_id)

    def _fill_movers(self) -> None:
        data = self._data
        moves = data.movers if data is not None else ()
        self.movers.setRowCount(len(moves))
        for row, move in enumerate(moves):
            change = "—" if move.score_change is None else f"{move.score_change:+.1f}"
            texts = (
                move.code or "—",
                move.name,
                f"{move.from_tier.label()} → {move.to_tier.label()}",
                change,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, move.account_id)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.movers.setItem(row, column, item)
        self.movers.setVisible(bool(moves))
        self.movers_empty.setVisible(not moves and data is not None)
        shown = min(len(moves), MOVERS_SHOWN)
        rows = sum(self.movers.rowHeight(r) for r in range(shown))
        frame = 2 * self.movers.frameWidth()
        self.movers.setFixedHeight(
            self.movers.horizontalHeader().sizeHint().height() + rows + frame
        )
        self._title_movers()

    def _title_movers(self) -> None:
        data = self._data
        month = data.movers_month if data is not None else None
        if month is None:
            self.movers_title.setText(self.tr("Tier changes"))
            self.movers_empty.setText(
                self.tr("No value snapshots yet: tier changes show once two months are scored.")
            )
            return
        self.movers_title.setText(self.tr("Tier changes in %1").replace("%1", month))
        self.movers_empty.setText(self.tr("No account changed tier in %1.").replace("%1", month))

    def _on_mover_double_clicked(self, row: int, _column: int) -> None:
        item = self.movers.item(row, 0)
        if item is not None:
            self.account_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def movers_rows(self) -> list[tuple[str, ...]]:
        """The movers table's texts, row by row (for tests and accessibility)."""
        return [
            tuple(self.movers.item(r, c).text() for c in range(self.movers.columnCount()))
            for r in range(self.movers.rowCount())
        ]

    # --- chart width follows the page --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._resize_timer.start()
        return super().eventFilter(watched, event)

    def _fit_charts(self) -> None:
        """Redraw when the page's width changes the charts' size (a redraw of a 100,000-point
        scatter is not free)."""
        width = self._fitting_width()
        if abs(width - self._width_in) > 0.05:
            self._width_in = width
            self._draw_charts()

    def _fitting_width(self) -> float:
        """Inches for two charts side by side in the visible width, in steps of 0.1 in."""
        # the vertical scroll bar comes and goes with the content: always leave it room
        room = self.scroll.viewport().width() - self.scroll.verticalScrollBar().sizeHint().width()
        fits = math.floor((room - GAP) / 2 / DPI * 10) / 10
        return min(max(fits, MIN_WIDTH_IN), MAX_WIDTH_IN)

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.captions["owner"].setText(self.tr("Owner:"))
        self.captions["province"].setText(self.tr("Province:"))
        self.captions["industry"].setText(self.tr("Industry:"))
        self.captions["grade"].setText(self.tr("Grade:"))
        for combo in self.combos.values():
            if combo.count():
                combo.setItemText(0, self.tr("All"))
            for i in range(1, combo.count()):
                value = combo.itemData(i)
                if isinstance(value, Labeled):
                    combo.setItemText(i, value.label())
        self.movers.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Tier"), self.tr("Score change")]
        )
        self._show_data()
