"""Revisit settings (回访规则设置, DOMAIN §5.2): every threshold of the revisit rules, and their
JSON form for the book's ``setting`` table. Pure.

``RevisitSettings`` holds them (defaults are DOMAIN.md's); ``settings_to_json`` /
``settings_from_json`` round-trip them, naming every unusable value. The rules themselves are in
``revisit_rules`` beside this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from types import MappingProxyType
from typing import Any

from kam_desktop.domain.enums import Grade, RevisitRule, ValueTier, VisitPurpose
from kam_desktop.domain.errors import (
    BadChoice,
    BadNumber,
    FieldProblem,
    InvalidInput,
    KamError,
    NegativeNumber,
    Text,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled
from kam_desktop.domain.revisits.holidays import (
    DEFAULT_HOLIDAY_DATES,
    Holiday,
    HolidayDate,
    in_order,
)

SETTINGS_KEY = "revisit_rules"  # the ``setting`` row that holds them
SETTINGS_VERSION = 2  # 2: the value-falling rule (on in books whose version 1 chose rules)

# --- settings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RevisitSettings:
    """The thresholds of every rule. Hashable (tuples and frozensets) so results can be cached."""

    after_order_days: tuple[int, ...] = (5, 15)  # [lit]
    repurchase_lead_days: int = 7  # [default]
    periodic_days: tuple[tuple[ValueTier, int], ...] = (
        (ValueTier.PLATINUM, 14),
        (ValueTier.GOLD, 30),
        (ValueTier.IRON, 60),
        (ValueTier.LEAD, 90),
    )  # [default]
    periodic_grade_days: tuple[tuple[Grade, int], ...] = (
        (Grade.A, 30),
        (Grade.B, 60),
        (Grade.C, 90),
    )  # [default] for accounts without a value tier yet; grade D: none
    complaint_opened_days: int = 1  # [default]
    complaint_resolved_days: int = 3  # [default]
    holiday_dates: tuple[HolidayDate, ...] = DEFAULT_HOLIDAY_DATES
    holiday_tiers: frozenset[ValueTier] = frozenset({ValueTier.PLATINUM, ValueTier.GOLD})
    holiday_lead_days: int = 7  # [default] time to plan a greeting and a gift
    birthday_lead_days: int = 1  # [default]
    dormant_after_days: int = 180  # [default]
    satisfying_purposes: frozenset[VisitPurpose] = frozenset({VisitPurpose.REVISIT})
    any_visit_satisfies: bool = False  # DOMAIN: purpose 回访 only, or any done visit
    early_cover_days: int = 2  # [default] a visit this many days early still covers
    lapse_after_days: int = 30  # [default] event revisits drop off this long after due
    rules: frozenset[RevisitRule] = frozenset(RevisitRule)  # the rules switched on

    def cadence(self, tier: ValueTier | None, grade: Grade | None) -> int | None:
        """Days between periodic revisits: by tier, else by grade; None for no cadence."""
        if tier is not None:
            return dict(self.periodic_days).get(tier)
        if grade is not None:
            return dict(self.periodic_grade_days).get(grade)
        return None

    def satisfies(self, rule: RevisitRule, purpose: VisitPurpose | None) -> bool:
        """Whether a done visit with ``purpose`` covers a due revisit of ``rule``."""
        return (
            self.any_visit_satisfies
            or purpose in self.satisfying_purposes
            or purpose in _RULE_PURPOSES.get(rule, ())
        )


#: Visits whose purpose is the occasion itself cover a rule too, whatever the setting says.
_RULE_PURPOSES: Mapping[RevisitRule, frozenset[VisitPurpose]] = MappingProxyType(
    {
        RevisitRule.AFTER_ORDER: frozenset({VisitPurpose.AFTER_SALES}),
        RevisitRule.COMPLAINT_OPENED: frozenset(
            {VisitPurpose.COMPLAINT_HANDLING, VisitPurpose.AFTER_SALES}
        ),
        RevisitRule.COMPLAINT_RESOLVED: frozenset(
            {VisitPurpose.COMPLAINT_HANDLING, VisitPurpose.AFTER_SALES}
        ),
        RevisitRule.HOLIDAY: frozenset({VisitPurpose.HOLIDAY_GREETING}),
        RevisitRule.BIRTHDAY: frozenset({VisitPurpose.HOLIDAY_GREETING}),
    }
)

DEFAULT_SETTINGS = RevisitSettings()


# fmt: off
class RevisitSettingField(Labeled):
    """The settings as the Settings form and error messages name them (code = JSON key)."""

    AFTER_ORDER_DAYS = ("after_order_days", "Revisit days after an order", "订单后回访天数")
    REPURCHASE_LEAD_DAYS = ("repurchase_lead_days", "Days before repurchase", "重复购买提前天数")
    PERIODIC_DAYS = (
        "periodic_days", "Revisit every (days) by value tier", "按价值层级回访周期（天）"
    )
    PERIODIC_GRADE_DAYS = (
        "periodic_grade_days", "Revisit every (days) by grade", "按客户等级回访周期（天）"
    )
    COMPLAINT_OPENED_DAYS = (
        "complaint_opened_days", "Days after a complaint is opened", "投诉受理后天数"
    )
    COMPLAINT_RESOLVED_DAYS = (
        "complaint_resolved_days", "Days after a complaint is resolved", "投诉解决后天数"
    )
    HOLIDAY_DATES = ("holiday_dates", "Holiday dates", "节日日期")
    HOLIDAY_TIERS = ("holiday_tiers", "Holiday greetings for tiers", "节日回访的价值层级")
    HOLIDAY_LEAD_DAYS = ("holiday_lead_days", "Days before a holiday", "节日前提前天数")
    BIRTHDAY_LEAD_DAYS = ("birthday_lead_days", "Days before a birthday", "生日前提前天数")
    DORMANT_AFTER_DAYS = (
        "dormant_after_days", "Dormant after (days without an order)", "休眠天数（无订单）"
    )
    SATISFYING_PURPOSES = (
        "satisfying_purposes", "Visit purposes that count as a revisit", "算作回访的拜访目的"
    )
    ANY_VISIT_SATISFIES = (
        "any_visit_satisfies", "Any done visit counts as a revisit", "任何已完成拜访都算回访"
    )
    EARLY_COVER_DAYS = (
        "early_cover_days", "A visit this many days early counts", "提前拜访有效天数"
    )
    LAPSE_AFTER_DAYS = (
        "lapse_after_days", "Drop missed revisits after (days)", "逾期多少天后不再提醒"
    )
    RULES = ("rules", "Revisit rules in use", "启用的回访规则")
# fmt: on

# --- settings as JSON -------------------------------------------------------------------------


def settings_to_json(settings: RevisitSettings) -> dict[str, Any]:
    """The settings as plain JSON (codes, ISO dates), as stored in the book."""
    by_year: dict[str, dict[str, str]] = {}
    for d in sorted(settings.holiday_dates, key=lambda d: d.on):
        by_year.setdefault(str(d.on.year), {})[str(d.holiday.code)] = d.on.isoformat()
    return {
        "version": SETTINGS_VERSION,
        "after_order_days": list(settings.after_order_days),
        "repurchase_lead_days": settings.repurchase_lead_days,
        "periodic_days": {str(t.code): n for t, n in settings.periodic_days},
        "periodic_grade_days": {str(g.code): n for g, n in settings.periodic_grade_days},
        "complaint_opened_days": settings.complaint_opened_days,
        "complaint_resolved_days": settings.complaint_resolved_days,
        "holiday_dates": by_year,
        "holiday_tiers": _codes(settings.holiday_tiers, ValueTier),
        "holiday_lead_days": settings.holiday_lead_days,
        "birthday_lead_days": settings.birthday_lead_days,
        "dormant_after_days": settings.dormant_after_days,
        "satisfying_purposes": _codes(settings.satisfying_purposes, VisitPurpose),
        "any_visit_satisfies": settings.any_visit_satisfies,
        "early_cover_days": settings.early_cover_days,
        "lapse_after_days": settings.lapse_after_days,
        "rules": _codes(settings.rules, RevisitRule),
    }


def _codes(members: frozenset[Any], enum: type[Labeled]) -> list[Any]:
    return [m.code for m in enum if m in members]  # in declaration order: stable JSON


class TooFewDays(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be at least {minimum} days.")


class _Bad(Exception):
    """A value that cannot be read; becomes a FieldProblem."""

    def __init__(self, problem: KamError) -> None:
        self.problem = problem


def _days(value: object, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise _Bad(BadNumber(value=value))
    if value < 0:
        raise _Bad(NegativeNumber())
    if value < minimum:
        raise _Bad(TooFewDays(minimum=minimum))
    return int(value)


def _member(enum: type[Labeled], code: object) -> Any:
    found = enum.parse(code)
    if found is None:
        raise _Bad(BadChoice(value=code))
    return found


def _mapping(value: object) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise _Bad(BadChoice(value=value))
    return value


def _sequence(value: object) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise _Bad(BadChoice(value=value))
    return list(value)


def _holiday_dates(value: object) -> tuple[HolidayDate, ...]:
    found = []
    for _year, days in _mapping(value).items():
        for code, text in _mapping(days).items():
            try:
                on = date.fromisoformat(str(text))
            except ValueError:
                raise _Bad(BadChoice(value=text)) from None
            found.append(HolidayDate(_member(Holiday, code), on))
    return in_order(found)


def _cadences(enum: type[Labeled], value: object) -> tuple[tuple[Any, int], ...]:
    """``{"platinum": 14, "lead": null}`` -> ((PLATINUM, 14),), in declaration order."""
    given = {_member(enum, code): n for code, n in _mapping(value).items()}
    return tuple((m, _days(given[m], 1)) for m in enum if given.get(m) is not None)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise _Bad(BadChoice(value=value))
    return value


_READERS: Mapping[str, Any] = MappingProxyType(
    {
        "after_order_days": lambda v: tuple(sorted({_days(d, 1) for d in _sequence(v)})),
        "repurchase_lead_days": _days,
        "periodic_days": lambda v: _cadences(ValueTier, v),
        "periodic_grade_days": lambda v: _cadences(Grade, v),
        "complaint_opened_days": _days,
        "complaint_resolved_days": _days,
        "holiday_dates": _holiday_dates,
        "holiday_tiers": lambda v: frozenset(_member(ValueTier, c) for c in _sequence(v)),
        "holiday_lead_days": _days,
        "birthday_lead_days": _days,
        "dormant_after_days": lambda v: _days(v, 1),
        "satisfying_purposes": lambda v: frozenset(_member(VisitPurpose, c) for c in _sequence(v)),
        "any_visit_satisfies": _flag,
        "early_cover_days": _days,
        "lapse_after_days": _days,
        "rules": lambda v: frozenset(_member(RevisitRule, c) for c in _sequence(v)),
    }
)


def settings_from_json(data: object, *, strict: bool = True) -> RevisitSettings:
    """Settings from their JSON; missing keys take the defaults, unknown keys are ignored.

    ``strict``: a bad value raises ``InvalidInput`` naming every bad setting (nothing is taken);
    otherwise a bad value keeps its default (for reading a book another device wrote).
    """
    if not isinstance(data, Mapping):
        if strict:
            raise InvalidInput([_problem("rules", BadChoice(value=data))])
        return DEFAULT_SETTINGS
    values: dict[str, Any] = {}
    problems = []
    for name in (f.name for f in fields(RevisitSettings)):
        if name not in data:
            continue
        try:
            values[name] = _READERS[name](data[name])
        except _Bad as bad:
            problems.append(_problem(name, bad.problem))
    if problems and strict:
        raise InvalidInput(problems)
    if "rules" in values and _version(data) < 2:
        # Version 1 never offered this rule: on by default, like every new rule.
        values["rules"] = values["rules"] | {RevisitRule.VALUE_FALLING}
    return replace(DEFAULT_SETTINGS, **values)


def _version(data: Mapping[str, Any]) -> int:
    version = data.get("version", 1)
    return version if isinstance(version, int) and not isinstance(version, bool) else 1


def validated_settings(settings: RevisitSettings) -> RevisitSettings:
    """``settings`` if every value is usable, else ``InvalidInput`` naming the bad ones."""
    return settings_from_json(settings_to_json(settings), strict=True)


def _problem(name: str, problem: KamError) -> FieldProblem:
    return FieldProblem(name, Text("RevisitSettingField", RevisitSettingField(name).en), problem)
