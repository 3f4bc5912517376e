"""Keep the translations complete: extract, add the domain glossary, fill, compile.

    python -m kam_desktop.devtools.translations            # update .ts files and compile .qm
    python -m kam_desktop.devtools.translations --apply zh_CN.json   # fill zh_CN from a JSON map
    python -m kam_desktop.devtools.translations --check    # exit 1 if anything is missing

Sources: every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` in ``kam_desktop`` and every string
in ``ui/*.ui`` (found by ``pyside6-lupdate``), what lupdate cannot see (marks inside f-strings,
contexts held in a module constant, literals passed to a module's one-line ``_tr`` wrapper; found
by ``python_messages``), plus the labels of every ``Labeled`` enumeration, whose Chinese text is
the glossary of DOMAIN.md kept in ``domain/enums.py``. English is the source language: the ``en``
file's translations are the source text (with English plural forms).
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kam_desktop import resources
from kam_desktop.domain.labels import Labeled

LANGUAGES = ("zh_CN", "en")
I18N_DIR = "resources/i18n"


def ts_path(language: str) -> Path:
    return resources.path(f"{I18N_DIR}/kam_desktop_{language}.ts")


def qm_path(language: str) -> Path:
    return resources.path(f"{I18N_DIR}/kam_desktop_{language}.qm")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with the PySide6 wheel)")
    return found


def source_files() -> list[Path]:
    package = Path(__file__).resolve().parents[1]
    files = [p for p in package.rglob("*.py") if "devtools" not in p.parts]
    files += sorted(resources.path("ui").glob("*.ui"))
    return sorted(files)


def run_lupdate(targets: list[Path]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(str(p) for p in source_files()))
        listing = fh.name
    cmd = [_tool("pyside6-lupdate"), f"@{listing}", "-no-obsolete", "-locations", "none", "-ts"]
    subprocess.run([*cmd, *map(str, targets)], check=True, capture_output=True)
    Path(listing).unlink()


@dataclass(frozen=True)
class Found:
    """A message found in Python source: where lupdate would put it, and whether it has plurals."""

    context: str
    source: str
    numerus: bool = False


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments (contexts are often kept in one)."""
    return {
        target.id: value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and (value := _literal(node.value)) is not None
    }


def _text(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return _literal(node)


def _wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """One-argument module functions that only translate in a fixed context: name -> context.

    ``def _tr(text): return QCoreApplication.translate(_CONTEXT, text)`` hides its literal
    arguments from lupdate, which sees only ``translate`` with a variable context.
    """
    found = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1):
            continue
        body = [n for n in node.body if not (isinstance(n, ast.Expr) and _literal(n.value))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not (isinstance(call, ast.Call) and _call_name(call) == "translate"):
            continue
        if len(call.args) != 2 or not isinstance(call.args[1], ast.Name):
            continue
        context = _text(call.args[0], constants)
        if call.args[1].id == node.args.args[0].arg and context is not None:
            found[node.name] = context
    return found


def _messages_in(tree: ast.Module) -> Iterator[Found]:
    constants = _constants(tree)
    wrappers = _wrappers(tree, constants)
    for node in ast.walk(tree):  # walks into f-strings too, where lupdate does not look
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in ("QT_TRANSLATE_NOOP", "translate") and len(node.args) >= 2:
            # A context held in a module constant is invisible to lupdate; resolve it here.
            context, source = _text(node.args[0], constants), _literal(node.args[1])
            if context is not None and source:
                yield Found(context, source, numerus=name == "translate" and len(node.args) >= 4)
        elif name in wrappers and len(node.args) == 1 and (source := _literal(node.args[0])):
            yield Found(wrappers[name], source)


def python_messages() -> list[Found]:
    """Messages marked in the package's Python code with a literal context and source text.

    A superset of what lupdate extracts from ``translate``/``QT_TRANSLATE_NOOP`` (``tr()`` is
    left to lupdate, which knows the class); ``update`` adds those lupdate missed.
    """
    found: dict[tuple[str, str], Found] = {}
    for path in source_files():
        if path.suffix == ".py":
            for message in _messages_in(ast.parse(path.read_text(encoding="utf-8"))):
                found.setdefault((message.context, message.source), message)
    return list(found.values())


def _translations(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg.find("translation")
        for ctx in root.findall("context")
        for msg in ctx.findall("message")
        if msg.find("translation") is not None
    }


def add_unseen(
    root: ET.Element, found: list[Found], previous: dict[tuple[str, str], ET.Element]
) -> None:
    """Add the messages lupdate did not extract, keeping their translations from ``previous``.

    lupdate runs with ``-no-obsolete``, so it drops every message it did not see itself.
    """
    present = set(_translations(root))
    for message in found:
        if (message.context, message.source) in present:
            continue
        msg = _message(_context(root, message.context), message.source)
        if message.numerus:
            msg.set("numerus", "yes")
        kept = previous.get((message.context, message.source))
        if kept is not None:
            msg.remove(msg.find("translation"))
            msg.append(kept)
        else:
            msg.find("translation").set("type", "unfinished")  # type: ignore[union-attr]


def _labeled_enums() -> Iterator[type[Labeled]]:
    import kam_desktop.domain

    root = Path(kam_desktop.domain.__file__).parent
    for module in sorted(root.rglob("*.py")):
        dotted = ".".join(module.relative_to(root).with_suffix("").parts)
        __import__(f"kam_desktop.domain.{dotted}".removesuffix(".__init__"))
    seen: set[type[Labeled]] = set()
    stack = list(Labeled.__subclasses__())
    while stack:
        cls = stack.pop()
        if cls not in seen:
            seen.add(cls)
            stack.extend(cls.__subclasses__())
            if len(cls):  # type: ignore[arg-type]
                yield cls


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def _message(ctx: ET.Element, source: str) -> ET.Element:
    for msg in ctx.findall("message"):
        if msg.findtext("source") == source:
            return msg
    msg = ET.SubElement(ctx, "message")
    ET.SubElement(msg, "source").text = source
    ET.SubElement(msg, "translation")
    return msg


def _set_translation(msg: ET.Element, text: str | list[str]) -> None:
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    for child in list(tr):
        tr.remove(child)
    if isinstance(text, list):
        tr.text = None
        for form in text:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = text


def _english(msg: ET.Element) -> str | list[str]:
    source = msg.findtext("source") or ""
    if msg.get("numerus") == "yes":
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    return source


def add_glossary(root: ET.Element, language: str) -> None:
    for enum in _labeled_enums():
        ctx = _context(root, enum.__name__)
        for member in enum:
            msg = _message(ctx, member.en)
            _set_translation(msg, member.zh if language.startswith("zh") else member.en)


def fill_english(root: ET.Element) -> None:
    for msg in root.iter("message"):
        _set_translation(msg, _english(msg))


def apply_map(
    root: ET.Element, mapping: dict[str, dict[str, str | list[str]]]
) -> list[tuple[str, str]]:
    """Set the translations of ``mapping``; returns its entries that match no message."""
    used = set()
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        wanted = mapping.get(name, {})
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            text = wanted.get(source)
            if not text:
                continue
            # A plural message needs numerus forms; a plain one a plain string.
            if msg.get("numerus") == "yes" and isinstance(text, str):
                text = [text]
            elif msg.get("numerus") != "yes" and isinstance(text, list):
                text = text[0]
            _set_translation(msg, text)
            used.add((name, source))
    return [(c, s) for c, texts in mapping.items() for s in texts if (c, s) not in used]


def unfinished(root: ET.Element) -> list[tuple[str, str]]:
    missing = []
    for ctx in root.findall("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            empty = tr is None or not ((tr.text or "").strip() or list(tr))
            if empty or (tr is not None and tr.get("type") in ("unfinished", "vanished")):
                missing.append((ctx.findtext("name") or "", msg.findtext("source") or ""))
    return missing


def _load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def _save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    with path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")


def update(apply: Path | None = None) -> dict[str, list[tuple[str, str]]]:
    targets = [ts_path(lang) for lang in LANGUAGES]
    for lang, target in zip(LANGUAGES, targets, strict=True):
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
    previous = [_translations(_load(target).getroot()) for target in targets]
    run_lupdate(targets)
    found = python_messages()
    report = {}
    for lang, target, kept in zip(LANGUAGES, targets, previous, strict=True):
        tree = _load(target)
        root = tree.getroot()
        root.set("sourcelanguage", "en")
        add_unseen(root, found, kept)
        add_glossary(root, lang)
        if lang == "en":
            fill_english(root)
        elif apply is not None:
            mapping = json.loads(apply.read_text(encoding="utf-8"))
            for context, source in apply_map(root, mapping):
                note = f"{context}\t{_one_line(source)}"
                print(f"not applied (no such message)\t{note}", file=sys.stderr)
        _save(tree, target)
        report[lang] = unfinished(root)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(target), "-qm", str(qm_path(lang))],
            check=True,
            capture_output=True,
        )
    return report


def missing_from_ts() -> dict[str, list[tuple[str, str]]]:
    """Messages the sources use that the committed .ts files lack or leave unfinished."""
    result: dict[str, list[tuple[str, str]]] = {}
    found = python_messages()
    with tempfile.TemporaryDirectory() as tmp:
        copies = [Path(tmp) / f"check_{lang}.ts" for lang in LANGUAGES]
        for lang, copy in zip(LANGUAGES, copies, strict=True):
            shutil.copy(ts_path(lang), copy)
        run_lupdate(copies)
        for lang, copy in zip(LANGUAGES, copies, strict=True):
            root = _load(copy).getroot()
            add_unseen(root, found, _translations(_load(ts_path(lang)).getroot()))
            add_glossary(root, lang)
            if lang == "en":
                fill_english(root)
            result[lang] = unfinished(root)
    return result


def _one_line(text: str) -> str:
    return text.replace("\n", "\\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", type=Path, help="JSON {context: {source: zh translation}}")
    parser.add_argument("--check", action="store_true", help="report missing, change nothing")
    args = parser.parse_args(argv)
    report = missing_from_ts() if args.check else update(args.apply)
    missing = 0
    for lang, items in report.items():
        for context, source in items:
            print(f"{lang}\t{context}\t{_one_line(source)}")
        missing += len(items)
    print(f"{missing} unfinished", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
