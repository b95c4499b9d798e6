"""Sources that copy each other: a wire story printed twice is one source, not two.

Two articles written apart share facts, names and the odd quote, but seldom a run of many
words outside a quote. So a source's text is read as the runs of ``copies.run_words``
words it shares with another source (article body only: segments such as captions and
copyright lines are left out), and the pair is a copy when the shared runs cover at least
``copies.min_share`` of one of the two texts, or ``copies.min_sentences`` whole sentences
of both (a statement or a wire paragraph taken over whole; one quoted remark is one
sentence). The earlier publication is the original; when the dates do not tell (unknown,
or the same day), the two only share text.

``independent(claims, relations)`` counts the sources of a group that confirm a claim
independently: two members count once when their sources copy each other and the two
claims share a run of words, so a "fact" resting on one wire story shows as such.
"""
from __future__ import annotations

import itertools
import re

from .claims import split_sentences
from .ingest import body_stretches
from .model import Claim, CopyRelation, Source
from .settings import CopySettings

_WORD = re.compile(r"\w+")


def _words(source: Source) -> tuple[list[str], list[int]]:
    """The body's words, lower-cased, in order, and where each starts in the text."""
    words: list[str] = []
    starts: list[int] = []
    for a, b in body_stretches(source.text, source.segments, source.body_start):
        for m in _WORD.finditer(source.text, a, b):
            words.append(m.group().lower())
            starts.append(m.start())
    return words, starts


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _covered(words: list[str], shared: set[tuple[str, ...]], n: int) -> list[bool]:
    """For each word of ``words``: whether it lies in a run of ``n`` words that is in ``shared``."""
    hit = [False] * len(words)
    for i in range(len(words) - n + 1):
        if tuple(words[i:i + n]) in shared:
            hit[i:i + n] = [True] * n
    return hit


def _shared_sentences(sentences, starts: list[int], hit: list[bool], settings: CopySettings) -> int:
    """Sentences (of one source) printed (nearly) word for word by the other source."""
    count = 0
    for sentence in sentences:
        inside = [h for s, h in zip(starts, hit) if sentence.start <= s < sentence.end]
        if len(inside) >= settings.run_words and sum(inside) >= settings.sentence_share * len(inside):
            count += 1
    return count


def _earlier(a: Source, b: Source) -> str | None:
    """The id of the source published first, when the dates tell (different days at least)."""
    if not a.published or not b.published:
        return None
    # "2021-07" and "2021-07-05" cannot be ordered; two dates of which neither is a prefix can
    x, y = a.published, b.published
    if x.startswith(y) or y.startswith(x):
        return None
    return a.id if x < y else b.id


def find_copies(sources: list[Source], settings: CopySettings | None = None) -> list[CopyRelation]:
    """Every pair of sources whose shared runs of words cover ``min_share`` of either text."""
    settings = settings or CopySettings()
    n = settings.run_words
    read = {s.id: _words(s) for s in sources}
    runs = {s.id: _runs(read[s.id][0], n) for s in sources}
    sentences: dict[str, list] = {}  # split once, and only for sources that share a run
    out: list[CopyRelation] = []
    for a, b in itertools.combinations(sources, 2):
        shared = runs[a.id] & runs[b.id]
        if not shared:
            continue
        share, whole = {}, {}
        for s in (a, b):
            words, starts = read[s.id]
            hit = _covered(words, shared, n)
            share[s.id] = round(sum(hit) / len(words), 2) if words else 0.0
            if s.id not in sentences:
                sentences[s.id] = split_sentences(s)
            whole[s.id] = _shared_sentences(sentences[s.id], starts, hit, settings)
        if max(share.values()) < settings.min_share and min(whole.values()) < settings.min_sentences:
            continue
        earlier = _earlier(a, b)
        copy = None if earlier is None else (b.id if earlier == a.id else a.id)
        out.append(CopyRelation(sources=(a.id, b.id), share=share, sentences=min(whole.values()),
                                earlier=earlier, copy=copy))
    return out


def related(relations: list[CopyRelation]) -> set[frozenset[str]]:
    """The pairs of sources that share text."""
    return {frozenset(r.sources) for r in relations}


def independent(claims: list[Claim], relations: list[CopyRelation], run_words: int | None = None) -> int:
    """How many sources among ``claims`` state them independently: claims of two sources
    that copy each other and share a run of words count as one source."""
    n = run_words or CopySettings().run_words
    pairs = related(relations)
    sources = sorted({c.source for c in claims})
    parent = {s: s for s in sources}

    def find(s: str) -> str:
        while parent[s] != s:
            s = parent[s]
        return s

    runs = {c.id: _runs([w.lower() for w in _WORD.findall(c.text)], n) for c in claims}
    for x, y in itertools.combinations(claims, 2):
        if x.source == y.source or frozenset((x.source, y.source)) not in pairs:
            continue
        shorter = min(len(_WORD.findall(x.text)), len(_WORD.findall(y.text)))
        # a claim shorter than a run is copied when the other holds it word for word
        if runs[x.id] & runs[y.id] or (shorter < n and _contains(x.text, y.text)):
            parent[find(x.source)] = find(y.source)
    return len({find(s) for s in sources})


def _contains(a: str, b: str) -> bool:
    wa = " ".join(w.lower() for w in _WORD.findall(a))
    wb = " ".join(w.lower() for w in _WORD.findall(b))
    return bool(wa and wb) and (wa in wb or wb in wa)


def describe(relation: CopyRelation, source_id: str, label) -> str:
    """What the source table says about ``source_id`` in this relation ("copies 80% of 002");
    ``label`` turns a source id into its short name."""
    other = relation.other(source_id)
    if relation.copy == source_id:
        return f"copies {relation.share[other]:.0%} of {label(other)}"
    if relation.copy == other:
        return f"copied by {label(other)} ({relation.share[source_id]:.0%} of this text)"
    return f"shares {relation.share[source_id]:.0%} of its text with {label(other)}"
