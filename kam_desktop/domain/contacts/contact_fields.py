"""Contact fields: their labels, the contact draft, its validation and the contact errors."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from kam_desktop.domain.contacts import contact_formats
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel, Influence
from kam_desktop.domain.errors import (
    BadEmail,
    BadPhone,
    ChangedElsewhere,
    FieldProblem,
    InvalidInput,
    KamError,
    Required,
    Text,
    TooLong,
)
from kam_desktop.domain.field_values import (
    UnknownChoice,
    as_tuple,
    choice_problem,
    date_problem,
    flag_problem,
    list_problem,
    text_problem,
    tidy_breaks,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled

# fmt: off


class ContactField(Labeled):
    """Contact field labels (form labels, table headers, error messages)."""

    NAME = ("name", "Name", "姓名")
    TITLE = ("title", "Title", "职务")
    DEPARTMENT = ("department", "Department", "部门")
    REPORTS_TO = ("reports_to_id", "Reports to", "直属上级")
    DECISION_LEVEL = ("decision_level", "Decision level", "决策层级")
    BUYING_ROLES = ("buying_roles", "Buying roles", "采购角色")
    KEY_DECISION_MAKER = ("is_key_decision_maker", "Key decision maker", "关键决策人")
    COACH = ("is_coach", "Coach", "教练/内线")
    ATTITUDE = ("attitude", "Attitude", "态度")
    INFLUENCE = ("influence", "Influence", "影响力")
    RELATIONSHIP_LEVEL = ("relationship_level", "Relationship level", "关系层次")
    PERSONAL_WINS = ("personal_wins", "Personal wins", "个人诉求")
    CONCERNS = ("concerns", "Concerns", "顾虑")
    PHONE = ("phone", "Phone", "电话")
    MOBILE = ("mobile", "Mobile", "手机")
    EMAIL = ("email", "E-mail", "邮箱")
    WECHAT = ("wechat", "WeChat", "微信")
    BIRTHDAY = ("birthday", "Birthday", "生日")
    INTERESTS = ("interests", "Interests", "兴趣爱好")
    NOTES = ("notes", "Notes", "备注")
    OPPONENT_PLAN = ("opponent_plan", "Plan for an opponent", "应对策略")
    LAST_CONTACT = ("last_contact_on", "Last contacted", "最近联系")
    INFLUENCES = ("influences", "Influences", "影响对象")


# fmt: on

#: Lengths follow the columns of ``db.models.Contact``; long free text is capped generously.
_MAX_LENGTH = {
    "name": 60,
    "title": 80,
    "department": 80,
    "phone": 40,
    "mobile": 40,
    "email": 200,
    "wechat": 60,
    "personal_wins": 20000,
    "concerns": 20000,
    "interests": 20000,
    "notes": 20000,
    "opponent_plan": 20000,
}
#: Free text that may run over several lines; every other text field is one line.
MULTILINE = frozenset({"personal_wins", "concerns", "interests", "notes", "opponent_plan"})
_TEXT_FIELDS = (*_MAX_LENGTH, "reports_to_id")
MAX_LEVEL = 5
INFLUENCE_NOTE_LENGTH = 200


@dataclass(frozen=True)
class ContactDraft:
    """What a rep (or an import) wants a contact to say: plain, unvalidated data."""

    name: str = ""
    title: str | None = None
    department: str | None = None
    reports_to_id: str | None = None
    decision_level: DecisionLevel | None = None
    buying_roles: tuple[BuyingRole, ...] = ()
    is_key_decision_maker: bool = False
    is_coach: bool = False
    attitude: Attitude = Attitude.NEUTRAL
    influence: Influence | None = None
    relationship_level: int = 0
    personal_wins: str | None = None
    concerns: str | None = None
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    wechat: str | None = None
    birthday: date | None = None
    interests: str | None = None
    notes: str | None = None
    opponent_plan: str | None = None

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


# --- errors -----------------------------------------------------------------------------------


class OutOfRange(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a whole number from {low} to {high}.")


class FutureDate(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is in the future.")


class BadMobile(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "is not a mobile number; use 11 digits starting with 1 (13812345678)."
    )


class ReportsToSelf(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{name} cannot report to themselves.")


class ReportsToCycle(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} cannot report to {manager}, because {manager} already reports to {name} ({chain}).",
    )


class ReportsToOtherAccount(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{manager} is a contact of another account ({account}); {name} can only report to a "
        "contact of the same account.",
    )


class ReportsToMissing(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "the chosen manager was deleted or is not in this book; choose another contact."
    )


class InfluenceSelf(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{name} cannot influence themselves.")


class InfluenceOtherAccount(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{source} and {target} belong to different accounts; influence links stay within one "
        "account.",
    )


class InfluenceExists(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{source} already influences {target}.")


class ContactChangedElsewhere(ChangedElsewhere):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This contact was changed elsewhere since you opened it. Reopen it to see the latest "
        "version, then make your change again.",
    )


def field_problem(name: str, problem: KamError) -> FieldProblem:
    """A problem with contact field ``name``, labelled for the rep."""
    return FieldProblem(name, Text("ContactField", ContactField(name).en), problem)


# --- normalising and validating ---------------------------------------------------------------


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = tidy_breaks(value).strip()
    return value or None


def _choice(enum: type[Labeled], value: object) -> object:
    """``value`` as a member of ``enum`` when it names one; unchanged otherwise (flagged later)."""
    if value is None or isinstance(value, enum):
        return value
    return enum.parse(value) or value


def normalise(draft: ContactDraft) -> ContactDraft:
    """Trim text, empty strings to ``None``, codes to enum members, roles de-duplicated."""
    changes: dict[str, object] = {}
    for f in fields(draft):
        value = getattr(draft, f.name)
        if isinstance(value, str):
            changes[f.name] = _clean(value)
    clean = replace(draft, **changes)
    roles = as_tuple(clean.buying_roles)
    if isinstance(roles, tuple):  # anything else is not a list: ``problems`` says so
        chosen = [_choice(BuyingRole, r) for r in roles]
        known = [r for r in BuyingRole if r in chosen]  # the enum's order, whatever was given
        roles = tuple(known + [r for r in chosen if not isinstance(r, BuyingRole)])
    level = clean.relationship_level
    return replace(
        clean,
        name=clean.name if clean.name is not None else "",
        decision_level=_choice(DecisionLevel, clean.decision_level),
        attitude=_choice(Attitude, clean.attitude),
        influence=_choice(Influence, clean.influence),
        buying_roles=roles,
        relationship_level=level.value if isinstance(level, Labeled) else level,
    )  # type: ignore[arg-type]


def _text_problems(draft: ContactDraft) -> list[FieldProblem]:
    """Text fields holding something that is no text, a control character (tab and newline
    only in multi-line fields) or a broken character; a value is never named."""
    found = []
    for name in _TEXT_FIELDS:
        problem = text_problem(getattr(draft, name), multiline=name in MULTILINE)
        if problem is not None:
            found.append(field_problem(name, problem))
    return found


def _kind_problems(draft: ContactDraft) -> list[FieldProblem]:
    """Flags that are no yes/no, a birthday that is no date, roles that are no list."""
    found = []
    for name in ("is_key_decision_maker", "is_coach"):
        problem = flag_problem(getattr(draft, name))
        if problem is not None:
            found.append(field_problem(name, problem))
    problem = date_problem(draft.birthday)
    if problem is not None:
        found.append(field_problem("birthday", problem))
    problem = list_problem(draft.buying_roles, object)
    if problem is not None:
        found.append(field_problem("buying_roles", problem))
    return found


def problems(draft: ContactDraft, today: date | None = None) -> list[FieldProblem]:
    """Everything wrong with a normalised draft, at most one entry per field."""
    found: list[FieldProblem] = []

    def add(name: str, problem: KamError) -> None:
        found.append(field_problem(name, problem))

    found.extend(_text_problems(draft))
    found.extend(_kind_problems(draft))
    already = {p.field for p in found}
    if not draft.name and "name" not in already:
        add("name", Required())
    for name, limit in _MAX_LENGTH.items():
        value = getattr(draft, name)
        if name not in already and isinstance(value, str) and len(value) > limit:
            add(name, TooLong(limit=limit))
    already = {p.field for p in found}
    if draft.email and "email" not in already and not contact_formats.is_email(draft.email):
        add("email", BadEmail(value=draft.email))
    if draft.phone and "phone" not in already and not contact_formats.is_phone(draft.phone):
        add("phone", BadPhone(value=draft.phone))
    mobile = draft.mobile
    if mobile and "mobile" not in already and not contact_formats.is_mobile_field(mobile):
        add("mobile", BadMobile(value=draft.mobile))
    for name, enum in (
        ("decision_level", DecisionLevel),
        ("attitude", Attitude),
        ("influence", Influence),
    ):
        problem = choice_problem(getattr(draft, name), enum, required=name == "attitude")
        if problem is not None:
            add(name, problem)
    roles = draft.buying_roles
    if "buying_roles" not in already and any(not isinstance(r, BuyingRole) for r in roles):
        add("buying_roles", UnknownChoice())
    level = draft.relationship_level
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= MAX_LEVEL:
        add("relationship_level", OutOfRange(low=0, high=MAX_LEVEL))
    birthday = draft.birthday
    if "birthday" not in already and birthday is not None and birthday > (today or date.today()):
        add("birthday", FutureDate(value=birthday.isoformat()))
    # An opponent plan with attitude >= 0 is allowed: the rep may plan for a turn for the worse.
    return found


def validated(draft: ContactDraft, *, today: date | None = None) -> ContactDraft:
    """The normalised draft, or ``InvalidInput`` naming every bad field."""
    clean = normalise(draft)
    found = problems(clean, today)
    if found:
        raise InvalidInput(found)
    return clean


__all__ = [
    "INFLUENCE_NOTE_LENGTH",
    "MAX_LEVEL",
    "BadMobile",
    "ContactChangedElsewhere",
    "ContactDraft",
    "ContactField",
    "FutureDate",
    "InfluenceExists",
    "InfluenceOtherAccount",
    "InfluenceSelf",
    "OutOfRange",
    "ReportsToCycle",
    "ReportsToMissing",
    "ReportsToOtherAccount",
    "ReportsToSelf",
    "field_problem",
    "normalise",
    "problems",
    "validated",
]
