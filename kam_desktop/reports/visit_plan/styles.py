"""The plan's words, fonts, paragraph styles and small drawn marks (tick boxes, answer lines).

Words go through ``PlanWords``: "zh_CN"/"en" read the shipped catalogue like the charts do
(``reports.charts.style.chart_language``), ``None`` follows the translator the front end
installed. Every paragraph uses the bundled CJK font (no bold face: emphasis is size and colour)
with line breaking for the plan's language, so long Chinese and English text wraps inside its
column.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, TableStyle

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from kam_desktop.domain.labels import Labeled
from kam_desktop.reports.charts.style import ChartLanguage, chart_language
from kam_desktop.reports.fonts import register_reportlab_font

CONTEXT = "VisitPlan"

TEXT = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#57606A")
RULE = colors.HexColor("#D0D7DE")
HEADER_FILL = colors.HexColor("#EEF1F4")
ACCENT = colors.HexColor("#0072B2")
WARN = colors.HexColor("#D55E00")

WEEKDAYS = (
    QT_TRANSLATE_NOOP(CONTEXT, "Monday"),
    QT_TRANSLATE_NOOP(CONTEXT, "Tuesday"),
    QT_TRANSLATE_NOOP(CONTEXT, "Wednesday"),
    QT_TRANSLATE_NOOP(CONTEXT, "Thursday"),
    QT_TRANSLATE_NOOP(CONTEXT, "Friday"),
    QT_TRANSLATE_NOOP(CONTEXT, "Saturday"),
    QT_TRANSLATE_NOOP(CONTEXT, "Sunday"),
)
NONE_TEXT = QT_TRANSLATE_NOOP(CONTEXT, "not set")


@dataclass(frozen=True)
class PlanWords:
    """How the plan's own words and the domain's labels are translated."""

    chart: ChartLanguage

    @property
    def language(self) -> str:
        return self.chart.language or current_language()

    def tr(self, text: str) -> str:
        if self.chart.translator is not None:
            return self.chart.translator(CONTEXT, text) or text
        return translate(CONTEXT, text)

    def label(self, member: Labeled | None) -> str:
        return self.tr(NONE_TEXT) if member is None else self.chart.label(member)

    def day(self, day: date) -> str:
        return f"{day.isoformat()} {self.tr(WEEKDAYS[day.weekday()])}"

    def date(self, day: date | None) -> str:
        return self.tr(NONE_TEXT) if day is None else day.isoformat()

    def time(self, moment: datetime) -> str:
        return moment.astimezone().strftime("%H:%M")  # the rep's local time


def plan_words(language: str | ChartLanguage | None) -> PlanWords:
    return PlanWords(chart_language(language))


# --- paragraphs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    day: ParagraphStyle
    section: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    empty: ParagraphStyle
    warning: ParagraphStyle


@cache
def styles(cjk: bool = True) -> Styles:
    """The plan's paragraph styles, with the CJK font registered (raises if it is missing).

    ``cjk``: break lines anywhere (Chinese); else at spaces, splitting only a word too long for
    its line (a Chinese name in an English plan), so "Gatekeeper" never breaks in the middle."""
    font = register_reportlab_font()
    wrap = "CJK" if cjk else None

    def style(name: str, size: float, **extra: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": font, "fontSize": size, "leading": size * 1.35, "textColor": TEXT,
            "wordWrap": wrap, "alignment": TA_LEFT, "splitLongWords": True,
        }  # fmt: skip
        base.update(extra)
        return ParagraphStyle(name, **base)  # type: ignore[arg-type]

    return Styles(
        title=style("PlanTitle", 18, spaceAfter=2 * mm),
        subtitle=style("PlanSubtitle", 10, textColor=MUTED, spaceAfter=4 * mm),
        day=style(
            "PlanDay",
            11.5,
            textColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=True,
        ),
        section=style("PlanSection", 14, textColor=ACCENT, spaceAfter=1.5 * mm, keepWithNext=True),
        heading=style(
            "PlanHeading",
            10.5,
            textColor=ACCENT,
            spaceBefore=3.5 * mm,
            spaceAfter=1.2 * mm,
            keepWithNext=True,
        ),
        body=style("PlanBody", 9),
        small=style("PlanSmall", 8, textColor=MUTED),
        cell=style("PlanCell", 8.5),
        head_cell=style("PlanHeadCell", 8.5, textColor=MUTED),
        empty=style("PlanEmpty", 9, textColor=MUTED),
        warning=style("PlanWarning", 9, textColor=WARN),
    )


def text(value: str | None) -> str:
    """``value`` as paragraph markup: XML escaped, line breaks kept."""
    return escape(value or "").replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


CELL_PADDING = 6  # points of left + right padding in the plan's tables


def cell(value: str | None, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell ``width`` points wide: the plain text when it fits on one line (drawn by
    the table itself: without reportlab's C accelerator, paragraph layout is most of a plan's
    time), else a paragraph that wraps."""
    value = value or ""
    room = width - CELL_PADDING
    if "\n" not in value and stringWidth(value, style.fontName, style.fontSize) <= room:
        return value
    return para(value, style)


def cells(values: list[str | None], style: ParagraphStyle, widths: list[float]) -> list[object]:
    return [cell(v, style, w) for v, w in zip(values, widths, strict=True)]


def table_style(extra: list[tuple[object, ...]] | None = None, header: bool = True) -> TableStyle:
    """The plan's tables: the CJK font for plain-text cells, a shaded header row, light rules,
    text at the top of each cell."""
    font = register_reportlab_font()
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, 8.5, 8.5 * 1.35),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ]
    return TableStyle([*commands, *(extra or [])])


def layout_style(extra: list[tuple[object, ...]] | None = None) -> TableStyle:
    """A table that only places things side by side: no rules, no padding, top aligned. The
    font is named even here: a table sets its cells' font, Helvetica unless told."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), register_reportlab_font(), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            *(extra or []),
        ]
    )


# --- drawn marks --------------------------------------------------------------------------------


class TickBox(Flowable):
    """An empty square to tick by hand (ticked when ``done``)."""

    def __init__(self, size: float = 3.6 * mm, done: bool = False) -> None:
        super().__init__()
        self.size = size
        self.done = done

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c: Canvas = self.canv
        c.setStrokeColor(TEXT)
        c.setLineWidth(0.7)
        c.rect(0, 0, self.size, self.size)
        if self.done:
            s = self.size
            c.lines(
                [(s * 0.2, s * 0.5, s * 0.42, s * 0.2), (s * 0.42, s * 0.2, s * 0.82, s * 0.85)]
            )


class AnswerLines(Flowable):
    """``count`` ruled lines to write on, ``gap`` apart, indented by ``indent``. Lines that do
    not fit the page go on to the next one, or, with ``trim``, are left out (notes lines: a
    page of nothing but the last few lines would waste paper)."""

    def __init__(
        self, count: int, gap: float = 7 * mm, indent: float = 0, trim: bool = False
    ) -> None:
        super().__init__()
        self.count = count
        self.gap = gap
        self.indent = indent
        self.trim = trim
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = max(0, int(avail_height // self.gap))
        if fits >= self.count:
            return []
        if self.trim:  # what fits, maybe nothing: never a page of its own
            return [AnswerLines(fits, self.gap, self.indent, self.trim)]
        if fits == 0:
            return []
        return [
            AnswerLines(fits, self.gap, self.indent),
            AnswerLines(self.count - fits, self.gap, self.indent),
        ]

    def draw(self) -> None:
        c: Canvas = self.canv
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        for i in range(self.count):
            y = i * self.gap + 0.5
            c.line(self.indent, y, self.width, y)
