"""Which claims tell of another incident than the story's own: alignment keeps them apart.

A roundup story recalls earlier cases ("In 1998 bleef in Arnhem een zweefvliegtuig in een
boom hangen. Ook toen bleef de piloot ongedeerd."); a profile recounts a suspect's earlier
arrests. Such claims resemble the main story's claims (a plane in a tree, an arrest) but
state other facts, and aligning them makes false agreements.

The story's time is the day (or days) that most sources name (at least two). A claim dated
further than ``incident_gap_days`` from it tells of another incident when it tells of the
kind of event the story's own claims tell of ("another crash", "an earlier arrest":
paraphrase.py frames), or, whatever it tells of, when dated ``incident_years`` from it; so
do the ``incident_carry`` claims after it that carry no date ("Ook toen …"). A story's own
history (the warnings two years before a resignation) is of another kind and nearer.
Evidence between such a claim and a claim of another source that is not, is lowered by
``incident_penalty``, unless the two are dated near each other (two sources recalling the
same earlier case). Without a day that two sources share, no claim is set apart.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np

from .model import Claim, DateSpan
from .paraphrase import frames
from .settings import AlignSettings


def _ranges(claim: Claim) -> list[tuple[dt.date, dt.date]]:
    out = []
    for f in claim.facts:
        if isinstance(f, DateSpan) and f.resolved:
            out += [(dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for a, b in f.ranges]
    return out


def story_days(claims: list[Claim]) -> set[dt.date]:
    """The days most sources name (a day-precise date, counted once per source); none when no
    two sources name one day."""
    votes: Counter[dt.date] = Counter()
    for source in sorted({c.source for c in claims}):
        days = set()
        for c in claims:
            if c.source == source:
                days.update(a for a, b in _ranges(c) if a == b)
        votes.update(days)
    top = max(votes.values(), default=0)
    return {d for d, n in votes.items() if n == top} if top >= 2 else set()


def _near(x: list[tuple[dt.date, dt.date]], y: list[tuple[dt.date, dt.date]], gap: dt.timedelta) -> bool:
    # day differences, not shifted dates: an open bound ("nog voor 28 april") runs from date.min
    return any((a - d).days <= gap.days and (c - b).days <= gap.days for a, b in x for c, d in y)


def story_frames(claims: list[Claim], near: list[bool]) -> set[str]:
    """The kinds of event (paraphrase.py) that claims of the story's time tell of in most
    sources: "the crash", "the arrest"."""
    votes: Counter[str] = Counter()
    for source in sorted({c.source for c in claims}):
        votes.update(set().union(*(frames(c.text) for c, n in zip(claims, near) if n and c.source == source)))
    top = max(votes.values(), default=0)
    return {f for f, n in votes.items() if n == top}


def other_incident(claims: list[Claim], options: AlignSettings) -> tuple[np.ndarray, list]:
    """For each claim (in source order): whether it tells of another incident, and each claim's
    own dates. Another incident: dated further than ``incident_gap_days`` from the story's days
    and telling of the same kind of event as the story ("another crash"), or one of the
    ``incident_carry`` claims after such a claim that carry no date of their own."""
    n = len(claims)
    apart = np.zeros(n, dtype=bool)
    when = [_ranges(c) for c in claims]
    days = story_days(claims)
    if not days:
        return apart, when
    gap = dt.timedelta(days=options.incident_gap_days)
    story = [(d, d) for d in sorted(days)]
    near = [bool(w) and _near(w, story, gap) for w in when]
    long_ago = dt.timedelta(days=options.incident_years * 365)
    kinds = story_frames(claims, near)
    left = 0
    for k, c in enumerate(claims):
        if k == 0 or claims[k - 1].source != c.source:
            left = 0
        if when[k]:
            apart[k] = not near[k] and (bool(frames(c.text) & kinds) or not _near(when[k], story, long_ago))
            left = options.incident_carry if apart[k] else 0
        elif left > 0:
            apart[k] = True
            left -= 1
    return apart, when


def incident_penalty(claims: list[Claim], options: AlignSettings) -> np.ndarray:
    """A matrix: ``incident_penalty`` between a claim of another incident and a claim of another
    source that is not, unless that claim is dated near it (two sources telling of the same
    earlier case); else 0."""
    n = len(claims)
    out = np.zeros((n, n), dtype=np.float32)
    if not n or options.incident_penalty <= 0:
        return out
    apart, when = other_incident(claims, options)
    gap = dt.timedelta(days=options.incident_gap_days)
    _, source = np.unique(np.array([c.source for c in claims]), return_inverse=True)
    dated = np.array([bool(w) for w in when])
    for i in np.flatnonzero(apart):
        # the claims of other sources that are not apart, less those dated near claim i
        others = ~apart & (source != source[i])
        if when[i]:
            for j in np.flatnonzero(others & dated):
                if _near(when[i], when[j], gap):
                    others[j] = False
        out[i, others] = options.incident_penalty
        out[others, i] = options.incident_penalty
    return out
