"""Claims across sources that state the same thing → groups.

e5 cosines are squeezed (unrelated sentences still score 0.75–0.8), so no fixed
cosine threshold is used. The evidence for a pair is relative:
- CSLS: the cosine minus each claim's mean similarity to its nearest neighbours in
  other sources (hub claims that resemble everything are discounted);
- mutual best match between the two sources;
- shared content words, shared word trigrams (near-verbatim quotes), and shared
  fact values (the same count of the same thing, the same date, the same person).
All signals are matrices over claims: one product each, no loop over pairs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .model import Claim, Group

_STOP = set(
    """de het een en van in is dat op te zijn niet met voor die er aan als ook door maar bij om naar was heeft hebben
    wordt werd nog zij hij wij ze ik je hem haar hun dit deze over uit tot dan wel geen al toen zo wat wie waar
    of zich mijn zijn haar ons onze meer veel ook nu na tegen had waren worden kan kon moet zou zal
    the a an and of in is that on to be not with for who it as also by but at from was has have had were he she
    they said this his her their there which when what been are its or if than then into about after over
    """.split()
)


@dataclass
class AlignOptions:
    neighbours: int = 3  # k of CSLS
    link_threshold: float = 0.02  # combined evidence for a mutual-best pair
    strong_threshold: float = 0.16  # combined evidence that links without being mutual best
    group_threshold: float = 0.0  # mean evidence a merged group keeps across its sources
    group_floor: float = -0.05  # no pair in a merged group may be this far apart
    max_per_source: int = 2  # a group may hold a source's claim and its restatement


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+|\d+", text.lower()) if w not in _STOP and (len(w) > 2 or w.isdigit())]


def _binary_matrix(rows: list[set[str]]) -> np.ndarray:
    vocab: dict[str, int] = {}
    for r in rows:
        for t in sorted(r):
            vocab.setdefault(t, len(vocab))
    m = np.zeros((len(rows), max(len(vocab), 1)), dtype=np.float32)
    for i, r in enumerate(rows):
        for t in r:
            m[i, vocab[t]] = 1.0
    return m


def fact_keys(claim: Claim) -> set[str]:
    """Values that, shared by two claims, say they speak of the same thing."""
    keys = set()
    for f in claim.facts:
        if f.kind in ("count", "money", "duration", "age", "percent") and f.unit:
            v = f.value.get("value", f.value.get("high")) if isinstance(f.value, dict) else f.value
            keys.add(f"{f.kind}:{v}:{f.unit}")
            keys.add(f"n:{v}")  # the same number of differently named things ("vier klachten", "vier medewerkers")
        elif f.kind == "date" and f.value is not None and f.precision in ("day", "month"):
            vals = f.value if isinstance(f.value, list) else [f.value]
            if len(vals) == 1:
                keys.add(f"date:{vals[0]}")
        elif f.kind == "person" and f.value:
            keys.add(f"person:{f.value}")
    return keys


def evidence_matrix(claims: list[Claim], embeddings: np.ndarray, options: AlignOptions) -> np.ndarray:
    """Combined pair evidence; -inf on the diagonal and between claims of one source."""
    n = len(claims)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    sources = np.array([c.source for c in claims])
    same = sources[:, None] == sources[None, :]
    cos = embeddings @ embeddings.T
    cos_masked = np.where(same, -np.inf, cos)
    k = max(1, min(options.neighbours, int((~same).sum(axis=1).min()) if n > 1 else 1))
    topk = -np.sort(-cos_masked, axis=1)[:, :k]
    topk = np.where(np.isfinite(topk), topk, np.nan)
    r = np.nan_to_num(np.nanmean(topk, axis=1), nan=0.0)
    csls = 2 * cos - r[:, None] - r[None, :]

    tokens = [set(_tokens(c.text)) for c in claims]
    words = _binary_matrix(tokens)
    overlap = words @ words.T
    sizes = words.sum(axis=1)
    jaccard = overlap / np.maximum(sizes[:, None] + sizes[None, :] - overlap, 1)

    trigrams = []
    for c in claims:
        t = _tokens(c.text)
        trigrams.append({" ".join(t[i : i + 3]) for i in range(len(t) - 2)})
    tri = _binary_matrix(trigrams)
    shared_tri = np.minimum(tri @ tri.T, 3) / 3

    facts = _binary_matrix([fact_keys(c) for c in claims])
    shared_facts = np.minimum(facts @ facts.T, 2) / 2

    evidence = csls + 0.25 * jaccard + 0.15 * shared_tri + 0.06 * shared_facts
    evidence = np.where(same, -np.inf, evidence)
    np.fill_diagonal(evidence, -np.inf)
    return evidence.astype(np.float32)


def align(claims: list[Claim], embeddings: np.ndarray, options: AlignOptions | None = None) -> list[Group]:
    options = options or AlignOptions()
    n = len(claims)
    ev = evidence_matrix(claims, embeddings, options)
    sources = sorted({c.source for c in claims})
    src_index = np.array([sources.index(c.source) for c in claims])

    # best match of each claim in each other source (one argmax per source column block)
    best = np.full((n, len(sources)), -1, dtype=np.int64)
    for s, _ in enumerate(sources):
        cols = np.where(src_index == s)[0]
        if len(cols) == 0:
            continue
        sub = ev[:, cols]
        best[:, s] = cols[np.argmax(sub, axis=1)]
    idx = np.arange(n)
    links = []
    if n:
        for s, _ in enumerate(sources):
            j = best[:, s]
            mutual = best[j, src_index] == idx
            score = ev[idx, j]
            ok = (src_index != s) & np.isfinite(score) & (((score >= options.link_threshold) & mutual) | (score >= options.strong_threshold))
            for i in np.where(ok)[0]:
                a, b = sorted((int(i), int(j[i])))
                links.append((float(ev[a, b]), a, b))
    links = sorted(set(links), key=lambda x: (-x[0], x[1], x[2]))

    # agglomerate strongest links first; a merge must keep the group coherent
    parent = list(range(n))
    members = {i: [i] for i in range(n)}
    weakest = {i: 0.0 for i in range(n)}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for score, a, b in links:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        merged = members[ra] + members[rb]
        counts = np.bincount(src_index[merged], minlength=len(sources))
        if counts.max() > options.max_per_source:
            continue
        sub = ev[np.ix_(members[ra], members[rb])]
        cross = sub[np.isfinite(sub)]
        if cross.size and (float(cross.mean()) < options.group_threshold or float(cross.min()) < options.group_floor):
            continue
        parent[rb] = ra
        members[ra] = sorted(merged)
        weakest[ra] = min(weakest[ra] or score, weakest[rb] or score, score)
        del members[rb]

    roots = sorted(members, key=lambda r: min(members[r]))
    groups = []
    for r in roots:
        ids = [claims[i].id for i in members[r]]
        status = "unique" if len({claims[i].source for i in members[r]}) < 2 else "agree"
        groups.append(Group(id="", claims=ids, status=status, score=round(float(weakest[r]), 4)))
    # multi-source groups first, then unique claims, each in source order
    multi = [g for g in groups if g.status != "unique"]
    single = [g for g in groups if g.status == "unique"]
    for k, g in enumerate(multi + single, start=1):
        g.id = f"G{k}"
    return multi + single
