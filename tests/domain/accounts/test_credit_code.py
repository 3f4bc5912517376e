"""统一社会信用代码 check digit (GB 32100-2015)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.accounts import credit_code
from kam_desktop.domain.accounts.credit_code import ALPHABET, check_character, is_valid, problem
from kam_desktop.domain.errors import BadCreditCodeChar, BadCreditCodeCheck, BadCreditCodeLength

first17 = st.text(alphabet=ALPHABET, min_size=17, max_size=17)


@st.composite
def valid_codes(draw: st.DrawFn) -> str:
    head = draw(first17)
    return head + check_character(head)


@given(valid_codes())
def test_every_generated_code_passes(code: str) -> None:
    assert is_valid(code)
    assert problem(code) is None


@given(valid_codes(), st.integers(min_value=0, max_value=17), st.data())
def test_every_single_character_change_fails(code: str, position: int, data: st.DataObject) -> None:
    replacement = data.draw(st.sampled_from([c for c in ALPHABET if c != code[position]]))
    changed = code[:position] + replacement + code[position + 1 :]
    assert not is_valid(changed)
    assert isinstance(problem(changed), BadCreditCodeCheck)


@given(valid_codes(), st.integers(min_value=0, max_value=17), st.sampled_from("IOZSV"))
def test_a_letter_outside_the_alphabet_is_named(code: str, position: int, letter: str) -> None:
    changed = code[:position] + letter + code[position + 1 :]
    issue = problem(changed)
    assert isinstance(issue, BadCreditCodeChar)
    assert issue.params == {"position": position + 1, "char": letter}


@given(valid_codes(), st.text(alphabet=" \t", max_size=3), st.text(alphabet=" \t", max_size=3))
def test_lower_case_and_surrounding_spaces_are_accepted(code: str, before: str, after: str) -> None:
    typed = before + code.lower() + after
    assert is_valid(typed)
    assert credit_code.normalise(typed) == code


@pytest.mark.parametrize("code", ["914403001922038216", "9144030071526726XG"])
def test_real_codes_pass(code: str) -> None:
    assert is_valid(code)


def test_a_wrong_check_character_says_which_one_is_expected() -> None:
    issue = problem("9111010866T8EK80AN")
    assert isinstance(issue, BadCreditCodeCheck)
    assert issue.params == {"expected": "F", "actual": "N"}
    assert is_valid("9111010866T8EK80AF")


@pytest.mark.parametrize("text", ["", "91440300192203821", "9144030019220382161"])
def test_wrong_length_is_reported_with_the_count(text: str) -> None:
    issue = problem(text)
    assert isinstance(issue, BadCreditCodeLength)
    assert issue.params == {"count": len(text)}
