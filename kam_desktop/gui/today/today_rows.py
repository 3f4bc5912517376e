"""The Today page's lines, worded in the rep's language: one function per section turns the
service's items into ``CardRow``s (what, one-line reason, when)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from kam_desktop.gui.today.section_card import CardRow
from kam_desktop.services.today.model import (
    AccountRef,
    DueAccount,
    Greeting,
    OpenComplaint,
    PlannedVisit,
    SlipKind,
    SlippingAccount,
    StepDue,
)

_CONTEXT = "TodayPage"  # the page's words, one context for the translator
translate = QCoreApplication.translate  # plurals: translate(_CONTEXT, text, "", n)


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def account_text(account: AccountRef) -> str:
    """The account's name, with its tier: "睿博（上海）环境科技有限公司 · 铂金"."""
    return f"{account.name} · {account.tier.label()}" if account.tier else account.name


def overdue_text(days: int) -> str:
    if days > 0:
        return translate(_CONTEXT, "%n day(s) overdue", "", days)
    return _tr("today")


def _short_date(day: date) -> str:
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def visit_rows(items: tuple[PlannedVisit, ...]) -> list[CardRow]:
    rows = []
    for visit in items:
        local = visit.planned_start.astimezone()
        purpose = visit.purpose.label() if visit.purpose else visit.method.label()
        if visit.overdue_days:
            when = translate(_CONTEXT, "%n day(s) overdue", "", visit.overdue_days)
        else:
            when = _tr("today %1").replace("%1", local.strftime("%H:%M"))
        why = purpose
        if visit.objectives:
            why = f"{purpose} · {visit.objectives.splitlines()[0]}"
        tip = "\n".join(
            [account_text(visit.account), f"{local:%Y-%m-%d %H:%M} · {purpose}",
             *([visit.objectives] if visit.objectives else []),
             _tr("Double-click to log the outcome.")]
        )  # fmt: skip
        rows.append(CardRow(visit.account.name, why, when, visit, tip, bool(visit.overdue_days)))
    return rows


def due_rows(items: tuple[DueAccount, ...], today: date) -> list[CardRow]:
    rows = []
    for item in items:
        reason = item.main_reason.message()
        more = len(item.reasons) - 1
        why = reason
        if more > 0:
            why = f"{reason} {translate(_CONTEXT, '(+%n more)', '', more)}"
        ahead = (item.due_on - today).days
        if item.overdue_days:
            when = translate(_CONTEXT, "%n day(s) overdue", "", item.overdue_days)
        else:
            when = _tr("today") if ahead <= 0 else translate(_CONTEXT, "in %n day(s)", "", ahead)
        tip = "\n".join(
            [account_text(item.account), *(f"{r.due_on.isoformat()} · {r.message()}"
                                           for r in item.reasons)]
        )  # fmt: skip
        rows.append(
            CardRow(account_text(item.account), why, when, item.account, tip, item.overdue_days > 0)
        )
    return rows


def step_rows(items: tuple[StepDue, ...]) -> list[CardRow]:
    return [
        CardRow(
            step.account.name,
            step.text.splitlines()[0] if step.text else "",
            overdue_text(step.overdue_days),
            step.account,
            f"{account_text(step.account)}\n{step.due_on.isoformat()} · {step.text}",
            step.overdue_days > 0,
        )
        for step in items
    ]


def complaint_rows(items: tuple[OpenComplaint, ...]) -> list[CardRow]:
    rows = []
    for c in items:
        why = f"{c.severity.label()} · {c.category.label()}"
        if c.description:
            why = f"{why} · {c.description.splitlines()[0]}"
        when = _tr("opened today")
        if c.days_open:
            when = translate(_CONTEXT, "open %n day(s)", "", c.days_open)
        tip = f"{account_text(c.account)}\n{c.opened_on.isoformat()} · {why}"
        rows.append(CardRow(c.account.name, why, when, c.account, tip, c.days_open >= 3))
    return rows


def slipping_reason(item: SlippingAccount) -> str:
    if item.kind is SlipKind.TIER_DROPPED:
        before = item.from_tier.label() if item.from_tier else "?"
        after = item.account.tier.label() if item.account.tier else "?"
        return _tr("Tier dropped: %1 → %2").replace("%1", before).replace("%2", after)
    if item.kind is SlipKind.DECLINING:
        return _tr("Lifecycle in decline")
    gaps = _tr(", ").join(g.label() for g in item.gaps[:2])  # zh: 、
    return _tr("Map gaps: %1").replace("%1", gaps) if gaps else _tr("Contact map gaps")


def slipping_rows(items: tuple[SlippingAccount, ...]) -> list[CardRow]:
    rows = []
    for item in items:
        tier = item.from_tier if item.kind is SlipKind.TIER_DROPPED else item.account.tier
        when = tier.label() if tier else ""
        reason = slipping_reason(item)
        gap_lines = [g.label() for g in item.gaps]
        tip = "\n".join([account_text(item.account), reason, *gap_lines])
        rows.append(CardRow(item.account.name, reason, when, item.account, tip,
                            item.kind is SlipKind.TIER_DROPPED))  # fmt: skip
    return rows


def greeting_rows(items: tuple[Greeting, ...], today: date) -> list[CardRow]:
    rows = []
    for g in items:
        days = (g.on - today).days
        when = _tr("today") if days == 0 else translate(_CONTEXT, "in %n day(s)", "", days)
        when = f"{_short_date(g.on)} · {when}"
        if g.holiday is not None:
            what = g.holiday.label()
            why = _tr("Holiday: plan greetings for your key accounts")
            rows.append(CardRow(what, why, when, g, f"{what}\n{why}", days <= 1))
            continue
        assert g.account is not None
        what = _tr("%1's birthday").replace("%1", g.contact_name or "")
        rows.append(CardRow(what, account_text(g.account), when, g.account,
                            f"{what}\n{account_text(g.account)}", days == 0))  # fmt: skip
    return rows
