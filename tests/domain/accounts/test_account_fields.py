"""Account validation: what is wrong, in words the rep reads, in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kam_desktop.domain.accounts.account_fields import AccountDraft, normalise, problems, validated
from kam_desktop.domain.errors import (
    BadCreditCodeCheck,
    BadPhone,
    BadWebsite,
    InvalidInput,
    NegativeNumber,
    Required,
    TooLong,
)
from kam_desktop.domain.i18n import set_translator

GOOD = AccountDraft(
    name=" 深圳市恒远精密制造有限公司 ",
    code="000123",
    credit_code=" 914403001922038216 ",
    phone="0755-26781234",
    website="www.hengyuan.com.cn",
    annual_revenue=52000.0,
    employees=1200,
    tags=("重点", " 重点 ", "", "华南"),
)

ZH = {
    ("AccountField", "Customer name"): "客户名称",
    ("AccountField", "Credit code"): "统一社会信用代码",
    ("AccountField", "Phone"): "电话",
    ("errors", "{field}: {problem}"): "{field}:{problem}",
    ("errors", "is required."): "不能为空。",
    ("errors", "Not saved. Please correct: {details}"): "未保存。请更正:{details}",
    (
        "errors",
        "the check character should be {expected}, not {actual}; please check the code "
        "against the business licence.",
    ): "校验位应为 {expected},而不是 {actual};请对照营业执照核对。",
}


@pytest.fixture
def chinese() -> Iterator[None]:
    set_translator(lambda context, text: ZH.get((context, text), text), "zh_CN")
    yield
    set_translator(None)


def fields_of(draft: AccountDraft) -> dict[str, type]:
    return {p.field: type(p.problem) for p in problems(normalise(draft))}


def test_a_good_draft_is_normalised_and_passes() -> None:
    clean = validated(GOOD)
    assert clean.name == "深圳市恒远精密制造有限公司"
    assert clean.code == "000123"  # leading zeros kept
    assert clean.credit_code == "914403001922038216"
    assert clean.tags == ("重点", "华南")


def test_lower_case_credit_code_is_stored_upper_case() -> None:
    assert validated(AccountDraft(name="x", credit_code="9144030071526726xg")).credit_code == (
        "9144030071526726XG"
    )


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_name_is_required(name: str) -> None:
    assert fields_of(AccountDraft(name=name)) == {"name": Required}


def test_each_bad_field_is_named_once() -> None:
    draft = AccountDraft(
        name="",
        credit_code="9111010866T8EK80AN",
        phone="12345",
        website="not a site",
        annual_revenue=-1.0,
        employees=-5,
        hq_sales=-0.5,
        short_name="简" * 61,
    )
    assert fields_of(draft) == {
        "name": Required,
        "credit_code": BadCreditCodeCheck,
        "phone": BadPhone,
        "website": BadWebsite,
        "annual_revenue": NegativeNumber,
        "employees": NegativeNumber,
        "hq_sales": NegativeNumber,
        "short_name": TooLong,
    }


def test_zero_is_not_negative() -> None:
    assert fields_of(AccountDraft(name="x", annual_revenue=0.0, employees=0, hq_sales=0.0)) == {}


def test_too_long_wins_over_format() -> None:
    found = fields_of(AccountDraft(name="x", phone="1" * 41))
    assert found == {"phone": TooLong}


def test_invalid_input_lists_every_field_and_nothing_is_returned() -> None:
    with pytest.raises(InvalidInput) as caught:
        validated(AccountDraft(name=" ", phone="12345"))
    assert caught.value.fields() == ["name", "phone"]


def test_messages_in_english() -> None:
    with pytest.raises(InvalidInput) as caught:
        validated(AccountDraft(name="", credit_code="9111010866T8EK80AN"))
    message = caught.value.message()
    assert message.startswith("Not saved. Please correct: Customer name: is required.")
    assert "Credit code: the check character should be F, not N" in message


def test_messages_in_chinese_go_through_the_translator(chinese: None) -> None:
    with pytest.raises(InvalidInput) as caught:
        validated(AccountDraft(name="", credit_code="9111010866T8EK80AN"))
    message = caught.value.message()
    assert message == (
        "未保存。请更正:客户名称:不能为空。; "
        "统一社会信用代码:校验位应为 F,而不是 N;请对照营业执照核对。"
    )


def test_an_untranslated_message_falls_back_to_english(chinese: None) -> None:
    with pytest.raises(InvalidInput) as caught:
        validated(AccountDraft(name="x", phone="99999"))
    assert "is not a phone number" in caught.value.message()
    assert "99999" not in caught.value.message()
