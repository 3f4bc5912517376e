"""Account fields: their labels, who owns them (HQ or field), and their validation.

Validation checks every field before the book sees it, whatever a caller put in the draft:
text without control characters, finite numbers in range, known enumeration codes, tags as a
list of texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from kam_desktop.domain.accounts import credit_code
from kam_desktop.domain.contacts import contact_formats
from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Grade,
    Industry,
    LifecycleStage,
    RelationshipMarketingLevel,
    RelationshipMode,
    SalesStage,
    SizeClass,
)
from kam_desktop.domain.errors import (
    BadEmail,
    BadPhone,
    BadWebsite,
    FieldProblem,
    InvalidInput,
    KamError,
    NegativeNumber,
    Required,
    Text,
    TooLong,
)
from kam_desktop.domain.field_values import (
    MAX_INTEGER,
    NumberOutOfRange,
    as_tuple,
    choice_problem,
    flag_problem,
    list_problem,
    number_problem,
    text_problem,
    tidy_breaks,
)
from kam_desktop.domain.labels import Labeled


class AccountField(Labeled):
    """Account field labels (table headers, form labels, error messages)."""

    CODE = ("code", "Customer code", "客户编码")
    NAME = ("name", "Customer name", "客户名称")
    SHORT_NAME = ("short_name", "Short name", "简称")
    PARENT = ("parent_id", "Parent account", "上级客户")
    CREDIT_CODE = ("credit_code", "Credit code", "统一社会信用代码")
    PROVINCE = ("province", "Province", "省份")
    CITY = ("city", "City", "城市")
    DISTRICT = ("district", "District", "区县")
    ADDRESS = ("address", "Address", "地址")
    INDUSTRY = ("industry", "Industry", "行业")
    SUB_INDUSTRY = ("sub_industry", "Sub-industry", "细分行业")
    SIZE_CLASS = ("size_class", "Company size", "企业规模")
    HQ_GRADE = ("hq_grade", "Grade", "客户等级")
    SOURCE = ("source", "Source", "客户来源")
    REFERRED_BY = ("referred_by_id", "Referred by", "推荐客户")
    STATUS = ("status", "Status", "客户状态")
    LIFECYCLE_STAGE = ("lifecycle_stage", "Lifecycle stage", "生命周期阶段")
    SALES_STAGE = ("sales_stage", "Sales stage", "销售阶段")
    RM_LEVEL = ("rm_level", "Relationship-marketing level", "关系营销层次")
    RELATIONSHIP_MODE = ("relationship_mode", "Relationship mode", "关系营销类型")
    OWNER = ("owner", "Account manager", "客户经理")
    ANNUAL_REVENUE = ("annual_revenue", "Annual revenue (10k CNY)", "年营业额（万元）")
    EMPLOYEES = ("employees", "Employees", "员工人数")
    PHONE = ("phone", "Phone", "电话")
    WEBSITE = ("website", "Website", "网址")
    TAGS = ("tags", "Tags", "标签")
    NOTES = ("notes", "Notes", "备注")
    HQ_SALES = ("hq_sales", "HQ annual sales (10k CNY)", "年销售额（万元）")
    VALUE_TIER = ("value_tier", "Value tier", "价值层级")
    VALUE_SCORE = ("value_score", "Value score", "价值得分")
    LAST_VISIT = ("last_visit_on", "Last visit", "最近拜访")
    LAST_ORDER = ("last_order_on", "Last order", "最近下单")


#: Fields headquarters owns: an HQ list import writes these and nothing else (DOMAIN §9).
HQ_OWNED = frozenset({"code", "name", "credit_code", "hq_grade", "size_class", "hq_sales"})

MAX_LENGTH = {
    "code": 32,
    "name": 200,
    "short_name": 60,
    "credit_code": 18,
    "province": 40,
    "city": 40,
    "district": 40,
    "address": 300,
    "sub_industry": 80,
    "owner": 40,
    "phone": 40,
    "website": 200,
    "tags": 500,
    "notes": 20000,
}


_TEXT_FIELDS = (*MAX_LENGTH, "parent_id", "referred_by_id")
_MULTILINE = frozenset({"notes"})
_CHOICES: dict[str, type[Labeled]] = {
    "industry": Industry,
    "size_class": SizeClass,
    "hq_grade": Grade,
    "source": AccountSource,
    "status": AccountStatus,
    "lifecycle_stage": LifecycleStage,
    "sales_stage": SalesStage,
    "rm_level": RelationshipMarketingLevel,
    "relationship_mode": RelationshipMode,
}
#: Amounts are in 10k CNY: 10^12 of them is far beyond any company, and well inside a float.
MAX_AMOUNT = 1e12
MAX_EMPLOYEES = 100_000_000
_NUMBERS = {
    "annual_revenue": (MAX_AMOUNT, False),
    "hq_sales": (MAX_AMOUNT, False),
    "employees": (min(MAX_EMPLOYEES, MAX_INTEGER), True),
}


@dataclass(frozen=True)
class AccountDraft:
    """What a rep (or an import) wants an account to say: plain, unvalidated data."""

    name: str = ""
    code: str | None = None
    short_name: str | None = None
    parent_id: str | None = None
    credit_code: str | None = None
    province: str | None = None
    city: str | None = None
    district: str | None = None
    address: str | None = None
    industry: Industry | None = None
    sub_industry: str | None = None
    size_class: SizeClass | None = None
    hq_grade: Grade | None = None
    source: AccountSource | None = None
    referred_by_id: str | None = None
    status: AccountStatus = AccountStatus.PROSPECT
    lifecycle_stage: LifecycleStage | None = None
    lifecycle_overridden: bool = False
    sales_stage: SalesStage | None = None
    rm_level: RelationshipMarketingLevel | None = None
    relationship_mode: RelationshipMode | None = None
    owner: str | None = None
    annual_revenue: float | None = None
    employees: int | None = None
    hq_sales: float | None = None
    phone: str | None = None
    website: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)
    notes: str | None = None

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


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


def normalise(draft: AccountDraft) -> AccountDraft:
    """Trim text, drop empty strings to ``None``, codes to enum members, upper-case the credit
    code, tags trimmed and de-duplicated. What is of the wrong kind is left for ``problems``."""
    changes: dict[str, object] = {}
    for f in fields(draft):
        value = getattr(draft, f.name)
        if isinstance(value, str):
            value = changes[f.name] = _clean(value)
        if f.name in _CHOICES:
            changes[f.name] = _choice(_CHOICES[f.name], value)
    cleaned = replace(draft, **changes)
    if isinstance(cleaned.credit_code, str):
        cleaned = replace(cleaned, credit_code=credit_code.normalise(cleaned.credit_code))
    tags = as_tuple(cleaned.tags)
    if isinstance(tags, tuple) and all(isinstance(t, str) for t in tags):
        tags = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
    name = cleaned.name if cleaned.name is not None else ""
    return replace(cleaned, name=name, tags=tags)  # type: ignore[arg-type]


def _label(name: str) -> Text:
    if name == "lifecycle_overridden":  # shown with the stage it pins
        name = "lifecycle_stage"
    member = AccountField(name)
    return Text("AccountField", member.en)


def problems(draft: AccountDraft) -> list[FieldProblem]:
    """Everything wrong with a normalised draft, one entry per field."""
    found: list[FieldProblem] = []

    def add(name: str, problem: KamError) -> None:
        found.append(FieldProblem(name, _label(name), problem))

    for name in _TEXT_FIELDS:
        if name == "tags":
            issue = list_problem(draft.tags) or next(
                (p for p in (text_problem(t) for t in draft.tags) if p), None
            )
        else:
            issue = text_problem(getattr(draft, name), multiline=name in _MULTILINE)
        if issue is not None:
            add(name, issue)
    for name, enum in _CHOICES.items():
        issue = choice_problem(getattr(draft, name), enum, required=name == "status")
        if issue is not None:
            add(name, issue)
    issue = flag_problem(draft.lifecycle_overridden)
    if issue is not None:
        add("lifecycle_overridden", issue)
    already = {p.field for p in found}
    if not draft.name and "name" not in already:
        add("name", Required())
    for name, limit in MAX_LENGTH.items():
        value = getattr(draft, name)
        if name == "tags" and name not in already:
            value = ",".join(draft.tags)
        if name not in already and isinstance(value, str) and len(value) > limit:
            add(name, TooLong(limit=limit))
    already = {p.field for p in found}
    if draft.credit_code and "credit_code" not in already:
        issue = credit_code.problem(draft.credit_code)
        if issue:
            add("credit_code", issue)
    if draft.phone and "phone" not in already and not contact_formats.is_phone(draft.phone):
        add("phone", BadPhone(value=draft.phone))
    if draft.website and "website" not in already and not contact_formats.is_website(draft.website):
        add("website", BadWebsite(value=draft.website))
    for name, (high, whole) in _NUMBERS.items():
        value = getattr(draft, name)
        issue = number_problem(value, 0, high, whole=whole)
        if isinstance(issue, NumberOutOfRange) and value < 0:
            issue = NegativeNumber()
        if issue is not None:
            add(name, issue)
    return found


def validated(draft: AccountDraft) -> AccountDraft:
    """The normalised draft, or ``InvalidInput`` naming every bad field."""
    clean = normalise(draft)
    found = problems(clean)
    if found:
        raise InvalidInput(found)
    return clean


__all__ = [
    "HQ_OWNED",
    "AccountDraft",
    "AccountField",
    "BadEmail",
    "normalise",
    "problems",
    "validated",
]
