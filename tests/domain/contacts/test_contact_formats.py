"""Phone, e-mail and web-address formats as reps type them."""

from __future__ import annotations

import pytest

from kam_desktop.domain.contacts.contact_formats import is_email, is_mobile, is_phone, is_website


@pytest.mark.parametrize(
    "text",
    ["13812345678", "138 1234 5678", "138-1234-5678", "+86 13812345678", "8613812345678",
     " 19912345678 "],
)  # fmt: skip
def test_mobiles(text: str) -> None:
    assert is_mobile(text)
    assert is_phone(text)


@pytest.mark.parametrize(
    "text",
    ["0571-88886666", "010-12345678", "(0571) 8888 6666", "0755 2345 6789",
     "010-12345678 转 123", "021-61234567 ext. 8", "+86 0571-88886666", "400-820-8820",
     "800 810 8888"],
)  # fmt: skip
def test_landlines_and_service_numbers(text: str) -> None:
    assert is_phone(text)
    assert not is_mobile(text)


@pytest.mark.parametrize(
    "text",
    ["12345678901", "1381234567", "138123456789", "0571-8888", "88886666", "phone",
     "138-1234-567a", ""],
)  # fmt: skip
def test_not_phones(text: str) -> None:
    assert not is_phone(text)


@pytest.mark.parametrize("text", ["name@example.com", "li.wei+kam@mail.163.com", "a_b@x.com.cn"])
def test_emails(text: str) -> None:
    assert is_email(text)


@pytest.mark.parametrize("text", ["a@b", "name@", "@example.com", "name example.com", "张三@例子"])
def test_not_emails(text: str) -> None:
    assert not is_email(text)


@pytest.mark.parametrize(
    "text",
    ["www.example.com", "example.com.cn", "https://www.example.com/about?x=1",
     "http://shop.example.cn:8080", "https://例子.中国/path"],
)  # fmt: skip
def test_websites(text: str) -> None:
    assert is_website(text)


@pytest.mark.parametrize("text", ["example", "http://", "www .example.com", "ftp://example.com"])
def test_not_websites(text: str) -> None:
    assert not is_website(text)
