"""Coverage gaps of a contact map (覆盖缺口, DOMAIN §3.2): where the buying centre has holes.

Each rule looks at one account's live contacts. The rules are split in two so that a whole book
can be checked without reading every contact into Python: a per-contact *predicate* (is this
contact a key decision maker who is not supportive? ...) and a decision over the *tally* of how
many contacts meet each predicate. ``services.coverage`` counts the predicates in SQL for every
account at once; a test there checks that its counts agree with the predicates here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta

from kam_desktop.domain.enums import DecisionLevel, Influence
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from kam_desktop.domain.labels import Labeled


class GapKind(Labeled):
    """The coverage rules, in the order gaps are listed; the code is kept in ``map_gaps``."""

    NO_DECISION_LEVEL = ("no_decision_level", "No contact at the decision level", "决策层无联系人")
    NO_KEY_DECISION_MAKER = ("no_kdm", "No key decision maker marked", "未标记关键决策人")
    KDM_NOT_SUPPORTIVE = (
        "kdm_not_supportive",
        "Key decision maker not supportive",
        "关键决策人不支持",
    )
    KDM_WEAK_RELATIONSHIP = (
        "kdm_weak_relationship",
        "Weak relationship with the key decision maker",
        "与关键决策人关系薄弱",
    )
    NO_COACH = ("no_coach", "No coach", "没有教练（内线）")
    OPPONENT_HIGH_INFLUENCE = (
        "opponent_high_influence",
        "Influential opponent without a plan",
        "高影响力反对者无应对计划",
    )
    SINGLE_THREADED = ("single_threaded", "Single-threaded", "单线联系")
    DECISION_LEVEL_NOT_MET = (
        "decision_level_not_met",
        "Key contacts not met recently",
        "关键联系人久未拜访",
    )


@dataclass(frozen=True)
class CoverageRules:
    """The thresholds of DOMAIN §3.2 [default], configurable in Settings."""

    min_strong_contacts: int = 2  # fewer contacts at strong_level or above: single-threaded
    strong_level: int = 3
    kdm_min_level: int = 3  # a key decision maker below this relationship level: weak
    not_met_days: int = 90  # a key contact last met longer ago than this: not met
    kdm_min_attitude: int = 1  # a key decision maker below this attitude (neutral, opposed)

    def not_met_before(self, today: date) -> date:
        """Last met before this day (or never): more than ``not_met_days`` ago."""
        return today - timedelta(days=self.not_met_days)


DEFAULT_RULES = CoverageRules()


# fmt: off
class CoverageRuleField(Labeled):
    """The thresholds as the rules dialog and error messages name them (code = field name)."""

    MIN_STRONG_CONTACTS = (
        "min_strong_contacts", "Strong relationships needed", "至少需要的强关系联系人数"
    )
    STRONG_LEVEL = ("strong_level", "Strong relationship from level", "强关系起始等级")
    KDM_MIN_LEVEL = (
        "kdm_min_level", "Key decision maker relationship at least", "关键决策人关系最低等级"
    )
    KDM_MIN_ATTITUDE = (
        "kdm_min_attitude", "Key decision maker attitude at least", "关键决策人最低态度"
    )
    NOT_MET_DAYS = ("not_met_days", "Key contacts met within (days)", "关键联系人拜访间隔（天）")
# fmt: on


@dataclass(frozen=True)
class ContactFacts:
    """What the rules read of one contact."""

    id: str
    name: str
    decision_level: DecisionLevel | None
    is_key_decision_maker: bool
    is_coach: bool
    attitude: int  # -2..2
    influence: Influence | None
    relationship_level: int  # 0..5
    last_contact_on: date | None
    has_opponent_plan: bool


def has_plan(text: str | None) -> bool:
    """Whether an ``opponent_plan`` text says anything (blank text is no plan)."""
    return bool(text and text.strip())


# --- the per-contact predicates (mirrored in SQL by services.coverage) ------------------------


def at_decision_level(c: ContactFacts) -> bool:
    return c.decision_level is DecisionLevel.DECISION


def is_key_contact(c: ContactFacts) -> bool:
    """Decision level or marked key decision maker: the people who must be met."""
    return c.is_key_decision_maker or at_decision_level(c)


def kdm_not_supportive(c: ContactFacts, rules: CoverageRules) -> bool:
    return c.is_key_decision_maker and c.attitude < rules.kdm_min_attitude


def kdm_weak(c: ContactFacts, rules: CoverageRules) -> bool:
    return c.is_key_decision_maker and c.relationship_level < rules.kdm_min_level


def unplanned_opponent(c: ContactFacts) -> bool:
    return c.attitude < 0 and c.influence is Influence.HIGH and not c.has_opponent_plan


def is_strong(c: ContactFacts, rules: CoverageRules) -> bool:
    return c.relationship_level >= rules.strong_level


def key_not_met(c: ContactFacts, today: date, rules: CoverageRules) -> bool:
    return is_key_contact(c) and (
        c.last_contact_on is None or c.last_contact_on < rules.not_met_before(today)
    )


# --- the decision over counts -----------------------------------------------------------------


@dataclass(frozen=True)
class CoverageTally:
    """How many of an account's live contacts meet each predicate."""

    decision_level: int = 0
    key_decision_makers: int = 0
    kdm_not_supportive: int = 0
    kdm_weak: int = 0
    coaches: int = 0
    unplanned_opponents: int = 0
    strong: int = 0
    key_not_met: int = 0

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def gap_kinds(tally: CoverageTally, rules: CoverageRules = DEFAULT_RULES) -> list[GapKind]:
    """The gaps an account with this tally has, in ``GapKind`` order."""
    found = {
        GapKind.NO_DECISION_LEVEL: tally.decision_level == 0,
        GapKind.NO_KEY_DECISION_MAKER: tally.key_decision_makers == 0,
        GapKind.KDM_NOT_SUPPORTIVE: tally.kdm_not_supportive > 0,
        GapKind.KDM_WEAK_RELATIONSHIP: tally.kdm_weak > 0,
        GapKind.NO_COACH: tally.coaches == 0,
        GapKind.OPPONENT_HIGH_INFLUENCE: tally.unplanned_opponents > 0,
        GapKind.SINGLE_THREADED: tally.strong < rules.min_strong_contacts,
        GapKind.DECISION_LEVEL_NOT_MET: tally.key_not_met > 0,
    }
    return [kind for kind in GapKind if found[kind]]


# --- gaps with their contacts and texts -------------------------------------------------------

_TEXTS: dict[GapKind, tuple[str, str]] = {
    GapKind.NO_DECISION_LEVEL: (
        QT_TRANSLATE_NOOP("coverage", "No contact at the decision level is on the map."),
        QT_TRANSLATE_NOOP(
            "coverage", "Find out who approves the purchase and ask your contacts to introduce you."
        ),
    ),
    GapKind.NO_KEY_DECISION_MAKER: (
        QT_TRANSLATE_NOOP("coverage", "No contact is marked as the key decision maker."),
        QT_TRANSLATE_NOOP(
            "coverage",
            "Find out who makes the final decision and mark that contact as the key "
            "decision maker.",
        ),
    ),
    GapKind.KDM_NOT_SUPPORTIVE: (
        QT_TRANSLATE_NOOP("coverage", "Key decision maker neutral or opposed: {names}."),
        QT_TRANSLATE_NOOP(
            "coverage",
            "Learn what {names} wants from the deal and worries about, and plan with your coach "
            "how to win their support.",
        ),
    ),
    GapKind.KDM_WEAK_RELATIONSHIP: (
        QT_TRANSLATE_NOOP(
            "coverage", "Relationship with the key decision maker below level {level}: {names}."
        ),
        QT_TRANSLATE_NOOP(
            "coverage",
            "Plan contacts that move {names} up the relationship pyramid: shared interests, "
            "then honesty and expertise.",
        ),
    ),
    GapKind.NO_COACH: (
        QT_TRANSLATE_NOOP(
            "coverage", "No coach: nobody inside tells us how the project really stands."
        ),
        QT_TRANSLATE_NOOP(
            "coverage",
            "Develop a contact who favours us, knows the company and is close to the key "
            "decision maker into a coach.",
        ),
    ),
    GapKind.OPPONENT_HIGH_INFLUENCE: (
        QT_TRANSLATE_NOOP(
            "coverage", "Opposed, highly influential and no plan to handle it: {names}."
        ),
        QT_TRANSLATE_NOOP(
            "coverage",
            "Write a plan for each: answer their concerns, or balance their influence through "
            "supporters.",
        ),
    ),
    GapKind.SINGLE_THREADED: (
        QT_TRANSLATE_NOOP(
            "coverage",
            "Contacts at relationship level {level} or higher: {count} "
            "(at least {minimum} needed).",
        ),
        QT_TRANSLATE_NOOP(
            "coverage",
            "Build relationships with more people in the buying centre, so that the account does "
            "not rest on one person.",
        ),
    ),
    GapKind.DECISION_LEVEL_NOT_MET: (
        QT_TRANSLATE_NOOP("coverage", "Key contacts not met for more than {days} days: {names}."),
        QT_TRANSLATE_NOOP("coverage", "Plan a visit or a call with {names}."),
    ),
}


@dataclass(frozen=True)
class Gap:
    """One coverage gap of an account: which rule, the contacts concerned, and the numbers
    its texts quote (``params``: name/value pairs such as ``("days", 90)``)."""

    kind: GapKind
    contact_ids: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    params: tuple[tuple[str, int], ...] = ()

    @property
    def code(self) -> str:
        return str(self.kind.code)

    def reason(self) -> str:
        """Why this is a gap, in the current language."""
        return self._render(_TEXTS[self.kind][0])

    def suggestion(self) -> str:
        """What to do about it, in the current language."""
        return self._render(_TEXTS[self.kind][1])

    def _render(self, template: str) -> str:
        separator = "、" if current_language().startswith("zh") else ", "
        return translate("coverage", template).format(
            names=separator.join(self.names), **dict(self.params)
        )


def coverage_gaps(
    contacts: Sequence[ContactFacts], today: date, rules: CoverageRules = DEFAULT_RULES
) -> list[Gap]:
    """The gaps of one account's live contacts, in ``GapKind`` order."""
    members = {
        "decision_level": [c for c in contacts if at_decision_level(c)],
        "key_decision_makers": [c for c in contacts if c.is_key_decision_maker],
        "kdm_not_supportive": [c for c in contacts if kdm_not_supportive(c, rules)],
        "kdm_weak": [c for c in contacts if kdm_weak(c, rules)],
        "coaches": [c for c in contacts if c.is_coach],
        "unplanned_opponents": [c for c in contacts if unplanned_opponent(c)],
        "strong": [c for c in contacts if is_strong(c, rules)],
        "key_not_met": [c for c in contacts if key_not_met(c, today, rules)],
    }
    tally = CoverageTally(**{name: len(found) for name, found in members.items()})
    concerned = {
        GapKind.KDM_NOT_SUPPORTIVE: members["kdm_not_supportive"],
        GapKind.KDM_WEAK_RELATIONSHIP: members["kdm_weak"],
        GapKind.OPPONENT_HIGH_INFLUENCE: members["unplanned_opponents"],
        GapKind.SINGLE_THREADED: members["strong"],  # the thread the account hangs on
        GapKind.DECISION_LEVEL_NOT_MET: members["key_not_met"],
    }
    params: dict[GapKind, tuple[tuple[str, int], ...]] = {
        GapKind.KDM_WEAK_RELATIONSHIP: (("level", rules.kdm_min_level),),
        GapKind.SINGLE_THREADED: (
            ("level", rules.strong_level),
            ("count", tally.strong),
            ("minimum", rules.min_strong_contacts),
        ),
        GapKind.DECISION_LEVEL_NOT_MET: (("days", rules.not_met_days),),
    }
    gaps = []
    for kind in gap_kinds(tally, rules):
        who = concerned.get(kind, [])
        gaps.append(
            Gap(
                kind,
                tuple(c.id for c in who),
                tuple(c.name for c in who),
                params.get(kind, ()),
            )
        )
    return gaps


def gap_codes(gaps: Sequence[Gap]) -> list[str]:
    """The codes kept in ``account.map_gaps``."""
    return [gap.code for gap in gaps]
