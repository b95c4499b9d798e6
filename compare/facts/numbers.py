"""Numbers an editor checks: counts, money, ages, durations, percentages, ordinals.

Digits with either decimal mark, number words of the source's language (compounds such
as "twintigduizend" and "tweeëntwintig" included), hedges as qualifiers, ranges, and
the counted noun as the unit ("vier formele klachten" → 4 klacht). The words are the
language pack's (compare/lang). The articles "een"/"a" are not numbers; the pronoun
"one" is one only before what it counts ("one woman", not "one of them").
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from .. import lang
from ..lang import LanguagePack
from ..model import Fact, Quantity, make_quantity

# A number: digits, a fraction phrase, a (compound) number word, with an optional scale word
_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORD = r"[a-zë]+(?:-[a-z]+)?"
_CURRENCY_BEFORE = {"€": "EUR", "$": "USD", "£": "GBP", "eur": "EUR", "usd": "USD"}
_CURRENCY_CODES = {"eur": "EUR", "usd": "USD", "gbp": "GBP"}


@dataclass(frozen=True)
class _Lexicon:
    """A language pack's number words as the patterns below read them."""

    pack: LanguagePack
    number: str  # a number with an optional scale word; "@G@" names its groups
    hedge: str
    not_units: frozenset[str]  # words after a number that are not the thing counted
    ordinal: str
    currency: str
    percent: str
    time_unit: str
    old: str


@functools.cache
def _lexicon(pack: LanguagePack) -> _Lexicon:
    alt = lang.alternation
    return _Lexicon(
        pack=pack,
        number=rf"(?P<@G@>(?:{_DIGITS})|{alt(pack.fractions)}|{_WORD})(?:\s*(?P<@G@s>{alt(pack.scales)})\b\.?)?",
        hedge=alt(pack.hedges),
        not_units=frozenset(pack.stop_words | set(pack.not_counted)),
        ordinal=rf"\b(?P<ord>{alt(pack.ordinals)})\b|\b(?P<ordd>\d{{1,3}}){alt(pack.ordinal_suffixes)}\b",
        currency=rf"\s*({alt([*pack.currencies, *_CURRENCY_CODES])})\b",
        percent=rf"\s*({alt(pack.percent_words)})\b",
        time_unit=rf"\s*({alt(pack.time_units)})\b",
        old=rf"\s+{alt(pack.old_words)}\b",
    )


def _below_1000(w: str, pack: LanguagePack) -> int | None:
    if w in pack.units:
        return pack.units[w]
    if w in pack.tens:
        return pack.tens[w]
    for tens, value in pack.tens.items():  # "vierentwintig", "twenty-four"
        for joiner in pack.tens_joiners:
            if pack.units_first and w.endswith(joiner + tens):
                unit = pack.units.get(w[: -len(joiner + tens)])
            elif not pack.units_first and w.startswith(tens + joiner):
                unit = pack.units.get(w[len(tens + joiner):])
            else:
                continue
            if unit is not None and 0 < unit < 10:
                return value + unit
    return _glued(w, pack, 100, lambda part: _below_1000(part, pack))


def _glued(w: str, pack: LanguagePack, scale: int, below) -> int | None:
    """'driehonderdvijftig' → 350 (scale 100), 'twintigduizend' → 20000 (scale 1000)."""
    if not pack.glued_compounds:
        return None
    for word, value in pack.scales.items():
        if value == scale and word in w:
            head, _, tail = w.partition(word)
            h = below(head) if head else 1
            t = below(tail) if tail else 0
            if h is None or t is None or (scale == 100 and h >= 10):
                return None
            return h * scale + t
    return None


@functools.lru_cache(maxsize=65536)  # every word of a claim is tried as a number word, and words repeat
def word_number(w: str, pack: LanguagePack) -> int | None:
    """A number word of the pack's language: 'vier' → 4, 'tweeëntwintig' → 22, 'twintigduizend' → 20000,
    'driehonderdvijftig' → 350, 'twenty-one' → 21."""
    w = w.lower()
    thousands = _glued(w, pack, 1000, lambda part: _below_1000(part, pack))
    if thousands is not None or (pack.glued_compounds and any(v == 1000 and k in w for k, v in pack.scales.items())):
        return thousands
    return _below_1000(w, pack)


def parse_digits(s: str, pack: LanguagePack) -> float | None:
    """'1.000' → 1000 in either language; '1,5' → 1.5; '1,500' → 1.5 where ',' is the decimal mark."""
    s = s.strip()
    # a separator followed by exactly three digits (and repeated) is a thousands separator
    # in either language: "10.000" and "10,000" both mean ten thousand in news text
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s) and len(set(re.findall(r"[.,]", s))) == 1:
        sep = re.search(r"[.,]", s).group()
        if sep != pack.decimal_mark or len(re.findall(r"[.,]", s)) > 1:
            return float(s.replace(sep, ""))
        # the decimal separator followed by three digits: "1,500" in Dutch is 1.5
        return float(s.replace(sep, "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", s):  # 1.234,5
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", s):  # 1,234.5
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+[.,]\d+", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+", s):
        return float(s)
    return None


def _num(group: str, lex: _Lexicon) -> str:
    return lex.number.replace("@G@", group)


@dataclass
class _Num:
    start: int
    end: int
    value: float


def _word_value(w: str, lex: _Lexicon) -> float | None:
    w = w.lower()
    if w in lex.pack.fractions:
        return lex.pack.fractions[w]
    # number words of the article's own language only: Dutch "ten minste" is no English ten
    return word_number(w, lex.pack)


def _number_at(text: str, m: re.Match, g: str, lex: _Lexicon) -> float | None:
    raw = m.group(g)
    if raw is None:
        return None
    if raw[0].isdigit() and re.match(r"[eE][+-]?\d", text[m.end(g) : m.end(g) + 3]):
        return None  # "$1e309": scientific notation is no news number, and "$1" is not what it says
    if raw[0].isdigit():
        v = parse_digits(raw, lex.pack)
    else:
        v = _word_value(raw, lex)
    if v is None:
        return None
    scale = m.group(g + "s")
    if scale:
        v *= lex.pack.scales[scale.lower().rstrip(".")]
    return v if math.isfinite(v) else None  # a number past float's range is no fact


def _number_matches(text: str, number: re.Pattern, lex: _Lexicon):
    """The number pattern's matches, and where a word that is no number took a scale word
    with it ("met honderd werknemers": "met" + "honderd"), the scale word's own match."""
    for m in number.finditer(text):
        yield m
        raw = m.group("n")
        if m.group("ns") and not raw[0].isdigit() and _word_value(raw, lex) is None \
                and raw.lower() not in lex.pack.vague_before_scale:
            again = number.match(text, m.start("ns"))
            if again:
                yield again


def _lemma(word: str, lex: _Lexicon) -> str:
    """A rough singular so that units compare across sources: klachten → klacht, signalen → signaal."""
    w = word.lower()
    if w in lex.pack.irregular_plurals:
        return lex.pack.irregular_plurals[w]
    for pattern, singular in lex.pack.plural_rules:
        if re.fullmatch(pattern, w):
            return re.sub(rf"^(?:{pattern})$", singular, w)
    return w


def _unit_after(text: str, pos: int, lex: _Lexicon) -> tuple[str | None, int]:
    """The counted noun after a number: skip up to two adjectives, return (lemma, end)."""
    words = list(re.finditer(r"[\w’'-]+", text[pos : pos + 80]))
    for i, w in enumerate(words[:3]):
        token = w.group().lower()
        gap = text[pos : pos + w.start()]
        if re.search(r"[,.;:!?()]", gap):
            return None, pos
        if token in lex.not_units or token[0].isdigit():
            return None, pos
        # an attributive adjective ("vier formele klachten"): the noun after it is the unit
        adjective = i < 2 and len(words) > i + 1 and re.fullmatch(lex.pack.adjective, token) \
            and words[i + 1].group().lower() not in lex.not_units
        if adjective:
            continue
        if i == 0 and not lex.pack.capitals_counted and re.fullmatch(r"[A-Z][\w’']*", w.group()):
            return None, pos  # a name after a number ("Route 66 Diner"); "SP-wethouder" is a noun
        return _lemma(token, lex), pos + w.end()
    return None, pos


def indefinite_one(text: str, offset: int, unit: str) -> Quantity | None:
    """"een boa neergehaald", "a victim was taken to hospital": an indefinite article before
    the noun another claim counts states one of it. Not read as a count on its own (most "a"
    and "een" count nothing); verdicts ask for it when the other side gives a number of
    ``unit``. Any language's article, as a claim does not carry its language."""
    for pack in lang.packs():
        if not pack.articles:
            continue
        lex = _lexicon(pack)
        for m in re.finditer(rf"\b(?:{lang.alternation(pack.articles)})\s+", text, re.I):
            lemma, end = _unit_after(text, m.end(), lex)
            if lemma == unit:
                return make_quantity("count", text=text[m.start() : end], start=offset + m.start(), end=offset + end, value=1,
                                     unit=unit)
    return None


@dataclass(frozen=True)
class _Patterns:
    """extract_numbers' patterns for one pack, compiled once: built and looked up in re's cache
    for every claim they cost more than matching them."""

    ages: tuple[re.Pattern, ...]  # the pack's age patterns, then "Name (41)" / "Name, 21,"
    month_before: re.Pattern  # "June, 12,": a date, not an age
    range: re.Pattern
    money: re.Pattern
    percent: re.Pattern
    number: re.Pattern
    one_after: re.Pattern  # "no one", "each one": the pronoun, not a count
    partitive_after: re.Pattern  # "a third of …"
    ordinal: re.Pattern


# the pack's age patterns and this, in any language: "Name (41)", "Name, 21,"
_BESIDE_NAME = r"(?<=[a-z]) \((?P<n4>\d{1,3})\)(?=[\s,.;:])|(?<=[a-z]), (?P<n5>\d{1,2})(?:,(?= [a-z])|\.(?=\s|$))"
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+$")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


@functools.cache
def _patterns(pack: LanguagePack) -> _Patterns:
    lex, alt = _lexicon(pack), lang.alternation
    return _Patterns(
        ages=tuple(re.compile(p) for p in (*pack.age_patterns, _BESIDE_NAME)),
        month_before=re.compile(rf"(?:{alt([*pack.month_names, *pack.weekdays])})$", re.I),
        # ranges: 800 tot 1.000 euro, tussen de 10.000 en 100.000 volt, 20 tot 27 jaar, between 10 and 20
        range=re.compile(
            rf"(?:\b{alt([*pack.range_between, *pack.range_from])}\s+)?(?<![\w.,]){_num('a', lex)}"
            rf"\s*(?:{alt([*pack.range_to, *pack.and_words])}|-|–)\s*{_num('b', lex)}(?![\w.,]\d)",
            re.I,
        ),
        # money with a currency sign before: € 1,5 miljoen, $2.5 million
        money=re.compile(rf"(?P<cur>€|\$|£|\bEUR|\bUSD)\s?{_num('n', lex)}"),
        # percentages written with a sign
        percent=re.compile(rf"(?<![\w.,]){_num('n', lex)}\s?%"),
        # fraction phrases and plain numbers
        number=re.compile(rf"(?<![\w.,/:-]){_num('n', lex)}(?![\w/]|[.,:]\d|-\w)", re.I),
        one_after=re.compile(rf"\b{alt(pack.pronoun_one_after)}\s+$"),
        partitive_after=re.compile(rf"\s+{alt(pack.partitive_words)}\b", re.I),
        ordinal=re.compile(lex.ordinal, re.I),
    )


def extract_numbers(text: str, offset: int, language: str, skip: list[tuple[int, int]] | None = None) -> list[Fact]:
    """Numeric facts in a claim's text; ``skip`` holds spans already read as dates."""
    skip = list(skip or [])
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = list(skip)

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    def emit(kind, a, b, value, unit=None, qualifier=None):
        facts.append(make_quantity(kind, text=text[a:b], start=offset + a, end=offset + b, value=value, unit=unit, qualifier=qualifier))
        taken.append((a, b))

    lower = text.lower()
    pack = lang.rules_for(language)
    lex = _lexicon(pack)
    alt = lang.alternation
    pat = _patterns(pack)
    # ages: 36-jarige, a 19-year-old, aged 19 (the pack's); "Name (41)", "Name, 21," and, ending
    # the sentence, "… identified him as Name, 32." in any language (_BESIDE_NAME)
    for m in (m for pattern in pat.ages for m in pattern.finditer(text)):
        groups = m.groupdict()
        raw = groups.get("n") or groups.get("n4") or groups.get("n5")
        before = text[max(0, m.start() - 60) : m.start()]  # a window: a long claim stays linear
        if groups.get("n5") and not _NAME_BEFORE.search(before):
            continue  # "Name, 21, was …" needs the name
        if (groups.get("n4") or groups.get("n5")) and pat.month_before.search(before):
            continue  # "June, 12," is a date, not an age
        v = float(raw) if raw else _word_value(groups.get("w") or "", lex)
        g = "n4" if groups.get("n4") else "n5" if groups.get("n5") else 0
        a0, b0 = m.start(g), m.end(g)  # "(41)" and ", 21," quote the digits only
        if v is not None and 0 < v < 130 and free(a0, b0):
            emit("age", a0, b0, _clean(v), unit=pack.age_unit or None)
            facts[-1].of_whom = _age_subject(text, m.start(), m.end(), lex)
    # ranges: 800 tot 1.000 euro, tussen de 10.000 en 100.000 volt, 20 tot 27 jaar, between 10 and 20
    for m in pat.range.finditer(text):
        a_, b_ = _number_at(text, m, "a", lex), _number_at(text, m, "b", lex)
        if a_ is None or b_ is None or not (a_ < b_) or not free(m.start(), m.end()):
            continue
        joiner = text[m.end("a") : m.start("b")].strip().lower()
        if joiner in ("-", "–") and (_looks_like_code(text, m.start("a"), m.end("b"), lex) or m.group("a").startswith("0")):
            continue  # a phone number or a code, not a range
        if joiner in pack.and_words and not re.match(alt(pack.range_between), m.group().lower()):
            continue  # "vier en vijf" is a list, not a range, unless "tussen … en …"
        start = m.start()
        q = _hedge_before(lower, start, lex)
        kind, unit, end = _kind_and_unit(text, m.end(), lex)
        low = m.group("a")
        if not low[0].isdigit() and low.lower() in (*pack.articles, *pack.pronoun_one):
            continue
        emit(kind, start if q is None else q[0], end, {"low": _clean(a_), "high": _clean(b_)}, unit, q[1] if q else None)
    # money with a currency sign before: € 1,5 miljoen, $2.5 million
    for m in pat.money.finditer(text):
        v = _number_at(text, m, "n", lex)
        if v is None or not free(m.start(), m.end()):
            continue
        q = _hedge_before(lower, m.start(), lex)
        emit("money", q[0] if q else m.start(), m.end(), _clean(v), _CURRENCY_BEFORE[m.group("cur").lower()], q[1] if q else None)
    # percentages written with a sign
    for m in pat.percent.finditer(text):
        v = _number_at(text, m, "n", lex)
        if v is not None and free(m.start(), m.end()):
            q = _hedge_before(lower, m.start(), lex)
            emit("percent", q[0] if q else m.start(), m.end(), _clean(v), "%", q[1] if q else None)
    # fraction phrases and plain numbers
    for m in _number_matches(text, pat.number, lex):
        raw = m.group("n")
        # most words match the pattern and are no number word: none of the tests below would
        # keep them (each only skips), so they are left at once
        if not raw[0].isdigit() and _word_value(raw, lex) is None:
            continue
        if not free(m.start(), m.end()):
            continue
        low = raw.lower()
        if low in pack.articles and not m.group("ns"):
            continue  # "een drankje", "a week"
        if low in pack.pronoun_one and not m.group("ns") and (
                _unit_after(text, m.end(), lex)[0] is None
                or pat.one_after.search(lower[: m.start()])):
            continue  # "one of them", "no one knows"; but "one woman was injured"
        if low in pack.fractions and low.split()[-1] in pack.ordinals and pack.partitive_words and not \
                pat.partitive_after.match(text[m.end():]) and _WORD_AFTER.match(text[m.end():]):
            continue  # "a third suspect", "een derde slachtoffer": an ordinal (read below), not a third of one
        v = _number_at(text, m, "n", lex)
        if v is None:
            continue
        if raw[0].isdigit() and _looks_like_code(text, m.start(), m.end(), lex):
            continue
        if raw[0].isdigit() and _beside_month(text, m.start(), m.end(), lex):
            continue  # a day of a month the date reader refused ("31 februari"): no count either
        q = _hedge_before(lower, m.start(), lex)
        kind, unit, end = _kind_and_unit(text, m.end(), lex)
        if kind in ("number", "count") and raw[0].isdigit() and len(raw) == 4 and 1800 <= v <= 2100 and not m.group("ns"):
            continue  # a year; the date reader has it
        emit(kind, q[0] if q else m.start(), end, _clean(v), unit, q[1] if q else None)
    # ordinals: de eerste wethouder, the second meeting
    for m in pat.ordinal.finditer(text):
        if not free(m.start(), m.end()):
            continue
        v = pack.ordinals.get((m.group("ord") or "").lower()) or (int(m.group("ordd")) if m.group("ordd") else None)
        if v:
            unit, end = _unit_after(text, m.end(), lex)
            emit("ordinal", m.start(), end if unit else m.end(), v, unit)
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


def _beside_month(text: str, a: int, b: int, lex: _Lexicon) -> bool:
    """Digits that stand as a day beside a month name: "31 februari", "February 31"."""
    months = lang.alternation(lex.pack.month_names)
    return bool(re.match(rf"\s+(?:of\s+)?(?:{months})\b", text[b : b + 20], re.I)
                or re.search(rf"\b(?:{months})\.?\s+$", text[max(0, a - 15) : a], re.I))


def _age_subject(text: str, a: int, b: int, lex: _Lexicon) -> str | None:
    """Who an age describes: the noun after "a 17-year-old" / "de 36-jarige", or the name
    before "(41)" — so that two ages of two people are not read as a disagreement."""
    parenthetic = re.search(r"[(,]", text[a:b])
    name_after = re.match(r"\s+((?:[A-Z][\w'’-]+\s*){1,4})", text[b:])
    if name_after and not parenthetic:  # "17-year-old Douglas Trey Winslow"
        return name_after.group(1).strip()
    after = re.match(r"\s+([a-zà-ÿ]+)", text[b:])
    if after and after.group(1) not in lex.not_units and not parenthetic:
        return _lemma(after.group(1), lex)
    before = re.search(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*,?\s*\(?$", text[max(0, a - 200) : a])
    if before:  # "Douglas Trey Winslow, 17," / "John Smith (41)"
        # not a capitalised article: "The 34-year-old", "De 36-jarige" name no one
        words = before.group(1).split()
        while words and words[0].lower() in lex.pack.stop_words:
            words.pop(0)
        return " ".join(words) or None
    return None


def _looks_like_code(text: str, a: int, b: int, lex: _Lexicon) -> bool:
    """Phone numbers, scores (2-1), codes (40-40-20), and what the language writes as a time of
    day or an address ("12.30 uur", "2 p.m.", "the 600 block of") are not counts."""
    around = text[max(0, a - 1) : b + 1]
    if re.match(lex.pack.not_a_count, text[a:], re.I):
        return True
    if re.search(r"\d[:/]\d", around) or re.search(r"\d-\d+-\d|^\d+-\d{5,}", text[a : b + 8]):
        return True
    return bool(re.search(r"\d-$|^-\d", around))


def _hedge_before(lower: str, start: int, lex: _Lexicon) -> tuple[int, str] | None:
    m = re.search(rf"(?:^|(?<=[\s(„“‘\"]))({lex.hedge})\s+$", lower[max(0, start - 25) : start])
    if not m:
        return None
    base = max(0, start - 25)
    hedge = m.group(1)
    return base + m.start(1), lex.pack.hedges[hedge]


def _kind_and_unit(text: str, pos: int, lex: _Lexicon) -> tuple[str, str | None, int]:
    """What follows a number decides its kind: a currency, a time unit, a percentage, or a counted noun."""
    pack = lex.pack
    rest = text[pos:]
    m = re.match(lex.currency, rest, re.I)
    if m:
        word = m.group(1).lower()
        return "money", pack.currencies.get(word) or _CURRENCY_CODES[word], pos + m.end()
    m = re.match(lex.percent, rest, re.I)
    if m:
        return "percent", pack.percent_words[m.group(1).lower()], pos + m.end()
    m = re.match(lex.time_unit, rest, re.I)
    if m:
        unit = pack.time_units[m.group(1).lower()][0]
        # "15 jaar oud" / "19 years old" is an age
        old = re.match(lex.old, rest[m.end():])
        if old:
            return "age", unit, pos + m.end() + old.end()
        return "duration", unit, pos + m.end()
    unit, end = _unit_after(text, pos, lex)
    if unit:
        return "count", unit, end
    return "number", None, pos


def _clean(v: float):
    return int(v) if float(v).is_integer() else round(v, 4)
