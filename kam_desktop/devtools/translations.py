"""Keep the translations complete: extract, add the domain glossary, fill, compile.

    python -m kam_desktop.devtools.translations            # update .ts files and compile .qm
    python -m kam_desktop.devtools.translations --apply zh_CN.json   # fill zh_CN from a JSON map
    python -m kam_desktop.devtools.translations --check    # exit 1 if anything is missing

Sources: every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` in ``kam_desktop`` and every string
in ``ui/*.ui`` (found by ``pyside6-lupdate``), plus the labels of every ``Labeled`` enumeration,
whose Chinese text is the glossary of DOMAIN.md kept in ``domain/enums.py``. English is the source
language: the ``en`` file's translations are the source text (with English plural forms).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
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


def _labeled_enums() -> Iterator[type[Labeled]]:
    import kam_desktop.domain

    for module in sorted(Path(kam_desktop.domain.__file__).parent.glob("*.py")):
        __import__(f"kam_desktop.domain.{module.stem}")
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


def apply_map(root: ET.Element, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    applied = 0
    for ctx in root.findall("context"):
        wanted = mapping.get(ctx.findtext("name") or "", {})
        for msg in ctx.findall("message"):
            text = wanted.get(msg.findtext("source") or "")
            if text:
                _set_translation(msg, text)
                applied += 1
    return applied


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
    run_lupdate(targets)
    report = {}
    for lang, target in zip(LANGUAGES, targets, strict=True):
        tree = _load(target)
        root = tree.getroot()
        root.set("sourcelanguage", "en")
        add_glossary(root, lang)
        if lang == "en":
            fill_english(root)
        elif apply is not None:
            apply_map(root, json.loads(apply.read_text(encoding="utf-8")))
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
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            copy = Path(tmp) / f"check_{lang}.ts"
            shutil.copy(ts_path(lang), copy)
            run_lupdate([copy])
            tree = _load(copy)
            add_glossary(tree.getroot(), lang)
            if lang == "en":
                fill_english(tree.getroot())
            result[lang] = unfinished(tree.getroot())
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", type=Path, help="JSON {context: {source: zh translation}}")
    parser.add_argument("--check", action="store_true", help="report missing, change nothing")
    args = parser.parse_args(argv)
    report = missing_from_ts() if args.check else update(args.apply)
    missing = 0
    for lang, items in report.items():
        for context, source in items:
            print(f"{lang}\t{context}\t{source}")
        missing += len(items)
    print(f"{missing} unfinished", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
