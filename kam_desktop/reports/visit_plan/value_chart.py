"""The small value chart of a visit's section: ``reports.charts.account_figures`` (sales bars and
margin line by month) drawn by Agg into an in-memory PNG and placed as an image.

Drawing a chart is most of a plan's time (~0.1 s each), so charts are kept by their data in a
small process-wide cache (``CHARTS``) and the PNG is compressed lightly (the PDF compresses it
again anyway). An
account without any figure gets a line saying so instead of an empty chart.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict

from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image as PilImage
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Image

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.charts.account_figures import MonthlyFigures, account_figures_chart
from kam_desktop.reports.charts.layouts import LayoutCache
from kam_desktop.reports.visit_plan.styles import PlanWords, Styles, para
from kam_desktop.services.value.account_value import MonthFigures

CONTEXT = "VisitPlan"  # a literal: the translations tool reads contexts from module constants

DPI = 150  # sharp enough on paper at this size, and a third of the pixels of 200 dpi
LAYOUTS = LayoutCache()  # the process's chart layouts, by what decides them
CACHED_CHARTS = 64  # about a fortnight of visits; each PNG is ~30 kB
NO_VALUE = QT_TRANSLATE_NOOP(CONTEXT, "No value records yet: no sales or margin figures.")


def has_figures(months: tuple[MonthFigures, ...]) -> bool:
    return any(m.sales is not None or m.margin is not None for m in months)


def chart_png(
    months: tuple[MonthFigures, ...], words: PlanWords, size: tuple[float, float]
) -> bytes:
    """The account's sales and margin chart as PNG bytes, ``size`` inches at ``DPI``."""
    data = MonthlyFigures(
        months=tuple(m.month for m in months),
        sales=tuple(m.sales for m in months),
        margin=tuple(m.margin for m in months),
    )
    figure = account_figures_chart(data, words.chart, size=size)
    figure.set_dpi(DPI)
    canvas = FigureCanvasAgg(figure)  # no pyplot: nothing global is left behind
    LAYOUTS.draw(figure, canvas.draw)  # a layout of the same shape is reused, not measured
    image = PilImage.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba())
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG", compress_level=1)
    return out.getvalue()


class ChartCache:
    """PNGs of charts drawn lately, by their data, language and size: a plan drawn again (the
    plan page previews after every change) redraws only the charts whose figures changed.
    Shared by threads (the GUI draws in a worker), hence the lock."""

    def __init__(self, size: int = CACHED_CHARTS) -> None:
        self.size = size
        self._pngs: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def png(
        self, months: tuple[MonthFigures, ...], words: PlanWords, inches: tuple[float, float]
    ) -> bytes:
        key = (months, words.language, inches)
        with self._lock:
            if key in self._pngs:
                self._pngs.move_to_end(key)
                return self._pngs[key]
        png = chart_png(months, words, inches)
        with self._lock:
            self._pngs[key] = png
            while len(self._pngs) > self.size:
                self._pngs.popitem(last=False)
        return png

    def clear(self) -> None:
        with self._lock:
            self._pngs.clear()

    def flowable(
        self,
        months: tuple[MonthFigures, ...],
        words: PlanWords,
        st: Styles,
        width: float,
        height: float,
    ) -> Flowable:
        """The chart, ``width`` × ``height`` points, or a line saying there are no figures."""
        if not has_figures(months):
            return para(words.tr(NO_VALUE), st.empty)
        png = self.png(months, words, (width / inch, height / inch))
        return Image(io.BytesIO(png), width, height)


CHARTS = ChartCache()  # the process's cache
