"""Phone, e-mail and web-address formats as reps type them in China.

Chinese mobiles, landlines and service numbers are checked by their own patterns (as reps write
them: 0571-88886666 转 123, 138 1234 5678). Any other number is kept as written and checked by
``phonenumbers`` (Google's libphonenumber data, China as the default region), so a foreign
contact's ``+1-418-656-9254 ext. 102`` is a phone number too.
"""

from __future__ import annotations

import re

import phonenumbers

# Mobile: 11 digits starting 13-19, optionally +86 / 86 and spaces or dashes between groups.
_MOBILE = re.compile(r"^(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}$")
# Landline: area code 0xx / 0xxx, 7-8 digit number, optional extension; also (0571) 8888 6666.
_LANDLINE = re.compile(
    r"^(?:\+?86[ -]?)?(?:\(0\d{2,3}\)|0\d{2,3})[ -]?\d{3,4}[ -]?\d{4}"
    r"(?:[ -]?(?:转|ext\.?|x|-)\s?\d{1,6})?$",
    re.IGNORECASE,
)
# Service numbers 400-xxx-xxxx / 800-xxx-xxxx.
_SERVICE = re.compile(r"^[48]00[ -]?\d{3}[ -]?\d{4}$")
_CHINA = 86
_LONGEST_NUMBER = 80  # libphonenumber refuses longer input anyway; keep the parse cheap
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_WEBSITE = re.compile(
    r"^(?:https?://)?(?:[A-Za-z0-9\-\u4e00-\u9fff]+\.)+[A-Za-z\u4e00-\u9fff]{2,}(?::\d+)?(?:/\S*)?$"
)


def is_mobile(text: str) -> bool:
    return bool(_MOBILE.match(text.strip()))


def is_chinese_phone(text: str) -> bool:
    """A Chinese mobile, landline with area code, or 400/800 service number."""
    value = text.strip()
    return bool(_MOBILE.match(value) or _LANDLINE.match(value) or _SERVICE.match(value))


def is_foreign_phone(text: str) -> bool:
    """A valid number outside China, with its country code (``+1 418 656 9254``, an ``ext.``
    or a ``tel:`` URI allowed); libphonenumber's data says what is valid."""
    value = text.strip()
    if not value or len(value) > _LONGEST_NUMBER:
        return False
    try:
        number = phonenumbers.parse(value, "CN")
    except phonenumbers.NumberParseException:
        return False
    return number.country_code != _CHINA and phonenumbers.is_valid_number(number)


def is_phone(text: str) -> bool:
    """A Chinese mobile, landline or service number, or a valid foreign number."""
    return is_chinese_phone(text) or is_foreign_phone(text)


def is_mobile_field(text: str) -> bool:
    """What a contact's mobile field takes: a Chinese mobile, or any valid foreign number
    (abroad a mobile cannot always be told from a landline by its digits)."""
    return is_mobile(text) or is_foreign_phone(text)


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_website(text: str) -> bool:
    return bool(_WEBSITE.match(text.strip()))
