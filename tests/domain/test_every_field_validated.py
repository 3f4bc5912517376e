"""Every field of every draft is checked before the book sees it (issue 15): control characters,
lone surrogates, numbers that are not finite or out of range, unknown enumeration codes, dates
that are not dates and lists that are not lists are each a ``FieldProblem`` naming the field,
with no value in the message; any text is valid or such a problem, never another exception."""

from __future__ import annotations

import math
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.accounts.account_fields import validated as valid_account
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.contacts.contact_fields import validated as valid_contact
from kam_desktop.domain.enums import Grade, SpinStage
from kam_desktop.domain.errors import InvalidInput, KamError, Required
from kam_desktop.domain.field_values import (
    ControlCharacter,
    NotADate,
    NotAList,
    NotAText,
    NotAWholeNumber,
    NotFinite,
    NotText,
    NumberOutOfRange,
    UnknownChoice,
    printable,
    text_problem,
)
from kam_desktop.domain.spin.spin_fields import (
    QuestionDraft,
    SpinNoteDraft,
    validated_note,
    validated_question,
)
from kam_desktop.domain.visits.visit_fields import (
    ComplaintDraft,
    MaterialItem,
    NextStepDraft,
    VisitDraft,
)
from kam_desktop.domain.visits.visit_fields import validated as valid_visit

TODAY = date(2026, 11, 25)
START = datetime(2026, 12, 1, 2, tzinfo=UTC)
SECRET = "13987654321"  # a value that must never show in a message


def refused(call: Any, *args: Any, **kwargs: Any) -> dict[str, type]:
    with pytest.raises(InvalidInput) as caught:
        call(*args, **kwargs)
    message = caught.value.message()
    assert SECRET not in message
    assert "\x00" not in message
    return {p.field: type(p.problem) for p in caught.value.problems}


def account(**changes: Any) -> AccountDraft:
    return replace(AccountDraft(name="杭州恒远机械有限公司"), **changes)


def contact(**changes: Any) -> ContactDraft:
    return replace(ContactDraft(name="王建华"), **changes)


def visit(**changes: Any) -> VisitDraft:
    return replace(VisitDraft(planned_start=START), **changes)


# --- the cases of the issue -------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\n", "\u2028"])
def test_control_characters_in_names_are_refused(char: str) -> None:
    name = f"王{char}{SECRET}"
    assert refused(valid_account, account(name=name)) == {"name": ControlCharacter}
    assert refused(valid_contact, contact(name=name), today=TODAY) == {"name": ControlCharacter}
    question = QuestionDraft(SpinStage.SITUATION, text_zh=f"问\x00{SECRET}")
    assert refused(validated_question, question) == {"text_zh": ControlCharacter}


def test_tab_and_newline_pass_only_in_multiline_fields() -> None:
    notes = "第一行\r\n第二行\t缩进\r第三行"
    assert valid_contact(contact(notes=notes), today=TODAY).notes == "第一行\n第二行\t缩进\n第三行"
    assert valid_account(account(notes=notes)).notes == "第一行\n第二行\t缩进\n第三行"
    assert valid_visit(visit(outcome=notes)).outcome == "第一行\n第二行\t缩进\n第三行"
    assert refused(valid_contact, contact(title="a\tb"), today=TODAY) == {"title": ControlCharacter}
    assert refused(valid_visit, visit(location="a\nb")) == {"location": ControlCharacter}
    assert refused(valid_contact, contact(notes="a\x1bb"), today=TODAY) == {
        "notes": ControlCharacter
    }


def test_a_lone_surrogate_is_refused() -> None:
    assert refused(valid_contact, contact(name="王\ud800"), today=TODAY) == {"name": NotText}
    assert refused(valid_account, account(address="路\udfff")) == {"address": NotText}


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_revenue_must_be_finite(value: float) -> None:
    assert refused(valid_account, account(annual_revenue=value, hq_sales=value)) == {
        "annual_revenue": NotFinite,
        "hq_sales": NotFinite,
    }


def test_numbers_within_range_and_of_their_kind() -> None:
    assert refused(valid_account, account(employees=10**30)) == {"employees": NumberOutOfRange}
    assert refused(valid_account, account(annual_revenue=1e300)) == {
        "annual_revenue": NumberOutOfRange
    }
    assert "employees" in refused(valid_account, account(employees="12"))
    assert "employees" in refused(valid_account, account(employees=True))
    assert valid_account(account(employees=0, annual_revenue=12)).annual_revenue == 12
    assert refused(valid_visit, visit(satisfaction=2.5)) == {"satisfaction": NotAWholeNumber}


ENUM_FIELDS = [
    "industry", "size_class", "hq_grade", "source", "status", "lifecycle_stage", "sales_stage",
    "rm_level", "relationship_mode",
]  # fmt: skip


@pytest.mark.parametrize("name", ENUM_FIELDS)
def test_unknown_account_codes_are_refused(name: str) -> None:
    assert refused(valid_account, account(**{name: "no-such-code"})) == {name: UnknownChoice}
    assert refused(valid_account, account(**{name: 7})) == {name: UnknownChoice}


def test_known_codes_and_labels_become_members() -> None:
    assert valid_account(account(hq_grade="B")).hq_grade is Grade.B
    assert valid_account(account(hq_grade="A级")).hq_grade is Grade.A


def test_unknown_codes_elsewhere_are_refused() -> None:
    assert refused(valid_contact, contact(influence="huge"), today=TODAY) == {
        "influence": UnknownChoice
    }
    assert refused(valid_visit, visit(method="teleport", purpose="x")) == {
        "method": UnknownChoice,
        "purpose": UnknownChoice,
    }
    assert refused(validated_note, SpinNoteDraft("Q", "问题"), TODAY) == {"stage": UnknownChoice}
    complaint = ComplaintDraft(category="noise", severity="extreme")  # type: ignore[arg-type]
    assert refused(valid_visit, visit(complaints=(complaint,))) == {
        "complaints.0.category": UnknownChoice,
        "complaints.0.severity": UnknownChoice,
    }


def test_dates_must_be_dates() -> None:
    assert refused(valid_contact, contact(birthday="1975-03-02"), today=TODAY) == {
        "birthday": NotADate
    }
    assert "birthday" in refused(valid_contact, contact(birthday=START), today=TODAY)
    assert "next_visit_on" in refused(valid_visit, visit(next_visit_on="2026-12-24"))
    assert "planned_start" in refused(valid_visit, visit(planned_start="2026-12-01"))
    assert "planned_start" in refused(valid_visit, visit(planned_start=datetime(9999, 12, 31)))
    step = NextStepDraft(text="报价", due_on="明天")  # type: ignore[arg-type]
    assert refused(valid_visit, visit(next_steps=(step,))) == {"next_steps.0.due_on": NotADate}
    assert "noted_on" in refused(
        validated_note, SpinNoteDraft(SpinStage.SITUATION, "问题", noted_on="today"), TODAY
    )


def test_lists_must_be_lists() -> None:
    assert refused(valid_account, account(tags="重点,华东")) == {"tags": NotAList}
    assert valid_account(account(tags=["重点", " 华东 ", "重点"])).tags == ("重点", "华东")
    assert refused(valid_account, account(tags=("ok", "a\x00b"))) == {"tags": ControlCharacter}
    assert refused(valid_contact, contact(buying_roles="decider"), today=TODAY) == {
        "buying_roles": NotAList
    }
    assert refused(valid_visit, visit(attendee_ids="abc")) == {"attendee_ids": NotAList}
    assert refused(valid_visit, visit(materials=("样品",))) == {"materials": NotAList}
    assert refused(valid_visit, visit(materials=(MaterialItem("样\x07品"),))) == {
        "materials.0.item": ControlCharacter
    }


def test_text_fields_must_hold_text() -> None:
    assert refused(valid_contact, contact(email=42), today=TODAY) == {"email": NotAText}
    assert refused(valid_account, account(name=None, code=3)) == {
        "name": Required,
        "code": NotAText,
    }


def test_a_foreign_number_is_a_phone_in_the_forms() -> None:
    foreign = "+1-418-656-9254 ext. 102"
    assert valid_contact(contact(phone=foreign, mobile=foreign), today=TODAY).phone == foreign
    assert valid_account(account(phone=foreign)).phone == foreign
    assert valid_contact(contact(mobile="+44 7911 123456"), today=TODAY).mobile
    assert set(refused(valid_contact, contact(phone="905-555-1234"), today=TODAY)) == {"phone"}
    assert set(refused(valid_contact, contact(mobile="0571-88886666"), today=TODAY)) == {"mobile"}


# --- any value: valid, or a field problem ---------------------------------------------------

ANY = st.one_of(
    st.none(), st.text(), st.integers(), st.floats(), st.booleans(), st.dates(),
    st.datetimes(), st.lists(st.text(max_size=5), max_size=3), st.sampled_from(list(Grade)),
)  # fmt: skip


def _never_crashes(call: Any, *args: Any, **kwargs: Any) -> None:
    try:
        call(*args, **kwargs)
    except InvalidInput as exc:
        problems, message = exc.problems, exc.message()
    else:
        return
    assert problems
    assert all(isinstance(p.problem, KamError) for p in problems)
    assert message.startswith("Not saved.")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([f.name for f in fields(AccountDraft)]), ANY)
def test_any_value_in_any_account_field(name: str, value: object) -> None:
    _never_crashes(valid_account, account(**{name: value}))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([f.name for f in fields(ContactDraft)]), ANY)
def test_any_value_in_any_contact_field(name: str, value: object) -> None:
    _never_crashes(valid_contact, contact(**{name: value}), today=TODAY)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([f.name for f in fields(VisitDraft)]), ANY)
def test_any_value_in_any_visit_field(name: str, value: object) -> None:
    _never_crashes(valid_visit, visit(**{name: value}), TODAY)


@settings(max_examples=200, deadline=None)
@given(ANY, ANY, ANY)
def test_any_value_in_spin_drafts(stage: object, text: object, when: object) -> None:
    _never_crashes(validated_note, SpinNoteDraft(stage, text, answer=text, noted_on=when), TODAY)  # type: ignore[arg-type]
    _never_crashes(validated_question, QuestionDraft(stage, text_zh=text, text_en=text))  # type: ignore[arg-type]


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_in_every_text_field(text: str) -> None:
    for name in ("name", "title", "phone", "mobile", "email", "wechat", "notes"):
        _never_crashes(valid_contact, contact(**{name: text}), today=TODAY)
    for name in ("name", "code", "credit_code", "phone", "website", "address", "notes"):
        _never_crashes(valid_account, account(**{name: text}))
    _never_crashes(valid_visit, visit(objectives=text, location=text), TODAY)


@given(st.text())
def test_printable_text_passes_the_check(text: str) -> None:
    assert text_problem(printable(text), multiline=True) is None
    assert text_problem(printable(text, multiline=False)) is None
