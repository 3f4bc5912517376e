"""The route page: the plan's dates and rep, then day by day each visit's number, time, account,
address, purpose and the people to meet. A day's table splits across pages with its header row
repeated."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.visit_plan.styles import (
    NONE_TEXT,
    PlanWords,
    Styles,
    cell,
    cells,
    para,
    table_style,
    text,
)
from kam_desktop.services.visit_plan.model import PlannedVisit, VisitPlan

CONTEXT = "VisitPlan"  # a literal: the translations tool reads contexts from module constants

TITLE = QT_TRANSLATE_NOOP(CONTEXT, "Visit plan")
PERIOD = QT_TRANSLATE_NOOP(CONTEXT, "{start} to {end}")
SUMMARY = QT_TRANSLATE_NOOP(CONTEXT, "Account manager: {owner} · {count} visits")
ALL_OWNERS = QT_TRANSLATE_NOOP(CONTEXT, "all")
COLUMNS = (
    QT_TRANSLATE_NOOP(CONTEXT, "No."),
    QT_TRANSLATE_NOOP(CONTEXT, "Time"),
    QT_TRANSLATE_NOOP(CONTEXT, "Account"),
    QT_TRANSLATE_NOOP(CONTEXT, "Address"),
    QT_TRANSLATE_NOOP(CONTEXT, "Purpose"),
    QT_TRANSLATE_NOOP(CONTEXT, "Contacts"),
)
NO_ATTENDEES = QT_TRANSLATE_NOOP(CONTEXT, "no attendees chosen")
WIDTHS = (9 * mm, 20 * mm, 45 * mm, 44 * mm, 24 * mm)  # the contacts take the rest


def period(plan: VisitPlan, words: PlanWords) -> str:
    return words.tr(PERIOD).format(start=words.day(plan.start), end=words.day(plan.end))


def time_range(visit: PlannedVisit, words: PlanWords) -> str:
    start = words.time(visit.start)
    return start if visit.end is None else f"{start}–{words.time(visit.end)}"


def names(visit: PlannedVisit, words: PlanWords) -> str:
    separator = "、" if words.language.startswith("zh") else ", "
    return separator.join(c.name for c in visit.attendees)


def column_widths(width: float) -> list[float]:
    return [*WIDTHS, width - sum(WIDTHS)]


def _row(
    number: int, visit: PlannedVisit, words: PlanWords, st: Styles, width: float
) -> list[object]:
    account = visit.account
    code = (
        f'<br/><font size="7.5" color="#57606A">{text(account.code)}</font>' if account.code else ""
    )
    people = names(visit, words) or words.tr(NO_ATTENDEES)
    widths = column_widths(width)
    return [
        str(number),
        cell(time_range(visit, words), st.cell, widths[1]),
        Paragraph(text(account.name) + code, st.cell),
        *cells(
            [visit.location or words.tr(NONE_TEXT), words.label(visit.purpose), people],
            st.cell,
            widths[3:],
        ),
    ]


def numbered(plan: VisitPlan) -> list[tuple[int, PlannedVisit]]:
    """The plan's visits day by day with the number the route page and the sections show."""
    visits = [visit for _, day_visits in plan.days() for visit in day_visits]
    return list(enumerate(visits, 1))


def route_page(plan: VisitPlan, words: PlanWords, st: Styles, width: float) -> list[Flowable]:
    """The route page's flowables, ending with a page break."""
    owner = plan.owner or words.tr(ALL_OWNERS)
    flow: list[Flowable] = [
        para(words.tr(TITLE), st.title),
        para(
            f"{period(plan, words)} · "
            + words.tr(SUMMARY).format(owner=owner, count=len(plan.visits)),
            st.subtitle,
        ),
    ]
    widths = column_widths(width)
    by_day: dict[date, list[list[object]]] = {}
    for number, visit in numbered(plan):
        head = cells([words.tr(c) for c in COLUMNS], st.head_cell, widths)
        rows = by_day.setdefault(visit.day, [head])
        rows.append(_row(number, visit, words, st, width))
    for day, rows in by_day.items():
        flow.append(para(words.day(day), st.day))
        flow.append(Table(rows, colWidths=widths, repeatRows=1, style=table_style(), hAlign="LEFT"))
    flow.append(PageBreak())
    return flow
