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
Overdue next steps are due until the step is done. Falling value (``domain.value.movers``: the
tier dropped, or the score fell more than the rule's points over its months) is due from the
first day of the snapshot month that shows it, until any contact from shortly before then; one
the rep dismissed (or that was done) stays away while the account has not fallen again since.
A dismissed revisit never shows again; a snoozed one shows again on its snooze date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    RevisitRule,
    RevisitState,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.labels import Labeled
from kam_desktop.domain.revisits.account_facts import (
    AccountFacts,
    Decision,
    OrderFact,
    Params,
)
from kam_desktop.domain.revisits.due_revisit import NO_CATEGORY, REASONS, DueRevisit
from kam_desktop.domain.revisits.holidays import occurrences
from kam_desktop.domain.revisits.revisit_settings import DEFAULT_SETTINGS, RevisitSettings
from kam_desktop.domain.value.lifecycle import month_start
from kam_desktop.domain.value.movers import DEFAULT_FALLING_RULE, ValueFall, value_fall

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
        #: the account list's "Value falling" filter reads the same rule
        self.falling_rule = DEFAULT_FALLING_RULE
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
            if facts.value_history and "VALUE_FALLING" in on:
                self._value_falling(facts, last_contact, found)
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
                REASONS[template],
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
            category = c.category or NO_CATEGORY
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

    def _value_falling(
        self, facts: AccountFacts, last_contact: date | None, found: list[DueRevisit]
    ) -> None:
        """One alert per month whose snapshot shows falling value, due from that month's first
        day; a fall the rep set aside in an earlier month keeps it away until a new fall."""
        rule = self.falling_rule
        fall = value_fall(facts.value_history, rule)
        if fall is None:
            return
        due = month_start(fall.month)
        if due > self.limit or (last_contact is not None and last_contact >= due - self._early):
            return
        prefix = f"value_falling:{facts.account_id}:"
        for key, decision in (facts.decisions or {}).items():
            month = key[len(prefix) :]
            if key.startswith(prefix) and month < fall.month and _hidden(decision, self.today):
                since = [entry for entry in facts.value_history if entry[0] >= month]
                if value_fall(since, rule) is None:
                    return  # still the fall the rep already dealt with
        template, params = _fall_reason(fall)
        key = prefix + fall.month
        self._add(facts, found, RevisitRule.VALUE_FALLING, key, due, template, params)


def _fall_reason(fall: ValueFall) -> tuple[str, Params]:
    if fall.from_tier is not None and fall.to_tier is not None:
        return "value_falling_tier", (
            ("from_tier", fall.from_tier), ("to_tier", fall.to_tier), ("month", fall.month),
        )  # fmt: skip
    # Text, not a float: the cached form keeps numbers as they are shown.
    drop = f"{fall.score_drop:.1f}"
    if fall.months == 1:
        return "value_falling_score_month", (("drop", drop),)
    return "value_falling_score", (("drop", drop), ("months", fall.months))
