"""One contact as one vCard and back: the property mapping, with no file or book in sight.

Export writes vCard 3.0 (RFC 2426), without the control characters an older book may hold;
import also reads what phones write: vCard 2.1 with ``CHARSET``/``QUOTED-PRINTABLE``, iPhone's
``type=`` lists, vCard 4.0 ``tel:`` URIs, cards named only by N or ORG. What KAM
keeps beyond a phone book travels as ``X-KAM-*`` properties; ``UID`` and ``X-KAM-REPORTS-TO``
carry the reporting lines between the cards of one file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import vobject
from vobject.base import Component, ContentLine

from kam_desktop import __version__
from kam_desktop.domain.contacts import contact_formats
from kam_desktop.domain.contacts.contact_fields import ContactDraft, field_problem
from kam_desktop.domain.errors import BadChoice, FieldProblem, KamError
from kam_desktop.domain.field_values import printable
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

PRODID = f"-//KAM Desktop//KAM Desktop {__version__}//ZH"

#: The vCard property each contact field travels in (named in import errors).
PROPERTY = {
    "name": "FN", "title": "TITLE", "department": "ORG", "phone": "TEL;TYPE=WORK",
    "mobile": "TEL;TYPE=CELL", "email": "EMAIL", "birthday": "BDAY", "notes": "NOTE",
    "reports_to_id": "X-KAM-REPORTS-TO", "decision_level": "X-KAM-DECISION-LEVEL",
    "buying_roles": "X-KAM-ROLES", "is_key_decision_maker": "X-KAM-KDM", "is_coach": "X-KAM-COACH",
    "attitude": "X-KAM-ATTITUDE", "influence": "X-KAM-INFLUENCE",
    "relationship_level": "X-KAM-RELATIONSHIP-LEVEL", "wechat": "X-KAM-WECHAT",
    "personal_wins": "X-KAM-PERSONAL-WINS", "concerns": "X-KAM-CONCERNS",
    "interests": "X-KAM-INTERESTS", "opponent_plan": "X-KAM-OPPONENT-PLAN",
}  # fmt: skip
_TEXT_X = ("wechat", "personal_wins", "concerns", "interests", "opponent_plan")
_FLAGS = ("is_key_decision_maker", "is_coach")
_TRUE, _FALSE = {"true", "1", "yes", "y", "是"}, {"false", "0", "no", "n", "否"}

# 复姓: a two-character surname; every other Chinese name starts with a one-character one.
# Left out on purpose: 宗政 and 钟离, whose first character is a common surname of its own
# and whose second is a common first character of a given name (宗政伟 is usually 宗 + 政伟).
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "东方", "慕容", "令狐", "皇甫", "尉迟", "公孙", "长孙",
        "宇文", "司徒", "夏侯", "端木", "独孤", "南宫", "司空", "轩辕", "澹台", "呼延", "赫连",
        "濮阳", "申屠", "万俟", "闻人", "拓跋",
    }
)  # fmt: skip
_HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff·]+$")
# Apple writes a birthday without a year as year 1604; a date column needs some year.
_NO_YEAR = 1604


class BadDate(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is not a date (YYYY-MM-DD).")


@dataclass(frozen=True)
class CardContact:
    """A card read into a contact: the draft (not yet validated) and the card's own ids."""

    draft: ContactDraft
    uid: str | None  # the card's UID, which other cards' X-KAM-REPORTS-TO may name
    manager_uid: str | None
    problems: tuple[FieldProblem, ...]  # found while reading (dates, flags); more on validation


def split_name(name: str) -> tuple[str, str]:
    """(family, given): Chinese names put the surname first, Western names last."""
    name = name.strip()
    if _HAN.match(name) and len(name) > 1:
        cut = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[:cut], name[cut:]
    words = name.split()
    if len(words) > 1:
        return words[-1], " ".join(words[:-1])
    return name, ""


# --- writing ----------------------------------------------------------------------------------

_MULTILINE = frozenset({"NOTE", *(PROPERTY[name] for name in _TEXT_X if name != "wechat")})


def _clean(value: object, *, multiline: bool = False) -> object:
    """Text without control characters (newlines kept where a value may run over lines)."""
    if isinstance(value, str):
        return printable(value, multiline=multiline)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, vobject.vcard.Name):
        return vobject.vcard.Name(family=_clean(value.family), given=_clean(value.given))
    return value


def to_card(contact_id: str, draft: ContactDraft, account_name: str) -> Component:
    """A vCard 3.0 of one contact; ``contact_id`` is its UID."""
    card = vobject.vCard()

    def add(prop: str, value: object, kind: str | None = None) -> None:
        line = card.add(prop.lower())
        line.value = _clean(value, multiline=prop in _MULTILINE)
        if kind:
            line.type_param = kind

    add("PRODID", PRODID)
    add("UID", contact_id)
    add("FN", draft.name)
    family, given = split_name(_clean(draft.name))
    add("N", vobject.vcard.Name(family=family, given=given))
    add("ORG", [account_name, draft.department] if draft.department else [account_name])
    for prop, value, kind in (
        ("TITLE", draft.title, None),
        ("TEL", draft.mobile, "CELL"),
        ("TEL", draft.phone, "WORK"),
        ("EMAIL", draft.email, "INTERNET"),
        ("BDAY", draft.birthday and draft.birthday.isoformat(), None),
        ("NOTE", draft.notes, None),
        (PROPERTY["reports_to_id"], draft.reports_to_id, None),
        (PROPERTY["decision_level"], draft.decision_level and draft.decision_level.code, None),
        (PROPERTY["buying_roles"], ",".join(str(r.code) for r in draft.buying_roles), None),
        (PROPERTY["attitude"], str(draft.attitude.code), None),
        (PROPERTY["influence"], draft.influence and draft.influence.code, None),
        (PROPERTY["relationship_level"], str(draft.relationship_level), None),
        *((PROPERTY[flag], "TRUE" if getattr(draft, flag) else None, None) for flag in _FLAGS),
        *((PROPERTY[name], getattr(draft, name), None) for name in _TEXT_X),
    ):
        if value:
            add(prop, value, kind)
    return card


# --- reading ----------------------------------------------------------------------------------


def _lines(card: Component, prop: str) -> list[ContentLine]:
    return card.contents.get(prop.lower(), [])


def _text(card: Component, prop: str) -> str | None:
    """The first non-empty value; Windows line ends (Android QP's ``=0D=0A``) become newlines."""
    for line in _lines(card, prop):
        if isinstance(line.value, str) and line.value.strip():
            return line.value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return None


def _types(line: ContentLine) -> set[str]:
    """TYPE=A,B / type=A;type=B / vCard 2.1's bare ;A;B, upper-cased."""
    raw = [*line.params.get("TYPE", ()), *line.singletonparams]
    return {t.strip().strip('"').upper() for value in raw for t in value.split(",")}


def _number(value: str) -> str:
    """A number as a rep would type it: a ``tel:`` URI's number with its ``ext.``, a Chinese
    landline's 0 back."""
    number = re.sub(r"^\s*tel:", "", value, flags=re.IGNORECASE).strip()
    if ";" in number:  # tel:+1-418-656-9254;ext=102;phone-context=... (RFC 3966)
        number, *params = number.split(";")
        ext = [p.split("=", 1)[1] for p in params if p.lower().startswith("ext=")]
        number = f"{number} ext. {ext[0]}" if ext and ext[0] else number
    landline = re.match(r"^\+?86[ -]?\(?0?([2-9]\d.*)$", number)
    return f"0{landline.group(1)}" if landline else number


def _phones(card: Component) -> tuple[str | None, str | None]:
    """(mobile, phone): the preferred cell number and the preferred other voice number."""
    cells: list[tuple[tuple[bool, bool], str]] = []
    others: list[tuple[tuple[bool, bool], str]] = []
    for line in _lines(card, "TEL"):
        if not isinstance(line.value, str) or not line.value.strip():
            continue
        kinds = _types(line)
        if kinds & {"FAX", "PAGER"}:
            continue
        number = _number(line.value)
        is_cell = bool(kinds & {"CELL", "MOBILE", "IPHONE"}) or (
            not kinds & {"WORK", "HOME"} and contact_formats.is_mobile(number)
        )
        rank = ("PREF" not in kinds, "WORK" not in kinds)  # min() keeps the first of equals
        (cells if is_cell else others).append((rank, number))
    mobile = min(cells, key=lambda c: c[0])[1] if cells else None
    phone = min(others, key=lambda c: c[0])[1] if others else None
    return mobile, phone


def _email(card: Component) -> str | None:
    found = [
        ("PREF" not in _types(line), line.value.strip())
        for line in _lines(card, "EMAIL")
        if isinstance(line.value, str) and line.value.strip()
    ]
    return min(found, key=lambda f: f[0])[1] if found else None


def _wechat(card: Component) -> str | None:
    direct = _text(card, PROPERTY["wechat"]) or _text(card, "X-WECHAT")
    if direct:
        return direct
    for line in _lines(card, "IMPP"):  # iPhone: IMPP;X-SERVICE-TYPE=WeChat:x-apple:wxid_...
        service = {s.casefold() for s in line.params.get("X-SERVICE-TYPE", ())}
        if service & {"wechat", "weixin", "微信"}:
            return re.sub(r"^(?:x-apple|weixin|wechat):", "", line.value.strip(), flags=re.I)
    return None


def _birthday(value: str) -> date:
    text = value.strip()
    short = re.match(r"^--(\d{2})-?(\d{2})$", text)  # vCard 4.0: month and day only
    if short:
        return date(_NO_YEAR, int(short.group(1)), int(short.group(2)))
    digits = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$", text)
    if not digits:
        raise ValueError(text)
    return date(*(int(g) for g in digits.groups()))


def _part(value: object) -> str:
    """One component of a structured value (N, ORG), which vobject gives as text or list."""
    if isinstance(value, list | tuple):
        value = " ".join(str(v) for v in value)
    return str(value or "").strip()


def card_name(card: Component) -> str | None:
    """FN; without it (vCard 2.1 makes it optional; some programs leave it out anyway) the name
    from N, family name first for a Chinese name; else the organisation's name (ORG)."""
    name = _text(card, "FN")
    if name:
        return name
    for line in _lines(card, "N"):
        value = line.value
        family, given = _part(getattr(value, "family", value)), _part(getattr(value, "given", ""))
        chinese = bool(_HAN.match(family + given))
        joined = (family + given if chinese else f"{given} {family}").strip()
        if joined:
            return joined
    for line in _lines(card, "ORG"):
        units = line.value if isinstance(line.value, list) else [line.value]
        if units and _part(units[0]):
            return _part(units[0])
    return None


def from_card(card: Component) -> CardContact:
    """Read a card; what cannot be read at all is listed, the rest is left to ``validated``."""
    problems: list[FieldProblem] = []
    values: dict[str, object] = {"name": card_name(card) or ""}
    for name in ("title", "notes", *_TEXT_X, "decision_level", "influence", "attitude"):
        values[name] = _text(card, PROPERTY[name])
    values["wechat"] = _wechat(card)
    values["mobile"], values["phone"] = _phones(card)
    values["email"] = _email(card)
    for line in _lines(card, "ORG"):
        units = [str(u).strip() for u in line.value[1:]] if isinstance(line.value, list) else []
        values["department"] = " / ".join(u for u in units if u) or None
        break
    roles = _text(card, PROPERTY["buying_roles"])
    values["buying_roles"] = tuple(r for r in re.split(r"[,，;、\s]+", roles or "") if r)
    level = _text(card, PROPERTY["relationship_level"])
    values["relationship_level"] = int(level) if level and level.lstrip("-").isdigit() else level
    for flag in _FLAGS:
        raw = (_text(card, PROPERTY[flag]) or "false").casefold()
        values[flag] = raw in _TRUE
        if raw not in _TRUE | _FALSE:
            problems.append(field_problem(flag, BadChoice(value=raw)))
    bday = _text(card, "BDAY")
    if bday:
        try:
            values["birthday"] = _birthday(bday)
        except ValueError:
            problems.append(field_problem("birthday", BadDate(value=bday)))
    given = {k: v for k, v in values.items() if v is not None}
    draft = replace(ContactDraft(), **given)  # type: ignore[arg-type]
    manager = _text(card, PROPERTY["reports_to_id"])
    return CardContact(draft, _text(card, "UID"), manager, tuple(problems))


__all__ = [
    "COMPOUND_SURNAMES",
    "PROPERTY",
    "BadDate",
    "CardContact",
    "card_name",
    "from_card",
    "split_name",
    "to_card",
]
