"""Any bytes read as a vCard file end in contacts or in "nothing was imported" naming the file:
never another exception, never a hang. Inputs are the real files of tests/data/vcards mutated
(bytes flipped, tokens vCards are made of inserted, lines cut and repeated) and random bytes."""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kam_desktop.domain.errors import KamError
from kam_desktop.formats.vcard_file import VCardFile, read_vcard_file

TODAY = date(2026, 11, 25)
FILES = sorted((Path(__file__).resolve().parents[1] / "data" / "vcards").glob("*.vcf"))
SAMPLES = [p.read_bytes() for p in FILES]
TOKENS = [
    b"=", b"=\r\n", b"\r", b"\n", b"\r\r\n", b";", b":", b",", b" ", b"\t", b"\\", b"\x00",
    b"\xff", b"\xe5\x91", b"=E5=", b"=0D=0A", b"ENCODING=QUOTED-PRINTABLE;", b"ENCODING=B;",
    b"ENCODING=BASE64;", b"CHARSET=SHIFT_JIS;", b"CHARSET=GB2312;", b"CHARSET=NOPE;",
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"BEGIN:VCALENDAR\r\n", b"VERSION:2.1\r\n",
    b"VERSION:4.0\r\n", b"TEL;VALUE=uri:tel:+1-418;ext=", b"PHOTO;ENCODING=b:", b"AGENT:",
    b"N:", b"FN:", b"ORG:", b"BDAY:--13", b"X-KAM-RELATIONSHIP-LEVEL:9\r\n", b"item1.",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["insert", "flip", "cut", "repeat", "truncate"]))
        if kind == "insert":
            token = draw(st.sampled_from(TOKENS) | st.binary(min_size=1, max_size=6))
            data[at:at] = token
        elif kind == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


INPUTS = (
    mutated()
    | st.binary(max_size=400)
    | st.binary(max_size=60).map(
        lambda tail: b"BEGIN:VCARD\r\nVERSION:2.1\r\n" + tail + b"\r\nEND:VCARD\r\n"
    )
)


def _check(folder: Path, data: bytes) -> None:
    path = folder / "in.vcf"
    path.write_bytes(data)
    started = time.monotonic()
    try:
        read = read_vcard_file(path, today=TODAY)
    except KamError as exc:
        message = exc.message()
        assert message.startswith(str(path))
        assert "Nothing was imported." in message
    else:
        assert isinstance(read, VCardFile)
        assert read.contacts
        assert all(c.draft.name for c in read.contacts)
    assert time.monotonic() - started < 5  # no input makes the reader crawl


def _run(examples: int) -> None:
    with tempfile.TemporaryDirectory() as folder:

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(INPUTS)
        def read_anything(data: bytes) -> None:
            _check(Path(folder), data)

        read_anything()


def test_a_few_hundred_odd_files_never_crash_the_reader() -> None:
    _run(300)


@pytest.mark.slow
def test_ten_thousand_odd_files_never_crash_the_reader() -> None:
    _run(10_000)


def test_the_seeds_import() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for data in SAMPLES:
            path = Path(folder) / "in.vcf"
            path.write_bytes(data)
            assert read_vcard_file(path, today=TODAY).contacts
