"""A small book with a week of planned visits, shared by the visit-plan service and PDF tests.

Monday 2026-12-21: 恒远 (gold, four contacts, value records, four done visits, an open next
step and complaint, two SPIN questions, materials), 10:00 with 李娜 and 张伟. Tuesday: 华拓
(no contacts, no value records, never visited) at 09:00, and an account with a very long name
and very long notes at 14:00. Wednesday: 李婷's visit (another rep).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, ValueRecord
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import (
    Attitude,
    BuyingRole,
    ComplaintCategory,
    DecisionLevel,
    SpinStage,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.visits.visit_fields import (
    ComplaintDraft,
    MaterialItem,
    NextStepDraft,
    VisitDraft,
)
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.contacts.contacts import create_contact
from kam_desktop.services.spin.spin_bank import questions, seed_question_bank
from kam_desktop.services.visits.visits import log_unplanned, plan_visit

TODAY = date(2026, 12, 18)
MONDAY = date(2026, 12, 21)
SUNDAY = date(2026, 12, 27)
LONG_NAME = "浙江省杭州市余杭区未来科技城超长名称测试用精密机械制造与进出口贸易集团股份有限公司" * 2
LATE = "到货晚了三天"
LONG_NOTE = "这是一段非常长的拜访目标说明，用来检查长文本在PDF里是否正确换行而不溢出页面。" * 12


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """``hour:minute`` on ``day`` in the rep's local time, aware."""
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


@dataclass(frozen=True)
class PlanBook:
    hengyuan: str
    huatuo: str
    long_named: str
    other_rep: str
    contacts: dict[str, str]  # name -> id
    question_texts: tuple[str, ...]  # the 恒远 visit's questions (zh)
    visits: dict[str, str]  # key -> visit id


def _account(book: Book, name: str, owner: str, **values: object) -> str:
    account_id = create_account(book, AccountDraft(name=name, owner=owner)).id
    with book.sessions.begin() as s:
        for key, value in values.items():
            setattr(s.get(Account, account_id), key, value)
    return account_id


def _contact(book: Book, account_id: str, name: str, **values: object) -> str:
    return create_contact(book, account_id, ContactDraft(name=name, **values), today=TODAY).id  # type: ignore[arg-type]


def make_plan_book(book: Book) -> PlanBook:
    seed_question_bank(book)
    hengyuan = _account(
        book, "杭州恒远机械有限公司", "王磊", code="A001", city="杭州市", district="余杭区",
        address="文一西路1号", value_tier=ValueTier.GOLD, value_score=72.0,
    )  # fmt: skip
    huatuo = _account(book, "苏州华拓电子有限公司", "王磊", code="B002", city="苏州市")
    long_named = _account(book, LONG_NAME, "王磊", code="C003", city="杭州市", district="西湖区")
    other_rep = _account(book, "宁波海纳物流有限公司", "李婷", code="D004", city="宁波市")
    contacts = {
        "张伟": _contact(book, hengyuan, "张伟", title="总经理", is_key_decision_maker=True,
                         decision_level=DecisionLevel.DECISION, attitude=Attitude.SUPPORTIVE,
                         relationship_level=3, buying_roles=(BuyingRole.DECIDER,)),
        "李娜": _contact(book, hengyuan, "李娜", title="设备部经理", is_coach=True,
                         decision_level=DecisionLevel.INFLUENCE, relationship_level=4),
        "王芳": _contact(book, hengyuan, "王芳", title="采购主管",
                         decision_level=DecisionLevel.EXECUTION, attitude=Attitude.OPPOSED),
        "赵强": _contact(book, hengyuan, "赵强", title="仓库管理员"),
    }  # fmt: skip
    with book.sessions.begin() as s:
        for k, month in enumerate(("2026-06", "2026-07", "2026-08", "2026-10", "2026-11")):
            s.add(ValueRecord(account_id=hengyuan, month=month, sales=20.0 + k, gross_margin=4.0))
    for k, outcome in enumerate(("第一次见面", "演示了方案", "谈了价格", "确认了样品")):
        day = date(2026, 11, 2) + timedelta(days=7 * k)
        log_unplanned(
            book, hengyuan,
            VisitDraft(at(day, 10), purpose=VisitPurpose.NEEDS_RESEARCH, outcome=outcome,
                       satisfaction=4, attendee_ids=(contacts["张伟"],)),
            today=TODAY,
        )  # fmt: skip
    bank = questions(book)
    chosen = (
        next(q for q in bank if q.stage is SpinStage.SITUATION),
        next(q for q in bank if q.stage is SpinStage.PROBLEM),
    )
    visits = {
        "hengyuan": plan_visit(
            book, hengyuan,
            VisitDraft(
                at(MONDAY, 10), at(MONDAY, 11), purpose=VisitPurpose.SOLUTION_DEMO,
                objectives="演示节能改造方案", expected_result="拿到试用意向",
                materials=(MaterialItem("样品"), MaterialItem("报价单", True)),
                attendee_ids=(contacts["李娜"], contacts["张伟"]),
                question_ids=tuple(q.id for q in chosen),
                next_steps=(NextStepDraft("寄送检测报告", date(2026, 12, 10)),),
                complaints=(ComplaintDraft(ComplaintCategory.DELIVERY, description=LATE),),
            ),
            today=TODAY,
        ).id,
        "huatuo": plan_visit(
            book, huatuo, VisitDraft(at(MONDAY + timedelta(days=1), 9)), today=TODAY
        ).id,
        "long": plan_visit(
            book, long_named,
            VisitDraft(at(MONDAY + timedelta(days=1), 14), objectives=LONG_NOTE,
                       expected_result=LONG_NOTE, travel_notes=LONG_NOTE),
            today=TODAY,
        ).id,
        "other": plan_visit(
            book, other_rep, VisitDraft(at(MONDAY + timedelta(days=2), 9)), today=TODAY
        ).id,
    }  # fmt: skip
    return PlanBook(
        hengyuan, huatuo, long_named, other_rep, contacts,
        tuple(q.text("zh_CN") for q in chosen), visits,
    )  # fmt: skip
