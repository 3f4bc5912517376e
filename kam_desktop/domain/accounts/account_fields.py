"""Account fields: their labels, who owns them (HQ or field), and their validation."""

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
    ANNUAL_REVENUE = ("annual_revenue", "Annual revenue (10k CNY)", "年营业额(万元)")
    EMPLOYEES = ("employees", "Employees", "员工人数")
    PHONE = ("phone", "Phone", "电话")
    WEBSITE = ("website", "Website", "网址")
    TAGS = ("tags", "Tags", "标签")
    NOTES = ("notes", "Notes", "备注")
    HQ_SALES = ("hq_sales", "HQ annual sales (10k CNY)", "年销售额(万元)")
    VALUE_TIER = ("value_tier", "Value tier", "价值层级")
    VALUE_SCORE = ("value_score", "Value score", "价值得分")
    LAST_VISIT = ("last_visit_on", "Last visit", "最近拜访")
    LAST_ORDER = ("last_order_on", "Last order", "最近下单")


#: Fields headquarters owns: an HQ list import writes these and nothing else (DOMAIN §9).
HQ_OWNED = frozenset({"code", "name", "credit_code", "hq_grade", "size_class", "hq_sales"})

_MAX_LENGTH = {
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
    value = value.strip()
    return value or None


def normalise(draft: AccountDraft) -> AccountDraft:
    """Trim text, drop empty strings to ``None``, upper-case the credit code."""
    changes: dict[str, object] = {}
    for f in fields(draft):
        value = getattr(draft, f.name)
        if isinstance(value, str):
            changes[f.name] = _clean(value)
    cleaned = replace(draft, **changes)
    if cleaned.credit_code:
        cleaned = replace(cleaned, credit_code=credit_code.normalise(cleaned.credit_code))
    tags = tuple(dict.fromkeys(t.strip() for t in cleaned.tags if t and t.strip()))
    return replace(cleaned, name=cleaned.name or "", tags=tags)


def _label(name: str) -> Text:
    member = AccountField(name)
    return Text("AccountField", member.en)


def problems(draft: AccountDraft) -> list[FieldProblem]:
    """Everything wrong with a normalised draft, one entry per field."""
    found: list[FieldProblem] = []

    def add(name: str, problem: KamError) -> None:
        found.append(FieldProblem(name, _label(name), problem))

    if not draft.name:
        add("name", Required())
    for name, limit in _MAX_LENGTH.items():
        value = getattr(draft, name)
        if name == "tags":
            value = ",".join(draft.tags)
        if isinstance(value, str) and len(value) > limit:
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
    for name in ("annual_revenue", "employees", "hq_sales"):
        value = getattr(draft, name)
        if value is not None and value < 0:
            add(name, NegativeNumber())
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
