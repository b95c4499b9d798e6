"""News events told in other words: frames of phrasings for the same event, per language pack.

A small multilingual embedding model (e5-small) hears "Hij legt zijn functie onmiddellijk
neer" and "is maandag per direct opgestapt" as barely related, and "heeft haar nooit
aangeraakt" as unrelated to "geen fysiek contact". The events news reports are made of
(resigning, arresting, shooting, dying, warning, apologising …) are a small, stable set, and
each is told in a handful of verbs and fixed phrases. Alignment counts a frame two claims
share ("@resign") as evidence that they speak of the same thing, weighted by how rare the
frame is in the run (align._rare_shared). Frames say nothing about polarity or tense: "trad niet af" still speaks of
resigning, which is what alignment needs; verdicts never read frames.

Patterns are matched case-insensitively on word boundaries; Dutch separable verbs are
matched with their particle later in the clause ("stapt … op", "legt … neer"). Words that
mean something else in the other language or in crime news are left out or tied to their
context: "fired" (a gun) only as "fired from", "brand" (English) only in Dutch compounds,
"touch" only with an object person; "opgepakt" is left out ("signalen zijn opgepakt" is
handled, not arrested).
"""
from __future__ import annotations

import functools
import re

from . import lang
from .triggers import Prefilter


@functools.cache
def _compiled(packs: tuple[lang.LanguagePack, ...]) -> dict[str, re.Pattern]:
    patterns: dict[str, list[str]] = {}
    for pack in packs:
        for frame, phrasings in pack.event_frames.items():
            patterns.setdefault(frame, []).extend(phrasings)
    return {frame: re.compile(r"(?<![\w-])(?:" + "|".join(p) + r")(?![\w-])", re.IGNORECASE)
            for frame, p in patterns.items()}


@functools.cache
def _prefilter(packs: tuple[lang.LanguagePack, ...]) -> Prefilter:
    """Which frames a text can speak of, by the words each frame's phrasings all need: a claim
    names one or two events, and searching it for each of the twenty was most of this module."""
    return Prefilter(list(_compiled(packs).values()))


def frames(text: str, language: str | None = None) -> set[str]:
    """The event frames a text speaks of, as tokens ("@resign") that cannot clash with words.
    The phrasings are the language's (``LanguagePack.event_frames``); without a language,
    every pack's, for claims of several languages compared at once."""
    pack = lang.pack_for(language) if language else None
    chosen = (pack,) if pack else (() if language else tuple(lang.packs()))
    return set(_frames_with(text, chosen))


@functools.lru_cache(maxsize=16384)  # alignment, incidents, the sheet and verdicts ask of the same claims
def _frames_with(text: str, packs: tuple[lang.LanguagePack, ...]) -> frozenset[str]:
    if len(packs) > 1:
        # a frame's pattern over several packs is the alternation of every pack's phrasings, so it
        # matches where one pack's pattern does: the union of each pack's frames, which the
        # claim's own language has mostly asked for already (cached), instead of a second scan
        return frozenset().union(*(_frames_with(text, (pack,)) for pack in packs))
    maybe = _prefilter(packs).candidates(text)
    return frozenset(f"@{frame}" for k, (frame, pattern) in enumerate(_compiled(packs).items())
                     if k in maybe and pattern.search(text))


# Events of a story that happen at the incident's time, and events that come after it (an
# arrest, a charge, a resignation): a date or time in a claim about one of the later ones is
# that event's, not the incident's.
INCIDENT_FRAMES = frozenset({"@shoot", "@crash", "@fire", "@rob", "@injure"})
LATER_FRAMES = frozenset({"@arrest", "@charge", "@sentence", "@resign", "@withdraw", "@dismiss", "@appoint", "@apologise",
                          "@conclude", "@commission", "@warn", "@flee", "@complaint"})
# Events that happen once to a person (a resignation, a withdrawn candidacy): two claims
# that both tell of one date it, so their dates are compared even when the claims align loosely.
ONE_TIME_FRAMES = frozenset({"@resign", "@withdraw"})
# The legal aftermath of an incident, days after it: a date of one of these is never the incident's.
AFTERMATH_FRAMES = frozenset({"@arrest", "@charge", "@sentence"})


def frame_spans(text: str, language: str | None = None) -> list[tuple[str, int, int]]:
    """Where each frame is spoken of: (frame, start, end) in ``text``, in text order."""
    pack = lang.pack_for(language) if language else None
    chosen = (pack,) if pack else (() if language else tuple(lang.packs()))
    maybe = _prefilter(chosen).candidates(text)
    return sorted((f"@{frame}", m.start(), m.end()) for k, (frame, pattern) in enumerate(_compiled(chosen).items())
                  if k in maybe for m in pattern.finditer(text))
