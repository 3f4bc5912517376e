"""One visit's section: the header and contacts (``visit_header``), then what happened before
(last three visits, open next steps, open complaints), SPIN progress and the planned questions
with lines for the answers, the objective and expected result, the materials checklist and
lines for notes. Every list that can be empty says so in a line."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.visit_plan.styles import (
    AnswerLines,
    PlanWords,
    Styles,
    TickBox,
    cells,
    layout_style,
    para,
    table_style,
    text,
)
from kam_desktop.reports.visit_plan.value_chart import ChartCache
from kam_desktop.reports.visit_plan.visit_header import contacts_block, header_block
from kam_desktop.services.visit_plan.model import PlannedVisit

T = "VisitPlan"  # a literal: the translations tool reads contexts from module constants
LAST_VISITS = QT_TRANSLATE_NOOP(T, "Last three visits")
VISIT_COLUMNS = (
    QT_TRANSLATE_NOOP(T, "Date"),
    QT_TRANSLATE_NOOP(T, "Purpose"),
    QT_TRANSLATE_NOOP(T, "Outcome"),
    QT_TRANSLATE_NOOP(T, "Satisfaction"),
)
NO_VISITS = QT_TRANSLATE_NOOP(T, "No visits yet: this is the first one.")
NO_OUTCOME = QT_TRANSLATE_NOOP(T, "no outcome recorded")
STEPS = QT_TRANSLATE_NOOP(T, "Open next steps")
STEP_COLUMNS = (
    QT_TRANSLATE_NOOP(T, "Due"),
    QT_TRANSLATE_NOOP(T, "Next step"),
    QT_TRANSLATE_NOOP(T, "Owner"),
)
NO_STEPS = QT_TRANSLATE_NOOP(T, "No open next steps.")
COMPLAINTS = QT_TRANSLATE_NOOP(T, "Open complaints")
COMPLAINT_COLUMNS = (
    QT_TRANSLATE_NOOP(T, "Opened"),
    QT_TRANSLATE_NOOP(T, "Category"),
    QT_TRANSLATE_NOOP(T, "Severity"),
    QT_TRANSLATE_NOOP(T, "Complaint"),
)
NO_COMPLAINTS = QT_TRANSLATE_NOOP(T, "No open complaints.")
SPIN = QT_TRANSLATE_NOOP(T, "SPIN progress and questions to ask")
STAGE_COUNT = QT_TRANSLATE_NOOP(T, "{stage}: {notes} notes, {confirmed} confirmed")
NO_QUESTIONS = QT_TRANSLATE_NOOP(T, "No SPIN questions planned for this visit.")
OBJECTIVE = QT_TRANSLATE_NOOP(T, "Objective")
EXPECTED = QT_TRANSLATE_NOOP(T, "Expected result")
PREPARATION = QT_TRANSLATE_NOOP(T, "Preparation")
MATERIALS = QT_TRANSLATE_NOOP(T, "Materials to bring")
NO_MATERIALS = QT_TRANSLATE_NOOP(T, "No materials listed.")
NOTES = QT_TRANSLATE_NOOP(T, "Notes")
NOT_SET = QT_TRANSLATE_NOOP(T, "Not set yet.")
ANSWER_LINES = 2
NOTE_LINES = 6


def _table(rows: list[list[object]], widths: list[float]) -> Table:
    return Table(rows, colWidths=widths, repeatRows=1, style=table_style(), hAlign="LEFT")


def _head(
    columns: tuple[str, ...], words: PlanWords, st: Styles, widths: list[float]
) -> list[object]:
    return cells([words.tr(c) for c in columns], st.head_cell, widths)


def history_block(
    visit: PlannedVisit, words: PlanWords, st: Styles, width: float
) -> list[Flowable]:
    flow: list[Flowable] = [para(words.tr(LAST_VISITS), st.heading)]
    if not visit.last_visits:
        flow.append(para(words.tr(NO_VISITS), st.empty))
    else:
        widths = [22 * mm, 26 * mm, width - 66 * mm, 18 * mm]
        rows = [_head(VISIT_COLUMNS, words, st, widths)]
        for past in visit.last_visits:
            values = [
                past.day.isoformat(),
                words.label(past.purpose),
                past.outcome or words.tr(NO_OUTCOME),
                "—" if past.satisfaction is None else f"{past.satisfaction}/5",
            ]
            rows.append(cells(values, st.cell, widths))
        flow.append(_table(rows, widths))
    flow.append(para(words.tr(STEPS), st.heading))
    if not visit.open_steps:
        flow.append(para(words.tr(NO_STEPS), st.empty))
    else:
        widths = [22 * mm, width - 52 * mm, 30 * mm]
        rows = [_head(STEP_COLUMNS, words, st, widths)]
        rows += [cells([s.due_on.isoformat(), s.text, s.owner or "—"], st.cell, widths)
                 for s in visit.open_steps]  # fmt: skip
        flow.append(_table(rows, widths))
    flow.append(para(words.tr(COMPLAINTS), st.heading))
    if not visit.complaints:
        flow.append(para(words.tr(NO_COMPLAINTS), st.empty))
    else:
        widths = [22 * mm, 28 * mm, 18 * mm, width - 68 * mm]
        rows = [_head(COMPLAINT_COLUMNS, words, st, widths)]
        for c in visit.complaints:
            values = [c.opened_on.isoformat(), words.label(c.category), words.label(c.severity),
                      c.description or "—"]  # fmt: skip
            rows.append(cells(values, st.cell, widths))
        flow.append(_table(rows, widths))
    return flow


def spin_block(visit: PlannedVisit, words: PlanWords, st: Styles) -> list[Flowable]:
    counts = "   ".join(
        words.tr(STAGE_COUNT).format(
            stage=words.label(p.stage), notes=p.notes, confirmed=p.confirmed
        )
        for p in visit.spin.stages
    )
    flow: list[Flowable] = [para(words.tr(SPIN), st.heading), para(counts, st.small)]
    if visit.spin.warning is not None:
        flow.append(para(visit.spin.warning.message(), st.warning))
    if not visit.questions:
        flow.append(para(words.tr(NO_QUESTIONS), st.empty))
    for group in visit.questions:
        stage = para(f"{group.stage.code} · {words.label(group.stage)}", st.body)
        for index, question in enumerate(group.questions):
            asked = Paragraph(f"□ {text(question.text(words.language))}", st.body)
            block = [asked, AnswerLines(ANSWER_LINES, indent=4 * mm)]
            # The stage's name stays with its first question; a question with its lines.
            flow.append(KeepTogether([stage, *block] if index == 0 else block))
    return flow


def plan_block(visit: PlannedVisit, words: PlanWords, st: Styles, width: float) -> list[Flowable]:
    flow: list[Flowable] = []
    for title, value in ((OBJECTIVE, visit.objectives), (EXPECTED, visit.expected_result)):
        flow += [para(words.tr(title), st.heading),
                 para(value, st.body) if value else para(words.tr(NOT_SET), st.empty)]  # fmt: skip
    if visit.preparation:
        flow += [para(words.tr(PREPARATION), st.heading), para(visit.preparation, st.body)]
    flow.append(para(words.tr(MATERIALS), st.heading))
    if not visit.materials:
        flow.append(para(words.tr(NO_MATERIALS), st.empty))
    else:
        rows = [[TickBox(done=m.done), para(m.item, st.body)] for m in visit.materials]
        style = layout_style([("TOPPADDING", (0, 0), (-1, -1), 2)])
        flow.append(Table(rows, colWidths=[7 * mm, width - 7 * mm], hAlign="LEFT", style=style))
    # The heading keeps two lines with it; of the rest, what fits this page.
    flow.append(KeepTogether([para(words.tr(NOTES), st.heading), AnswerLines(2)]))
    flow.append(AnswerLines(NOTE_LINES - 2, trim=True))
    return flow


def visit_section(
    number: int, visit: PlannedVisit, words: PlanWords, st: Styles, width: float, charts: ChartCache
) -> list[Flowable]:
    """Every flowable of visit ``number``'s section, ending with some space before the next."""
    return [
        *header_block(number, visit, words, st, width, charts),
        *contacts_block(visit, words, st, width),
        *history_block(visit, words, st, width),
        *spin_block(visit, words, st),
        *plan_block(visit, words, st, width),
        Spacer(0, 10 * mm),
    ]
