"""Claims across sources that state the same thing → groups.

e5 cosines are squeezed (unrelated sentences still score 0.75–0.8), so no fixed
cosine threshold is used. The evidence for a pair is relative:
- CSLS: the cosine minus each claim's mean similarity to its nearest neighbours in
  other sources (hub claims that resemble everything are discounted);
- shared content words, shared word trigrams (near-verbatim quotes), and shared
  fact values (the same count of the same thing, the same date, the same person);
- a shared news event told in other words ("legt zijn functie neer" / "stapt op"), by how
  rare it is in the run (paraphrase.py). It says two claims speak of the same thing, not
  that they state the same fact, so verdicts read the evidence without it.
All signals are matrices over claims: one product each, no loop over pairs.
"""
from __future__ import annotations

import math
import re
import numpy as np

from . import lang
from .model import NUMERIC_KINDS, Claim, DateSpan, Group, Quantity
from .incidents import incident_penalty
from .paraphrase import frames
from .settings import AlignSettings

# claims of several languages are compared: the stop words of every language pack
_STOP = lang.union("stop_words")


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+|\d+", text.lower()) if w not in _STOP and (len(w) > 2 or w.isdigit())]


def _binary_matrix(rows: list[set[str]]) -> np.ndarray:
    vocab: dict[str, int] = {}
    for r in rows:
        for t in sorted(r):
            vocab.setdefault(t, len(vocab))
    m = np.zeros((len(rows), max(len(vocab), 1)), dtype=np.float32)
    m[np.repeat(np.arange(len(rows)), [len(r) for r in rows]), [vocab[t] for r in rows for t in r]] = 1.0
    return m


def _shared_counts(rows: list[set[str]]) -> np.ndarray:
    """How many terms each two rows share: the product of their binary matrix with its
    transpose, in the same float32 integers, counted over the rows that hold each term
    instead of over a matrix of every row and every term (most terms are in one row)."""
    n = len(rows)
    holders: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        for t in r:
            holders.setdefault(t, []).append(i)
    cells = [i * n + j for h in holders.values() for i in h for j in h]
    return np.bincount(np.array(cells, dtype=np.int64), minlength=n * n).reshape(n, n).astype(np.float32)


def _idf_overlap(rows: list[set[str]]) -> np.ndarray:
    """Weighted Jaccard of term sets, each term weighted by its inverse document frequency:
    in a corpus about one event the protagonist's name is in every claim and says little.

    Computed term by term over the rows that hold each term, not as a product of matrices of
    every row and every term: most terms are in one or a few rows."""
    n_rows = len(rows)
    n = max(n_rows, 1)
    holders: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        for t in sorted(r):
            holders.setdefault(t, []).append(i)
    total = np.zeros(n_rows, dtype=np.float64)
    cells, weights = [], []
    for h in holders.values():
        weight = float(np.float32(math.log((n + 1) / (len(h) + 1))))
        rows_of = np.array(h, dtype=np.int64)
        total[rows_of] += weight
        if len(h) > 1:
            cells.append((rows_of[:, None] * n_rows + rows_of[None, :]).ravel())
            weights.append(np.full(len(h) * len(h), weight))
    shared = (np.bincount(np.concatenate(cells), np.concatenate(weights), minlength=n_rows * n_rows)
              if cells else np.zeros(n_rows * n_rows)).reshape(n_rows, n_rows)
    np.fill_diagonal(shared, total)  # a row shares all its terms with itself
    union = total[:, None] + total[None, :] - shared
    return (shared / np.maximum(union, 1e-6)).astype(np.float32)


def _rare_shared(rows: list[set[str]]) -> np.ndarray:
    """How rare the rarest term two rows share is, in [0, 1]: 1 for a term only those two
    rows have, near 0 for one most rows have. Not divided by what else the rows hold, since a
    row holds one or two terms: a shared frame is no evidence in a story where every claim
    is about the shooting, and good evidence where two claims alone speak of resigning."""
    m = _binary_matrix(rows)
    n = max(len(rows), 2)
    df = m.sum(axis=0)
    rarity = np.clip(np.log(n / np.maximum(df, 1)) / np.log(max(n, 3) / 2), 0.0, 1.0).astype(np.float32)
    out = np.zeros((len(rows), len(rows)), dtype=np.float32)
    for t in range(m.shape[1]):  # one outer product per term: the terms are few, the claims many
        out = np.maximum(out, np.outer(m[:, t], m[:, t]) * rarity[t])
    return out


def _median(values: np.ndarray) -> float:
    """np.median of 1-d values without NaN, as numpy computes it (the mean of the middle one or
    two of a partition), without its check for NaN, which imports numpy.ma on every run."""
    half = len(values) // 2
    middle = [half - 1, half] if len(values) % 2 == 0 else [half]
    return float(np.mean(np.partition(values, middle)[middle[0] : half + 1]))


def _quantile(values: np.ndarray, q: float) -> float:
    """np.quantile(values, q) of 1-d float values without NaN, by its default (linear) method,
    step by step as numpy computes it, without the np.unique that imports numpy.ma."""
    n = len(values)
    at = (n - 1) * q
    if at >= n - 1:
        below = above = -1
    elif at < 0:
        below = above = 0
    else:
        below = math.floor(at)
        above = below + 1
    part = np.partition(values, sorted({0, n - 1, below % n, above % n}))
    low, high, share = part[below], part[above], at - below
    step = high - low
    return float(high - step * (1 - share) if share >= 0.5 else low + step * share)


def fact_keys(claim: Claim) -> set[str]:
    """Values that, shared by two claims, say they speak of the same thing. People are left
    out: in articles about one event the same few people are in most claims, and their
    names already count as words."""
    keys = set()
    for f in claim.facts:
        if isinstance(f, Quantity) and f.kind in NUMERIC_KINDS and f.unit:
            v = f.point
            keys.add(f"{f.kind}:{v}:{f.unit}")
            keys.add(f"n:{v}")  # the same number of differently named things ("vier klachten", "vier medewerkers")
        elif isinstance(f, DateSpan) and f.value is not None:
            # the same dated moment or period; IDF weighting makes a year every claim names cheap.
            # "maandag" in a month-dated article keys each Monday it can be.
            # A bound ("nog voor 28 april") names the same day as "op 28 april": both speak of it.
            modifier = "" if f.modifier in ("before", "by", "after") and f.precision == "day" else f.modifier or ""
            for v in f.value if isinstance(f.value, list) else [f.value]:
                keys.add(f"date:{v}:{modifier}")
    return keys


def with_discourse_context(claims: list[Claim], embeddings: np.ndarray, weight: float) -> np.ndarray:
    """Each claim's vector plus a share of the claim before it in the same source: "Hij legt
    zijn functie neer" or "Daarop besloot Halsema …" mean what they mean after the claim
    before them. Claims are in source order, so the previous row is the previous claim."""
    if weight <= 0 or len(claims) < 2:
        return embeddings
    same_source = np.array([False] + [claims[i - 1].source == claims[i].source for i in range(1, len(claims))])
    previous = np.vstack([np.zeros_like(embeddings[:1]), embeddings[:-1]])
    mixed = embeddings + weight * np.where(same_source[:, None], previous, 0.0)
    return (mixed / np.maximum(np.linalg.norm(mixed, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def evidence_matrix(claims: list[Claim], embeddings: np.ndarray, options: AlignSettings) -> tuple[np.ndarray, np.ndarray]:
    """Pair evidence, -inf on the diagonal and between claims of one source, twice: that two
    claims speak of the same thing (for grouping), and that they state the same fact (for
    verdicts: the first without the evidence of a shared kind of event, since two claims
    about "the shooting" may still be about two moments of it)."""
    return _evidence(claims, with_discourse_context(claims, embeddings, options.discourse_context), options)


def _evidence(claims: list[Claim], embeddings: np.ndarray, options: AlignSettings) -> tuple[np.ndarray, np.ndarray]:
    n = len(claims)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=np.float32)
    _, source_index = np.unique(np.array([c.source for c in claims]), return_inverse=True)
    same = source_index[:, None] == source_index[None, :]  # (integers compare faster than the ids)
    cos = embeddings @ embeddings.T
    cos_masked = np.where(same, -np.inf, cos)
    k = max(1, min(options.neighbours, int((~same).sum(axis=1).min()) if n > 1 else 1))
    # the k highest of each row, highest first, as a full sort would give them: a partition
    # finds them, and only those k are sorted
    topk = -np.sort(-np.partition(cos_masked, n - k, axis=1)[:, n - k :], axis=1)
    # the mean of each row's comparable neighbours (0 where it has none), as np.nanmean
    # computes it, without its warning for a claim that has no claim of another source
    finite = np.isfinite(topk)
    count = finite.sum(axis=1)
    r = np.where(count > 0, (np.where(finite, topk, 0).sum(axis=1) / np.maximum(count, 1)).astype(topk.dtype), 0.0)
    # CSLS is meant to discount hubs; it must not reward loners: a short generic claim
    # ("Dat gebeurde na moeizame onderhandelingen.") resembles nothing, and a low r would
    # lift all its pairs. So r never falls below the corpus median.
    r = np.maximum(r, _median(r))
    csls = 2 * cos - r[:, None] - r[None, :]

    jaccard = _idf_overlap([set(_tokens(c.text)) for c in claims])

    trigrams = []
    for c in claims:
        t = _tokens(c.text)
        trigrams.append({" ".join(t[i : i + 3]) for i in range(len(t) - 2)})
    shared_tri = np.minimum(_shared_counts(trigrams), options.trigram_cap) / options.trigram_cap

    shared_facts = _idf_overlap([fact_keys(c) for c in claims])
    shared_frames = _rare_shared([frames(c.text) for c in claims])

    same_fact = csls + options.word_weight * jaccard + options.trigram_weight * shared_tri + options.fact_weight * shared_facts
    same_fact = same_fact - incident_penalty(claims, options)  # a roundup's other incident stays apart
    same_fact = np.where(same, -np.inf, same_fact)
    np.fill_diagonal(same_fact, -np.inf)
    same_thing = same_fact + options.frame_weight * shared_frames
    return same_thing.astype(np.float32), same_fact.astype(np.float32)


def average_linkage(ev: np.ndarray, src_index: np.ndarray, cos: np.ndarray, restate_floor: float,
                    threshold: float, max_per_source: int) -> list[list[int]]:
    """Greedy average linkage over the pair evidence ``ev`` (-inf: never comparable): the two
    clusters with the highest average evidence are merged first, while it reaches
    ``threshold``; a merge that would give a cluster more than ``max_per_source`` claims of
    one source, or two claims of one source that are not restatements (``cos`` below
    ``restate_floor``), is blocked for that pair of clusters. Ties go to the first row, then
    the first column, as an argmax over the whole matrix would.

    In O(n²): each row keeps its best partner, and a merge of i and j only touches row i,
    column i and the rows whose best partner was i or j; the full matrix is never rebuilt.
    Returns the clusters (claim indices, sorted), ordered by their first claim."""
    n = ev.shape[0]
    valid = np.isfinite(ev)
    sums = np.where(valid, ev, 0.0).astype(np.float64)  # summed evidence between clusters
    counts = valid.astype(np.float64)  # number of comparable pairs between clusters
    n_sources = int(src_index.max()) + 1 if n else 0
    per_source = np.zeros((n, n_sources), dtype=np.int64)
    per_source[np.arange(n), src_index] = 1
    alive = np.ones(n, dtype=bool)
    blocked = np.zeros((n, n), dtype=bool)
    members = {i: [i] for i in range(n)}

    # two claims of one source that are no restatement of each other, once for every pair
    apart_in_source = (src_index[:, None] == src_index[None, :]) & (cos < restate_floor)

    def _restatements(xs: list[int], ys: list[int]) -> bool:
        return not bool(apart_in_source[np.ix_(xs, ys)].any())

    def _rows(rows: np.ndarray) -> np.ndarray:
        """The average evidence of clusters ``rows`` to every cluster; -inf where not mergeable."""
        avg = np.where((counts[rows] > 0) & ~blocked[rows] & alive[None, :],
                       sums[rows] / np.maximum(counts[rows], 1), -np.inf)
        avg[np.arange(len(rows)), rows] = -np.inf
        return avg

    row_best = np.full(n, -np.inf)
    row_arg = np.zeros(n, dtype=np.int64)

    def _refresh(rows: np.ndarray) -> None:
        if len(rows):
            avg = _rows(rows)
            arg = np.argmax(avg, axis=1)  # the first column among ties
            row_arg[rows] = arg
            row_best[rows] = avg[np.arange(len(rows)), arg]

    _refresh(np.arange(n))
    while n > 1:
        i = int(np.argmax(row_best))  # the first row among ties
        j = int(row_arg[i])
        best = row_best[i]
        if not np.isfinite(best) or best < threshold:
            break
        i, j = min(i, j), max(i, j)
        if (per_source[i] + per_source[j]).max() > max_per_source or not _restatements(members[i], members[j]):
            blocked[i, j] = blocked[j, i] = True
            _refresh(np.array([i, j]))
            continue
        sums[i, :] += sums[j, :]
        sums[:, i] += sums[:, j]
        counts[i, :] += counts[j, :]
        counts[:, i] += counts[:, j]
        blocked[i, :] |= blocked[j, :]
        blocked[:, i] |= blocked[:, j]
        per_source[i] += per_source[j]
        alive[j] = False
        row_best[j] = -np.inf
        members[i] = sorted(members[i] + members.pop(j))
        # every other row: column i changed, column j is gone
        col = np.where((counts[:, i] > 0) & ~blocked[:, i] & alive, sums[:, i] / np.maximum(counts[:, i], 1), -np.inf)
        stale = alive & ((row_arg == i) | (row_arg == j))
        stale[i] = True
        better = alive & ~stale & ((col > row_best) | ((col == row_best) & (row_arg > i)))
        row_best[better] = col[better]
        row_arg[better] = i
        _refresh(np.flatnonzero(stale))
    return [members[r] for r in sorted(members, key=lambda r: members[r][0])]


def align(claims: list[Claim], embeddings: np.ndarray, options: AlignSettings | None = None) -> tuple[list[Group], np.ndarray]:
    """Average-linkage clustering over the evidence matrix: the two clusters whose claims
    are, on average, most alike are merged first, until no pair reaches
    ``options.group_threshold``. Average linkage keeps one strong but wrong pair from
    gluing two stories together (single linkage would), and a cluster may hold at most
    ``max_per_source`` claims of one source. Returns the groups and the evidence that two
    claims state the same fact (see evidence_matrix), which verdicts read."""
    options = options or AlignSettings()
    own = embeddings
    embeddings = with_discourse_context(claims, embeddings, options.discourse_context)
    ev, same_fact = _evidence(claims, embeddings, options)
    sources = sorted({c.source for c in claims})
    src_index = np.array([sources.index(c.source) for c in claims], dtype=np.int64)
    # Two claims of one source share a group only as a restatement of each other: their
    # cosine must be as high as the closest tenth of cross-source pairs. Read without the
    # discourse context, which neighbouring claims of one source share.
    cos = own @ own.T
    cross = cos[src_index[:, None] != src_index[None, :]]
    restate_floor = _quantile(cross, options.restatement_quantile) if cross.size else 1.0
    clusters = average_linkage(ev, src_index, cos, restate_floor, options.group_threshold, options.max_per_source)
    groups = []
    for m in clusters:
        ids = [claims[k].id for k in m]
        status = "unique" if len({claims[k].source for k in m}) < 2 else "agree"
        cross = ev[np.ix_(m, m)]
        cross = cross[np.isfinite(cross)]
        # the group's coherence: mean evidence over its cross-source pairs
        score = round(float(cross.mean()), 4) if cross.size else 0.0
        groups.append(Group(id="", claims=ids, status=status, score=score))
    # multi-source groups first, then unique claims, each in source order
    multi = [g for g in groups if g.status != "unique"]
    single = [g for g in groups if g.status == "unique"]
    for k, g in enumerate(multi + single, start=1):
        g.id = f"G{k}"
    return multi + single, same_fact
