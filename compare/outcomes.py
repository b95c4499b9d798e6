"""What a count measures, read from the words around it: killed, injured, shot, arrested,
charged, taken to hospital, missing. The fact sheet files counts by it; verdicts compare two
counts only when they measure the same outcome ("three masked men" is no death toll).
"""
from __future__ import annotations

import functools
import re

from . import lang
from .model import Claim, Quantity
from .settings import Settings


def tells_of_self_killing(claim: Claim) -> bool:
    """"Killing three people before killing himself": the toll may leave out the gunman, so it
    may be one less than another source's "four people were killed"."""
    words = lang.every_pack("self_words")
    return bool(words) and bool(re.search(rf"\b{lang.alternation(words)}\b", claim.text, re.I))


def outcome_of(claim: Claim, fact: Quantity, settings: Settings, pack: lang.LanguagePack | None = None) -> str | None:
    """The outcome a count measures, from the words right around it: "four officers were
    killed", "killing three", "12 doden", "drie mensen raakten gewond". None for a count that
    is a part of another ("three others", "six of his grandchildren") or counts no outcome.
    Without a pack, every pack's words (a claim does not carry its language)."""
    if pack is None:
        return next((o for p in lang.packs() if (o := outcome_of(claim, fact, settings, p))), None)
    return _outcome_around(claim.text, fact.start - claim.start, fact.end - claim.start, fact.text, fact.unit,
                           settings.sheet.outcome_window, settings.sheet.outcome_gap_words, pack)


@functools.cache
def _outcome_patterns(pack: lang.LanguagePack, gap_words: int):
    """_outcome_around's patterns for one pack, compiled once: the words that make a count a
    part (in it, after it), and for each outcome its phrasings after the count and before it.
    The phrasings of one outcome share a pattern: which of them matches makes no difference,
    and one alternation compiles and matches faster than a pattern for each (a run otherwise
    compiles 150 of them, a sixth of the cpu of a five-source run)."""
    partial = "|".join(pack.partial_words)
    gap = rf"(?:[^\W\d_]+\s+)?(?:(?:{'|'.join(pack.outcome_gap_words) or '(?!)'})\s+){{0,{gap_words}}}"
    hedges = "|".join(pack.hedges) or "(?!)"
    by_outcome = []
    for outcome, phrasings in pack.outcomes.items():
        any_of = "|".join(f"(?:{p})" for p in phrasings)
        # the verb after the count: what it counts and the words of the verb phrase between
        # ("four officers were fatally shot"), nothing else ("two people hostage before being killed");
        # the verb right before the count: "killed 11 and wounded 6", "killing three", with a hedge
        # between or not ("killing at least three")
        by_outcome.append((outcome, re.compile(rf"{gap}(?:{any_of})\b", re.I),
                           re.compile(rf"\b(?:{any_of})(?:\s+(?:{hedges})?)?\s*$", re.I)))
    return (re.compile(rf"\b(?:{partial})\b", re.I) if pack.partial_words else None,
            re.compile(rf"\s*(?:{partial})\b", re.I) if pack.partial_words else None,
            re.compile(rf"\s*(?:{'|'.join(pack.partitive_words)})\b", re.I) if pack.partitive_words else None,
            tuple(by_outcome))


@functools.lru_cache(maxsize=16384)  # the sheet and the verdicts ask of the same counts, verdicts once per pair
def _outcome_around(text: str, a: int, b: int, fact_text: str, unit: str | None, window: int, gap_words: int,
                    pack: lang.LanguagePack) -> str | None:
    """outcome_of for one pack, from what it reads: the claim's text, the count's span in it and
    its words, and the sheet settings of the window."""
    partial_in, partial_after, partitive_after, by_outcome = _outcome_patterns(pack, gap_words)
    if partial_in is not None and partial_in.search(fact_text):
        return None  # "three others", "nog twee": part of a count stated elsewhere, not the whole
    if partial_after is not None and partial_after.match(text, b):
        return None
    if partitive_after is not None and partitive_after.match(text, b):
        return None  # "six of his grandchildren", "three of the five victims": a part of a group
    if (unit or "").lower() in pack.frequency_words:
        return None  # "shot five times" counts shots, not people
    after, before = text[b : b + window].lstrip(), text[max(0, a - window) : a]
    for outcome, after_re, before_re in by_outcome:
        if after_re.match(after) or before_re.search(before):
            return outcome
    return None
