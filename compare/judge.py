"""Facts compared inside each aligned group → status and findings.

Values are compared as intervals so that hedges and precision are not conflicts:
"minstens vier" is [4, ∞) and admits "vier"; "ruim vijftien jaar" admits "15 jaar"
(outlets round); "in 2020" and "in het najaar van 2020" overlap. A conflict is two
values of the same kind (and, for counts, the same counted thing) that cannot both
be true, or two different roles in the same slot.
"""
from __future__ import annotations

import functools
import hashlib
import itertools
import re

from . import lang
from .model import CONFLICT, AGREE, NOT_COMPARABLE, Claim, DateSpan, Fact, Finding, Group, PersonRef, Quantity, TimeOfDay, short_id
from .facts.numbers import indefinite_one, word_number
from .facts.times import is_timestamp
from .outcomes import outcome_of, tells_of_self_killing
from .paraphrase import AFTERMATH_FRAMES, ONE_TIME_FRAMES, frames
from .settings import DEFAULT, Settings

NUMERIC = ("count", "money", "duration", "age", "percent")  # "number" has no unit to compare by


def _date_ranges(f: DateSpan) -> list[tuple[str, str]]:
    return [tuple(r) for r in f.ranges] if f.resolved else []


def _gap_days(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> int:
    import datetime as dt

    def d(x):
        return dt.date.fromisoformat(x)

    return min(max((d(y0) - d(x1)).days, (d(x0) - d(y1)).days) for x0, x1 in a for y0, y1 in b)


def _dates_overlap(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    return any(x0 <= y1 and y0 <= x1 for x0, x1 in a for y0, y1 in b)


def _one_moment(ranges: list[tuple[str, str]]) -> bool:
    """Whether one day fits every range."""
    return max(a for a, _ in ranges) <= min(b for _, b in ranges)


def _dates_of(c: Claim) -> list[DateSpan]:
    """The claim's resolved dates, or those its sentence states before it; not the date of the
    saying ("police said early Thursday that the girl was shot"), which is the statement's."""
    own = [f for f in c.facts if isinstance(f, DateSpan) and not _date_of_saying(c, f)]
    pool = own if own else c.context
    return [f for f in pool if f.resolved and f.ranges]


_WEEKDAY_RE = re.compile(lang.alternation(lang.union("weekdays")), re.I)


def _bound_against_day(da: list[DateSpan], db: list[DateSpan]) -> tuple[DateSpan, DateSpan] | None:
    """The same day named as a bound by one claim and as the day itself by the other ("nog
    voor 28 april" / "op 28 april"): other dates of the claims may meet, these two cannot."""
    for x in da:
        for y in db:
            if x.precision == y.precision == "day" and x.value == y.value and (x.modifier is None) != (y.modifier is None) \
                    and {x.modifier, y.modifier} & {"before", "after"} and not _dates_overlap(_date_ranges(x), _date_ranges(y)):
                return x, y
    return None


def _stamp(c: Claim, f: TimeOfDay) -> bool:
    """"UPDATE @ 5:30 p.m.": the article's time, in any pack's words (a claim has no language)."""
    return any(is_timestamp(c.text, f.start - c.start, f.end - c.start, p) for p in lang.packs())


_FUTURE = re.compile(rf"\b{lang.alternation(lang.union('future_markers'))}(?!\w)", re.I)


_HE_OR_SHE = re.compile(rf"(?:{lang.alternation(lang.union('third_person'))})\b", re.I)


def _he_or_she(c: Claim) -> bool:
    """The claim opens with a third-person pronoun: its subject is someone named before."""
    return bool(_HE_OR_SHE.match(c.text))


def _same_particular(x: Quantity, y: Quantity) -> bool:
    """Two ages of someone described by the same word that is no word for anyone ("Duitser",
    "Schwaab"; not "man", "victim")."""
    wx, wy = getattr(x, "of_whom", None), getattr(y, "of_whom", None)
    return bool(wx and wy and wx.lower() == wy.lower() and not _people_word(wx.lower())
                and not any(wx.lower() in p.sex_nouns for p in lang.packs()))


def _relative_gap(x: Quantity, y: Quantity, settings: Settings) -> float:
    """How far apart two values are, relative to the larger (interval midpoints)."""
    (a0, a1), (b0, b1) = x.interval(settings), y.interval(settings)
    a, b = (a0 + a1) / 2, (b0 + b1) / 2
    big = max(abs(a), abs(b))
    return abs(a - b) / big if big else 0.0


def _ahead(dates: list[DateSpan]) -> bool:
    """Every date a relative one, in words, still ahead of the day it was read from ("next week")."""
    return all(not re.search(r"\d", f.text) and f.resolved_against and len(f.resolved_against) == 10 and f.ranges
               and all(r0 > f.resolved_against for r0, _ in f.ranges) for f in dates)


def _past(dates: list[DateSpan]) -> bool:
    """Every date a relative one, in words, past or that day when it was read ("on Monday")."""
    return all(not re.search(r"\d", f.text) and f.resolved_against and len(f.resolved_against) == 10 and f.ranges
               and all(r1 <= f.resolved_against for _, r1 in f.ranges) for f in dates)


def other_night(f: DateSpan, g: DateSpan, part_f: str = "", part_g: str = "") -> bool:
    """"Monday night" and "Tuesday night": each one day named in words, other weekdays, the same
    part of the day (in the date's words or, ``part_f``/``part_g``, the word just before it).
    A night runs into the next day, so their days overlap; the nights do not. "late Sunday" and
    "early Monday" are parts apart: one night, maybe. With no part written at all ("Sunday" /
    "Monday") the days themselves tell, so this says no."""
    if re.search(r"\d", f.text + g.text):
        return False
    wf, wg = _WEEKDAY_RE.findall(f.text), _WEEKDAY_RE.findall(g.text)
    if len(wf) != 1 or len(wg) != 1 or wf[0].lower() == wg[0].lower():
        return False
    rest = [f"{p}|{_WEEKDAY_RE.sub('', x.text).strip().lower()}" for p, x in ((part_f, f), (part_g, g))]
    return rest[0] == rest[1] != "|"


_PERIOD_WORD = re.compile(rf"\b({lang.alternation(lang.union('period_parts'))})\s+$", re.I)


def _period_before(c: Claim, f: DateSpan) -> str:
    """A period word right before the date ("late Sunday"), lower-cased, or ""."""
    m = _PERIOD_WORD.search(c.text[max(0, f.start - c.start - 15) : f.start - c.start])
    return m.group(1).lower() if m else ""


def _weekdays_named(facts: list[Fact]) -> set[str]:
    """Weekday names of relative dates (no day number written)."""
    return {m.group().lower() for f in facts if not re.search(r"\d", f.text) for m in _WEEKDAY_RE.finditer(f.text)}


def _role_only(f: Fact) -> bool:
    """A definite role without a name: 'de gemeentesecretaris', 'the mayor'. 'Een advocaat',
    'an attorney' names no one in particular and fills no slot."""
    return (isinstance(f, PersonRef) and f.role is not None and (not f.value or f.value.split()[-1] not in f.text)
            and not re.match(r"(een|a|an)\s", f.text, re.I))


def fingerprint(kind: str, parts) -> str:
    """Stable across runs, file renames and edits elsewhere: made of the finding's content
    only, the kind and each side's quoted value, in a stable order. ``parts``: strings, or (source, text) pairs whose source id is left out,
    so that renaming ``draft.md`` to ``draft-v2.md`` keeps every acceptance."""
    texts = [p[-1] if isinstance(p, tuple) else p for p in parts]
    norm = sorted(re.sub(r"\s+", " ", t.strip().lower()) for t in texts)
    raw = kind + "\x1f" + "\x1f".join(norm)
    return "sha1-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _finding(severity, kind, a: Claim, fa: Fact | list[Fact], b: Claim, fb: Fact | list[Fact], message) -> Finding:
    ta = ", ".join(f.text for f in fa) if isinstance(fa, list) else fa.text
    tb = ", ".join(f.text for f in fb) if isinstance(fb, list) else fb.text
    return Finding(
        severity=severity,
        kind=kind,
        claims=[a.id, b.id],
        values={a.source: ta, b.source: tb},
        spans={a.id: ta, b.id: tb},
        message=message,
        # each side's quoted value, no file name: stable across renames and rewording around it
        fingerprint=fingerprint(kind, [ta, tb]),
    )


def _date_of_saying(c: Claim, f: DateSpan) -> bool:
    verbs = lang.every_pack("saying_verbs")
    return bool(verbs) and _said_right_before(c.text[: f.start - c.start], verbs)


@functools.lru_cache(maxsize=16384)  # verdicts ask of a claim's date once for every claim it is compared with
def _said_right_before(before: str, verbs: frozenset) -> bool:
    return bool(re.search(rf"\b{lang.alternation(verbs)}\s+(?:\w+\s+)?$", before, re.I))


def _different_people(a: Claim, b: Claim) -> bool:
    """Both claims name people, and none in common."""
    pa = {f.value for f in a.facts if isinstance(f, PersonRef) and f.value}
    pb = {f.value for f in b.facts if isinstance(f, PersonRef) and f.value}
    return bool(pa) and bool(pb) and not pa & pb


def _apposition(c: Claim, f: Fact) -> bool:
    """A role right after a name and a comma ("Abdelkader Bensalah, de voorzitter van …") says
    who that person is; it names no slot another source could fill differently."""
    return bool(re.search(r"[A-Z][\w'’-]+,\s*$", c.text[: f.start - c.start]))


def _owner_before(c: Claim, f: Fact, settings: Settings) -> str | None:
    """The name right before a count, its owner ("Likud krijgt 35 zetels", "CDA (negen
    zetels)"); a name after it is as often where they came from ("30 officers from Menasha")."""
    w = settings.judge.share_name_window
    a = f.start - c.start
    before = [(a - m.end(), m.group()) for m in re.finditer(r"(?<![.!?]\s)\b[A-Z][\w-]+", c.text[:a])
              if a - m.end() <= w and not _common_word(m.group()) and (not re.search(r"[,;:()]", c.text[m.end() : a])
                                                                      or re.fullmatch(r"\s*\(\s*", c.text[m.end() : a]))]
    return min(before)[1].lower() if before else None


def _share_of(c: Claim, f: Fact, settings: Settings) -> str | None:
    """The name nearest a percentage or count in its claim (a party, a candidate, a company),
    not the claim's first word, which is capitalised anyway."""
    w = settings.judge.share_name_window
    a, b = f.start - c.start, f.end - c.start
    # the name and the value in one phrase: no comma or bracket between them, but for the
    # value in brackets right after the name ("CDA (negen zetels)")
    before = [(a - m.end(), m.group()) for m in re.finditer(r"(?<![.!?]\s)\b[A-Z][\w-]+", c.text[:a])
              if a - m.end() <= w and not _common_word(m.group()) and (not re.search(r"[,;:()]", c.text[m.end() : a])
                                                                      or re.fullmatch(r"\s*\(\s*", c.text[m.end() : a]))]
    after = [(m.start(), m.group()) for m in re.finditer(r"\b[A-Z][\w-]+", c.text[b:])
             if m.start() <= w and not _common_word(m.group()) and not re.search(r"[,;:()]", c.text[b : b + m.start()])]
    near = sorted(before + after)
    return near[0][1].lower() if near else None


def _comparable(fa: list[Fact], fb: list[Fact], outcome: dict) -> tuple[list[Fact], list[Fact]]:
    """The values of each side that some value of the other side can be compared with."""
    fa = [x for x in fa if any(outcome[id(x), id(y)] != NOT_COMPARABLE for y in fb)]
    fb = [y for y in fb if any(outcome[id(x), id(y)] != NOT_COMPARABLE for x in fa)]
    return fa, fb


def _toll_with_or_without_gunman(a: Claim, x: Fact, b: Claim, y: Fact, settings: Settings) -> bool:
    ix, iy = x.interval(settings), y.interval(settings)
    one_apart = ix and iy and (abs(ix[0] - iy[1]) == 1 or abs(iy[0] - ix[1]) == 1)
    return bool(one_apart) and outcome_of(a, x, settings) == "killed" and (tells_of_self_killing(a) or tells_of_self_killing(b))


def _people_word(unit: str) -> bool:
    """"man", "women", "people", "slachtoffers": a count of persons, not of a kind of them."""
    return any(unit in p.people_words for p in lang.packs())


def _part_or_whole(c: Claim, f: Fact) -> str | None:
    """"part" for a count that is a part of a group ("65 van de 120 zetels", "three of the five
    victims"), "whole" for the group a part is taken of, else None. A part and a plain count,
    or a whole and a plain count, are no match; two wholes ("one of seven shootings" / "one of
    five shootings") or two parts are."""
    text, a, b = c.text, f.start - c.start, f.end - c.start
    # the part ("65 van", "three of") is a bare number; "115 producten van dertien supermarkten"
    # counts products from thirteen shops, no part of them
    last = re.findall(r"\w+", f.text)[-1:]
    bare = not last or last[0].isdigit() or any(word_number(last[0].lower(), p) is not None for p in lang.packs())
    for p in lang.packs():
        if not p.partitive_words:
            continue
        part = lang.alternation(p.partitive_words)
        article = lang.alternation(p.definite_articles) if p.definite_articles else "(?!)"
        if bare and re.match(rf"\s*{part}\b", text[b:], re.I):
            return "part"
        if re.search(rf"\b{part}\s+(?:{article}\s+)?$", text[:a], re.I):
            return "whole"
        if p.sequence_words and re.search(rf"\b{lang.alternation(p.sequence_words)}\s+$", text[:a], re.I):
            return "sequence"  # "na 34 duels": a point in a run, not a measure
    return None


def _common_word(word: str) -> bool:
    """A capitalised word that is no name: a stop word at the start of a sentence."""
    return word.lower() in lang.every_pack("stop_words")


def _same_share_of(a: Claim, x: Fact, b: Claim, y: Fact, settings: Settings) -> bool:
    sx, sy = _share_of(a, x, settings), _share_of(b, y, settings)
    return sx is not None and sx == sy


def compare_claims(a: Claim, b: Claim, confident: bool = True, protagonist: str | None = None,
                   settings: Settings = DEFAULT) -> list[Finding]:
    """Findings between two claims of different sources that speak of the same thing.
    ``confident``: the two are aligned strongly enough that different dates mean the
    sources disagree, rather than that they tell of two different moments."""
    out: list[Finding] = []
    sa, sb = short_id(a.source), short_id(b.source)
    # numbers of the same kind and the same counted thing
    for kind in NUMERIC:
        label = {"count": "Count", "money": "Amount", "duration": "Duration", "age": "Age", "percent": "Percentage"}[kind]
        units = sorted({f.unit for c in (a, b) for f in c.facts if isinstance(f, Quantity) and f.kind == kind and f.unit is not None})
        for unit in units:
            fa_all = [f for f in a.facts if isinstance(f, Quantity) and f.kind == kind and f.unit == unit and f.interval(settings) is not None]
            fb_all = [f for f in b.facts if isinstance(f, Quantity) and f.kind == kind and f.unit == unit and f.interval(settings) is not None]
            if kind == "count" and confident and bool(fa_all) != bool(fb_all):
                # "twee boa's neergehaald" against "een boa neergehaald": the article is the count
                counted, other = (fa_all, b) if fa_all else (fb_all, a)
                if all(f.interval(settings)[0] >= 2 for f in counted) and (one := indefinite_one(other.text, other.start, unit)):
                    fa_all, fb_all = (fa_all, [one]) if fa_all else ([one], fb_all)
            if not fa_all or not fb_all:
                continue
            outcome = {(id(x), id(y)): x.compatible(y, settings).outcome for x in fa_all for y in fb_all}
            if kind == "count":
                # "officers arrested three people" is no death toll: two counts are compared only
                # when they measure the same outcome (or neither names one), and not when each
                # claim is about other named people ("Oliver … two counts", "Coles … three counts")
                apart = _different_people(a, b)
                for x in fa_all:
                    for y in fb_all:
                        nx, ny = _share_of(a, x, settings), _share_of(b, y, settings)
                        ox, oy = _owner_before(a, x, settings), _owner_before(b, y, settings)
                        # the name beside each count: two different names, or an owner the other claim
                        # lacks, unless its subject is "he" or "she" ("Hij trok het verlof in van 21
                        # gedetineerden": the draft's "Dekker" may be that "hij")
                        other_name = (nx and ny and nx != ny) or (ox and not ny and ox not in b.text.lower() and not _he_or_she(b)) \
                            or (oy and not nx and oy not in a.text.lower() and not _he_or_she(a))
                        ox_outcome, oy_outcome = outcome_of(a, x, settings), outcome_of(b, y, settings)
                        # "One man inside the bar says …" / "the two men and one woman were standing":
                        # people counted with no outcome on either side are whoever the sentence is about
                        anyone = ox_outcome is None and oy_outcome is None and _people_word(unit)
                        if apart or ox_outcome != oy_outcome or other_name or anyone:
                            outcome[id(x), id(y)] = NOT_COMPARABLE
                        elif outcome[id(x), id(y)] == CONFLICT and _toll_with_or_without_gunman(a, x, b, y, settings):
                            outcome[id(x), id(y)] = "compatible"
                        px, py = _part_or_whole(a, x), _part_or_whole(b, y)
                        if (px or py) and (px != py or px == "sequence"):
                            outcome[id(x), id(y)] = NOT_COMPARABLE
                fa_all, fb_all = _comparable(fa_all, fb_all, outcome)
                if not fa_all or not fb_all:
                    continue
            if kind == "percent":
                # "bijna 7 procent" for one party against "44 procent" for another: percentages
                # are compared only when the same name stands beside them
                for x in fa_all:
                    for y in fb_all:
                        if not _same_share_of(a, x, b, y, settings):
                            outcome[id(x), id(y)] = NOT_COMPARABLE
                fa_all, fb_all = _comparable(fa_all, fb_all, outcome)
                if not fa_all or not fb_all:
                    continue
            if kind == "age":
                # ages are comparable only when they describe one person (Age.compatible); two
                # ages in loosely aligned claims are usually two people, unless both describe
                # someone by the same name or the same particular word ("de 30-jarige Duitser")
                same = [(x, y) for x in fa_all for y in fb_all if outcome[id(x), id(y)] != NOT_COMPARABLE
                        and (confident or _same_particular(x, y))]
                # a value that fits a same-subject value on the other side is matched
                matched = {id(v) for x, y in same if outcome[id(x), id(y)] != CONFLICT for v in (x, y)}
                pairs = [(x, y) for x, y in same if id(x) not in matched and id(y) not in matched]
            elif len(fa_all) == 1 and len(fb_all) == 1:
                pairs = [(fa_all[0], fb_all[0])]
            elif len(fa_all) == len(fb_all):
                # as many values on each side ("the highest 108.117 euro, the lowest 7419 euro"):
                # the sources list the same things, so they are paired in order of size
                by_size = lambda fs: sorted(fs, key=lambda f: (f.interval(settings), f.start))  # noqa: E731
                pairs = list(zip(by_size(fa_all), by_size(fb_all)))
            else:
                # several values of one unit on a side ("a 23-year-old and a 30-year-old man"):
                # a disagreement only if no value of one side fits any of the other
                fitting = [(x, y) for x in fa_all for y in fb_all if outcome[id(x), id(y)] != CONFLICT]
                # none fits: the nearest two values are the ones told of the same thing ("melk
                # 1,21 euro, de biologische 1,12 euro" against "de biologische versie 1,02 euro")
                pairs = [(x, y) for x, y in fitting if outcome[id(x), id(y)] != AGREE] if fitting else \
                    [min(((x, y) for x in fa_all for y in fb_all), key=lambda p: _relative_gap(p[0], p[1], settings))]
            for fa, fb in pairs:
                verdict = outcome[id(fa), id(fb)]
                if verdict == CONFLICT:
                    # one conflict per unit: the same pair read twice is not two findings
                    if not any(x.kind == kind and x.severity == "conflict" for x in out):
                        out.append(_finding("conflict", kind, a, fa, b, fb, f"{label} differs: {sa} says '{fa.text}', {sb} says '{fb.text}'"))
                elif verdict != AGREE:
                    out.append(_finding("note", kind, a, fa, b, fb, f"{label} compatible: {sa} says '{fa.text}', {sb} says '{fb.text}'"))
    # dates: a conflict only when no date of one claim can be any date of the other
    da = _dates_of(a)
    db = _dates_of(b)
    if da and db:
        ra = [r for f in da for r in _date_ranges(f)]
        rb = [r for f in db for r in _date_ranges(f)]
        same_words = _weekdays_named(da) & _weekdays_named(db)
        if not _dates_overlap(ra, rb) and {f.text.lower() for f in da} == {f.text.lower() for f in db}:
            same_words = {", ".join(sorted({f.text.lower() for f in da}))}  # the same date words, read from other publication dates
        if not _dates_overlap(ra, rb) and same_words:
            # "Tuesday" in both: the words agree; their publication dates put them in other weeks
            out.append(_finding("note", "date", a, da, b, db,
                                f"Same day named ({', '.join(sorted(same_words))}), resolved differently from the publication dates: {sa} '{', '.join(f.text for f in da)}', {sb} '{', '.join(f.text for f in db)}'"))
        elif not _dates_overlap(ra, rb) or (len(da) == len(db) == 1 and other_night(
                da[0], db[0], _period_before(a, da[0]), _period_before(b, db[0]))):
            # A claim with several dates often tells of several moments ("shot Monday, the
            # court stayed closed Wednesday"); then only a gap of more than a month is read
            # as a disagreement about one moment.
            # (dates that all fit one day tell of one moment: "eerder deze maand … in april")
            clear = (_one_moment(ra) and _one_moment(rb)) or _gap_days(ra, rb) > settings.judge.multi_date_gap_days
            # "apprehended a suspect early Saturday" against "the shooting on Friday": one claim
            # dates the incident's legal aftermath, the other the incident
            other_event = bool((frames(a.text) ^ frames(b.text)) & AFTERMATH_FRAMES)
            # "set another hearing for next week" against "on Monday he quadrupled the bond": a
            # moment still ahead at publication and one already past are two moments
            # (unless the claim of that day looks ahead too: "scheduled to undergo surgery today")
            other_event = other_event or (_ahead(da) and _past(db) and not _FUTURE.search(b.text)) \
                or (_past(da) and _ahead(db) and not _FUTURE.search(a.text))
            # one event that happens once to a person ("zag af van een nieuwe termijn"), told by
            # both: its dates are comparable even in loosely aligned claims
            once = bool(frames(a.text) & frames(b.text) & ONE_TIME_FRAMES)
            severity = "conflict" if (confident or once) and clear and not other_event else "note"
            label = "Date differs" if severity == "conflict" else "Dates differ (the claims may tell of different moments)"
            out.append(_finding(severity, "date", a, da, b, db,
                                f"{label}: {sa} says '{', '.join(f.text for f in da)}', {sb} says '{', '.join(f.text for f in db)}'"))
        elif confident and (bound := _bound_against_day(da, db)):
            x, y = bound
            out.append(_finding("conflict", "date", a, x, b, y, f"Date differs: {sa} says '{x.text}', {sb} says '{y.text}'"))
        elif any(f.precision != g.precision for f in da for g in db):
            out.append(_finding("note", "date", a, da, b, db,
                                f"Dates compatible at different precision: {sa} '{', '.join(f.text for f in da)}', {sb} '{', '.join(f.text for f in db)}'"))
    # times of day: one each, in confidently aligned claims ("Om 18.00 uur komen de leiders bij
    # elkaar" / "Om 20.00 uur …"); a claim with several times tells of several moments
    ta = [f for f in a.facts if isinstance(f, TimeOfDay) and not _stamp(a, f)]
    tb = [f for f in b.facts if isinstance(f, TimeOfDay) and not _stamp(b, f)]
    if confident and len(ta) == 1 and len(tb) == 1:
        verdict = ta[0].compatible(tb[0]).outcome
        if verdict == CONFLICT:
            out.append(_finding("conflict", "time", a, ta[0], b, tb[0], f"Time differs: {sa} says '{ta[0].text}', {sb} says '{tb[0].text}'"))
        elif verdict not in (AGREE, NOT_COMPARABLE):
            out.append(_finding("note", "time", a, ta[0], b, tb[0], f"Times compatible: {sa} says '{ta[0].text}', {sb} says '{tb[0].text}'"))
    # roles in the same slot: each side names a role (without a name) the other does not mention at all
    roles_a = {f.role for f in a.facts if isinstance(f, PersonRef) and f.role}
    roles_b = {f.role for f in b.facts if isinstance(f, PersonRef) and f.role}
    # "de wethouder" in a story about the alderman is the alderman: no slot to disagree on
    only_a = [f for f in a.facts if _role_only(f) and f.role not in roles_b and not (protagonist and f.value == protagonist)
              and not _apposition(a, f)]
    only_b = [f for f in b.facts if _role_only(f) and f.role not in roles_a and not (protagonist and f.value == protagonist)
              and not _apposition(b, f)]
    named_a = {f.value for f in a.facts if isinstance(f, PersonRef) and f.value}
    named_b = {f.value for f in b.facts if isinstance(f, PersonRef) and f.value}
    only_a = [f for f in only_a if not (f.value and f.value in named_b)]
    only_b = [f for f in only_b if not (f.value and f.value in named_a)]
    if only_a and only_b:
        out.append(_finding("conflict", "role", a, only_a, b, only_b,
                            f"Role differs: {sa} says '{', '.join(f.text for f in only_a)}', {sb} says '{', '.join(f.text for f in only_b)}'"))
    return out


def protagonist_of(claims: dict[str, Claim]) -> str | None:
    """The person most claims are about (most person mentions across the run)."""
    counts: dict[str, int] = {}
    for c in claims.values():
        for f in c.facts:
            if isinstance(f, PersonRef) and f.value:
                counts[f.value] = counts.get(f.value, 0) + 1
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def judge(groups: list[Group], claims: dict[str, Claim], is_confident=None, settings: Settings = DEFAULT) -> list[Group]:
    """``is_confident(a, b)``: whether two claims are aligned strongly (see compare_claims).
    Status: conflict, agree (every two sources' members state the same fact, no value differs),
    compatible (the same fact, values at different precision or hedged), related (aligned
    loosely: the members speak of related things), unique (one source)."""
    protagonist = protagonist_of(claims)
    for g in groups:
        members = [claims[c] for c in g.claims]
        if len({c.source for c in members}) < 2:
            g.status = "unique"
            g.findings = []
            continue
        findings: list[Finding] = []
        seen = set()
        for a, b in itertools.combinations(members, 2):
            if a.source == b.source:
                continue
            for f in compare_claims(a, b, is_confident(a, b) if is_confident else True, protagonist, settings):
                if f.fingerprint in seen:
                    continue
                seen.add(f.fingerprint)
                findings.append(f)
        findings.sort(key=lambda f: (f.severity != "conflict", f.kind, f.fingerprint))
        g.findings = findings
        # an agreement is one fact stated by several sources: every pair of members from two
        # sources is aligned confidently (not only through a chain of neighbours or a shared
        # kind of event); a looser group speaks of related things and is "related"
        same_fact = all(is_confident(a, b) for a, b in itertools.combinations(members, 2)
                        if a.source != b.source) if is_confident else True
        if any(f.severity == "conflict" for f in findings):
            g.status = "conflict"
        elif not same_fact:
            g.status = "related"
        elif findings:
            g.status = "compatible"
        else:
            g.status = "agree"
    return groups
