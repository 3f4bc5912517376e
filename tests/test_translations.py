"""The interface stays fully translated.

Every message the sources use is in both ``.ts`` files and finished; the shipped ``.qm`` files
are what ``lrelease`` makes of the ``.ts``; translations keep the source's placeholders and
menu accelerators; and the compiled Chinese catalogue really turns known strings into Chinese.
When a test here fails after adding strings, run ``python -m kam_desktop.devtools.translations``
and translate what it prints.
"""

from __future__ import annotations

import ast
import re
import string
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kam_desktop.devtools import translations
from kam_desktop.devtools.translations import LANGUAGES, Found, qm_path, ts_path

QT_PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)[^\s&]")


def _messages(language: str) -> Iterator[tuple[str, str, list[str]]]:
    """(context, source, translation forms) of every finished translation.

    Missing and unfinished ones are reported by the first test, not here.
    """
    root = ET.parse(ts_path(language)).getroot()
    for ctx in root.findall("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            yield ctx.findtext("name") or "", msg.findtext("source") or "", forms


def _placeholders(text: str) -> set[str]:
    """``{name}``/``{value!r}`` format fields and Qt's ``%1``/``%n`` markers in ``text``."""
    found = set(QT_PLACEHOLDER.findall(text))
    try:
        for _, name, spec, conversion in string.Formatter().parse(text):
            if name is not None:
                found.add(f"{{{name}{'!' + conversion if conversion else ''}"
                          f"{':' + spec if spec else ''}}}")  # fmt: skip
    except ValueError:  # a lone brace: not a format string, so no fields to keep
        pass
    return found


def _format(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"  {context}: {source!r}" for context, source in rows)


def test_every_message_the_sources_use_is_translated() -> None:
    missing = translations.missing_from_ts()
    assert set(missing) == set(LANGUAGES)
    for language, rows in missing.items():
        assert not rows, (
            f"{len(rows)} message(s) missing or unfinished in {ts_path(language).name}; run "
            f"python -m kam_desktop.devtools.translations:\n{_format(rows)}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_ts(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{language}.qm"
    lrelease = translations._tool("pyside6-lrelease")
    subprocess.run([lrelease, str(ts_path(language)), "-qm", str(fresh)], check=True)
    assert qm_path(language).read_bytes() == fresh.read_bytes(), (
        f"{qm_path(language).name} is older than its .ts; run "
        "python -m kam_desktop.devtools.translations"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders(language: str) -> None:
    broken = []
    for context, source, forms in _messages(language):
        wanted = _placeholders(source)
        broken += [
            (context, f"{source} -> {form}") for form in forms if _placeholders(form) != wanted
        ]
    assert not broken, f"placeholders differ from the source:\n{_format(broken)}"


def test_plural_messages_have_one_chinese_form() -> None:
    root = ET.parse(ts_path("zh_CN")).getroot()
    plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plurals, "the sources use plural messages (%n account(s)); none found"
    for msg in plurals:
        forms = msg.findall("translation/numerusform")
        assert len(forms) == 1, msg.findtext("source")
        assert "%n" in (forms[0].text or ""), msg.findtext("source")


def test_translations_keep_accelerators() -> None:
    lost = [
        (context, f"{source} -> {forms[0]}")
        for context, source, forms in _messages("zh_CN")
        if ACCELERATOR.search(source) and not ACCELERATOR.search(forms[0])
    ]
    assert not lost, f"menu/label accelerators lost in translation:\n{_format(lost)}"


@pytest.mark.parametrize(
    ("context", "source", "chinese"),
    [
        ("MainWindow", "Accounts", "客户"),
        ("MainWindow", "&File", "文件(&F)"),
        ("AccountTableModel", "Account", "客户名称"),
        ("AppSession", "Demo account book", "示例客户账本"),
        ("errors", "Cancelled. Nothing was changed.", "已取消，未作任何改动。"),
        ("ValueTier", "Platinum", "铂金"),  # the DOMAIN.md glossary, from domain/enums.py
        ("LifecycleStage", "Exploration", "考察期"),
    ],
)
def test_chinese_catalogue_translates(context: str, source: str, chinese: str) -> None:
    translator = QTranslator()
    assert translator.load(str(qm_path("zh_CN")))
    assert translator.translate(context, source) == chinese


def test_chinese_plural_through_the_application(qapp: QCoreApplication) -> None:
    # The application is shared: GUI tests leave the English catalogue installed (their
    # language fixture ends in English), so compare with what it said before, not the source.
    before = QCoreApplication.translate("MainWindow", "%n account(s)", "", 1)
    assert before in ("1 account", "1 account(s)")
    translator = QTranslator()
    assert translator.load(str(qm_path("zh_CN")))
    qapp.installTranslator(translator)
    try:
        text = QCoreApplication.translate("MainWindow", "%n account(s)", "", 72)
        assert text == "72 个客户"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "%n account(s)", "", 1) == before


def test_tool_finds_what_lupdate_cannot_see() -> None:
    """Marks in f-strings, contexts in constants and one-line ``_tr`` wrappers are extracted."""
    source = '''
_CONTEXT = "error_dialogs"

def _tr(text):
    """Translate in this module's context."""
    return QCoreApplication.translate(_CONTEXT, text)

HEADER = QT_TRANSLATE_NOOP(_CONTEXT, "Copy details")
print(f"kam: {_tr2(QT_TRANSLATE_NOOP('cli', 'interrupted'))}")
box.setText(_tr("Copied"))
count = QCoreApplication.translate("MainWindow", "%n account(s)", "", n)
label = _tr(variable)
'''
    found = set(translations._messages_in(ast.parse(source)))
    assert found == {
        Found("error_dialogs", "Copy details"),
        Found("cli", "interrupted"),
        Found("error_dialogs", "Copied"),
        Found("MainWindow", "%n account(s)", numerus=True),
    }
