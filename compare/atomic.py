"""Files written whole or not at all: a temporary file beside the target, then a rename.

An interrupted run (Ctrl-C, kill) leaves the previous file intact and no partial one, and
a run that writes several files (a report and its JSON, HTML and tables) writes them all
or none: a write error is one line and exit 2, never a traceback or half the outputs.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from .settings import InputError


def _read_umask() -> int:
    """The process's umask, read once at import: reading it means setting it, and doing
    that on every write would briefly change it for every thread of the process."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022  # the usual default where /proc is not there


_UMASK = _read_umask()


def write_with(path: Path, write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)``, then move the result onto ``path`` in one rename."""
    write_all([(path, write)])


def _reason(path: Path, err: OSError) -> str:
    """One line for why ``path`` cannot be written: the usual errors in words an editor knows."""
    for folder in [path.parent, *path.parent.parents]:
        if folder.exists():
            if not folder.is_dir():
                return f"{folder} is a file, not a folder"
            break
    if path.is_dir():
        return "it is a folder"
    return err.strerror or str(err) or type(err).__name__


def write_all(outputs: list[tuple[Path, Callable[[str], None]]]) -> None:
    """Write several files as one: each ``write(temporary_path)`` beside its target first,
    and only when every one is written are they renamed into place. A failure (no
    permission, disk full, an output that is a folder or whose folder is a file) overwrites
    nothing and raises InputError naming the file on one line; the temporary files go."""
    temps: list[tuple[str, Path]] = []
    try:
        for path, write in outputs:
            path = Path(path)
            try:
                if path.is_dir():
                    raise IsADirectoryError(21, "it is a folder")
                path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
                os.close(fd)
                temps.append((tmp, path))
                write(tmp)
                os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; a report is for everyone who may read the folder
            except OSError as err:
                raise InputError(f"cannot write {path}: {_reason(path, err)}") from None
        while temps:
            tmp, path = temps[0]
            try:
                os.replace(tmp, path)
            except OSError as err:
                raise InputError(f"cannot write {path}: {_reason(path, err)}") from None
            temps.pop(0)
    finally:
        for tmp, _ in temps:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def text_writer(content: str) -> Callable[[str], None]:
    """A writer for write_all: ``content`` as UTF-8 with Unix line ends."""
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)

    return write


def write_atomic(path: Path, content: str) -> None:
    write_with(path, text_writer(content))
