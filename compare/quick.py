"""The `compare` entry point: help and version without loading typer.

Importing typer (and the pydantic it builds its parameters with) costs several times a bare
Python start, and `compare --help` needs none of it once the help has been rendered. So
help pages are rendered by typer once, kept in the cache folder under a key made of the
tool version, cli.py's size and modification time, the terminal width and the arguments,
and printed from there afterwards: an edit of cli.py or a wider terminal renders anew.
Everything else goes to cli.main unchanged.
"""
from __future__ import annotations

import sys

_HELP = ("--help", "-h")


def _help_args(args: list[str]) -> bool:
    """`compare --help`, `compare -h`, `compare COMMAND --help`."""
    return (len(args) == 1 and args[0] in _HELP) or (len(args) == 2 and args[1] in _HELP and args[0].isalpha())


def _cache_file(args: list[str]):
    import hashlib
    import os
    import shutil
    from pathlib import Path

    from . import __version__

    cli = Path(__file__).with_name("cli.py").stat()
    width = shutil.get_terminal_size().columns
    knobs = [os.environ.get(k, "") for k in ("TERMINAL_WIDTH", "TYPER_USE_RICH", "NO_COLOR", "FORCE_COLOR")]
    key = hashlib.sha256("\0".join([__version__, str(cli.st_size), str(cli.st_mtime_ns), str(width), sys.argv[0], *knobs, *args]).encode())
    # the embedding cache's folder ($COMPARE_CACHE), without importing embed (numpy)
    base = os.environ.get("COMPARE_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "compare")
    return Path(base) / "help" / f"{key.hexdigest()[:24]}.txt"


def _render(args: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    from .cli import app

    out = io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out):
        try:
            app(args)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return code, out.getvalue()


def main() -> None:
    args = sys.argv[1:]
    if args == ["--version"]:
        from . import __version__

        print(f"compare {__version__}")
        return
    if not _help_args(args):
        import os

        # numpy's BLAS would spin a thread per core for the alignment's matrix products: cpu
        # time for a few tenths of a second of wall time, and with `batch --jobs N` N workers
        # times every core. The embedding sets its own threads (COMPARE_THREADS). Set before
        # numpy loads; a value the user sets wins.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        import re

        # the language packs' patterns and the ones built per name or per role outnumber re's
        # cache of 512 compiled patterns on a big story: evicted ones were compiled again and
        # again (a tenth of a second at 80 sources). A bigger cache only holds what is used.
        re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 4096)
        from .cli import main as full

        full()
        return
    import os

    path = None
    try:
        path = _cache_file(args)
        sys.stdout.write(path.read_text(encoding="utf-8"))
        return
    except OSError:
        pass
    code, text = _render(args)
    sys.stdout.write(text)
    if code != 0 or path is None:
        sys.exit(code)
    try:  # written atomically: two first runs at once never leave half a page
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache only costs speed
