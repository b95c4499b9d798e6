"""What the fact stage reads from one source alone, kept on disk (diskcache.py).

Dates, times of day, places and numbers are read from a claim's own text, its language and its
source's publication date; the candidate names of the people registry from the source's text,
segments and language. Nothing else of the run goes into either, and on a warm run they were
the costliest part of the fact stage, recomputed for texts read before. One entry per source
(folders ``facts`` and ``names``) holds them as they were made, before anything of the run is
added (people, knowledge, ids), every attribute of each, so that what is read back is what
would have been computed. An entry whose spans do not point into its own source is ignored
and made anew.
"""
from __future__ import annotations

from pathlib import Path

from ..diskcache import JsonCache, Uncacheable, classes, decode_objects, encode_objects
from ..model import Claim, Fact, Source

__all__ = ["FactCache", "CandidateCache", "Uncacheable", "encode_objects"]


class FactCache:
    """Each claim's own facts (facts._own_facts). ``FactCache(None)`` (``--no-cache``) reads
    and writes nothing."""

    def __init__(self, directory: Path | None) -> None:
        self._store = JsonCache(directory, "facts")
        self._classes: dict | None = None

    def _key(self, source: Source, claims: list[Claim]) -> str:
        spans = ",".join(f"{c.start}-{c.end}" for c in claims)
        return self._store.key(source.language or "", source.published or "", spans, source.text)

    def get(self, source: Source, claims: list[Claim]) -> list[list[Fact]] | None:
        """Each claim's own facts, in the order they were made; None when not cached."""
        if self._store.dir is None:
            return None
        entry = self._store.get(self._key(source, claims))
        if self._classes is None:
            self._classes = classes(Fact)
        try:
            if type(entry) is not list or len(entry) != len(claims):
                return None
            out = []
            for claim, facts in zip(claims, entry):
                own = decode_objects(facts, self._classes)
                for f in own:
                    # each fact is a span of its own claim's text in the source: else the entry is
                    # no entry of this source
                    if type(f.start) is not int or type(f.end) is not int or \
                            not claim.start <= f.start <= f.end <= claim.end or f.text != source.text[f.start : f.end]:
                        return None
                out.append(own)
            return out
        except (TypeError, ValueError, KeyError, AttributeError):
            return None

    def put(self, source: Source, claims: list[Claim], encoded: list[list] | None) -> None:
        """``encoded``: each claim's encode_objects(); None when one could not be encoded."""
        if self._store.dir is not None and encoded is not None:
            self._store.put(self._key(source, claims), encoded)


class CandidateCache:
    """The candidate names PeopleRegistry.build finds in one source (persons.find_candidates over
    its body). ``CandidateCache(None)`` reads and writes nothing."""

    def __init__(self, directory: Path | None) -> None:
        self._store = JsonCache(directory, "names")
        self._classes: dict | None = None

    def _key(self, source: Source) -> str:
        segments = ",".join(f"{seg.start}-{seg.end}" for seg in source.segments)
        return self._store.key(source.language or "", str(source.body_start), segments, source.text)

    def get(self, source: Source) -> list | None:
        if self._store.dir is None:
            return None
        entry = self._store.get(self._key(source))
        if self._classes is None:
            from .persons import Candidate

            self._classes = classes(Candidate)
        try:
            if type(entry) is not list:
                return None
            found = decode_objects(entry, self._classes)
            for c in found:
                if type(c.start) is not int or type(c.end) is not int or type(c.name) is not str \
                        or not 0 <= c.start <= c.end <= len(source.text):
                    return None
            return found
        except (TypeError, ValueError, KeyError, AttributeError):
            return None

    def put(self, source: Source, found: list) -> None:
        if self._store.dir is None:
            return
        try:
            self._store.put(self._key(source), encode_objects(found))
        except Uncacheable:
            pass
