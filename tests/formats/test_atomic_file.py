"""The one file writer: whole files, the permissions an ordinary file gets, nothing left over."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from kam_desktop.formats.atomic_file import (
    write_atomically,
    write_bytes_atomically,
    write_text_atomically,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def umask_027() -> Iterator[int]:
    """A umask other than the usual 022, so a right answer cannot be a coincidence."""
    old = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != keep)


def test_bytes_and_text_are_written_as_given(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_bytes_atomically(target, b"\x00\xff")
    assert target.read_bytes() == b"\x00\xff"
    write_text_atomically(target, "王建华\r\n二\n", encoding="gb18030")
    assert target.read_bytes() == "王建华\r\n二\n".encode("gb18030")  # no newline translation
    write_atomically(target, lambda out: [out.write(b"a"), out.write(b"b")])
    assert target.read_bytes() == b"ab"
    assert _leftovers(tmp_path, "out.txt") == []


@posix_only
def test_a_new_file_gets_what_the_umask_gives_an_ordinary_file(
    tmp_path: Path, umask_027: int
) -> None:
    ordinary = tmp_path / "ordinary.txt"
    with open(ordinary, "w") as fh:
        fh.write("x")
    target = tmp_path / "new.vcf"

    write_bytes_atomically(target, b"data")

    assert _mode(target) == 0o666 & ~umask_027 == 0o640 == _mode(ordinary)  # not mkstemp's 0600


@posix_only
@pytest.mark.parametrize("kept", [0o640, 0o604, 0o444])
def test_an_existing_file_keeps_its_permissions(tmp_path: Path, kept: int) -> None:
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"old")
    target.chmod(kept)

    write_bytes_atomically(target, b"new")

    assert target.read_bytes() == b"new"
    assert _mode(target) == kept


def test_a_writer_that_fails_midway_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    target.write_bytes(b"old content")

    def half_then_fail(out: BinaryIO) -> None:
        out.write(b"half a fi")
        out.flush()
        raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError, match="disk is full"):
        write_atomically(target, half_then_fail)

    assert target.read_bytes() == b"old content"
    assert _leftovers(tmp_path, "contacts.vcf") == []


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "contacts.vcf"
    target.write_bytes(b"old content")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_bytes_atomically(target, b"new content")

    monkeypatch.undo()
    assert target.read_bytes() == b"old content"
    assert _leftovers(tmp_path, "contacts.vcf") == []


def test_a_missing_folder_is_an_os_error_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "out.ics"
    with pytest.raises(FileNotFoundError):
        write_bytes_atomically(target, b"data")
    assert not target.parent.exists()
    assert list(tmp_path.iterdir()) == []


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_leaves_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "visits.ics"
    target.write_bytes(b"old calendar")
    folder.chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            write_bytes_atomically(target, b"new calendar")
    finally:
        folder.chmod(0o755)
    assert target.read_bytes() == b"old calendar"
    assert _leftovers(folder, "visits.ics") == []
