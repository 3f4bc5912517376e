"""Phone, e-mail and web-address formats as reps type them in China."""

from __future__ import annotations

import re

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
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_WEBSITE = re.compile(
    r"^(?:https?://)?(?:[A-Za-z0-9\-\u4e00-\u9fff]+\.)+[A-Za-z\u4e00-\u9fff]{2,}(?::\d+)?(?:/\S*)?$"
)


def is_mobile(text: str) -> bool:
    return bool(_MOBILE.match(text.strip()))


def is_phone(text: str) -> bool:
    """A mobile, landline with area code, or 400/800 service number."""
    value = text.strip()
    return bool(_MOBILE.match(value) or _LANDLINE.match(value) or _SERVICE.match(value))


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_website(text: str) -> bool:
    return bool(_WEBSITE.match(text.strip()))
