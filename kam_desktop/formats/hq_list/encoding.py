"""What a file is, and which encoding its text is in.

The container is decided by the bytes, not the name: a workbook saved as ``.csv`` is still
read as a workbook, and a PNG renamed ``.csv`` is refused as an image. A text file's encoding
is found in this order (issue 10): a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), strict
UTF-8 over the whole file, GB18030 over the whole file (a superset of GBK; reported as GBK when
the file is plain GBK, so 䶮 and 𠀀 survive either way) when the result reads like Chinese,
then charset-normalizer. Text that decodes to control characters is binary, not a list: latin-1
decodes any bytes, and garbage must never be "imported". Validation walks the file in chunks,
so a large file is checked without being held in memory.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kam_desktop.formats.hq_list.errors import (
    ARCHIVE,
    BINARY,
    IMAGE,
    NOT_TEXT,
    PDF,
    BadEncodingLine,
    HqListEmpty,
    NotAList,
    UnknownEncoding,
    reason,
)
from kam_desktop.formats.hq_list.model import FileKind

HEAD_BYTES = 64 * 1024
_CHUNK = 1024 * 1024

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)
_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# C0 controls other than tab, line feed, form feed, carriage return, and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Sniffed:
    """The container, and for text the codec to decode it with."""

    kind: FileKind
    encoding: str | None = None


def sniff(path: Path, encoding: str | None = None) -> Sniffed:
    """What ``path`` holds; for text, its encoding (``encoding`` overrides detection)."""
    head = _head(path)
    if not head:
        raise HqListEmpty(file=str(path))
    if head.startswith(_ZIP):
        return Sniffed(FileKind.XLSX)
    if head.startswith(_OLE2):
        return Sniffed(FileKind.XLS)
    _refuse_non_text(path, head)
    codec = _detect(path, head) if encoding is None else _checked_codec(path, head, encoding)
    return Sniffed(FileKind.CSV, codec)


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(HEAD_BYTES)


def _refuse_non_text(path: Path, head: bytes) -> None:
    for magic, what in _IMAGES:
        if head.startswith(magic):
            raise NotAList(file=str(path), reason=reason(IMAGE, what=what))
    if head.startswith(b"%PDF-"):
        raise NotAList(file=str(path), reason=reason(PDF))
    if head.startswith(_EMPTY_ZIP):
        raise NotAList(file=str(path), reason=reason(ARCHIVE))


def _checked_codec(path: Path, head: bytes, encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise UnknownEncoding(encoding=encoding) from None
    if name == "utf-8" and head.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    _validate(path, name, raise_error=True)
    _refuse_controls(path, head, name)
    return name


def _detect(path: Path, head: bytes) -> str:
    for bom, codec in _BOMS:
        if head.startswith(bom):
            _validate(path, codec, raise_error=True)
            _refuse_controls(path, head, codec)
            return codec
    if b"\x00" in head:
        raise NotAList(file=str(path), reason=reason(BINARY))
    if _validate(path, "utf-8"):
        _refuse_controls(path, head, "utf-8")
        return "utf-8"
    if _validate(path, "gb18030") and _reads_like_chinese(head):
        codec = "gbk" if _validate(path, "gbk") else "gb18030"
        _refuse_controls(path, head, codec)
        return codec
    guess = from_bytes(head).best()
    if guess is None or not _validate(path, guess.encoding):
        raise NotAList(file=str(path), reason=reason(NOT_TEXT))
    codec = codecs.lookup(guess.encoding).name
    _refuse_controls(path, head, codec)
    return codec


def _refuse_controls(path: Path, head: bytes, codec: str) -> None:
    text = codecs.getincrementaldecoder(codec)(errors="replace").decode(head)
    if _CONTROL.search(text):
        raise NotAList(file=str(path), reason=reason(BINARY))
    if not text.strip(" \t\r\n\f\ufeff"):
        raise HqListEmpty(file=str(path))


def _reads_like_chinese(head: bytes) -> bool:
    """Whether GB18030 text is Chinese, not Western text that happens to decode: most of a
    Chinese list's characters are in GB2312, while a latin-1 letter followed by an ASCII one
    decodes to a rare GBK-extension character outside it."""
    text = codecs.getincrementaldecoder("gb18030")(errors="replace").decode(head)
    wide = [c for c in text if ord(c) > 0x7F and c != "\ufffd"]
    if not wide:
        return True
    common = sum(1 for c in wide if _in_gb2312(c))
    return common * 2 >= len(wide)


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _validate(path: Path, codec: str, raise_error: bool = False) -> bool:
    """Whether the whole file decodes strictly as ``codec``; with ``raise_error`` a failure is
    an error naming the line."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    lines = 1
    with path.open("rb") as f:
        while True:
            chunk = f.read(_CHUNK)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                if not raise_error:
                    return False
                good = chunk[: max(error.start, 0)]
                lines += _line_breaks(good.decode(codec, errors="replace"))
                raise BadEncodingLine(file=str(path), row=lines, encoding=codec) from None
            lines += _line_breaks(text)
            if not chunk:
                return True


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")
