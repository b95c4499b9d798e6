"""Times of day as intervals of minutes after midnight, with their hedges.

"12:20 p.m." is [740, 740]; "around 3:47 p.m." widens by ``settings.facts.time_about_minutes``
either way (a round hour by half an hour, a quarter by a quarter); "just after noon" is
[720, 720 + time_after_minutes]; "Friday afternoon" is [720, 1080]; "23.30 uur", "rond half
twaalf 's avonds" (23:30), "kwart over negen" (9:15 or 21:15) in Dutch. A clock time without
a.m./p.m. or a part of the day is either of its two readings, so it conflicts with another
time only when neither reading fits. The words are the language pack's (``time_parts``,
``time_hedges``, ``clock_words``, ``clock_time_words``); the digits and a.m./p.m. are read
in any language.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import lang
from ..model import TimeOfDay
from ..settings import DEFAULT, Settings

_DAY = 24 * 60

# parts of the day in minutes after midnight; a night runs past midnight. Morning starts at
# midnight: "3 o'clock in the morning" is as common as "early morning hours".
_PARTS = {"morning": (0, 720), "afternoon": (720, 1080), "evening": (1080, 1440), "night": (1260, 1800),
          "noon": (720, 720), "midnight": (1440, 1440)}
_DIGIT = re.compile(r"\d")
_AMPM = r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]M\b)"


def is_timestamp(text: str, a: int, b: int, pack: lang.LanguagePack) -> bool:
    """Whether the time at [a, b) of ``text`` stamps the article ("UPDATE @ 9:05 p.m.",
    "Posted 5:30 p.m."): the time of writing, not of an event."""
    if not pack.timestamp_words:
        return False
    words = "|".join(pack.timestamp_words)
    return bool(re.search(rf"\b(?:{words})\W{{0,4}}$", text[max(0, a - 20) : a], re.I)
                or re.match(rf"\W{{0,3}}(?:{words})\b", text[b:], re.I))


def _widen(lo: int, hi: int, hedge_kind: str | None, settings: Settings) -> tuple[int, int]:
    f = settings.facts
    if hedge_kind == "about":
        # "around 11 p.m." is rounder than "around 11:20 p.m.": the hedge is as wide as the rounding
        minute = lo % 60
        width = 30 if minute == 0 else 15 if minute % 15 == 0 else f.time_about_minutes
        return lo - width, hi + width
    if hedge_kind == "after":
        return lo, hi + f.time_after_minutes
    if hedge_kind == "before":
        return lo - f.time_after_minutes, hi
    if hedge_kind == "long_after":
        return lo, hi + f.time_before_after_minutes
    if hedge_kind == "long_before":
        return lo - f.time_before_after_minutes, hi
    return lo, hi


def _readings(hour: int, minute: int, ampm: str | None, part: tuple[int, int] | None) -> list[int]:
    """The minute(s) after midnight a clock time can mean."""
    if ampm:
        h = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
        return [h * 60 + minute]
    if hour > 12 or hour == 0:
        return [hour * 60 + minute]
    options = [hour % 12 * 60 + minute, (hour % 12 + 12) * 60 + minute]
    if part is not None:  # "half twaalf 's avonds": the reading inside the part of the day
        fitting = [t for t in options if part[0] <= t <= part[1] or part[0] <= t + _DAY <= part[1]]
        return fitting or options
    return options


def _label(readings: list[int]) -> str:
    return " | ".join(f"{t // 60 % 24:02d}:{t % 60:02d}" for t in readings)


@dataclass(frozen=True)
class _Patterns:
    """A pack's words of time and the patterns made of them."""

    hedges: dict[str, str]  # lower case → kind
    parts: dict[str, str]  # lower case, straight apostrophe → part of the day
    part_re: re.Pattern
    clock: re.Pattern
    spoken: re.Pattern | None  # clock times in words, for a pack with clock_time_words
    hours: dict[str, int]
    named: dict[str, str]
    # words each pattern cannot match without: a claim with none is not scanned for it
    part_words: re.Pattern
    hour_words: re.Pattern


@functools.cache  # built once per pack, not for every claim
def _patterns(pack: lang.LanguagePack) -> _Patterns:
    alt = lang.alternation
    hedges = {h.lower(): k for h, k in pack.time_hedges.items()}
    parts = {p.lower().replace("’", "'"): k for p, k in pack.time_parts.items()}
    hedge_re = rf"(?:(?P<hedge>{alt(hedges)})\s+)?"
    part_re = re.compile(rf"{hedge_re}(?:(?P<late>{alt(pack.early_late)})\s+)?(?:\w+day\s+)?(?<![\w'’])(?P<part>{alt(pack.time_parts)})\b", re.I)
    # 12:20 p.m., 3 pm, 9.15 a.m., 23.30 uur, 23:30, 14u30, 3 o'clock
    clock = re.compile(
        rf"{hedge_re}(?<![\d.,:])(?P<h>2[0-4]|[01]?\d)(?:(?P<sep>[:.]|u)(?P<m>[0-5]\d))?(?![\d.,:]\d)\s*"
        rf"(?:{_AMPM}|(?P<clock>{alt(pack.clock_words)})(?!\w))?", re.I)
    # Dutch clock words: half twaalf, kwart over negen, tien voor half drie, drie uur
    words = pack.clock_time_words
    hours = {w: n for w, n in pack.units.items() if 1 <= n <= 12} if words else {}
    named = {k: v for v, k in words.items()} if words else {}
    spoken = re.compile(
        rf"{hedge_re}(?:(?P<min>{alt(hours)}|{re.escape(named['quarter'])})\s+(?P<rel>{re.escape(named['past'])}|{re.escape(named['to'])})\s+)?"
        rf"(?P<half>{re.escape(named['half'])}\s+)?(?P<h>{alt(hours)})(?P<clock>\s+{alt(pack.clock_words)})?\b", re.I) if words else None
    return _Patterns(hedges, parts, part_re, clock, spoken, hours, named,
                     re.compile(alt(pack.time_parts), re.I), re.compile(alt(hours), re.I))


def extract_times(text: str, offset: int, language: str, skip: list[tuple[int, int]] | None = None,
                  settings: Settings = DEFAULT) -> list[TimeOfDay]:
    """Times of day in a claim; ``skip`` holds spans already read as other facts."""
    pack = lang.pack_for(language) or lang.NEUTRAL
    taken = list(skip or [])
    out: list[TimeOfDay] = []
    patterns = _patterns(pack)
    hedges, parts = patterns.hedges, patterns.parts

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    def emit(a: int, b: int, ranges: list[tuple[int, int]], value: str) -> None:
        span = text[a:b].rstrip()
        out.append(TimeOfDay(text=span, start=offset + a, end=offset + a + len(span), value=value, ranges=ranges))
        taken.append((a, b))

    def hedge_of(m) -> str | None:
        return hedges.get((m.group("hedge") or "").lower()) if m.group("hedge") else None

    part_re = patterns.part_re
    any_part = patterns.part_words.search(text) is not None
    near = part_re.search(text) if any_part else None  # the part of the day a claim names decides "half twaalf" (11:30 or 23:30)
    part_near = _PARTS[parts[near.group("part").lower().replace("’", "'")]] if near else None

    # 12:20 p.m., 3 pm, 9.15 a.m., 23.30 uur, 23:30, 14u30, 3 o'clock
    for m in patterns.clock.finditer(text) if _DIGIT.search(text) else ():
        h, mi, ampm = int(m.group("h")), int(m.group("m") or 0), m.group("ampm")
        if not (ampm or m.group("clock") or (m.group("sep") and m.group("m"))):
            continue  # a bare number is no time
        if m.group("sep") == "." and not (ampm or m.group("clock")):
            continue  # "3.47" without p.m. or uur is a decimal
        a = m.start("hedge") if m.group("hedge") else m.start("h")
        if not free(a, m.end()):
            continue
        readings = _readings(h, mi, ampm, part_near)
        emit(a, m.end(), [_widen(t, t, hedge_of(m), settings) for t in readings], _label(readings))

    # Dutch clock words: half twaalf, kwart over negen, tien voor half drie, drie uur
    if patterns.spoken is not None and patterns.hour_words.search(text):
        hours, named = patterns.hours, patterns.named
        for m in patterns.spoken.finditer(text):
            if not (m.group("half") or m.group("rel") or m.group("clock")):
                continue  # "drie" alone is a number, not a time
            h, minute = hours[m.group("h").lower()], 0
            if m.group("half"):
                h, minute = h - 1, 30  # half twaalf = 11:30
            if m.group("rel"):
                n = 15 if m.group("min").lower() == named["quarter"] else hours[m.group("min").lower()]
                minute += n if m.group("rel").lower() == named["past"] else -n
            total = (h * 60 + minute) % (12 * 60)
            a = m.start("hedge") if m.group("hedge") else m.start()
            if not free(a, m.end()):
                continue
            readings = _readings(total // 60 or 12, total % 60, None, part_near)
            emit(a, m.end(), [_widen(t, t, hedge_of(m), settings) for t in readings], _label(readings))

    for m in part_re.finditer(text) if any_part else ():
        if not free(m.start("part"), m.end("part")):
            continue
        part = parts[m.group("part").lower().replace("’", "'")]
        lo, hi = _PARTS[part]
        late = pack.early_late.get((m.group("late") or "").lower())
        if late == "late":
            lo = (lo + hi) // 2
        elif late == "early":
            hi = (lo + hi) // 2 if part != "morning" else 420  # "early morning": the small hours until seven
        lo, hi = _widen(lo, hi, hedge_of(m), settings)
        a = m.start("hedge") if m.group("hedge") else (m.start("late") if m.group("late") else m.start("part"))
        emit(a, m.end("part"), [(lo, hi)], part)
    out.sort(key=lambda f: f.start)
    return out
