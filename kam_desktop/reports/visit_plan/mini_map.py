"""A mini contact map drawn as vector graphics on the PDF canvas: the visit's attendees and the
account's key contacts in rows by decision level, reporting lines between them.

The full map (``reports.contact_map``) is a Qt scene and needs a running Qt application; a
report written from the command line or a worker thread must not, so the plan draws this small
excerpt itself. Frame: bold blue for an attendee; fill: the contact's attitude; ★: the key
decision maker.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kam_desktop.domain.enums import DecisionLevel
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.fonts import register_reportlab_font
from kam_desktop.reports.visit_plan.styles import ACCENT, MUTED, RULE, TEXT, PlanWords
from kam_desktop.services.visit_plan.model import ContactToMeet

CONTEXT = "VisitPlan"  # a literal: the translations tool reads contexts from module constants

BOX_W, BOX_H = 36 * mm, 11 * mm
GAP_X, GAP_Y = 4 * mm, 6 * mm
LABEL_W = 24 * mm
LEGEND_H = 6 * mm
LEVELS: tuple[DecisionLevel | None, ...] = (*DecisionLevel, None)
FILLS = {
    1: colors.HexColor("#DDF2E7"),  # supportive (+1, +2)
    0: colors.HexColor("#F1F3F5"),  # neutral
    -1: colors.HexColor("#FBE1D3"),  # opposed (-1, -2)
}
LEGEND = QT_TRANSLATE_NOOP(
    CONTEXT,
    "Bold frame: attending · ★ key decision maker · fill: green supportive, grey neutral, "
    "red opposed",
)
NO_LEVEL = QT_TRANSLATE_NOOP(CONTEXT, "Level not set")


def _fit(value: str, font: str, size: float, width: float) -> str:
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


def _rows(
    contacts: tuple[ContactToMeet, ...], per_row: int
) -> list[tuple[str, list[ContactToMeet]]]:
    """(level key, contacts) per drawn row; a level with more people than fit wraps."""
    rows: list[tuple[str, list[ContactToMeet]]] = []
    for level in LEVELS:
        mine = [c for c in contacts if c.decision_level is level]
        for start in range(0, len(mine), per_row):
            rows.append((str(level.code) if level else "", mine[start : start + per_row]))
    return rows


class MiniMap(Flowable):
    """The excerpt, drawn straight on the canvas (reportlab's graphics shapes would name
    Helvetica in the PDF, a font that is not embedded)."""

    def __init__(self, contacts: tuple[ContactToMeet, ...], words: PlanWords, width: float) -> None:
        super().__init__()
        self.contacts = contacts
        self.words = words
        self.width = width
        per_row = max(1, int((width - LABEL_W + GAP_X) // (BOX_W + GAP_X)))
        self.rows = _rows(contacts, per_row)
        self.height = len(self.rows) * (BOX_H + GAP_Y) + LEGEND_H

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        font = register_reportlab_font()
        centres: dict[str, tuple[float, float]] = {}  # contact id -> (x centre, y bottom)
        previous = None
        for index, (level_code, people) in enumerate(self.rows):
            y = self.height - (index + 1) * (BOX_H + GAP_Y) + GAP_Y / 2
            if level_code != previous:
                level = DecisionLevel(level_code) if level_code else None
                label = self.words.label(level) if level else self.words.tr(NO_LEVEL)
                _text(c, 0, y + BOX_H / 2 - 3, label, font, 8, LABEL_W - 2 * mm, MUTED)
                previous = level_code
            for column, person in enumerate(people):
                x = LABEL_W + column * (BOX_W + GAP_X)
                c.setFillColor(FILLS[max(-1, min(1, int(person.attitude.value)))])
                c.setStrokeColor(ACCENT if person.attending else RULE)
                c.setLineWidth(1.6 if person.attending else 0.7)
                c.roundRect(x, y, BOX_W, BOX_H, 1.5 * mm, stroke=1, fill=1)
                name = ("★ " if person.is_key_decision_maker else "") + person.name
                inner = BOX_W - 4 * mm
                _text(c, x + 2 * mm, y + BOX_H - 4.6 * mm, name, font, 8.5, inner, TEXT)
                _text(c, x + 2 * mm, y + 2.2 * mm, person.title or "", font, 6.8, inner, MUTED)
                centres[person.id] = (x + BOX_W / 2, y)
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        for person in self.contacts:
            boss = centres.get(person.reports_to_id or "")
            me = centres.get(person.id)
            if boss is not None and me is not None and boss[1] > me[1]:  # only lines going down
                c.line(me[0], me[1] + BOX_H, boss[0], boss[1])
        _text(c, 0, 1, self.words.tr(LEGEND), font, 7, self.width, MUTED)


def _text(
    c: Canvas, x: float, y: float, value: str, font: str, size: float, width: float, ink: object
) -> None:
    c.setFillColor(ink)
    c.setFont(font, size)
    c.drawString(x, y, _fit(value, font, size, width))


def mini_map(contacts: tuple[ContactToMeet, ...], words: PlanWords, width: float) -> MiniMap:
    """The excerpt as a flowable ``width`` points wide (as tall as its rows need)."""
    return MiniMap(contacts, words, width)
