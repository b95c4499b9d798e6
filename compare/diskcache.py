"""Results of the text stages kept on disk beside the embedding cache, one JSON file per entry.

A warm run (its embeddings cached) spent most of its time recomputing what depends only on an
article's text and this code: its sentence splits (syntok) and claims, its candidate names of
people, and the facts each claim states by itself (dates, times, places, numbers). Those are
kept in folders of the cache directory (``sentences/``, ``claims/``, ``names/``, ``facts/``), each entry named by the hash of everything it depends on and of
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
from dataclasses import fields
from pathlib import Path
from typing import Any, BinaryIO, Callable


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
        if self.dir is not None:
            write_entry(self._path(key), lambda fh: fh.write(
                json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")))


def write_entry(path: Path, write: Callable[[BinaryIO], Any]) -> None:
    """One cache entry written whole (a temporary file beside it, then a rename), so that runs
    at once never read half of one; best effort: a read-only cache, or a value that cannot be
    written, only costs speed. The embedding cache writes its vectors the same way."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except (OSError, ValueError, TypeError):
        pass


# -- objects as entries: dataclass instances with every attribute, types kept exactly --------

class Uncacheable(Exception):
    """A value JSON cannot hold as it is: the entry is not written."""


def _encode(v: Any) -> Any:
    t = type(v)
    if v is None or t is str or t is int or t is float or t is bool:
        return v
    if t is list:
        return [_encode(x) for x in v]
    if t is tuple:
        return {"t": [_encode(x) for x in v]}
    raise Uncacheable(t.__name__)


def _decode(v: Any) -> Any:
    t = type(v)
    if t is list:
        return [_decode(x) for x in v]
    if t is dict:
        if v.keys() != {"t"} or type(v["t"]) is not list:
            raise ValueError("not a tuple")
        return tuple(_decode(x) for x in v["t"])
    return v


def encode_objects(objects: list) -> list:
    """Dataclass instances as [class name, {attribute: value}] (raises Uncacheable): a tuple
    is written apart from a list, so that what is read back equals what was written, types too."""
    return [[type(o).__name__, {k: _encode(v) for k, v in vars(o).items()}] for o in objects]


def classes(*bases: type) -> dict[str, tuple[type, frozenset[str]]]:
    """The dataclasses decode_objects may make: ``bases`` and their subclasses, with their fields."""
    out: dict[str, tuple[type, frozenset[str]]] = {}
    todo = list(bases)
    while todo:
        cls = todo.pop()
        out[cls.__name__] = (cls, frozenset(f.name for f in fields(cls)))
        todo += cls.__subclasses__()
    return out


def decode_objects(entry: Any, known: dict[str, tuple[type, frozenset[str]]]) -> list:
    """encode_objects' list made back into instances; raises (ValueError, TypeError, KeyError)
    on anything else: a class not in ``known``, attributes other than its fields."""
    out = []
    for name, attrs in entry:
        cls, names = known[name]
        values = {k: _decode(v) for k, v in attrs.items()}
        if values.keys() != names:
            raise ValueError(f"not the fields of {name}")
        o = cls.__new__(cls)  # as written: __init__ would run defaults and checks over again
        o.__dict__.update(values)
        out.append(o)
    return out
