"""Facts of a claim: dates, numbers, people and roles, who knew what.

``extract_all`` runs every kind over all claims of a run once; people and
knowledge need the whole run (a surname in one source is linked to the full name
in another, "hem" to the person the sentence is about).
"""
from __future__ import annotations

from pathlib import Path

from ..claims import is_reason_clause
from ..inert import remap_spans, strip_in_numbers
from ..model import Claim, DateSpan, Fact, Source
from .cache import CandidateCache, FactCache, Uncacheable, encode_objects
from .dates import extract_dates
from .knowledge import extract_knowledge
from .numbers import extract_numbers
from .places import extract_places
from .times import extract_times
from .people import PeopleRegistry

__all__ = ["extract_all", "extract_dates", "extract_numbers", "PeopleRegistry", "extract_knowledge"]


def _own_facts(claim: Claim, source: Source) -> list[Fact]:
    """The facts a claim states by itself: dates, times, places, numbers (in that order)."""
    # invisible characters inside a number ("12\u200b000 euro") are read past; the
    # spans are put back on the source text after (inert.py)
    hidden = strip_in_numbers(claim.text)
    text, at = (hidden[0], 0) if hidden else (claim.text, claim.start)
    dates = extract_dates(text, at, source.published, source.language)
    skip = [(f.start - at, f.end - at) for f in dates]
    times = extract_times(text, at, source.language, skip=skip)
    skip += [(f.start - at, f.end - at) for f in times]
    places = extract_places(text, at, source.language, skip=skip)
    skip += [(f.start - at, f.end - at) for f in places]  # house numbers are no counts
    numbers = extract_numbers(text, at, source.language, skip=skip)
    if hidden:
        remap_spans(dates + times + places + numbers, hidden[1], claim.start, source.text)
    return dates + times + places + numbers


def extract_all(sources: list[Source], claims_by_source: dict[str, list[Claim]],
                cache_dir: Path | None = None) -> PeopleRegistry:
    """``cache_dir``: where what each source gives alone (its claims' own facts, its candidate
    names) is kept across runs (facts/cache.py); None: nowhere."""
    registry = PeopleRegistry.build(sources, CandidateCache(cache_dir) if cache_dir is not None else None)
    cache = FactCache(cache_dir) if cache_dir is not None else None
    for source in sources:
        claims = claims_by_source[source.id]
        named_here = registry.named_in(source.text)
        cached = cache.get(source, claims) if cache is not None else None
        encoded: list | None = [] if cache is not None and cached is None else None
        for k, claim in enumerate(claims):
            if cached is not None:
                own = cached[k]
            else:
                own = _own_facts(claim, source)
                if encoded is not None:
                    try:  # as made, before the run adds ids and the people of the run
                        encoded.append(encode_objects(own))
                    except Uncacheable:
                        encoded = None
            people = registry.people_in(claim.text, claim.start, source.language, named_here)
            claim.facts = sorted(own + people, key=lambda f: (f.start, f.end, f.kind))
        if cache is not None and cached is None:
            cache.put(source, claims, encoded)
        extract_knowledge(source, claims, registry)
        for k, claim in enumerate(claims):
            claim.facts.sort(key=lambda f: (f.start, f.end, f.kind))
            for n, f in enumerate(claim.facts):
                f.claim, f.id = claim.id, f"{claim.id}/{n}"
            # a clause without a date of its own is dated by the sentence it came from, but
            # not the reason after an event ("opgestapt | na klachten"): that came before
            if not any(isinstance(f, DateSpan) for f in claim.facts) and not is_reason_clause(claim.text, source.language):
                earlier = [c for c in claims[:k] if c.sentence == claim.sentence]
                claim.context = [f for c in earlier for f in c.facts if isinstance(f, DateSpan)]
    return registry
