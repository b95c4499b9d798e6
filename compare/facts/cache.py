"""The facts each claim states by itself, kept on disk (diskcache.py, folder ``facts``).

Dates, times of day, places and numbers are read from a claim's own text, its language and its
source's publication date, and nothing else of the run: on a warm run they were the costliest
part of the fact stage, recomputed for texts read before. One entry per source holds, for each
claim, those facts as extract_all made them, before anything of the run is added (people,
knowledge, ids): every attribute of each fact, tuples told apart from lists, so that what is read
back is what would have been computed. An entry whose facts do not point at their own text in
the source is ignored and made anew.
"""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from ..diskcache import JsonCache
from ..model import Claim, Fact, Source


def _subclasses(cls: type) -> list[type]:
    out = [cls]
    for sub in cls.__subclasses__():
        out += _subclasses(sub)
    return out


class _Uncacheable(Exception):
    """A value JSON cannot hold as it is: that source is not cached."""


def _encode(v: Any) -> Any:
    t = type(v)
    if v is None or t is str or t is int or t is float or t is bool:
        return v
    if t is list:
        return [_encode(x) for x in v]
    if t is tuple:
        return {"t": [_encode(x) for x in v]}
    raise _Uncacheable(t.__name__)


def _decode(v: Any) -> Any:
    t = type(v)
    if t is list:
        return [_decode(x) for x in v]
    if t is dict:
        if set(v) != {"t"} or type(v["t"]) is not list:
            raise ValueError("not a tuple")
        return tuple(_decode(x) for x in v["t"])
    return v


class FactCache:
    """``FactCache(None)`` (``--no-cache``) reads and writes nothing."""

    def __init__(self, directory: Path | None) -> None:
        self._store = JsonCache(directory, "facts")
        self._classes: dict[str, tuple[type, frozenset[str]]] | None = None

    def _key(self, source: Source, claims: list[Claim]) -> str:
        spans = ",".join(f"{c.start}-{c.end}" for c in claims)
        return self._store.key(source.language or "", source.published or "", spans, source.text)

    @staticmethod
    def encode(facts: list[Fact]) -> list:
        """One claim's facts as an entry holds them (raises _Uncacheable)."""
        return [[type(f).__name__, {k: _encode(v) for k, v in vars(f).items()}] for f in facts]

    def get(self, source: Source, claims: list[Claim]) -> list[list[Fact]] | None:
        """Each claim's own facts, in the order extract_all made them; None when not cached."""
        if self._store.dir is None:
            return None
        entry = self._store.get(self._key(source, claims))
        if self._classes is None:
            self._classes = {cls.__name__: (cls, frozenset(f.name for f in fields(cls))) for cls in _subclasses(Fact)}
        try:
            if type(entry) is not list or len(entry) != len(claims):
                return None
            out = []
            for claim, facts in zip(claims, entry):
                own = []
                for name, attrs in facts:
                    cls, names = self._classes[name]
                    values = {k: _decode(v) for k, v in attrs.items()}
                    if values.keys() != names:
                        return None
                    f = cls.__new__(cls)
                    f.__dict__.update(values)
                    # each fact is a span of its own claim's text in the source: else the entry is no
                    # entry of this source
                    if type(f.start) is not int or type(f.end) is not int or \
                            not claim.start <= f.start <= f.end <= claim.end or f.text != source.text[f.start : f.end]:
                        return None
                    own.append(f)
                out.append(own)
            return out
        except (TypeError, ValueError, KeyError, AttributeError):
            return None

    def put(self, source: Source, claims: list[Claim], encoded: list[list] | None) -> None:
        """``encoded``: each claim's FactCache.encode(); None when one could not be encoded."""
        if self._store.dir is not None and encoded is not None:
            self._store.put(self._key(source, claims), encoded)
