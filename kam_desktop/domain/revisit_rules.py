"""Revisit rules (回访规则, DOMAIN §5.2): which revisits an account is due, when and why. Pure.

``due_revisits`` turns one account's facts into its due revisits (待回访). Every threshold is in
``RevisitSettings`` (defaults are DOMAIN.md's), which round-trips through JSON for the book's
``setting`` table. All dates are the rep's local calendar dates: the caller converts stored UTC
times with ``local_date`` before building facts.

Two kinds of rule:
- *event* rules (after an order, repurchase, complaint opened/resolved, holiday, birthday) are
  covered by a satisfying done visit on or after their due date less ``early_cover_days`` (and not
  before the event itself), and lapse ``lapse_after_days`` after their due date (greetings lapse
  when the day has passed): an old miss is no longer worth a visit, and the cadence rules below
  still catch a neglected account;
- *cadence* rules run from the last contact (any done visit): periodic by tier (or by HQ grade
  while an account has no tier yet) and dormant (no order in N days, a reactivation revisit).
Overdue next steps are due until the step is done. A dismissed revisit never shows again; a
snoozed one shows again on its snooze date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta, tzinfo
from types import MappingProxyType
from typing import Any

from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    RevisitRule,
    RevisitState,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.errors import (
    BadChoice,
    BadNumber,
    FieldProblem,
    InvalidInput,
    KamError,
    NegativeNumber,
    Text,
)
from kam_desktop.domain.holidays import (
    DEFAULT_HOLIDAY_DATES,
    Holiday,
    HolidayDate,
    in_order,
    occurrences,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.labels import Labeled

SETTINGS_KEY = "revisit_rules"  # the ``setting`` row that holds them
SETTINGS_VERSION = 1

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
        "periodic_days", "Revisit every (days) by value tier", "按价值层级回访周期(天)"
    )
    PERIODIC_GRADE_DAYS = (
        "periodic_grade_days", "Revisit every (days) by grade", "按客户等级回访周期(天)"
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
        "dormant_after_days", "Dormant after (days without an order)", "休眠天数(无订单)"
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


# --- facts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderFact:
    order_id: str
    order_date: date
    product: str | None = None
    repurchase_cycle_days: int | None = None


@dataclass(frozen=True)
class ComplaintFact:
    complaint_id: str
    opened_on: date
    resolved_on: date | None = None
    category: Labeled | None = None  # a ComplaintCategory, shown in the reason


@dataclass(frozen=True)
class BirthdayFact:
    contact_id: str
    name: str
    birthday: date


@dataclass(frozen=True)
class NextStepFact:
    step_id: str
    due_on: date
    text: str


@dataclass(frozen=True)
class DoneVisit:
    """A done visit on a local date; which purposes cover which rules is the settings' call."""

    done_on: date
    purpose: VisitPurpose | None = None


@dataclass(frozen=True)
class Decision:
    """What the rep decided about one revisit (a ``RevisitItem`` row)."""

    state: RevisitState
    snoozed_until: date | None = None


_NO_DECISIONS: Mapping[str, Decision] = MappingProxyType({})


@dataclass(frozen=True)
class AccountFacts:
    """What the rules need to know about one account.

    ``orders`` need only hold the recent orders and the latest order of each product with a
    repurchase cycle; ``visits`` the done visits recent enough to cover an event revisit that has
    not lapsed; ``last_contact_on`` / ``last_order_on`` may be older caches (the latest of them and
    of ``visits`` / ``orders`` counts).
    """

    account_id: str
    tier: ValueTier | None = None
    grade: Grade | None = None
    status: AccountStatus | None = None
    created_on: date | None = None
    last_contact_on: date | None = None
    last_order_on: date | None = None
    orders: tuple[OrderFact, ...] = ()
    complaints: tuple[ComplaintFact, ...] = ()
    birthdays: tuple[BirthdayFact, ...] = ()
    next_steps: tuple[NextStepFact, ...] = ()
    visits: tuple[DoneVisit, ...] = ()
    decisions: Mapping[str, Decision] = field(default_factory=lambda: _NO_DECISIONS)


Params = tuple[tuple[str, object], ...]  # a reason's parameters, in order

# --- results ----------------------------------------------------------------------------------

_REASONS = {
    "after_order": QT_TRANSLATE_NOOP("revisits", "Day {day} after the order of {order_date}"),
    "after_order_product": QT_TRANSLATE_NOOP(
        "revisits", "Day {day} after the order of {order_date} ({product})"
    ),
    "repurchase": QT_TRANSLATE_NOOP(
        "revisits", "Repurchase due (ordered {order_date}, every {cycle} days)"
    ),
    "repurchase_product": QT_TRANSLATE_NOOP(
        "revisits", "{product}: repurchase due (ordered {order_date}, every {cycle} days)"
    ),
    "periodic": QT_TRANSLATE_NOOP(
        "revisits", "Every {days} days for {level} accounts; last contact {last_contact}"
    ),
    "periodic_never": QT_TRANSLATE_NOOP(
        "revisits", "Every {days} days for {level} accounts; never visited"
    ),
    "complaint_opened": QT_TRANSLATE_NOOP(
        "revisits", "Complaint ({category}) open since {opened_on}"
    ),
    "complaint_resolved": QT_TRANSLATE_NOOP(
        "revisits", "Complaint ({category}) resolved on {resolved_on}: check satisfaction"
    ),
    "holiday": QT_TRANSLATE_NOOP("revisits", "{holiday} on {on}"),
    "birthday": QT_TRANSLATE_NOOP("revisits", "Birthday of {name} on {on}"),
    "dormant": QT_TRANSLATE_NOOP(
        "revisits", "No order since {last_order} ({days} days): reactivation visit"
    ),
    "next_step": QT_TRANSLATE_NOOP("revisits", "Next step due {due_on}: {text}"),
}
_NO_CATEGORY = Text("revisits", QT_TRANSLATE_NOOP("revisits", "no category"))


@dataclass(frozen=True)
class DueRevisit:
    """One due revisit of one account, with a stable key for the rep's decisions."""

    account_id: str
    rule: RevisitRule
    # Unique in the book (RevisitItem.rule_key): "<rule>:<id of what triggered it>[:<when>]",
    # e.g. "after_order:<order id>:5", "periodic:<account id>:<due date>".
    rule_key: str
    due_on: date
    reason: str  # English template, marked for translation in context "revisits"
    params: Params = ()
    overdue_days: int = 0
    contact_id: str | None = None  # the person a birthday revisit is for

    def message(self, language: str | None = None) -> str:
        """The reason in ``language`` ("zh_CN"/"en"), or the installed translator's."""
        template = self.reason if language == "en" else translate("revisits", self.reason)
        return template.format(**{k: _render(v, language) for k, v in self.params})


def _render(value: object, language: str | None) -> str:
    if isinstance(value, Labeled):
        return value.label(language)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- the rules --------------------------------------------------------------------------------


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of an aware ``moment`` in ``tz`` (None: this computer's zone)."""
    return moment.astimezone(tz).date()


def next_birthday(birthday: date, today: date) -> date:
    """The birthday's next occurrence on or after ``today`` (29 February: 28th in common years)."""
    for year in (today.year, today.year + 1):
        try:
            day = birthday.replace(year=year)
        except ValueError:
            day = date(year, 2, 28)
        if day >= today:
            return day
    raise AssertionError("a birthday recurs within a year")


def due_revisits(
    facts: AccountFacts,
    today: date,
    settings: RevisitSettings = DEFAULT_SETTINGS,
    horizon_days: int = 7,
) -> list[DueRevisit]:
    """The account's revisits due on or before ``today + horizon_days``, earliest first:
    not covered by a satisfying visit, not lapsed, not dismissed or done, not snoozed past
    ``today``."""
    return DueRules(today, settings, horizon_days)(facts)


def _hidden(decision: Decision, today: date) -> bool:
    if decision.state in (RevisitState.DISMISSED, RevisitState.DONE):
        return True
    if decision.state is RevisitState.SNOOZED:
        return decision.snoozed_until is None or decision.snoozed_until > today
    return False


_RULE_ORDER = {rule.name: i for i, rule in enumerate(RevisitRule)}


def _order(d: DueRevisit) -> tuple[date, int, str]:
    return d.due_on, _RULE_ORDER[d.rule._name_], d.rule_key


class DueRules:
    """The rules for one day and one set of settings, applied to many accounts.

    The due list applies them to every account of the book, so whatever is the same for all
    accounts is worked out once here. Enum members hash (and give ``.name``) through Python-level
    code, so per-account lookups are keyed by the member's ``_name_`` attribute.
    """

    def __init__(
        self, today: date, settings: RevisitSettings = DEFAULT_SETTINGS, horizon_days: int = 7
    ) -> None:
        self.today = today
        self.settings = settings
        self.limit = today + timedelta(days=horizon_days)
        #: event revisits due before this have lapsed
        self.stale = today - timedelta(days=settings.lapse_after_days)
        self._early = timedelta(days=settings.early_cover_days)
        #: the earliest done visit that can still cover a revisit the rules may list
        self.covering_since = self.stale - self._early
        #: the earliest order that can still have an after-order revisit listed
        self.orders_since = self.stale - timedelta(days=max(settings.after_order_days, default=0))
        #: the last birthday whose greeting can fall due by ``limit``
        self.birthdays_until = self.limit + timedelta(days=settings.birthday_lead_days)
        self._on = frozenset(rule.name for rule in settings.rules)
        self._tier_cadence = {t.name: n for t, n in settings.periodic_days}
        self._grade_cadence = {g.name: n for g, n in settings.periodic_grade_days}
        self._greeted = frozenset(t.name for t in settings.holiday_tiers)
        lead = settings.holiday_lead_days
        self._greetings = [
            (h, h.on - timedelta(days=lead))
            for h in occurrences(settings.holiday_dates, today, self.limit + timedelta(days=lead))
        ]
        self._dormant = timedelta(days=settings.dormant_after_days)
        self._purposes = {
            rule.name: frozenset(
                p.name for p in VisitPurpose if settings.satisfies(rule, p)
            )  # None (no purpose) satisfies only when any visit does
            for rule in RevisitRule
        }

    def greets(self, tier: ValueTier | None) -> bool:
        """Whether an account of ``tier`` has a holiday greeting in reach."""
        return (
            tier is not None
            and tier._name_ in self._greeted
            and bool(self._greetings)
            and "HOLIDAY" in self._on
        )

    def may_be_due(
        self,
        tier: ValueTier | None,
        grade: Grade | None,
        status: AccountStatus | None,
        last_contact: date | None,
        last_order: date | None,
    ) -> bool:
        """Whether the cadence rules (periodic, dormant) may list an account that has no other
        facts: a cheap test that spares a caller with many accounts building facts for the rest.
        False means they will not; True that they may (a decision can still hide it)."""
        if status is AccountStatus.LOST:
            return False
        if "PERIODIC" in self._on:
            if tier is not None:
                days = self._tier_cadence.get(tier._name_)
            else:
                days = self._grade_cadence.get(grade._name_) if grade is not None else None
            if days is not None and (
                last_contact is None or last_contact + timedelta(days=days) <= self.limit
            ):
                return True
        if "DORMANT" in self._on and last_order is not None:
            due = last_order + self._dormant
            return due <= self.limit and (last_contact is None or last_contact < due - self._early)
        return False

    def __call__(self, facts: AccountFacts) -> list[DueRevisit]:
        found: list[DueRevisit] = []
        on = self._on
        if facts.orders:
            if "AFTER_ORDER" in on:
                self._after_order(facts, found)
            if "REPURCHASE" in on:
                self._repurchase(facts, found)
        if facts.complaints:
            self._complaints(facts, found)
        tier = facts.tier
        if tier is not None and tier._name_ in self._greeted:
            if self._greetings and "HOLIDAY" in on:
                self._holidays(facts, found)
            if facts.birthdays and "BIRTHDAY" in on:
                self._birthdays(facts, found)
        if facts.status is not AccountStatus.LOST:
            last_contact = facts.last_contact_on
            if facts.visits:
                recent = max(v.done_on for v in facts.visits)
                if last_contact is None or recent > last_contact:
                    last_contact = recent
            if "PERIODIC" in on:
                self._periodic(facts, last_contact, found)
            if "DORMANT" in on:
                self._dormant_revisit(facts, last_contact, found)
        if facts.next_steps and "NEXT_STEP_OVERDUE" in on:
            for step in facts.next_steps:
                if step.due_on <= self.limit:
                    params = (("due_on", step.due_on), ("text", step.text))
                    self._add(
                        facts, found, RevisitRule.NEXT_STEP_OVERDUE, f"next_step:{step.step_id}",
                        step.due_on, "next_step", params,
                    )  # fmt: skip
        if len(found) > 1:
            found.sort(key=_order)
        return found

    # --- helpers --------------------------------------------------------------------------

    def _add(
        self,
        facts: AccountFacts,
        found: list[DueRevisit],
        rule: RevisitRule,
        key: str,
        due_on: date,
        template: str,
        params: Params,
        contact_id: str | None = None,
    ) -> None:
        decision = facts.decisions.get(key) if facts.decisions else None
        if decision is not None and _hidden(decision, self.today):
            return
        overdue = (self.today - due_on).days
        found.append(
            DueRevisit(
                facts.account_id,
                rule,
                key,
                due_on,
                _REASONS[template],
                params,
                overdue if overdue > 0 else 0,
                contact_id,
            )
        )

    def _covered(self, facts: AccountFacts, rule: RevisitRule, since: date) -> bool:
        """A done visit on or after ``since`` whose purpose satisfies ``rule``."""
        if not facts.visits:
            return False
        names = self._purposes[rule._name_]
        any_visit = self.settings.any_visit_satisfies
        return any(
            v.done_on >= since
            and (any_visit or (v.purpose is not None and v.purpose._name_ in names))
            for v in facts.visits
        )

    def _event(
        self,
        facts: AccountFacts,
        found: list[DueRevisit],
        rule: RevisitRule,
        key: str,
        event_on: date,
        due_on: date,
        template: str,
        params: Params,
    ) -> None:
        """An event revisit: due on ``due_on``, lapses, covered from shortly before (never
        by a visit before the event itself)."""
        if due_on > self.limit or due_on < self.stale:
            return
        if self._covered(facts, rule, max(event_on, due_on - self._early)):
            return
        self._add(facts, found, rule, key, due_on, template, params)

    # --- event rules ----------------------------------------------------------------------

    def _after_order(self, facts: AccountFacts, found: list[DueRevisit]) -> None:
        for order in facts.orders:
            for day in self.settings.after_order_days:
                params: Params = (("day", day), ("order_date", order.order_date))
                if order.product:
                    params += (("product", order.product),)
                self._event(
                    facts, found, RevisitRule.AFTER_ORDER, f"after_order:{order.order_id}:{day}",
                    order.order_date, order.order_date + timedelta(days=day),
                    "after_order_product" if order.product else "after_order", params,
                )  # fmt: skip

    def _repurchase(self, facts: AccountFacts, found: list[DueRevisit]) -> None:
        """The latest order of each product with a cycle (a later order supersedes it)."""
        latest: dict[str | None, OrderFact] = {}
        for order in facts.orders:
            if order.repurchase_cycle_days is None:
                continue
            seen = latest.get(order.product)
            if seen is None or (order.order_date, order.order_id) > (
                seen.order_date,
                seen.order_id,
            ):
                latest[order.product] = order
        for order in latest.values():
            cycle = order.repurchase_cycle_days
            assert cycle is not None
            wait = max(0, cycle - self.settings.repurchase_lead_days)
            params: Params = (("order_date", order.order_date), ("cycle", cycle))
            if order.product:
                params += (("product", order.product),)
            self._event(
                facts, found, RevisitRule.REPURCHASE, f"repurchase:{order.order_id}",
                order.order_date, order.order_date + timedelta(days=wait),
                "repurchase_product" if order.product else "repurchase", params,
            )  # fmt: skip

    def _complaints(self, facts: AccountFacts, found: list[DueRevisit]) -> None:
        s = self.settings
        for c in facts.complaints:
            category = c.category or _NO_CATEGORY
            if c.resolved_on is None:
                if "COMPLAINT_OPENED" in self._on:
                    self._event(
                        facts, found, RevisitRule.COMPLAINT_OPENED,
                        f"complaint_opened:{c.complaint_id}", c.opened_on,
                        c.opened_on + timedelta(days=s.complaint_opened_days), "complaint_opened",
                        (("category", category), ("opened_on", c.opened_on)),
                    )  # fmt: skip
            elif "COMPLAINT_RESOLVED" in self._on:
                self._event(
                    facts, found, RevisitRule.COMPLAINT_RESOLVED,
                    f"complaint_resolved:{c.complaint_id}", c.resolved_on,
                    c.resolved_on + timedelta(days=s.complaint_resolved_days),
                    "complaint_resolved", (("category", category), ("resolved_on", c.resolved_on)),
                )  # fmt: skip

    # Greetings are listed until the day itself (never overdue: a late greeting is pointless).

    def _holidays(self, facts: AccountFacts, found: list[DueRevisit]) -> None:
        for h, due in self._greetings:
            if due > self.limit or self._covered(facts, RevisitRule.HOLIDAY, due - self._early):
                continue
            key = f"holiday:{facts.account_id}:{h.holiday.code}:{h.on.year}"
            params = (("holiday", h.holiday), ("on", h.on))
            self._add(facts, found, RevisitRule.HOLIDAY, key, due, "holiday", params)

    def _birthdays(self, facts: AccountFacts, found: list[DueRevisit]) -> None:
        lead = timedelta(days=self.settings.birthday_lead_days)
        for b in facts.birthdays:
            on = next_birthday(b.birthday, self.today)
            due = on - lead
            if due > self.limit or self._covered(facts, RevisitRule.BIRTHDAY, due - self._early):
                continue
            self._add(
                facts, found, RevisitRule.BIRTHDAY, f"birthday:{b.contact_id}:{on.year}", due,
                "birthday", (("name", b.name), ("on", on)), b.contact_id,
            )  # fmt: skip

    # --- cadence rules --------------------------------------------------------------------

    def _periodic(
        self, facts: AccountFacts, last_contact: date | None, found: list[DueRevisit]
    ) -> None:
        """Due ``cadence`` days after the last contact; the next contact moves it on."""
        tier, grade = facts.tier, facts.grade
        level: Labeled
        if tier is not None:
            days, level = self._tier_cadence.get(tier._name_), tier
        elif grade is not None:
            days, level = self._grade_cadence.get(grade._name_), grade
        else:
            return
        if days is None:
            return
        anchor = last_contact or facts.created_on
        due = anchor + timedelta(days=days) if anchor is not None else self.today
        if due > self.limit:
            return
        when = due.isoformat() if anchor is not None else "never"
        key = f"periodic:{facts.account_id}:{when}"
        if last_contact is None:
            template, params = "periodic_never", (("level", level), ("days", days))
        else:
            template = "periodic"
            params = (("level", level), ("days", days), ("last_contact", last_contact))
        self._add(facts, found, RevisitRule.PERIODIC, key, due, template, params)

    def _dormant_revisit(
        self, facts: AccountFacts, last_contact: date | None, found: list[DueRevisit]
    ) -> None:
        """No order for ``dormant_after_days``: one reactivation revisit per dormant spell,
        covered by any contact from shortly before it fell due."""
        last_order = facts.last_order_on
        for order in facts.orders:
            if last_order is None or order.order_date > last_order:
                last_order = order.order_date
        if last_order is None:
            return  # never ordered: a prospect, not a dormant customer
        due = last_order + self._dormant
        if due > self.limit or (last_contact is not None and last_contact >= due - self._early):
            return
        params = (("last_order", last_order), ("days", self.settings.dormant_after_days))
        key = f"dormant:{facts.account_id}:{last_order.isoformat()}"
        self._add(facts, found, RevisitRule.DORMANT, key, due, "dormant", params)


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
    return replace(DEFAULT_SETTINGS, **values)


def validated_settings(settings: RevisitSettings) -> RevisitSettings:
    """``settings`` if every value is usable, else ``InvalidInput`` naming the bad ones."""
    return settings_from_json(settings_to_json(settings), strict=True)


def _problem(name: str, problem: KamError) -> FieldProblem:
    return FieldProblem(name, Text("RevisitSettingField", RevisitSettingField(name).en), problem)
