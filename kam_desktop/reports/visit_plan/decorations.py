"""Header and footer of every page: the book and the plan's dates at the top; when it was made
and "page x of y" at the bottom.

The page count is known only once every page is laid out, so the canvas keeps each finished
page's state and draws the decorations when the document is saved (reportlab's usual
"page x of y" canvasmaker): one layout pass instead of two builds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.fonts import register_reportlab_font
from kam_desktop.reports.visit_plan.styles import MUTED, RULE, PlanWords

CONTEXT = "VisitPlan"  # a literal: the translations tool reads contexts from module constants

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm  # room for the header line
MARGIN_BOTTOM = 18 * mm  # room for the footer line

PAGE_OF = QT_TRANSLATE_NOOP(CONTEXT, "Page {page} of {pages}")
GENERATED = QT_TRANSLATE_NOOP(CONTEXT, "Generated {when}")
HEADER = QT_TRANSLATE_NOOP(CONTEXT, "Visit plan · {book}")


@dataclass(frozen=True)
class PageTexts:
    """The decoration texts, already translated."""

    header_left: str
    header_right: str
    generated: str
    page_of: str  # with {page} and {pages}


def page_texts(words: PlanWords, book: str, period: str, generated: str) -> PageTexts:
    return PageTexts(
        header_left=words.tr(HEADER).format(book=book),
        header_right=period,
        generated=words.tr(GENERATED).format(when=generated),
        page_of=words.tr(PAGE_OF),
    )


def _fit(c: Canvas, value: str, font: str, size: float, width: float) -> str:
    """``value`` cut with an ellipsis to ``width`` points: a header never runs off the page."""
    if c.stringWidth(value, font, size) <= width:
        return value
    while value and c.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


def canvas_maker(texts: PageTexts) -> type[Canvas]:
    """A Canvas class that decorates every page with ``texts`` when the document is saved."""
    font = register_reportlab_font()

    class PlanCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            top = PAGE_HEIGHT - 12 * mm
            half = (PAGE_WIDTH - 2 * MARGIN_X) / 2 - 4 * mm
            self.setFont(font, 8)
            self.drawString(MARGIN_X, top, _fit(self, texts.header_left, font, 8, half))
            right = _fit(self, texts.header_right, font, 8, half)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, top, right)
            self.line(MARGIN_X, top - 2 * mm, PAGE_WIDTH - MARGIN_X, top - 2 * mm)
            bottom = 10 * mm
            self.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
            self.drawString(MARGIN_X, bottom, _fit(self, texts.generated, font, 8, half))
            page = texts.page_of.format(page=self._pageNumber, pages=total)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, page)
            self.restoreState()

    return PlanCanvas
