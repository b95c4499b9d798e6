"""Quoted speech that two sources give in different words.

A quote is the one thing a news text claims to give word for word, so two sources quoting
the same sentence differently ("in the middle of the day" / "in the middle of the street")
is a finding an editor must see. Two quotes are the same quotation when most of their words
are shared in order; they differ when, after trimming (an outlet may quote less of the
sentence, or cut it with "…"), words stand in place of other words. Punctuation, case and
the shape of the quote marks are not differences.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .model import Claim, Source
from .settings import Settings

# „…” ‚…’ “…” ‘…’ "…" «…»: an opening mark, the quoted words, the closing mark
_QUOTE = re.compile(r"[„“\"«]([^„“”\"«»\n]{8,600}?)[”\"»“]|[‚‘]([^‚‘’\n]{8,600}?)’(?!\w)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@dataclass
class Quote:
    source: str
    claim: str
    start: int  # in the source text
    end: int
    words: list[str]  # lower-case, punctuation left out
    text: str
    word_claims: list[str]  # the claim holding each word: a long quote runs over several claims


def quotes_in(source: Source, claims: list[Claim]) -> list[Quote]:
    out = []
    for m in _QUOTE.finditer(source.text):
        g = 1 if m.group(1) is not None else 2
        a, b = m.start(g), m.end(g)
        if a < source.body_start:
            continue
        holder = next((c for c in claims if c.start <= a < c.end), None)
        if holder is None:
            continue
        found = list(_WORD.finditer(m.group(g)))
        words = [w.group().lower().replace("’", "'") for w in found]
        owners = [next((c.id for c in claims if c.start <= a + w.start() < c.end), holder.id) for w in found]
        out.append(Quote(source.id, holder.id, a, b, words, m.group(g), owners))
    return out


def differing_words(x: list[str], y: list[str]) -> tuple[int, list[tuple[int, int, int, int]]]:
    """(words shared in order, the (x from, x to, y from, y to) word ranges where words of one
    stand in place of the other's). Words only one side has at its start or end are trimming."""
    sm = difflib.SequenceMatcher(a=x, b=y, autojunk=False)
    ops = sm.get_opcodes()
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    # trimming: leading and trailing inserts/deletes
    while ops and ops[0][0] in ("insert", "delete"):
        ops = ops[1:]
    while ops and ops[-1][0] in ("insert", "delete"):
        ops = ops[:-1]
    swaps = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in ops if tag == "replace"]
    return shared, swaps


def same_quotation(x: Quote, y: Quote, settings: Settings) -> bool:
    shared, _ = differing_words(x.words, y.words)
    return _shares_enough(shared, x, y, settings)


def _shares_enough(shared: int, x: Quote, y: Quote, settings: Settings) -> bool:
    shorter = min(len(x.words), len(y.words))
    return shared >= settings.sheet.quote_min_shared_words and shared >= settings.sheet.quote_shared_share * shorter


def _word_bag(words: list[str]) -> frozenset[tuple[str, int]]:
    """Each word with the count of its repeats before it: the overlap of two bags is the most
    words two quotes can share in order, an upper bound of differing_words' count."""
    seen: dict[str, int] = {}
    bag = []
    for w in words:
        seen[w] = seen.get(w, 0) + 1
        bag.append((w, seen[w]))
    return frozenset(bag)


@dataclass
class QuoteDifference:
    x: Quote
    y: Quote
    x_words: list[str]  # the words of x that stand where y has others
    y_words: list[str]
    x_claim: str  # the claims holding those words
    y_claim: str


def quote_differences(sources: list[Source], claims: list[Claim], settings: Settings) -> list[QuoteDifference]:
    """Each quote's closest quotation in every other source, where they are worded differently.
    A source that also gives the quote as the other one does has no difference with it."""
    by_source = {s.id: [c for c in claims if c.source == s.id] for s in sources}
    quotes = {s.id: quotes_in(s, by_source[s.id]) for s in sources}
    bags = {id(q): _word_bag(q.words) for qs in quotes.values() for q in qs}
    out = []
    seen = set()
    for sa in quotes:
        for x in quotes[sa]:
            for sb in quotes:
                if sb == sa:
                    continue
                # (same_quotation, with each pair's words aligned once; pairs that cannot share
                # enough words, by their bags, are not aligned at all)
                same = [(d, y) for y in quotes[sb]
                        if _shares_enough(len(bags[id(x)] & bags[id(y)]), x, y, settings)
                        and _shares_enough((d := differing_words(x.words, y.words))[0], x, y, settings)]
                if not same:
                    continue
                (shared, swaps), y = max(same, key=lambda t: (t[0][0], -t[1].start))
                swaps = [s for s in swaps if not _same_word(x.words[s[0]:s[1]], y.words[s[2]:s[3]])]
                if not swaps or any(not [s for s in sw if not _same_word(x.words[s[0]:s[1]], yy.words[s[2]:s[3]])]
                                    for (_, sw), yy in same):
                    continue  # some quote of the other source gives it as this one does
                key = frozenset([(x.source, x.start), (y.source, y.start)])
                if key in seen:
                    continue
                seen.add(key)
                i1, i2, j1, j2 = swaps[0]
                out.append(QuoteDifference(x, y, x.words[i1:i2], y.words[j1:j2], x.word_claims[i1], y.word_claims[j1]))
    return out


def _same_word(a: list[str], b: list[str]) -> bool:
    ja, jb = " ".join(a), " ".join(b)
    return ja.rstrip("s") == jb.rstrip("s") or ja.replace("'", "") == jb.replace("'", "")
