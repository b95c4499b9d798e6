"""Dates in Dutch and English, absolute and relative, resolved against the publication date.

A resolved date is one or more inclusive day ranges with a precision (day, week,
month, season, year) and an optional modifier (begin, mid, end, since, before,
after). When the publication date is known only to the month, a weekday becomes
every such weekday of that month, not a guess; when it is unknown, a relative
expression stays unresolved (``resolved=False``, value None).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..model import DateSpan, Fact

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# inclusive (month, day) bounds, generous so that "zomer" and "juni" can both be true
SEASONS = {
    "lente": ((3, 1), (6, 21)), "voorjaar": ((3, 1), (6, 21)), "spring": ((3, 1), (6, 21)),
    "zomer": ((6, 1), (9, 22)), "summer": ((6, 1), (9, 22)),
    "herfst": ((9, 1), (12, 21)), "najaar": ((9, 1), (12, 21)), "fall": ((9, 1), (12, 21)),
    "autumn": ((9, 1), (12, 21)),
    "winter": ((12, 1), (3, 20)),
}
PART_OF_PERIOD = {  # begin/mid/end → fraction of the period kept
    "begin": "begin", "early": "begin", "start": "begin", "beginning": "begin", "eerder": "begin",
    "medio": "mid", "midden": "mid", "half": "mid", "mid": "mid", "halverwege": "mid",
    "eind": "end", "einde": "end", "late": "end", "end": "end", "later": "end",
}
DAYPARTS = r"(?:avond|ochtend|middag|nacht|morgen|night|morning|evening|afternoon)"

_MONTH = r"(?P<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" \
         r"january|february|march|May|june|july|august|october|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?"
_WEEKDAY = r"(?P<weekday>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_SEASON = r"(?P<season>lente|voorjaar|zomer|herfst|najaar|winter|spring|summer|fall|autumn)"
_PART = r"(?P<part>begin|eind|einde|medio|midden|half|halverwege|early|late|mid|the start of|the beginning of|the end of|the middle of)"
_REL = r"(?P<rel>vorige|vorig|afgelopen|deze|dit|volgende|volgend|komende|komend|last|this|next|past|coming)"

_NUM_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "een half": 0.5, "half a": 0.5, "anderhalf": 1.5, "anderhalve": 1.5,
}
_UNIT_DAYS = {"dag": 1, "dagen": 1, "day": 1, "days": 1, "week": 7, "weken": 7, "weeks": 7,
              "maand": 30, "maanden": 30, "month": 30, "months": 30, "jaar": 365, "jaren": 365,
              "year": 365, "years": 365}
_COUNT = r"(?P<n>\d+|een half|half a|anderhalve|anderhalf|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPAN_UNIT = r"(?P<unit>dagen|dag|weken|week|maanden|maand|jaren|jaar|days|day|weeks|week|months|month|years|year)"

_FUTURE = re.compile(r"\b(zal|zullen|zult|gaat|gaan|komende|volgende|volgend|will|shall|going to|next|'ll)\b", re.I)


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
    rel = rel.lower()
    if rel in ("vorig", "vorige", "afgelopen", "last", "past"):
        return ref.first.year - 1
    if rel in ("volgend", "volgende", "komend", "komende", "next", "coming"):
        return ref.first.year + 1
    return ref.first.year


def _nearest_year(month: int, day: int | None, ref: Reference, future: bool) -> int:
    """The year of a month (and day) given without one: the latest not after the
    publication date, or the earliest not before it when the sentence is in the future tense."""
    y = ref.first.year
    d = dt.date(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
    if future:
        return y if d >= ref.first.replace(day=1) else y + 1
    return y if d <= ref.last else y - 1


class _Extractor:
    def __init__(self, text: str, ref: Reference | None, future: bool, language: str):
        self.text = text
        self.ref = ref
        self.future = future
        self.language = language
        self.hits: list[_Hit] = []

    def add(self, m: re.Match, ranges, precision, modifier=None, display=None, group=0):
        self.hits.append(_Hit(m.start(group), m.end(group), ranges, precision, modifier, display))

    def run(self) -> list[_Hit]:
        t = self.text
        ref = self.ref
        flags = re.I
        # 2021-07-05
        for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", t):
            self._day(m, int(m.group(1)), int(m.group(2)), int(m.group(3)))
        # 05.07.21, 5-7-2021, 7/5/2021 (month first in English slashes)
        for m in re.finditer(r"(?<![\d.,])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.,]\d)", t):
            a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            y = y + (2000 if y < 70 else 1900) if y < 100 else y
            d, mo = (b, a) if self.language == "en" and m.group(2) == "/" else (a, b)
            self._day(m, y, mo, d)
        # (maandag) 5 juli (2021) / 5th of July 2021
        for m in re.finditer(rf"\b(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", t, flags):
            self._month_day(m)
        # (Monday,) July 5(, 2021)
        for m in re.finditer(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?", t, flags):
            self._month_day(m)
        # begin/medio/eind + month/year/relative period
        for m in re.finditer(rf"\b{_PART}[\s-]+(?:(?:van|of)\s+)?(?:{_MONTH}(?:\s+{_YEAR})?|{_YEAR.replace('year', 'year2')}|{_REL}\s+(?P<per>jaar|maand|week|year|month|week))\b", t, flags):
            self._part_of(m)
        # earlier/later this year, eerder dit jaar
        for m in re.finditer(r"\b(?P<part>eerder|earlier|later)\s+(?:dit|this)\s+(?P<per>jaar|year|maand|month)\b", t, flags):
            if ref:
                first, last = self._period_of(m.group("per"), "this")
                part = "begin" if m.group("part").lower() in ("eerder", "earlier") else "end"
                lo, hi = (first, ref.last) if part == "begin" else (ref.first, last)
                self.add(m, [(lo, hi)], "year" if m.group("per").lower() in ("jaar", "year") else "month",
                         "before" if part == "begin" else "after", display=_iso(first, "year"))
            else:
                self.add(m, None, "year", None)
        # volgend jaar maart / next March / maart volgend jaar / last March
        for m in re.finditer(rf"\b(?P<rel>volgend|vorig|afgelopen|komend)\s+jaar\s+{_MONTH}|\b{_MONTH.replace('month', 'month2')}\s+(?P<rel2>volgend|vorig)\s+jaar\b|\b(?P<rel3>next|last|this)\s+{_MONTH.replace('month', 'month3')}\b", t, flags):
            self._relative_month(m)
        # seasons: in het najaar van 2020, in the fall of 2020, deze lente, last summer, zomer 2019
        for m in re.finditer(rf"\b(?:(?:in\s+)?(?:het|de|the)\s+)?{_SEASON}\s+(?:(?:van|of)\s+)?{_YEAR}\b|\b{_REL}\s+{_SEASON.replace('season', 'season2')}\b", t, flags):
            self._season(m)
        # month + year, or a bare month ("in maart"): month precision
        for m in re.finditer(rf"\b{_MONTH}\s+{_YEAR}\b", t, flags):
            mo = MONTHS[m.group("month").lower().rstrip(".")]
            self.add(m, [_month_range(int(m.group("year")), mo)], "month")
        for m in re.finditer(rf"\b(?:in|begin|eind|sinds|since|during|tijdens|op|vanaf|tot|until)\s+{_MONTH}\b", t, flags):
            self._bare_month(m)
        # relative periods: vorige maand, dit jaar, last week, afgelopen weekend
        for m in re.finditer(rf"\b{_REL}\s+(?P<per>jaar|maand|week|weekend|year|month|weekend)\b", t, flags):
            self._relative_period(m)
        # weekdays: maandag, zaterdagavond, on Monday, last Friday night
        for m in re.finditer(rf"\b(?:(?P<rel>vorige|afgelopen|komende|volgende|last|next|this|past)\s+)?{_WEEKDAY}(?P<dp>{DAYPARTS})?(?:\s+(?:{DAYPARTS}))?\b", t, flags):
            self._weekday(m)
        # gisteren, vandaag, yesterday
        for m in re.finditer(r"\b(eergisteren|gisteren|vandaag|yesterday|today|tomorrow)(?:avond|ochtend|middag|nacht)?\b", t, flags):
            self._deictic_day(m)
        # over (ruim) een half jaar / drie maanden geleden / two weeks ago / in three months
        for m in re.finditer(rf"\b(?P<pre>over|in)\s+(?:(?P<hedge>ruim|bijna|ongeveer|zo'n|about|nearly|roughly)\s+)?{_COUNT}\s+{_SPAN_UNIT}\b", t, flags):
            if m.group("pre").lower() == "in" and m.group("n").lower() in ("een", "a", "an", "one") and m.group("unit").lower() in ("jaar", "year", "maand", "month", "week"):
                continue  # "in een jaar" is more often 'within a year' than a date
            self._offset(m, +1)
        for m in re.finditer(rf"\b{_COUNT}\s+{_SPAN_UNIT}\s+(?P<post>geleden|ago)\b", t, flags):
            self._offset(m, -1)
        # drie maanden na haar klacht: relative to an event we cannot date
        for m in re.finditer(rf"\b{_COUNT}\s+{_SPAN_UNIT}\s+(?P<post>na|voor|after|before)\s+(?:de|het|haar|zijn|hun|the|his|her|their)\s+\w+", t, flags):
            self.add(m, None, "month", "after" if m.group("post").lower() in ("na", "after") else "before")
        # years: in 2019, sinds 2014, uit 2019, since 2014, (in) 2018 en 2019
        for m in re.finditer(rf"(?<![\w.,€$£/-]){_YEAR}(?![\w.,/-]\d|-jarig|-year|\d)", t):
            self._year(m)
        return self.hits

    # -- handlers -------------------------------------------------------
    def _day(self, m, y, mo, d):
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            return
        self.add(m, [(day, day)], "day")

    def _month_day(self, m):
        mo = MONTHS[m.group("month").lower().rstrip(".")]
        if m.group("month") == "may" :  # the English modal verb, not the month
            return
        d = int(m.group("day"))
        weekday = m.groupdict().get("weekday")
        if m.group("year"):
            y = int(m.group("year"))
        elif self.ref:
            y = _nearest_year(mo, d, self.ref, self.future)
            if weekday:
                # "zaterdag 12 september" fixes the year: the nearest one where it is a Saturday
                wd = WEEKDAYS[weekday.lower()]
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
        ref = self.ref
        per = per.lower()
        rel = rel.lower()
        if per in ("jaar", "year"):
            return _year_range(_relative_year(rel, ref))
        if per in ("maand", "month"):
            step = -1 if rel in ("vorige", "vorig", "afgelopen", "last", "past") else 1 if rel in ("volgende", "volgend", "komende", "komend", "next", "coming") else 0
            first = _add_months(ref.first.replace(day=1), step)
            return _month_range(first.year, first.month)
        # week: relative to a day; with a month-level reference it spans the month's weeks
        step = -7 if rel in ("vorige", "vorig", "afgelopen", "last", "past") else 7 if rel in ("volgende", "volgend", "komende", "komend", "next", "coming") else 0
        a = ref.first - dt.timedelta(days=ref.first.weekday()) + dt.timedelta(days=step)
        b = ref.last - dt.timedelta(days=ref.last.weekday()) + dt.timedelta(days=step + 6)
        return a, b

    def _part_of(self, m):
        part = PART_OF_PERIOD.get(m.group("part").lower().replace("the ", "").replace(" of", ""), "mid")
        if m.group("month"):
            mo = MONTHS[m.group("month").lower().rstrip(".")]
            if m.group("year"):
                y = int(m.group("year"))
            elif self.ref:
                y = _nearest_year(mo, None, self.ref, self.future)
            else:
                self.add(m, None, "month", part)
                return
            first, last = _month_range(y, mo)
            self.add(m, [_part(first, last, part)], "month", part, display=_iso(first, "month"))
        elif m.group("year2"):
            first, last = _year_range(int(m.group("year2")))
            self.add(m, [_part(first, last, part)], "year", part, display=m.group("year2"))
        elif self.ref:
            first, last = self._period_of(m.group("per"), m.group("rel"))
            precision = {"jaar": "year", "year": "year", "maand": "month", "month": "month"}.get(m.group("per").lower(), "week")
            self.add(m, [_part(first, last, part)], precision, part, display=_iso(first, precision) if precision != "week" else None)
        else:
            self.add(m, None, "year", part)

    def _relative_month(self, m):
        month = m.group("month") or m.group("month2") or m.group("month3")
        if month == "may":
            return
        mo = MONTHS[month.lower().rstrip(".")]
        rel = (m.group("rel") or m.group("rel2") or m.group("rel3")).lower()
        if not self.ref:
            self.add(m, None, "month")
            return
        if rel in ("next",):
            y = self.ref.first.year if mo > self.ref.first.month else self.ref.first.year + 1
        elif rel in ("last",):
            y = self.ref.first.year if mo < self.ref.first.month else self.ref.first.year - 1
        elif rel == "this":
            y = self.ref.first.year
        else:
            y = _relative_year(rel, self.ref)
        self.add(m, [_month_range(y, mo)], "month")

    def _season(self, m):
        season = (m.group("season") or m.group("season2")).lower()
        if m.group("year"):
            y = int(m.group("year"))
        elif self.ref:
            rel = m.group("rel").lower()
            first, _ = _season_range(self.ref.first.year, season)
            if rel in ("deze", "dit", "this"):
                y = self.ref.first.year
            elif rel in ("vorige", "vorig", "last", "past"):
                y = self.ref.first.year - 1
            elif rel in ("afgelopen",):  # the most recent one that has begun
                y = self.ref.first.year if first <= self.ref.last else self.ref.first.year - 1
            else:  # volgende, komende, next, coming
                y = self.ref.first.year if first > self.ref.last else self.ref.first.year + 1
        else:
            self.add(m, None, "season")
            return
        self.add(m, [_season_range(y, season)], "season")

    def _bare_month(self, m):
        mo = MONTHS[m.group("month").lower().rstrip(".")]
        if m.group("month") in ("may", "mar", "jan"):  # lower-case English words, not months
            return
        lead = m.group(0).split()[0].lower()
        modifier = {"begin": "begin", "eind": "end", "sinds": "since", "since": "since", "vanaf": "since", "tot": "before", "until": "before"}.get(lead)
        if not self.ref:
            self.add(m, None, "month", modifier, group="month")
            return
        y = _nearest_year(mo, None, self.ref, self.future)
        first, last = _month_range(y, mo)
        if modifier in ("begin", "end"):
            self.add(m, [_part(first, last, modifier)], "month", modifier, display=_iso(first, "month"))
        else:
            self.add(m, [(first, last)], "month", modifier)

    def _relative_period(self, m):
        per = m.group("per").lower()
        rel = m.group("rel").lower()
        if per == "weekend":
            if not self.ref:
                self.add(m, None, "day")
                return
            days = self._weekdays({5, 6}, rel)
            self.add(m, days, "day")
            return
        if not self.ref:
            self.add(m, None, {"jaar": "year", "year": "year", "maand": "month", "month": "month"}.get(per, "week"))
            return
        first, last = self._period_of(per, rel)
        precision = {"jaar": "year", "year": "year", "maand": "month", "month": "month"}.get(per, "week")
        self.add(m, [(first, last)], precision)

    def _weekdays(self, wanted: set[int], rel: str | None) -> list[tuple[dt.date, dt.date]]:
        """The days a weekday name can mean: with a day-level reference the nearest one
        (past unless the sentence is in the future); with a month-level one every such
        day of the month."""
        ref = self.ref
        rel = (rel or "").lower()
        future = rel in ("komende", "volgende", "next") or (self.future and rel not in ("vorige", "afgelopen", "last", "past"))
        if ref.precision == "day":
            out = []
            for wd in sorted(wanted):
                if future:
                    delta = (wd - ref.first.weekday()) % 7 or (7 if rel in ("komende", "volgende", "next") else 0)
                    d = ref.first + dt.timedelta(days=delta)
                else:
                    delta = (ref.first.weekday() - wd) % 7
                    if rel in ("vorige", "afgelopen", "last", "past") and delta == 0:
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
        wd = WEEKDAYS[m.group("weekday").lower()]
        ranges = self._weekdays({wd}, m.group("rel"))
        late = re.search(r"\b(late|laat op|laat in de avond van)\s*$", self.text[max(0, m.start() - 22) : m.start()], re.I)
        if re.search(r"nacht|night", m.group(0), re.I) or late:
            # "zaterdagnacht"/"Saturday night" runs into the small hours of the next day
            ranges = [(a, b + dt.timedelta(days=1)) for a, b in ranges]
        self.add(m, ranges, "day")

    def _deictic_day(self, m):
        if not self.ref:
            self.add(m, None, "day")
            return
        word = m.group(1).lower()
        offset = {"eergisteren": -2, "gisteren": -1, "yesterday": -1, "vandaag": 0, "today": 0, "tomorrow": 1}[word]
        if self.ref.precision == "day":
            d = self.ref.first + dt.timedelta(days=offset)
            self.add(m, [(d, d)], "day")
        else:
            self.add(m, [(self.ref.first + dt.timedelta(days=offset), self.ref.last + dt.timedelta(days=offset))], "month",
                     display=_iso(self.ref.first, "month"))

    def _offset(self, m, sign: int):
        if not self.ref:
            self.add(m, None, "month")
            return
        n = m.group("n").lower()
        count = float(n) if n.isdigit() else _NUM_WORDS.get(n, 1)
        unit_days = _UNIT_DAYS[m.group("unit").lower()]
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
        prep = re.search(r"\b(sinds|since|vanaf|voor|vóór|before|na|after)\s+$", before)
        if re.search(r"\b(sinds|since|vanaf)\s+$", before):
            modifier = "since"
            last = self.ref.last if self.ref and self.ref.last > last else last
        elif re.search(r"\b(voor|vóór|before)\s+$", before):
            modifier = "before"
        elif re.search(r"\b(na|after)\s+$", before):
            modifier = "after"
        start = m.start() - (len(before) - prep.start()) if prep else m.start()
        self.hits.append(_Hit(start, m.end(), [(first, last)], "year", modifier, m.group("year")))


def extract_dates(text: str, offset: int, published: str | None, language: str) -> list[Fact]:
    """Date facts in ``text`` (a claim), with spans shifted by ``offset`` into the source."""
    ref = Reference.parse(published)
    future = bool(_FUTURE.search(text))
    hits = _Extractor(text, ref, future, language).run()
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
