"""Write a file whole or not at all: every export goes through here.

The data goes to a temporary file in the target's folder (a rename is atomic only within one
file system), is flushed to the disk, and is renamed over the target; then the folder is flushed
too where the system allows it, so the rename itself survives a power cut. A reader, a crash or a
failed export never sees half a file: on any error the target keeps its old content and the
temporary file is removed.

The file keeps the permissions the target had; a new file gets what an ordinary ``open()`` would
give it (0666 less the umask), not ``mkstemp``'s 0600, which would hide an export from the rep's
other tools and from the colleagues the folder is shared with.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

_ATTEMPTS = 100  # temporary names tried before giving up (each one is random)
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomically(path: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Replace ``path`` by what ``write`` writes to the binary file it is given.

    Raises what ``write`` raises, or ``OSError``; either way ``path`` is left as it was.
    """
    path = Path(path)
    kept = _existing_mode(path)
    fd, temporary = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        if kept is not None:
            os.chmod(temporary, kept)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def write_bytes_atomically(path: Path | str, data: bytes) -> None:
    """Replace ``path`` by ``data`` (see ``write_atomically``)."""
    write_atomically(path, lambda out: out.write(data))


def write_text_atomically(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` by ``text`` in ``encoding``, line ends as they are in ``text``."""
    write_bytes_atomically(path, text.encode(encoding))


def _existing_mode(path: Path) -> int | None:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return None  # a new file: the umask decides, as for any file the rep's programs make


def _create_temporary(path: Path) -> tuple[int, Path]:
    """A new, empty hidden file beside ``path``, opened for writing. Made by ``os.open`` with
    0666, so the kernel applies the umask (and the folder's default ACL) exactly as for
    ``open()``; reading the umask would mean setting it, which races with other threads."""
    for _ in range(_ATTEMPTS):
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temporary, _FLAGS, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for the renamed file. Windows cannot open a folder, and some
    file systems refuse to flush one: the file's data is safe either way."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["write_atomically", "write_bytes_atomically", "write_text_atomically"]
