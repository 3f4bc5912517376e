"""The Today page's sections worded in the rep's language: each ``show_*`` fills one
``SectionCard`` from the overview (title, count, lines, link to the rest) or, when there is
nothing to list, with the sentence saying what to do next. ``None``: nothing read yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kam_desktop.gui.today import today_rows as rows
from kam_desktop.gui.today.section_card import SectionCard
from kam_desktop.services.today.model import SlipKind, TodayOverview

_CONTEXT = "TodayPage"  # the page's words, one context for the translator
translate = QCoreApplication.translate  # plurals: translate(_CONTEXT, text, "", n)
PAGE_VISITS = "visits"  # link keys: the page a "see all" link asks the window for


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def _count(card: SectionCard, n: int) -> None:
    card.count.setText(translate(_CONTEXT, "%n item(s)", "", n) if n else "")


def show_visits(card: SectionCard, o: TodayOverview | None) -> None:
    card.title.setText(_tr("Visits today and overdue"))
    if o is None:
        card.count.setText("")
        card.set_rows([], _tr("Visits planned for today appear here."))
        card.set_footer("")
        return
    card.count.setText(
        _tr("%1 today, %2 overdue")
        .replace("%1", str(o.visits_today))
        .replace("%2", str(o.visits_overdue))
        if o.visits.total
        else ""
    )
    empty = _tr(
        "No visits planned for today and none left to log. Plan this week's visits on the "
        "Visit plan page, or open a due account below and plan a visit."
    )
    card.set_rows(rows.visit_rows(o.visits.items), empty)
    more = o.visits.more
    card.set_footer(
        translate(_CONTEXT, "%n more on the Visits page", "", more) if more else "", PAGE_VISITS
    )


def show_due(card: SectionCard, o: TodayOverview | None) -> None:
    card.title.setText(_tr("Due accounts, most urgent first"))
    if o is None:
        card.count.setText("")
        card.set_rows([], _tr("Accounts due for a visit appear here."))
        card.set_footer("")
        return
    card.count.setText(
        _tr("%1 due, %2 overdue").replace("%1", str(o.due.total)).replace("%2", str(o.due_overdue))
        if o.due.total
        else ""
    )
    if o.account_count == 0:
        empty = _tr("No accounts yet: import or add accounts, and their visits fall due here.")
    else:
        empty = _tr(
            "Nothing is due this week. Every account has been visited on time: a good day "
            "to plan ahead on the Visit plan page."
        )
    card.set_rows(rows.due_rows(o.due.items, o.today), empty)
    more = o.due.more
    card.set_footer(
        translate(_CONTEXT, "%n more on the due list", "", more) if more else "", PAGE_VISITS
    )
    card.tree.setToolTip(_tr("Ranked by value tier × days overdue"))


def show_steps(card: SectionCard, o: TodayOverview | None) -> None:
    card.title.setText(_tr("Next steps due"))
    _count(card, o.steps.total if o else 0)
    empty = _tr("No next steps due. When you log a visit, add what you promised as next steps.")
    card.set_rows(rows.step_rows(o.steps.items) if o else [], empty)
    card.set_footer(_more(o.steps.more) if o else "")


def show_complaints(card: SectionCard, o: TodayOverview | None) -> None:
    card.title.setText(_tr("Open complaints"))
    _count(card, o.complaints.total if o else 0)
    empty = _tr("No open complaints. Complaints are recorded with a visit's outcome.")
    card.set_rows(rows.complaint_rows(o.complaints.items) if o else [], empty)
    card.set_footer(_more(o.complaints.more) if o else "")


def show_slipping(card: SectionCard, o: TodayOverview | None) -> None:
    card.title.setText(_tr("Slipping accounts"))
    if o is None:
        card.count.setText("")
    else:
        kinds = o.slipping_by_kind
        card.count.setText(
            ""
            if not o.slipping.total
            else _tr("%1 tier drops · %2 declining · %3 map gaps")
            .replace("%1", str(kinds.get(SlipKind.TIER_DROPPED, 0)))
            .replace("%2", str(kinds.get(SlipKind.DECLINING, 0)))
            .replace("%3", str(kinds.get(SlipKind.MAP_GAPS, 0)))
        )
    empty = _tr(
        "No account is slipping: no tier dropped this month, none in decline, and the "
        "platinum and gold accounts' contact maps have no gaps."
    )
    card.set_rows(rows.slipping_rows(o.slipping.items) if o else [], empty)
    card.set_footer(_more(o.slipping.more) if o else "")


def show_greetings(card: SectionCard, o: TodayOverview | None) -> None:
    card.title.setText(_tr("Birthdays and holidays this week"))
    _count(card, o.greetings.total if o else 0)
    empty = _tr("No birthdays or holidays this week. Add your contacts' birthdays to be reminded.")
    card.set_rows(rows.greeting_rows(o.greetings.items, o.today) if o else [], empty)
    card.set_footer(_more(o.greetings.more) if o else "")


def _more(n: int) -> str:
    return translate(_CONTEXT, "%n more", "", n) if n else ""
