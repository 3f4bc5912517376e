"""One vocabulary (issue 16): the glossary's terms hold in the Chinese translation, and Chinese
sentences take Chinese punctuation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "docs" / "GLOSSARY.md"
ZH = ROOT / "resources" / "i18n" / "kam_desktop_zh_CN.ts"

# Terms whose English words name nothing else: a source with them is translated with the Chinese
# term. ("Problem", "visit" or "decision level", as in "at the decision level" = 决策层, also
# mean other things; for them only the "not" words are checked.)
CHECKED_IN_SOURCES = frozenset(
    {
        "account book",
        "contact map",
        "relationship level",
        "key decision maker",
        "value tier",
        "next step",
        "coverage gap",
    }
)
# Sources that use a glossary word for something else: the relationship pyramid's next rung
# ("Next step: 3 → 4") is not a follow-up "next step" (后续行动).
OTHER_MEANINGS = frozenset({"Next step: %1 → %2 · %3"})
CJK = "[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
# ASCII punctuation touching a Chinese character; a mnemonic "(&F)" and a file filter are ASCII
# by syntax and are left out before the search.
HALF_WIDTH = re.compile(rf"{CJK}[,;:?!()]|[,;:?!()]\s?{CJK}")
MNEMONIC = re.compile(r"\(&\w\)")


def glossary() -> list[tuple[str, str, list[str]]]:
    """(English term, Chinese term, words not to use) from the glossary's table."""
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        english = re.sub(r"\s*\(.*\)$", "", cells[0]).lower()
        rows.append((english, cells[1], [w.strip() for w in cells[2].split(",") if w.strip()]))
    return rows


def messages() -> list[tuple[str, str]]:
    """(source, translation) of every message, each plural form a translation of its own."""
    found = []
    for message in ET.parse(ZH).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        found.extend((source, form) for form in forms)
    return found


def test_the_glossary_lists_the_domain_terms() -> None:
    terms = {english: chinese for english, chinese, _ in glossary()}
    assert terms["account book"] == "客户账本"
    assert terms["contact map"] == "关系图"
    assert terms["relationship level"] == "关系层次"
    assert len(terms) >= 12
    assert set(terms) >= CHECKED_IN_SOURCES


@pytest.mark.parametrize(("english", "chinese", "avoid"), glossary())
def test_each_term_is_translated_one_way(english: str, chinese: str, avoid: list[str]) -> None:
    word = re.compile(rf"\b{re.escape(english)}s?\b", re.IGNORECASE)
    checked = english in CHECKED_IN_SOURCES
    wrong = [
        (source, text)
        for source, text in messages()
        if any(w in text for w in avoid)
        or (
            checked and source not in OTHER_MEANINGS and word.search(source) and chinese not in text
        )
    ]
    assert not wrong, wrong[:5]


def test_chinese_sentences_take_chinese_punctuation() -> None:
    wrong = [
        text
        for _, text in messages()
        if ";;" not in text and "(*" not in text and HALF_WIDTH.search(MNEMONIC.sub("", text))
    ]
    assert not wrong, wrong[:5]
