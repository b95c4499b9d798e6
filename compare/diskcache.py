"""Results of the text stages kept on disk beside the embedding cache, one JSON file per entry.

A warm run (its embeddings cached) spent most of its time recomputing what depends only on an
article's text and this code: its sentence splits (syntok) and the facts each claim states by
itself (dates, times, places, numbers). Those are kept in folders of the cache directory
(``sentences/``, ``facts/``), each entry named by the hash of everything it depends on and of
the code (``code_fingerprint``): a changed article or a changed line of the program is another
name, so a stale entry is never read. Entries are written whole by temporary file and rename,
as the embeddings are, so runs at once never see half of one; an entry that does not read as
what is expected is ignored (and overwritten). ``--no-cache`` turns them off with the
embeddings (``JsonCache(None)`` reads and writes nothing).
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any


@functools.cache
def code_fingerprint() -> str | None:
    """A hash of every module of this package and of syntok (the sentence splitter), with the
    Python version and the Unicode tables behind ``\\w``: any change is another cache key.
    None when a file cannot be read (then nothing is cached)."""
    import importlib.util

    here = Path(__file__).resolve().parent
    spec = importlib.util.find_spec("syntok")
    if spec is None or not spec.origin:
        return None
    files = [*sorted(here.rglob("*.py")), *sorted(Path(spec.origin).resolve().parent.glob("*.py"))]
    h = hashlib.sha256(f"{sys.version_info[:2]}\0{unicodedata.unidata_version}".encode())
    try:
        for f in files:
            h.update(str(f.relative_to(f.parents[1])).encode() + b"\0" + f.read_bytes() + b"\0")
    except OSError:
        return None
    return h.hexdigest()


class JsonCache:
    """JSON values by key in one folder of the cache directory."""

    def __init__(self, directory: Path | None, folder: str) -> None:
        self._fingerprint = code_fingerprint() if directory is not None else None
        self.dir = Path(directory) / folder if self._fingerprint else None

    def key(self, *parts: str) -> str:
        h = hashlib.sha256(self._fingerprint.encode())
        for part in parts:
            h.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        """The value stored under ``key``; None when there is none or it does not read."""
        if self.dir is None:
            return None
        try:
            return json.loads(self._path(key).read_bytes())
        except Exception:  # missing, unreadable, truncated or foreign: the caller computes anew
            return None

    def put(self, key: str, value: Any) -> None:
        if self.dir is None:
            return
        p = self._path(key)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=p.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(value, fh, ensure_ascii=False, separators=(",", ":"))
                os.replace(tmp, p)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except (OSError, ValueError, TypeError):
            pass  # a read-only cache (or a value JSON cannot hold) only costs speed
