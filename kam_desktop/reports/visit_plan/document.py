"""The visit plan as a PDF (A4, reportlab platypus): the route page, then one section per visit.

``visit_plan_pdf`` returns the bytes (the GUI's preview and print); ``write_visit_plan`` writes
them through ``formats.atomic_file``, so a failed export leaves no partial file and an existing
file as it was. The bundled CJK font is embedded as a subset (only the glyphs used).
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.formats.atomic_file import write_bytes_atomically
from kam_desktop.reports.charts.style import ChartLanguage
from kam_desktop.reports.fonts import register_reportlab_font
from kam_desktop.reports.visit_plan.decorations import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    canvas_maker,
    page_texts,
)
from kam_desktop.reports.visit_plan.route_page import TITLE, numbered, period, route_page
from kam_desktop.reports.visit_plan.styles import PlanWords, Styles, plan_words, styles
from kam_desktop.reports.visit_plan.value_chart import CHARTS, ChartCache
from kam_desktop.reports.visit_plan.visit_section import visit_section
from kam_desktop.services.visit_plan.model import VisitPlan

log = logging.getLogger(__name__)


class NoVisitsToPrint(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "There are no planned visits from {start} to {end}{owner}, so there is no plan to "
        "print. Plan visits (or accept proposals) first, or choose other dates.",
    )


class PlanNotWritten(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} could not be written ({reason}). Check that the folder exists and that you may "
        "write there.",
    )


class PlanFileInUse(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} could not be replaced: it may be open in another program. Close it there, or "
        "save the plan under another name.",
    )


class PlanFontMissing(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The font for Chinese text could not be loaded, so the plan cannot be printed. "
        "Reinstall KAM Desktop to restore its fonts.",
    )


def _owner_part(plan: VisitPlan) -> str:
    return f" ({plan.owner})" if plan.owner else ""


def _words_and_styles(language: str | ChartLanguage | None) -> tuple[PlanWords, Styles]:
    try:
        words = plan_words(language)
        return words, styles(cjk=words.language.startswith("zh"))
    except Exception as error:  # a missing or unreadable font file: reportlab raises its own
        log.warning("cannot load the CJK font: %s", type(error).__name__)
        raise PlanFontMissing() from error


def visit_plan_pdf(
    plan: VisitPlan, language: str | ChartLanguage | None = None, charts: ChartCache = CHARTS
) -> bytes:
    """The plan as PDF bytes in ``language`` ("zh_CN"/"en"; None: the installed translator).
    ``NoVisitsToPrint`` when the plan is empty, ``PlanFontMissing`` without the font. Charts
    come from ``charts`` (drawn when missing)."""
    if not plan.visits:
        raise NoVisitsToPrint(
            start=plan.start.isoformat(), end=plan.end.isoformat(), owner=_owner_part(plan)
        )
    words, st = _words_and_styles(language)
    width = PAGE_WIDTH - 2 * MARGIN_X
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageTemplates=[PageTemplate(id="plan", frames=[frame])],
        title=f"{words.tr(TITLE)} {period(plan, words)}",
        author=plan.owner or "",
        creator="KAM Desktop",
        invariant=True,  # the same plan gives the same bytes (no creation time inside)
        initialFontName=register_reportlab_font(),  # else every page names Helvetica
    )
    generated = plan.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    texts = page_texts(words, plan.book_name, period(plan, words), generated)
    story = route_page(plan, words, st, width)
    for number, visit in numbered(plan):
        story += visit_section(number, visit, words, st, width, charts)
    doc.build(story, canvasmaker=canvas_maker(texts))
    return out.getvalue()


def write_visit_plan(
    plan: VisitPlan, path: Path | str, language: str | ChartLanguage | None = None
) -> Path:
    """Write the plan's PDF to ``path`` whole or not at all; returns the path.

    The PDF is made in memory first: an empty plan or a missing font leaves no file at all."""
    path = Path(path)
    data = visit_plan_pdf(plan, language)
    try:
        write_bytes_atomically(path, data)
    except PermissionError as error:
        if path.exists():
            raise PlanFileInUse(path=path) from error
        raise PlanNotWritten(path=path, reason=error.strerror or type(error).__name__) from error
    except OSError as error:
        raise PlanNotWritten(path=path, reason=error.strerror or type(error).__name__) from error
    return path
