"""Facts of a claim: dates, numbers, people and roles, who knew what.

``extract_all`` runs every kind over all claims of a run once; people and
knowledge need the whole run (a surname in one source is linked to the full name
in another, "hem" to the person the sentence is about).
"""
from __future__ import annotations

from ..claims import REASON_CLAUSE
from ..model import Claim, DateSpan, Source
from .dates import extract_dates
from .knowledge import extract_knowledge
from .numbers import extract_numbers
from .people import PeopleRegistry

__all__ = ["extract_all", "extract_dates", "extract_numbers", "PeopleRegistry", "extract_knowledge"]


def extract_all(sources: list[Source], claims_by_source: dict[str, list[Claim]]) -> PeopleRegistry:
    registry = PeopleRegistry.build(sources)
    for source in sources:
        claims = claims_by_source[source.id]
        named_here = registry.named_in(source.text)
        for claim in claims:
            dates = extract_dates(claim.text, claim.start, source.published, source.language)
            skip = [(f.start - claim.start, f.end - claim.start) for f in dates]
            numbers = extract_numbers(claim.text, claim.start, source.language, skip=skip)
            people = registry.people_in(claim.text, claim.start, source.language, named_here)
            claim.facts = sorted(dates + numbers + people, key=lambda f: (f.start, f.end, f.kind))
        extract_knowledge(source, claims, registry)
        for k, claim in enumerate(claims):
            claim.facts.sort(key=lambda f: (f.start, f.end, f.kind))
            for n, f in enumerate(claim.facts):
                f.claim, f.id = claim.id, f"{claim.id}/{n}"
            # a clause without a date of its own is dated by the sentence it came from, but
            # not the reason after an event ("opgestapt | na klachten"): that came before
            if not any(isinstance(f, DateSpan) for f in claim.facts) and not REASON_CLAUSE.match(claim.text):
                earlier = [c for c in claims[:k] if c.sentence == claim.sentence]
                claim.context = [f for c in earlier for f in c.facts if isinstance(f, DateSpan)]
    return registry
