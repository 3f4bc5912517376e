"""The bytes of a vCard file as the text ``vobject`` reads: each line in its own character set.

Phones and mail programs write what they like: vCard 2.1 puts raw bytes in the character set a
property's ``CHARSET`` names (GB2312 on old Chinese phones, Shift_JIS, Big5, Windows-1252 from
Outlook) beside UTF-8 lines; line ends are CRLF, LF, CR or even ``\\r\\r\\n``; photos are
base64 that may be damaged. So the file is decoded line by line, every line end becomes one
``\\n`` (one line stays one line, so line numbers in errors stay true), a quoted-printable
value's charset is given a name Python knows (GB2312 as its superset GB18030), and photos,
logos, sounds and keys are blanked: they are never imported.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

#: A bigger file is not a phone book export; vobject would take minutes over it.
MAX_BYTES = 16 * 1024 * 1024

# Charsets phones name, read by their superset (what the phone really wrote: GBK under
# "GB2312", Windows-31J under "Shift_JIS", HKSCS under "Big5").
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "big5": "big5hkscs",
    "big-5": "big5hkscs",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
}
_LINE_END = re.compile(rb"\r*\n|\r")
_BINARY = frozenset({b"PHOTO", b"LOGO", b"SOUND", b"KEY"})
_BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
_CHARSET = re.compile(r"(;\s*CHARSET\s*=\s*)(\"?)([^;:\"]*)\2", re.IGNORECASE)


@dataclass(frozen=True)
class LineNotText(Exception):
    """Line ``line`` (counted from 1) is not text in ``charset``."""

    line: int
    charset: str


class FileNotText(Exception):
    """The file holds NUL bytes or broken UTF-16: a binary file, not a vCard."""


def codec(charset: str) -> str | None:
    """Python's codec for a vCard ``CHARSET`` value, or ``None`` when it names none."""
    name = charset.strip().strip('"').lower()
    try:
        return codecs.lookup(_SUPERSETS.get(name, name)).name
    except LookupError:
        return None


@dataclass(frozen=True)
class _Property:
    """What a property line says about itself and the lines that continue it."""

    charset: str | None  # the codec its CHARSET names; None: the file's
    quoted_printable: bool
    binary: bool


def _property(line: bytes) -> _Property:
    head = line.split(b":", 1)[0]
    parts = [p.strip() for p in head.split(b";")]
    name = parts[0].rsplit(b".", 1)[-1].upper()  # item1.PHOTO → PHOTO
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition(b"=")
        if key.strip().upper() == b"CHARSET" and value:
            charset = codec(value.decode("ascii", "replace"))
    upper = head.upper()
    return _Property(charset, b"QUOTED-PRINTABLE" in upper, name in _BINARY)


def _file_default(lines: list[bytes]) -> str:
    """UTF-8 when every line that names no charset is UTF-8; else GB18030 (old Chinese
    phones write GBK without saying so)."""
    try:
        for line in lines:
            if b"CHARSET" not in line.upper():
                line.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def _decoded(line: bytes, number: int, charset: str | None, default: str) -> str:
    for encoding in dict.fromkeys((charset or default, default, "utf-8")):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise LineNotText(number, charset or default)


def _qp_charset(text: str) -> str:
    """The line with its CHARSET renamed to the codec vobject will decode its value with."""
    head, colon, value = text.partition(":")

    def rename(match: re.Match[str]) -> str:
        name = codec(match.group(3))
        return f"{match.group(1)}{name}" if name else match.group(0)

    return _CHARSET.sub(rename, head) + colon + value


def _without_repeats(text: str) -> str:
    """A parameter given twice (``ENCODING=QUOTED-PRINTABLE;ENCODING=QUOTED-PRINTABLE``) once:
    vobject fails on the repeat."""
    head, colon, value = text.partition(":")
    if not colon:
        return text
    name, *parameters = head.split(";")
    unique = {p.strip().upper(): p.strip() for p in reversed(parameters) if p.strip()}
    return ";".join([name, *reversed(unique.values())]) + colon + value


def decoded_text(data: bytes) -> str:
    """The file as text, one ``\\n`` per line end; ``LineNotText`` names a line in no known
    character set, ``FileNotText`` a binary file."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError as exc:
            raise FileNotText from exc
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\x00" in data:
        raise FileNotText
    lines = _LINE_END.split(data)
    default = _file_default(lines)
    out: list[str] = []
    current = _Property(None, False, False)
    soft_break = False  # the last line ended a quoted-printable value with "=": it goes on
    for number, line in enumerate(lines, 1):
        continued = soft_break or line[:1] in (b" ", b"\t")
        if current.binary and not continued and line.strip() and b":" not in line:
            # vCard 2.1 base64 lines need not be indented; they never hold a colon.
            continued = bool(_BASE64_LINE.match(line))
        if not continued and line.strip():
            current = _property(line)
        if not line.strip():
            current, soft_break = _Property(None, False, False), False
            out.append("")
            continue
        if current.binary:
            out.append("")
            continue
        text = _decoded(line, number, current.charset, default)
        if not continued:
            text = _without_repeats(text)
            if current.quoted_printable:
                text = _qp_charset(text)
        soft_break = current.quoted_printable and text.rstrip().endswith("=")
        out.append(text)
    return "\n".join(out)


__all__ = ["MAX_BYTES", "FileNotText", "LineNotText", "codec", "decoded_text"]
