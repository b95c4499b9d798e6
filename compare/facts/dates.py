"""Dates, absolute and relative, resolved against the publication date; the words are the
source language's (compare/lang), numeric and ISO dates are read in any language.

A resolved date is one or more inclusive day ranges with a precision (day, week,
month, season, year) and an optional modifier (begin, mid, end, since, before,
after). When the publication date is known only to the month, a weekday becomes
every such weekday of that month, not a guess; when it is unknown, a relative
expression stays unresolved (``resolved=False``, value None).
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from .. import lang
from ..lang import LanguagePack
from ..model import DateSpan, Fact
from ..settings import DEFAULT
from ..triggers import fold, required

# inclusive (month, day) bounds, generous so that "zomer" and "juni" can both be true
SEASONS = {"spring": ((3, 1), (6, 21)), "summer": ((6, 1), (9, 22)), "autumn": ((9, 1), (12, 21)),
           "winter": ((12, 1), (3, 20))}
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"


@dataclass(frozen=True)
class _Words:
    """A language pack's calendar words as regex groups, named as the handlers read them."""

    pack: LanguagePack
    month: str
    weekday: str
    season: str
    part: str
    rel: str
    per: str  # year, month or week words
    year_word: str
    suffix: str
    of: str
    dayparts: str
    count: str
    span_unit: str
    numbers: dict
    future: re.Pattern

    @staticmethod
    def named(pattern: str, name: str) -> str:
        """A group's pattern under a second name: "(?P<month>…)" → "(?P<month2>…)"."""
        return re.sub(r"\(\?P<\w+>", f"(?P<{name}>", pattern, count=1)


@functools.cache
def _words(pack: LanguagePack) -> _Words:
    alt = lang.alternation
    # "in twintig jaar" is more often 'within twenty years': counts of a date offset stop at the units
    numbers = {**{w: 1 for w in (*pack.articles, *pack.pronoun_one)}, **pack.units, **pack.fractions}
    return _Words(
        pack=pack,
        month=rf"(?P<month>{alt(pack.months)})\.?",
        weekday=rf"(?P<weekday>{alt(pack.weekdays)})",
        season=rf"(?P<season>{alt(pack.seasons)})",
        part=rf"(?P<part>{alt(pack.period_parts)})",
        rel=rf"(?P<rel>{alt(pack.relative)})",
        per=alt(w for w, p in pack.periods.items() if p != "weekend"),
        year_word=alt(w for w, p in pack.periods.items() if p == "year"),
        suffix=f"{alt(pack.ordinal_suffixes)}?",
        of=alt(pack.of_words),
        dayparts=alt(pack.dayparts),
        count=rf"(?P<n>\d+|{alt(numbers)})",
        # a date is a whole number of days, weeks, months or years away
        span_unit=rf"(?P<unit>{alt(w for w, (_, days) in pack.time_units.items() if 1 <= days <= 365)})",
        numbers=numbers,
        future=re.compile(rf"\b{alt(pack.future_markers)}\b", re.I),
    )


@functools.cache
def _scans(pack: LanguagePack) -> dict[str, tuple[re.Pattern, tuple[str, ...]]]:
    """The patterns _Extractor.run scans a claim with, compiled once per pack, each with the
    word classes it cannot match without (see _needs): a claim holding none of a class's words
    is not scanned for the patterns that need it, which finds the same dates in less time."""
    w, alt, flags = _words(pack), lang.alternation, re.I
    this = alt(x for x, r in pack.relative.items() if r == "this")
    rough = alt(h for h, q in pack.hedges.items() if q in ("about", "nearly", "more_than"))
    return {
        "iso": (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("digit",)),
        "numeric": (re.compile(r"(?<![\d.,])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.,]\d)"), ("digit",)),
        "day_month": (re.compile(rf"\b(?:{w.weekday},?\s+)?(?P<day>\d{{1,2}}){w.suffix}\s+(?:{w.of}\s+)?{w.month}(?:,?\s+{_YEAR})?\b", flags),
                      ("digit", "month")),
        "month_day": (re.compile(rf"\b(?:{w.weekday},?\s+)?{w.month}\s+(?P<day>\d{{1,2}}){w.suffix}\b(?:,?\s+{_YEAR})?", flags),
                      ("digit", "month")),
        "part_of": (re.compile(rf"\b{w.part}[\s-]+(?:{w.of}\s+)?(?:{w.month}(?:\s+{_YEAR})?|{w.named(_YEAR, 'year2')}|{w.rel}\s+(?P<per>{w.per}))\b",
                               flags), ("part",)),
        "earlier_later": (re.compile(rf"\b(?P<part>{alt(pack.earlier_later)})\s+{this}\s+(?P<per>{w.per})\b", flags), ("earlier_later",)),
        "relative_month": (re.compile(rf"\b{w.rel}\s+{w.year_word}\s+{w.month}|\b{w.named(w.month, 'month2')}\s+{w.named(w.rel, 'rel2')}\s+{w.year_word}\b|"
                                      rf"\b{w.named(w.rel, 'rel3')}\s+{w.named(w.month, 'month3')}\b", flags), ("month",)),
        "season": (re.compile(rf"\b(?:(?:{alt(pack.within_words)}\s+)?{alt(pack.date_articles)}\s+)?{w.season}\s+(?:{w.of}\s+)?{_YEAR}\b|"
                              rf"\b{w.rel}\s+{w.named(w.season, 'season2')}\b", flags), ("season",)),
        "month_year": (re.compile(rf"\b{w.month}\s+{_YEAR}\b", flags), ("digit", "month")),
        "bare_month": (re.compile(rf"\b{alt(pack.month_prepositions)}\s+{w.month}\b", flags), ("month",)),
        "relative_period": (re.compile(rf"\b{w.rel}\s+(?P<per>{alt(pack.periods)})\b", flags), ("rel",)),
        "weekday": (re.compile(rf"\b(?:{w.rel}\s+)?{w.weekday}(?P<dp>{w.dayparts})?(?:\s+{w.dayparts})?\b", flags), ("weekday",)),
        "deictic": (re.compile(rf"\b({alt(pack.deictic_days)}){w.dayparts}?\b", flags), ("deictic",)),
        "ahead": (re.compile(rf"\b(?P<pre>{alt(pack.ahead_words)})\s+(?:(?P<hedge>{rough})\s+)?{w.count}\s+{w.span_unit}\b", flags),
                  ("ahead", "span_unit")),
        "ago": (re.compile(rf"\b{w.count}\s+{w.span_unit}\s+(?P<post>{alt(pack.ago_words)})\b", flags), ("ago", "span_unit")),
        "event_relative": (re.compile(rf"\b{w.count}\s+{w.span_unit}\s+(?P<post>{alt(pack.event_relations)})\s+{alt(pack.possessives)}\s+\w+",
                                      flags), ("event_relation", "span_unit")),
        "year": (re.compile(rf"(?<![\w.,€$£/-]){_YEAR}(?![\w.,/-]\d|-jarig|-year|\d)"), ("digit",)),
        # a year before 1800 only after a word of time: "tot 1550", "since 1648", "in 1492";
        # a bare four-digit number of that size is more often a count ("1500 demonstranten")
        "early_year": (re.compile(r"\b(?:tot|sinds|vanaf|in|rond|omstreeks|uit|until|till|since|from|around|circa|by)\s+"
                                  r"(?P<year>1[0-7]\d{2})(?![\w.,/-]\d|\d|\s*(?:%|procent|percent|euro|dollar))"
                                  # not before a plural noun ("tot 1500 mensen"), but before an article or verb
                                  r"(?!\s+(?!(?:een|de|het|en|the|an|and|was|is|werd|were|had|bezat|owned)\b)[^\W\d_]+(?:en|s)\b)",
                                  flags), ("digit",)),
    }


@functools.cache
def _needs(pack: LanguagePack) -> dict[str, re.Pattern]:
    """Each word class a pattern of _scans cannot match without, as a pattern that finds any
    of its words (with the same flags): what a pattern matches holds one of them."""
    alt, flags = lang.alternation, re.I
    return {
        "digit": re.compile(r"\d"),
        "month": re.compile(alt(pack.months), flags),
        "weekday": re.compile(alt(pack.weekdays), flags),
        "season": re.compile(alt(pack.seasons), flags),
        "part": re.compile(alt(pack.period_parts), flags),
        "rel": re.compile(alt(pack.relative), flags),
        "earlier_later": re.compile(alt(pack.earlier_later), flags),
        "deictic": re.compile(alt(pack.deictic_days), flags),
        "ahead": re.compile(alt(pack.ahead_words), flags),
        "ago": re.compile(alt(pack.ago_words), flags),
        "event_relation": re.compile(alt(pack.event_relations), flags),
        "span_unit": re.compile(alt(w for w, (_, days) in pack.time_units.items() if 1 <= days <= 365), flags),
    }


@functools.cache
def _need_strings(pack: LanguagePack) -> dict[str, frozenset[str] | None]:
    """_needs as the folded words themselves (triggers.py): ``in`` on the folded claim tells
    whether one is there, exactly as the alternation's search does, in a tenth of its time."""
    return {k: required(p.pattern, p.flags) for k, p in _needs(pack).items()}


@dataclass
class Reference:
    """The publication date as a range: (first day, last day, precision)."""

    first: dt.date
    last: dt.date
    precision: str

    @classmethod
    def parse(cls, iso: str | None) -> "Reference | None":
        if not iso:
            return None
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 3:
            d = dt.date(*parts)
            return cls(d, d, "day")
        if len(parts) == 2:
            y, m = parts
            return cls(dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month")
        y = parts[0]
        return cls(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _year_range(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _season_range(y: int, season: str) -> tuple[dt.date, dt.date]:
    (m1, d1), (m2, d2) = SEASONS[season]
    if m2 < m1:  # winter of y runs into y+1
        return dt.date(y, m1, d1), dt.date(y + 1, m2, d2)
    return dt.date(y, m1, d1), dt.date(y, m2, d2)


def _part(first: dt.date, last: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """begin/mid/end of a period: its first, middle or last third."""
    days = (last - first).days + 1
    third = max(days // 3, 1)
    if part == "begin":
        return first, first + dt.timedelta(days=third - 1)
    if part == "end":
        return last - dt.timedelta(days=third - 1), last
    return first + dt.timedelta(days=third), last - dt.timedelta(days=third)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _iso(d: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


IMPOSSIBLE = "impossible"  # a _Hit's precision for a day no calendar has
_LONGEST_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass
class _Hit:
    start: int
    end: int
    ranges: list[tuple[dt.date, dt.date]] | None  # None: unresolved
    precision: str
    modifier: str | None = None
    display: str | list[str] | None = None  # the ISO value, when not derived from ranges


def _value(hit: _Hit) -> str | list[str] | None:
    if hit.ranges is None:
        return None
    if hit.display is not None:
        return hit.display
    if len(hit.ranges) > 1:
        return [_iso(a, hit.precision) for a, _ in hit.ranges]
    a, b = hit.ranges[0]
    if hit.precision in ("day", "month", "year"):
        return _iso(a, hit.precision)
    if hit.precision == "week":
        iy, iw, _ = a.isocalendar()
        return f"{iy:04d}-W{iw:02d}"
    return f"{_iso(a, 'month')}/{_iso(b, 'month')}"  # season: an ISO interval of months


def _relative_year(rel: str, ref: Reference) -> int:
    """rel: last | recent | this | next (LanguagePack.relative)."""
    if rel in ("last", "recent"):
        return ref.first.year - 1
    if rel == "next":
        return ref.first.year + 1
    return ref.first.year


def _nearest_year(month: int, day: int | None, ref: Reference, future: bool, past: bool = False) -> int:
    """The year of a month (and day) given without one: the latest not after the
    publication date, or the earliest not before it when the sentence is in the future tense.
    A day or month a few weeks ahead is upcoming whatever the tense ("stapt nog voor 28 april
    op" in the present tense): nearly a year back is the less likely reading."""
    y = ref.first.year
    d = dt.date(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
    if future:
        return y if d >= ref.first.replace(day=1) else y + 1
    ahead = d if d > ref.last else _in_year(y + 1, month, day or 1)
    # a named day is more telling than the tense ("was scheduled for January 25"); a bare
    # month in a sentence in the past tense is last year's ("In January, he was booked")
    if 0 < (ahead - ref.last).days <= DEFAULT.facts.upcoming_days and not (past and day is None):
        return ahead.year  # "due back in court in May" in an April article
    return y if d <= ref.last else y - 1


@functools.lru_cache(maxsize=None)
def _day_bound_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\b({lang.alternation(words)})\s+$", re.I)


def _in_year(y: int, month: int, day: int) -> dt.date:
    return dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))


class _Extractor:
    def __init__(self, text: str, ref: Reference | None, future: bool, pack: LanguagePack):
        self.text = text
        self.ref = ref
        self.future = future
        self.past = bool(pack.past_markers) and re.search(rf"\b{lang.alternation(pack.past_markers)}\b", text, re.I) is not None
        self.pack = pack
        self.w = _words(pack)
        self.hits: list[_Hit] = []

    def _rel(self, word: str | None) -> str:
        """last | recent | this | next; "" when there is no relative word."""
        return self.pack.relative.get((word or "").lower(), "")

    def _month(self, word: str) -> int:
        return self.pack.months[word.lower().rstrip(".")]

    def add(self, m: re.Match, ranges, precision, modifier=None, display=None, group=0):
        self.hits.append(_Hit(m.start(group), m.end(group), ranges, precision, modifier, display))

    def run(self) -> list[_Hit]:
        t = self.text
        ref = self.ref
        w, pack, alt = self.w, self.pack, lang.alternation
        scans, needs, present = _scans(pack), _needs(pack), {}
        strings, folded = _need_strings(pack), []

        def scan(name: str):
            """The matches of one of _scans' patterns, none where the claim lacks a word it needs."""
            pattern, needed = scans[name]
            for k in needed:
                if k not in present:
                    if strings[k] is None:
                        present[k] = needs[k].search(t) is not None
                    else:
                        if not folded:
                            folded.append(fold(t))
                        present[k] = any(s in folded[0] for s in strings[k])
                if not present[k]:
                    return ()
            return pattern.finditer(t)

        # 2021-07-05
        for m in scan("iso"):
            self._day(m, int(m.group(1)), int(m.group(2)), int(m.group(3)))
        # 05.07.21, 5-7-2021, 7/5/2021 (month first in English slashes)
        for m in scan("numeric"):
            a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            y = y + (2000 if y < 70 else 1900) if y < 100 else y
            d, mo = (b, a) if pack.slash_month_first and m.group(2) == "/" else (a, b)
            self._day(m, y, mo, d)
        # (maandag) 5 juli (2021) / 5th of July 2021
        for m in scan("day_month"):
            self._month_day(m)
        # (Monday,) July 5(, 2021)
        for m in scan("month_day"):
            self._month_day(m)
        # begin/medio/eind + month/year/relative period
        for m in scan("part_of"):
            self._part_of(m)
        # earlier/later this year, eerder dit jaar
        for m in scan("earlier_later"):
            if pack.periods[m.group("per").lower()] == "week":
                continue
            if ref:
                per = pack.periods[m.group("per").lower()]
                first, last = self._period_of(per, "this")
                part = pack.earlier_later[m.group("part").lower()]
                lo, hi = (first, ref.last) if part == "begin" else (ref.first, last)
                self.add(m, [(lo, hi)], per,
                         "before" if part == "begin" else "after", display=_iso(first, per))
            else:
                self.add(m, None, "year", None)
        # volgend jaar maart / next March / maart volgend jaar / last March
        for m in scan("relative_month"):
            self._relative_month(m)
        # seasons: in het najaar van 2020, in the fall of 2020, deze lente, last summer, zomer 2019
        for m in scan("season"):
            self._season(m)
        # month + year, or a bare month ("in maart"): month precision
        for m in scan("month_year"):
            mo = self._month(m.group("month"))
            self.add(m, [_month_range(int(m.group("year")), mo)], "month")
        for m in scan("bare_month"):
            self._bare_month(m)
        # relative periods: vorige maand, dit jaar, last week, afgelopen weekend
        for m in scan("relative_period"):
            if self._rolling_span(t, m):
                continue  # "in the last week", "in de afgelopen maand": the days before, no calendar week
            self._relative_period(m)
        # weekdays: maandag, zaterdagavond, on Monday, last Friday night
        for m in scan("weekday"):
            self._weekday(m)
        # gisteren, vandaag, yesterday
        for m in scan("deictic"):
            self._deictic_day(m)
        # over (ruim) een half jaar / drie maanden geleden / two weeks ago / in three months
        for m in scan("ahead"):
            n = m.group("n").lower()
            if m.group("pre").lower() in pack.within_words and not n.isdigit() and w.numbers.get(n) == 1 \
                    and pack.time_units[m.group("unit").lower()][1] >= 7:
                continue  # "in een jaar" is more often 'within a year' than a date
            if pack.span_after and re.match(rf"\s+(?:{alt(pack.span_after)})\b", t[m.end():], re.I):
                continue  # "in vijf jaar tijd" is how long something took, not when
            self._offset(m, +1)
        for m in scan("ago"):
            self._offset(m, -1)
        # drie maanden na haar klacht: relative to an event we cannot date
        for m in scan("event_relative"):
            self.add(m, None, "month", pack.event_relations[m.group("post").lower()])
        # years: in 2019, sinds 2014, uit 2019, since 2014, (in) 2018 en 2019
        for m in scan("year"):
            self._year(m)
        # a year before 1800 only after a word of time: "tot 1550" (_scans)
        for m in scan("early_year"):
            self._year(m)
        return self.hits

    # -- handlers -------------------------------------------------------
    def _day(self, m, y, mo, d):
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            self._impossible(m)
            return
        bound, at = self._day_bound(m.start(), m.end())
        if bound is None:
            self.add(m, [(day, day)], "day")
            return
        ranges = {"before": (dt.date.min, day - dt.timedelta(days=1)), "by": (dt.date.min, day),
                  "after": (day + dt.timedelta(days=1), dt.date.max)}[bound]
        # the span holds the bound word, so a finding quotes "nog voor 28 april", not "28 april"
        self.hits.append(_Hit(at, m.end(), [ranges], "day", bound, day.isoformat()))

    def _day_bound(self, start: int, end: int) -> tuple[str | None, int]:
        """"nog voor 28 april", "after May 3": the day is a bound, and the days it allows
        are all before or after it (so "before 28 April" and "on 28 April" do not meet).
        Not a day that names an event ("after May 3's shooting", "na de 3 mei-rellen")."""
        if not self.pack.day_bounds or re.match(r"(?:'s|’s|-)", self.text[end:]):
            return None, start
        words = _day_bound_pattern(tuple(self.pack.day_bounds)).search(self.text, 0, start)
        return (self.pack.day_bounds[words.group(1).lower()], words.start()) if words else (None, start)

    def _impossible(self, m):
        """"31 februari", "30.02.2021": no date, and its parts no year and no count either;
        the hit keeps shorter readings off the span and is dropped (extract_dates)."""
        self.hits.append(_Hit(m.start(), m.end(), None, IMPOSSIBLE))

    def _month_day(self, m):
        mo = self._month(m.group("month"))
        if m.group("month") in self.pack.not_months:  # lower case: "may" is the verb, not the month
            return
        d = int(m.group("day"))
        if not 1 <= d <= _LONGEST_MONTH[mo]:  # in no year: refused before the year is known
            self._impossible(m)
            return
        weekday = m.groupdict().get("weekday")
        that_year = self.pack.that_year and re.match(rf",?\s+(?:{lang.alternation(self.pack.that_year)})\b", self.text[m.end():], re.I)
        if m.group("year"):
            y = int(m.group("year"))
        elif self.ref and not that_year:  # "28 maart van dat jaar": a year told before, unknown here
            y = _nearest_year(mo, d, self.ref, self.future)
            if weekday:
                # "zaterdag 12 september" fixes the year: the nearest one where it is a Saturday
                wd = self.pack.weekdays[weekday.lower()]
                for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
                    try:
                        if dt.date(y + delta, mo, d).weekday() == wd:
                            y += delta
                            break
                    except ValueError:
                        continue
        else:
            self.add(m, None, "day")
            return
        self._day(m, y, mo, d)

    def _period_of(self, per: str, rel: str) -> tuple[dt.date, dt.date]:
        """per: year | month | week; rel: last | recent | this | next."""
        ref = self.ref
        if per == "year":
            return _year_range(_relative_year(rel, ref))
        if per == "month":
            step = -1 if rel in ("last", "recent") else 1 if rel == "next" else 0
            first = _add_months(ref.first.replace(day=1), step)
            return _month_range(first.year, first.month)
        # week: relative to a day; with a month-level reference it spans the month's weeks
        step = -7 if rel in ("last", "recent") else 7 if rel == "next" else 0
        a = ref.first - dt.timedelta(days=ref.first.weekday()) + dt.timedelta(days=step)
        b = ref.last - dt.timedelta(days=ref.last.weekday()) + dt.timedelta(days=step + 6)
        return a, b

    def _part_of(self, m):
        part = self.pack.period_parts.get(" ".join(m.group("part").lower().split()), "mid")
        if m.group("month"):
            mo = self._month(m.group("month"))
            if m.group("year"):
                y = int(m.group("year"))
            elif self.ref:
                y = _nearest_year(mo, None, self.ref, self.future, self.past)
            else:
                self.add(m, None, "month", part)
                return
            first, last = _month_range(y, mo)
            self.add(m, [_part(first, last, part)], "month", part, display=_iso(first, "month"))
        elif m.group("year2"):
            first, last = _year_range(int(m.group("year2")))
            self.add(m, [_part(first, last, part)], "year", part, display=m.group("year2"))
        elif self.ref:
            precision = self.pack.periods[m.group("per").lower()]
            first, last = self._period_of(precision, self._rel(m.group("rel")))
            self.add(m, [_part(first, last, part)], precision, part, display=_iso(first, precision) if precision != "week" else None)
        else:
            self.add(m, None, "year", part)

    def _relative_month(self, m):
        month = m.group("month") or m.group("month2") or m.group("month3")
        if month in self.pack.not_months:
            return
        mo = self._month(month)
        rel = self._rel(m.group("rel") or m.group("rel2") or m.group("rel3"))
        if not self.ref:
            self.add(m, None, "month")
            return
        if not m.group("rel3"):  # "volgend jaar maart", "March next year": relative to the year
            y = _relative_year(rel, self.ref)
        elif rel == "next":  # "next March": the next one
            y = self.ref.first.year if mo > self.ref.first.month else self.ref.first.year + 1
        elif rel in ("last", "recent"):
            y = self.ref.first.year if mo < self.ref.first.month else self.ref.first.year - 1
        else:
            y = self.ref.first.year
        self.add(m, [_month_range(y, mo)], "month")

    def _season(self, m):
        season = self.pack.seasons[(m.group("season") or m.group("season2")).lower()]
        if m.group("year"):
            y = int(m.group("year"))
        elif self.ref:
            rel = self._rel(m.group("rel"))
            first, _ = _season_range(self.ref.first.year, season)
            if rel == "this":
                y = self.ref.first.year
            elif rel == "last":
                y = self.ref.first.year - 1
            elif rel == "recent":  # "afgelopen zomer": the most recent one that has begun
                y = self.ref.first.year if first <= self.ref.last else self.ref.first.year - 1
            else:  # next
                y = self.ref.first.year if first > self.ref.last else self.ref.first.year + 1
        else:
            self.add(m, None, "season")
            return
        self.add(m, [_season_range(y, season)], "season")

    def _bare_month(self, m):
        mo = self._month(m.group("month"))
        if m.group("month") in self.pack.not_months:
            return
        modifier = self.pack.month_prepositions.get(m.group(0).split()[0].lower())
        if not self.ref:
            self.add(m, None, "month", modifier, group="month")
            return
        y = _nearest_year(mo, None, self.ref, self.future, self.past)
        first, last = _month_range(y, mo)
        if modifier in ("begin", "end"):
            self.add(m, [_part(first, last, modifier)], "month", modifier, display=_iso(first, "month"))
        else:
            self.add(m, [(first, last)], "month", modifier)

    def _relative_period(self, m):
        per = self.pack.periods[m.group("per").lower()]
        rel = self._rel(m.group("rel"))
        if per == "weekend":
            if not self.ref:
                self.add(m, None, "day")
                return
            days = self._weekdays({5, 6}, rel)
            self.add(m, days, "day")
            return
        if not self.ref:
            self.add(m, None, per)
            return
        first, last = self._period_of(per, rel)
        self.add(m, [(first, last)], per)

    def _weekdays(self, wanted: set[int], rel: str) -> list[tuple[dt.date, dt.date]]:
        """The days a weekday name can mean: with a day-level reference the nearest one
        (past unless the sentence is in the future); with a month-level one every such
        day of the month. rel: last | recent | this | next | ""."""
        ref = self.ref
        past = rel in ("last", "recent")
        future = rel == "next" or (self.future and not past)
        if ref.precision == "day":
            out = []
            for wd in sorted(wanted):
                if future:
                    delta = (wd - ref.first.weekday()) % 7 or (7 if rel == "next" else 0)
                    d = ref.first + dt.timedelta(days=delta)
                else:
                    delta = (ref.first.weekday() - wd) % 7
                    if past and delta == 0:
                        delta = 7
                    d = ref.first - dt.timedelta(days=delta)
                out.append(d)
            lo, hi = min(out), max(out)
            return [(lo, hi)] if len(wanted) > 1 else [(d, d) for d in out]
        days = []
        d = ref.first
        while d <= ref.last:
            if d.weekday() in wanted:
                days.append(d)
            d += dt.timedelta(days=1)
        if len(wanted) > 1:  # weekends: one range per weekend
            out, cur = [], None
            for d in days:
                if cur and (d - cur[1]).days == 1:
                    cur = (cur[0], d)
                else:
                    if cur:
                        out.append(cur)
                    cur = (d, d)
            if cur:
                out.append(cur)
            return out
        return [(d, d) for d in days]

    def _weekday(self, m):
        if not self.ref:
            self.add(m, None, "day")
            return
        wd = self.pack.weekdays[m.group("weekday").lower()]
        ranges = self._weekdays({wd}, self._rel(m.group("rel")))
        late = re.search(rf"\b{lang.alternation(self.pack.late_words)}\s*$", self.text[max(0, m.start() - 22) : m.start()], re.I)
        night = lang.alternation(w for w, part in self.pack.dayparts.items() if part == "night")
        if re.search(night, m.group(0), re.I) or late:
            # "zaterdagnacht"/"Saturday night" runs into the small hours of the next day
            ranges = [(a, b + dt.timedelta(days=1)) for a, b in ranges]
        self.add(m, ranges, "day")

    def _deictic_day(self, m):
        if not self.ref:
            self.add(m, None, "day")
            return
        offset = self.pack.deictic_days[m.group(1).lower()]
        if self.ref.precision == "day":
            d = self.ref.first + dt.timedelta(days=offset)
            self.add(m, [(d, d)], "day")
        else:
            self.add(m, [(self.ref.first + dt.timedelta(days=offset), self.ref.last + dt.timedelta(days=offset))], "month",
                     display=_iso(self.ref.first, "month"))

    def _rolling_span(self, t: str, m) -> bool:
        """A 'last'/'recent' period after a word of duration: "in the last week" is the seven
        days before, which no calendar week stands for."""
        if self.pack.relative.get(m.group("rel").lower()) not in ("last", "recent"):
            return False
        alt = lang.alternation
        before = alt(self.pack.span_before) if self.pack.span_before else "(?!)"
        articles = alt(self.pack.definite_articles) if self.pack.definite_articles else "(?!)"
        return bool(re.search(rf"\b(?:{before})\s+(?:(?:{articles})\s+)?$", t[: m.start()], re.I))

    def _offset(self, m, sign: int):
        if not self.ref:
            self.add(m, None, "month")
            return
        n = m.group("n").lower()
        count = float(n) if n.isdigit() else self.w.numbers.get(n, 1)
        unit_days = self.pack.time_units[m.group("unit").lower()][1]
        if unit_days >= 30:
            months = round(count * (12 if unit_days == 365 else 1))
            first = _add_months(self.ref.first, sign * months)
            last = _add_months(self.ref.last, sign * months)
            precision = "month"
        else:
            first = self.ref.first + dt.timedelta(days=sign * count * unit_days)
            last = self.ref.last + dt.timedelta(days=sign * count * unit_days)
            precision = "day" if self.ref.precision == "day" else "month"
        modifier = "about" if m.groupdict().get("hedge") else None
        if precision == "month":
            first, last = first.replace(day=1), _month_range(last.year, last.month)[1]
        self.add(m, [(first, last)], precision, modifier, display=_iso(first, precision) if first.month == last.month or precision == "day" else None)

    def _year(self, m):
        y = int(m.group("year"))
        before = self.text[max(0, m.start() - 12) : m.start()].lower()
        modifier = None
        first, last = _year_range(y)
        prep = re.search(rf"\b({lang.alternation(self.pack.year_prepositions)})\s+$", before)
        modifier = self.pack.year_prepositions[prep.group(1)] if prep else None
        if modifier == "since":
            last = self.ref.last if self.ref and self.ref.last > last else last
        start = m.start() - (len(before) - prep.start()) if prep else m.start()
        self.hits.append(_Hit(start, m.end(), [(first, last)], "year", modifier, m.group("year")))


def extract_dates(text: str, offset: int, published: str | None, language: str) -> list[Fact]:
    """Date facts in ``text`` (a claim), with spans shifted by ``offset`` into the source."""
    ref = Reference.parse(published)
    pack = lang.rules_for(language)
    future = bool(_words(pack).future.search(text))
    hits = _Extractor(text, ref, future, pack).run()
    # longest first; a hit inside a longer one is the same expression read twice
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    chosen: list[_Hit] = []
    for h in hits:
        if any(h.start < c.end and c.start < h.end for c in chosen):
            continue
        chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    facts = []
    for h in chosen:
        if h.precision == IMPOSSIBLE:
            continue
        span = text[h.start : h.end]
        facts.append(
            DateSpan(
                text=span,
                start=offset + h.start,
                end=offset + h.end,
                value=_value(h),
                precision=h.precision,
                modifier=h.modifier,
                ranges=[(a.isoformat(), b.isoformat()) for a, b in (h.ranges or [])],
                resolved=h.ranges is not None,
                resolved_against=published if h.ranges is not None and published else None,
            )
        )
    return facts
