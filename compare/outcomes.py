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


@functools.lru_cache(maxsize=16384)  # the sheet and the verdicts ask of the same counts, verdicts once per pair
def _outcome_around(text: str, a: int, b: int, fact_text: str, unit: str | None, window: int, gap_words: int,
                    pack: lang.LanguagePack) -> str | None:
    """outcome_of for one pack, from what it reads: the claim's text, the count's span in it and
    its words, and the sheet settings of the window."""
    if pack.partial_words and re.search(rf"\b(?:{'|'.join(pack.partial_words)})\b", fact_text, re.I):
        return None  # "three others", "nog twee": part of a count stated elsewhere, not the whole
    if pack.partial_words and re.match(rf"\s*(?:{'|'.join(pack.partial_words)})\b", text[b:], re.I):
        return None
    if pack.partitive_words and re.match(rf"\s*(?:{'|'.join(pack.partitive_words)})\b", text[b:], re.I):
        return None  # "six of his grandchildren", "three of the five victims": a part of a group
    if (unit or "").lower() in pack.frequency_words:
        return None  # "shot five times" counts shots, not people
    after, before = text[b : b + window], text[max(0, a - window) : a]
    for outcome, phrasings in pack.outcomes.items():
        for p in phrasings:
            # the verb after the count: what it counts and the words of the verb phrase between
            # ("four officers were fatally shot"), nothing else ("two people hostage before being killed")
            gap = rf"(?:[^\W\d_]+\s+)?(?:(?:{'|'.join(pack.outcome_gap_words) or '(?!)'})\s+){{0,{gap_words}}}"
            if re.match(rf"{gap}(?:{p})\b", after.lstrip(), re.I):
                return outcome
            # the verb right before the count: "killed 11 and wounded 6", "killing three"
            if re.search(rf"\b(?:{p})\s+(?:{'|'.join(pack.hedges) or '(?!)'})?\s*$", before, re.I) or \
                    re.search(rf"\b(?:{p})\s*$", before, re.I):
                return outcome
    return None
