"""A thing one source states and another denies by name: "had kerosine over zich heen
gekregen" against "onder de benzine, geen kerosine, benzine"; "suffered from PTSD" against
"an adjustment disorder, but not PTSD". The two claims rarely align (the denial corrects
in other words), so the sheet looks for them across the whole story.

Only a bare noun is read as denied: the denial word stands right before it and a comma or
full stop right after ("geen kerosine,"), no verb comes first ("was geen optie" and "was not
released" are predicates), and it is no number, weekday or month (counts and dates have
their own slots), and no row of denials ("geen X, geen Y": a motto's demands). Measured over
the 138 corpus stories (GVC and DPG) without those rules: five denials had the thing stated
by another source; two were real disagreements, and a date correction, a participle ("but
not confirmed") and a motto are what the rules leave out."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lang
from .judge import fingerprint
from .model import Claim, Finding, Mention, SheetEntry, Slot, Source, short_id

_MIN_LETTERS = 4  # "not two", "geen pas": shorter words are mostly function words


@dataclass(frozen=True)
class _Patterns:
    denial: re.Pattern  # the denial word and the bare noun after it
    predicate: re.Pattern  # a verb right before the denial word: "was geen optie"
    row_after: re.Pattern  # ", geen …" after the noun: a row of denials
    row_before: re.Pattern  # "geen X, " before the denial word
    not_things: frozenset[str]  # number words, months, weekdays
    participle_endings: tuple[str, ...]


@functools.lru_cache(maxsize=None)
def _patterns(code: str) -> _Patterns | None:
    pack = lang.pack_for(code)
    if pack is None or not pack.denial_words:
        return None
    words = lang.alternation(pack.denial_words)
    return _Patterns(
        denial=re.compile(rf"\b({words})\s+([^\W\d_][\w-]{{{_MIN_LETTERS - 1},}})(?=\s*[,.;:)])", re.I),
        predicate=re.compile(rf"\b(?:{lang.alternation(pack.predicate_verbs)})\s+$", re.I),
        row_after=re.compile(rf"\s*,\s*(?:{words})\b", re.I),
        row_before=re.compile(rf"\b(?:{words})\s+[\w-]+\s*,\s*$", re.I),
        not_things=frozenset(w.lower() for w in (*pack.units, *pack.tens, *pack.months, *pack.weekdays)),
        participle_endings=tuple(pack.participle_endings),
    )


def _denied(claim: Claim, code: str) -> list[tuple[str, int, int]]:
    """(thing, start, end) for each bare noun the claim denies; the span holds the denial word."""
    p = _patterns(code)
    if p is None:
        return []
    out = []
    for m in p.denial.finditer(claim.text):
        thing = m.group(2)
        if thing.lower() in p.not_things or p.predicate.search(claim.text, 0, m.start()):
            continue
        # "geen verdedigingsmiddelen, geen bonnen": a row of demands (a motto), not a correction
        if p.row_after.match(claim.text, m.end()) or p.row_before.search(claim.text, 0, m.start()):
            continue
        if thing.islower() and thing.lower().endswith(p.participle_endings):
            continue  # "but not confirmed": a verb
        out.append((thing, claim.start + m.start(), claim.start + m.end()))
    return out


def _stated(claim: Claim, thing: str, code: str) -> tuple[int, int] | None:
    """The span where the claim names the thing without denying it."""
    pack = lang.pack_for(code)
    for m in re.finditer(rf"\b{re.escape(thing)}\b", claim.text, re.I):
        before = claim.text[max(0, m.start() - 30) : m.start()]
        if pack and pack.denial_words and re.search(rf"\b(?:{lang.alternation(pack.denial_words)})\b[^,.;:]*$", before, re.I):
            continue
        return claim.start + m.start(), claim.start + m.end()
    return None


def denial_slots(sources: list[Source], claims: list[Claim]) -> list[Slot]:
    """One slot for each thing a source denies that another source states."""
    language = {s.id: s.language for s in sources}
    texts = {s.id: s.text for s in sources}
    slots: dict[str, Slot] = {}
    for c in claims:
        for thing, a, b in _denied(c, language[c.source]):
            key = f"main/denied/{thing.lower()}"
            stated = []
            for other in claims:
                if other.source == c.source or language[other.source] != language[c.source]:
                    continue
                span = _stated(other, thing, language[other.source])
                if span and not any(e.source == other.source for e in stated):
                    stated.append(SheetEntry(other.source, other.id, Mention(text=texts[other.source][span[0]:span[1]],
                                                                     start=span[0], end=span[1], claim=other.id)))
            if not stated:
                continue
            slot = slots.setdefault(key, Slot(id="", key=key, label=f"Stated and denied: {thing}", incident="main",
                                              status="conflict"))
            if not any(e.source == c.source for e in slot.entries):
                slot.entries.append(SheetEntry(c.source, c.id, Mention(text=texts[c.source][a:b], start=a, end=b, claim=c.id,
                                                                       denied=True)))
            for e in stated:
                if not any(x.source == e.source for x in slot.entries):
                    slot.entries.append(e)
    out = []
    for slot in sorted(slots.values(), key=lambda s: s.key):
        slot.entries.sort(key=lambda e: (e.source, e.claim))
        values = {e.source: e.fact.text for e in slot.entries}
        said = "; ".join(f"{short_id(s)} says '{v}'" for s, v in values.items())
        slot.findings.append(Finding(
            severity="conflict", kind="denial", claims=sorted({e.claim for e in slot.entries}), values=values,
            spans={e.claim: e.fact.text for e in slot.entries}, message=f"One source denies what another states: {said}",
            fingerprint=fingerprint(f"sheet:{slot.key}", sorted(values.items()))))
        out.append(slot)
    return out
