"""The first half of a visit's section: the account header beside the value chart, the contacts
to meet, the contact map's coverage gaps and the mini contact map."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from kam_desktop.domain.enums import RelationshipLevel
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.charts.style import TIER_STYLES
from kam_desktop.reports.visit_plan.mini_map import mini_map
from kam_desktop.reports.visit_plan.route_page import time_range
from kam_desktop.reports.visit_plan.styles import (
    MUTED,
    PlanWords,
    Styles,
    cells,
    layout_style,
    para,
    table_style,
    text,
)
from kam_desktop.reports.visit_plan.value_chart import ChartCache
from kam_desktop.services.visit_plan.model import ContactToMeet, PlannedVisit

T = "VisitPlan"  # a literal: the translations tool reads contexts from module constants
FACTS = {
    "code": QT_TRANSLATE_NOOP(T, "Account code"),
    "grade": QT_TRANSLATE_NOOP(T, "HQ grade"),
    "tier": QT_TRANSLATE_NOOP(T, "Value tier"),
    "lifecycle": QT_TRANSLATE_NOOP(T, "Lifecycle"),
    "stage": QT_TRANSLATE_NOOP(T, "Sales stage"),
    "last": QT_TRANSLATE_NOOP(T, "Last visit"),
    "address": QT_TRANSLATE_NOOP(T, "Address"),
    "phone": QT_TRANSLATE_NOOP(T, "Phone"),
    "colleagues": QT_TRANSLATE_NOOP(T, "Our colleagues"),
    "travel": QT_TRANSLATE_NOOP(T, "Travel notes"),
}
NO_VISITS_YET = QT_TRANSLATE_NOOP(T, "no visits yet")
SCORE = QT_TRANSLATE_NOOP(T, "score {score}")
CONTACTS = QT_TRANSLATE_NOOP(T, "Contacts to meet")
CONTACT_COLUMNS = (
    QT_TRANSLATE_NOOP(T, "Name"),
    QT_TRANSLATE_NOOP(T, "Title"),
    QT_TRANSLATE_NOOP(T, "Decision level"),
    QT_TRANSLATE_NOOP(T, "Role"),
    QT_TRANSLATE_NOOP(T, "Attitude"),
    QT_TRANSLATE_NOOP(T, "Relationship level"),
    QT_TRANSLATE_NOOP(T, "Last contacted"),
)
CONTACT_WIDTHS = (31 * mm, 26 * mm, 19 * mm, 30 * mm, 20 * mm, 28 * mm)  # last: the rest
ATTENDING = QT_TRANSLATE_NOOP(T, "attending")
KEY_CONTACT = QT_TRANSLATE_NOOP(T, "key contact")
KDM = QT_TRANSLATE_NOOP(T, "★ key decision maker")
NEVER = QT_TRANSLATE_NOOP(T, "never")
NO_CONTACTS = QT_TRANSLATE_NOOP(T, "No contacts on file for this account yet.")
NONE_TO_MEET = QT_TRANSLATE_NOOP(
    T, "No attendees chosen and no key contacts marked ({count} contacts on file)."
)
GAPS = QT_TRANSLATE_NOOP(T, "Coverage gaps")
NO_GAPS = QT_TRANSLATE_NOOP(T, "No coverage gaps on the contact map.")
MAP = QT_TRANSLATE_NOOP(T, "Contact map (excerpt)")
CHART_W, CHART_H = 88 * mm, 42 * mm
LABEL_W = 24 * mm
HEADER_ROOM = 90 * mm  # a section needs this much of a page to start on it


def _tier(visit: PlannedVisit, words: PlanWords) -> str:
    account = visit.account
    if account.tier is None:
        return text(words.label(None))
    look = TIER_STYLES[account.tier]
    badge = (
        f'<span backColor="{look.colour}" color="{look.ink}">'
        f"&nbsp;{text(words.label(account.tier))}&nbsp;</span>"
    )
    if account.score is not None:
        badge += " " + text(words.tr(SCORE).format(score=f"{account.score:.0f}"))
    return badge


def _facts(visit: PlannedVisit, words: PlanWords, st: Styles, width: float) -> Table:
    a = visit.account
    rows: list[tuple[str, str | None]] = [
        ("code", a.code or words.label(None)),
        ("grade", words.label(a.grade)),
        ("tier", None),  # the badge: markup
        ("lifecycle", words.label(a.lifecycle)),
        ("stage", words.label(a.sales_stage)),
        ("last", a.last_visit_on.isoformat() if a.last_visit_on else words.tr(NO_VISITS_YET)),
        ("address", visit.location or words.label(None)),
        ("phone", a.phone or words.label(None)),
    ]
    widths = [LABEL_W, width - LABEL_W]
    table = [
        cells([words.tr(FACTS[key]), value], st.cell, widths)
        if value is not None
        else [words.tr(FACTS[key]), Paragraph(_tier(visit, words), st.cell)]
        for key, value in rows
    ]
    style = table_style(
        [("TEXTCOLOR", (0, 0), (0, -1), MUTED), ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
         ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
         ("LEFTPADDING", (0, 0), (0, -1), 0)],
        header=False,
    )  # fmt: skip
    return Table(table, colWidths=widths, hAlign="LEFT", style=style)


def header_block(
    number: int, visit: PlannedVisit, words: PlanWords, st: Styles, width: float, charts: ChartCache
) -> list[Flowable]:
    """The section's title, when and why, the account's facts and its value chart; kept on one
    page, and moved to the next when fewer than ``HEADER_ROOM`` points are left."""
    when = f"{words.day(visit.day)} {time_range(visit, words)}"
    what = " · ".join((when, words.label(visit.purpose), words.label(visit.method)))
    facts_width = width - CHART_W - 4 * mm
    chart = charts.flowable(visit.months, words, st, CHART_W, CHART_H)
    side_by_side = Table(
        [[_facts(visit, words, st, facts_width), chart]],
        colWidths=[facts_width + 4 * mm, CHART_W],
        style=layout_style(),
        hAlign="LEFT",
    )
    title = para(f"{number}. {visit.account.name}", st.section)
    # Free text under the facts, full width: beside the chart a long note would be a ribbon.
    notes = [
        Paragraph(f'<font color="#57606A">{text(words.tr(FACTS[key]))}:</font> {text(value)}',
                  st.body)
        for key, value in (("colleagues", visit.colleagues), ("travel", visit.travel_notes))
        if value
    ]  # fmt: skip
    return [
        CondPageBreak(HEADER_ROOM),
        KeepTogether([title, para(what, st.subtitle), side_by_side]),
        *notes,
    ]


def _who(c: ContactToMeet, words: PlanWords, st: Styles) -> Paragraph:
    marks = [words.tr(ATTENDING) if c.attending else words.tr(KEY_CONTACT)]
    if c.is_key_decision_maker:
        marks.append(words.tr(KDM))
    note = " · ".join(marks)
    return Paragraph(
        f'{text(c.name)}<br/><font size="7" color="#57606A">{text(note)}</font>', st.cell
    )


def _contact_row(
    c: ContactToMeet, words: PlanWords, st: Styles, widths: list[float]
) -> list[object]:
    separator = "、" if words.language.startswith("zh") else ", "
    level = RelationshipLevel(c.relationship_level)
    values = [
        c.title or "—",
        words.label(c.decision_level),
        separator.join(words.label(r) for r in c.buying_roles) or "—",
        words.label(c.attitude),
        f"{c.relationship_level} · {words.label(level)}",
        c.last_contact_on.isoformat() if c.last_contact_on else words.tr(NEVER),
    ]
    return [_who(c, words, st), *cells(values, st.cell, widths[1:])]


def contacts_block(
    visit: PlannedVisit, words: PlanWords, st: Styles, width: float
) -> list[Flowable]:
    """Contacts to meet (a table that splits with its header), coverage gaps, the mini map."""
    flow: list[Flowable] = [para(words.tr(CONTACTS), st.heading)]
    if visit.contact_count == 0:
        flow.append(para(words.tr(NO_CONTACTS), st.empty))
    elif not visit.contacts:
        flow.append(para(words.tr(NONE_TO_MEET).format(count=visit.contact_count), st.empty))
    else:
        widths = [*CONTACT_WIDTHS, width - sum(CONTACT_WIDTHS)]
        rows = [cells([words.tr(c) for c in CONTACT_COLUMNS], st.head_cell, widths)]
        rows += [_contact_row(c, words, st, widths) for c in visit.contacts]
        flow.append(Table(rows, colWidths=widths, repeatRows=1, style=table_style(), hAlign="LEFT"))
    flow.append(para(words.tr(GAPS), st.heading))
    if not visit.gaps:
        flow.append(para(words.tr(NO_GAPS), st.empty))
    for gap in visit.gaps:
        flow.append(
            Paragraph(
                f'• {text(gap.reason())} <font color="#57606A">{text(gap.suggestion())}</font>',
                st.body,
            )
        )
    if visit.contacts:
        flow.append(KeepTogether([para(words.tr(MAP), st.heading),
                                  mini_map(visit.contacts, words, width)]))  # fmt: skip
    return flow
