"""Numbers an editor checks: counts, money, ages, durations, percentages, ordinals.

Digits with Dutch or English separators, number words in both languages (compounds
such as "twintigduizend" and "tweeëntwintig" included), hedges as qualifiers, ranges,
and the counted noun as the unit ("vier formele klachten" → 4 klacht). The articles
"een"/"a" and the pronoun "one" are not numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Fact, make_quantity

_UNITS_NL = {"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
             "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
             "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
_TENS_NL = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
            "tachtig": 80, "negentig": 90}
_UNITS_EN = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"honderd": 100, "hundred": 100, "duizend": 1000, "thousand": 1000, "miljoen": 10**6, "million": 10**6,
           "miljard": 10**9, "billion": 10**9, "mln": 10**6, "mld": 10**9, "bn": 10**9, "m": 10**6, "k": 1000,
           "dozen": 12, "dozijn": 12}
_FRACTIONS = {"anderhalf": 1.5, "anderhalve": 1.5, "een half": 0.5, "een halve": 0.5, "half a": 0.5, "a half": 0.5,
              "twee derde": 2 / 3, "een derde": 1 / 3, "een kwart": 0.25, "drie kwart": 0.75, "driekwart": 0.75,
              "two thirds": 2 / 3, "two-thirds": 2 / 3, "one third": 1 / 3, "a third": 1 / 3, "a quarter": 0.25,
              "three quarters": 0.75, "one and a half": 1.5, "a dozen": 12, "een dozijn": 12, "dozen": 12}
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
             "negende": 9, "tiende": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _nl_below_1000(w: str) -> int | None:
    if w in _UNITS_NL:
        return _UNITS_NL[w]
    if w in _TENS_NL:
        return _TENS_NL[w]
    m = re.fullmatch(r"(\w+?)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)", w)
    if m and m.group(1) in _UNITS_NL and 0 < _UNITS_NL[m.group(1)] < 10:
        return _UNITS_NL[m.group(1)] + _TENS_NL[m.group(2)]
    m = re.fullmatch(r"(\w*?)honderd(\w*)", w)
    if m:
        head = _nl_below_1000(m.group(1)) if m.group(1) else 1
        tail = _nl_below_1000(m.group(2)) if m.group(2) else 0
        if head is not None and tail is not None and head < 10:
            return head * 100 + tail
    return None


def dutch_number_word(w: str) -> int | None:
    """'vier' → 4, 'tweeëntwintig' → 22, 'twintigduizend' → 20000, 'driehonderdvijftig' → 350."""
    w = w.lower()
    if "duizend" in w:
        head, _, tail = w.partition("duizend")
        h = _nl_below_1000(head) if head else 1
        t = _nl_below_1000(tail) if tail else 0
        if h is None or t is None:
            return None
        return h * 1000 + t
    return _nl_below_1000(w)


def english_number_word(w: str) -> int | None:
    w = w.lower()
    if w in _UNITS_EN:
        return _UNITS_EN[w]
    if w in _TENS_EN:
        return _TENS_EN[w]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)", w)
    if m:
        return _TENS_EN[m.group(1)] + _UNITS_EN[m.group(2)]
    return None


def parse_digits(s: str, language: str) -> float | None:
    """'1.000' → 1000 in Dutch, 1.0 … no: 1000 when a 3-digit group follows; '1,5' → 1.5 in Dutch."""
    s = s.strip()
    thousands, decimal = (".", ",") if language != "en" else (",", ".")
    # a separator followed by exactly three digits (and repeated) is a thousands separator
    # in either language: "10.000" and "10,000" both mean ten thousand in news text
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s) and len(set(re.findall(r"[.,]", s))) == 1:
        sep = re.search(r"[.,]", s).group()
        if sep == thousands or len(re.findall(r"[.,]", s)) > 1:
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


_NUMBER_WORDS = sorted(
    set(_UNITS_NL) | set(_TENS_NL) | set(_UNITS_EN) | set(_TENS_EN), key=len, reverse=True
)
# A number: digits, a fraction phrase, a (compound) number word, with an optional scale word
_DIGITS = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORD = r"[a-zë]+(?:-[a-z]+)?"
_NUMBER = (
    rf"(?P<@G@>(?:{_DIGITS})|(?:{'|'.join(re.escape(f) for f in sorted(_FRACTIONS, key=len, reverse=True))})|{_WORD})"
    r"(?:\s*(?P<@G@s>miljoen|miljard|million|billion|mln|mld|bn|duizend|thousand|honderd|hundred|dozen|dozijn)\b\.?)?"
)


def _num(group: str) -> str:
    return _NUMBER.replace("@G@", group)


_HEDGES = [
    ("ten minste", "at_least"), ("tenminste", "at_least"), ("minstens", "at_least"), ("minimaal", "at_least"),
    ("at least", "at_least"), ("no fewer than", "at_least"), ("no less than", "at_least"),
    ("ruim", "more_than"), ("meer dan", "more_than"), ("more than", "more_than"), ("over", "more_than"),
    ("upwards of", "more_than"), ("bijna", "nearly"), ("nearly", "nearly"), ("almost", "nearly"),
    ("ongeveer", "about"), ("zo'n", "about"), ("zo’n", "about"), ("circa", "about"), ("ca.", "about"),
    ("rond de", "about"), ("rond", "about"), ("omstreeks", "about"), ("naar schatting", "about"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
    ("some", "about"), ("an estimated", "about"), ("een kleine", "nearly"), ("een dikke", "more_than"),
    ("tot wel", "at_most"), ("maximaal", "at_most"), ("hooguit", "at_most"), ("hoogstens", "at_most"),
    ("up to", "at_most"), ("at most", "at_most"), ("no more than", "at_most"), ("binnen", "at_most"),
    ("within", "at_most"), ("minder dan", "less_than"), ("fewer than", "less_than"), ("less than", "less_than"),
    ("under", "less_than"), ("onder de", "less_than"), ("tot", "at_most"),
]
_HEDGE_RE = "|".join(re.escape(h) for h, _ in sorted(_HEDGES, key=lambda x: -len(x[0])))
_HEDGE_OF = {h: q for h, q in _HEDGES}

_CURRENCY_BEFORE = {"€": "EUR", "$": "USD", "£": "GBP", "eur": "EUR", "usd": "USD"}
_CURRENCY_AFTER = {"euro": "EUR", "euro's": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "usd": "USD",
                   "pond": "GBP", "pounds": "GBP", "gbp": "GBP"}
_TIME_UNITS = {"jaar": "jaar", "jaren": "jaar", "jaartje": "jaar", "maand": "maand", "maanden": "maand",
               "week": "week", "weken": "week", "dag": "dag", "dagen": "dag", "uur": "uur", "uren": "uur",
               "minuut": "minuut", "minuten": "minuut", "seconde": "seconde", "seconden": "seconde",
               "year": "year", "years": "year", "month": "month", "months": "month", "weeks": "week",
               "day": "day", "days": "day", "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
               "second": "second", "seconds": "second", "decennium": "decennium", "decennia": "decennium",
               "decade": "decade", "decades": "decade"}
_PERCENT = {"procent": "%", "percent": "%", "%": "%", "procentpunt": "pp", "procentpunten": "pp",
            "percentage point": "pp", "percentage points": "pp"}
# words after a number that are not the thing counted
_NOT_UNITS = set(
    "van de het een en of tot in op aan met voor als dan die dat er is zijn was waren werd worden wordt naar om uit "
    "the a an and or of to in on at by for with as than that is are was were be been has have had from who which "
    "keer maal times procent percent euro dollar jaar uur "
    # referent-less words: "four others" does not say four of what
    "other others andere anderen more meer of while when after before during but it he she they".split()
)
_ORDINAL_RE = r"\b(?P<ord>" + "|".join(_ORDINALS) + r")\b|\b(?P<ordd>\d{1,3})(?:e|ste|de|st|nd|rd|th)\b"


@dataclass
class _Num:
    start: int
    end: int
    value: float


def _word_value(w: str, language: str) -> float | None:
    w = w.lower()
    if w in _FRACTIONS:
        return _FRACTIONS[w]
    # number words of the article's own language only: Dutch "ten minste" is no English ten
    return english_number_word(w) if language == "en" else dutch_number_word(w)


def _number_at(text: str, m: re.Match, g: str, language: str) -> float | None:
    raw = m.group(g)
    if raw is None:
        return None
    if raw[0].isdigit():
        v = parse_digits(raw, language)
    else:
        v = _word_value(raw, language)
    if v is None:
        return None
    scale = m.group(g + "s")
    if scale:
        v *= _SCALES[scale.lower().rstrip(".")]
    return v


_IRREGULAR = {"children": "child", "men": "man", "women": "woman", "people": "people", "persons": "people",
              "kinderen": "kind", "leden": "lid", "doden": "dode", "gewonden": "gewonde", "mensen": "mens"}


def _lemma(word: str, language: str) -> str:
    """A rough singular so that units compare across sources: klachten → klacht, signalen → signaal."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if language == "en":
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if re.search(r"(ss|x|ch|sh)es$", w):
            return w[:-2]
        if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            return w[:-1]
        return w
    if w.endswith("'s") or w.endswith("’s"):
        return w[:-2]
    if w.endswith("en") and len(w) > 4:
        stem = w[:-2]
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            return stem[:-1]  # bommen → bom
        # an open syllable lengthens its vowel: signalen → signaal, jaren → jaar
        if re.search(r"[^aeiou][aeou][^aeiouwjy]$", stem) and not re.search(r"(ing|heid|ig|el|er|em)$", stem):
            return stem[:-1] + stem[-2] + stem[-1]
        return stem
    if w.endswith("s") and len(w) > 4 and w[-2] in "elojr":
        return w[:-1]  # mailtjes → mailtje, wethouders → wethouder
    return w


def _unit_after(text: str, pos: int, language: str) -> tuple[str | None, int]:
    """The counted noun after a number: skip up to two adjectives, return (lemma, end)."""
    words = list(re.finditer(r"[\w’'-]+", text[pos : pos + 80]))
    for i, w in enumerate(words[:3]):
        token = w.group().lower()
        gap = text[pos : pos + w.start()]
        if re.search(r"[,.;:!?()]", gap):
            return None, pos
        if token in _NOT_UNITS or token[0].isdigit():
            return None, pos
        if language == "en":
            adjective = i < 2 and len(words) > i + 1 and re.search(r"(al|ic|ive|ous|ful|less|able|ed|ing|ish)$", token) and words[i + 1].group().lower() not in _NOT_UNITS
        else:
            # Dutch attributive adjectives end in -e; a noun after them is the unit
            adjective = i < 2 and len(words) > i + 1 and token.endswith("e") and not token.endswith("ie") and words[i + 1].group().lower() not in _NOT_UNITS and not words[i + 1].group()[0].isupper()
        if adjective:
            continue
        if w.group()[0].isupper() and i == 0 and language == "en":
            return None, pos
        return _lemma(token, language), pos + w.end()
    return None, pos


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
    # ages: 36-jarige, a 19-year-old, (41), aged 19
    for m in re.finditer(r"\b(?P<n>\d{1,3})-jarige?\b|\b(?P<n2>\d{1,3})-year-old\b|\b(?P<w>[a-z]+)-year-old\b|\b(?:aged|age)\s+(?P<n3>\d{1,3})\b|(?<=[a-z]) \((?P<n4>\d{1,3})\)(?=[\s,.;:])|(?<=[a-z]), (?P<n5>\d{1,2}),(?= [a-z])|\b(?P<w2>[a-zë]+)jarige\b", text):
        raw = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
        if m.group("n5") and not re.search(r"[A-Z][\w'’-]+$", text[: m.start()]):
            continue  # "Name, 21, was …" needs the name
        if (m.group("n4") or m.group("n5")) and re.search(
                r"(january|february|march|april|may|june|july|august|september|october|november|december|day)$",
                text[: m.start()], re.I):
            continue  # "June, 12," is a date, not an age
        v = float(raw) if raw else _word_value(m.group("w") or m.group("w2") or "", language)
        g = "n4" if m.group("n4") else "n5" if m.group("n5") else 0
        a0, b0 = m.start(g), m.end(g)  # "(41)" and ", 21," quote the digits only
        if v is not None and 0 < v < 130 and free(a0, b0):
            emit("age", a0, b0, _clean(v), unit="jaar" if language != "en" else "year")
            facts[-1].of_whom = _age_subject(text, m.start(), m.end())
    # ranges: 800 tot 1.000 euro, tussen de 10.000 en 100.000 volt, 20 tot 27 jaar, between 10 and 20
    rng = re.compile(
        rf"(?:\b(?:tussen(?:\s+de)?|between|van|from)\s+)?(?<![\w.,]){_num('a')}\s*(?:tot|en|à|-|–|to|and)\s*{_num('b')}(?![\w.,]\d)",
        re.I,
    )
    for m in rng.finditer(text):
        a_, b_ = _number_at(text, m, "a", language), _number_at(text, m, "b", language)
        if a_ is None or b_ is None or not (a_ < b_) or not free(m.start(), m.end()):
            continue
        joiner = text[m.end("a") : m.start("b")].strip().lower()
        if joiner in ("-", "–") and (_looks_like_code(text, m.start("a"), m.end("b")) or m.group("a").startswith("0")):
            continue  # a phone number or a code, not a range
        if joiner in ("en", "and") and not re.match(r"(tussen|between)", m.group().lower()):
            continue  # "vier en vijf" is a list, not a range, unless "tussen … en …"
        start = m.start()
        q = _hedge_before(lower, start)
        kind, unit, end = _kind_and_unit(text, m.end(), language)
        low = m.group("a")
        if not low[0].isdigit() and low.lower() in ("een", "a", "an", "one"):
            continue
        emit(kind, start if q is None else q[0], end, {"low": _clean(a_), "high": _clean(b_)}, unit, q[1] if q else None)
    # money with a currency sign before: € 1,5 miljoen, $2.5 million
    for m in re.finditer(rf"(?P<cur>€|\$|£|\bEUR|\bUSD)\s?{_num('n')}", text):
        v = _number_at(text, m, "n", language)
        if v is None or not free(m.start(), m.end()):
            continue
        q = _hedge_before(lower, m.start())
        emit("money", q[0] if q else m.start(), m.end(), _clean(v), _CURRENCY_BEFORE[m.group("cur").lower()], q[1] if q else None)
    # percentages written with a sign
    for m in re.finditer(rf"(?<![\w.,]){_num('n')}\s?%", text):
        v = _number_at(text, m, "n", language)
        if v is not None and free(m.start(), m.end()):
            q = _hedge_before(lower, m.start())
            emit("percent", q[0] if q else m.start(), m.end(), _clean(v), "%", q[1] if q else None)
    # fraction phrases and plain numbers
    num = re.compile(rf"(?<![\w.,/:-]){_num('n')}(?![\w/]|[.,:]\d|-\w)", re.I)
    for m in num.finditer(text):
        if not free(m.start(), m.end()):
            continue
        raw = m.group("n")
        low = raw.lower()
        if not raw[0].isdigit() and low not in _FRACTIONS:
            if low in ("een", "a", "an", "one", "één") and not m.group("ns"):
                if low in ("één",) or _one_is_count(text, m.end(), language):
                    pass
                else:
                    continue
        v = _number_at(text, m, "n", language)
        if v is None:
            continue
        if raw[0].isdigit() and _looks_like_code(text, m.start(), m.end()):
            continue
        q = _hedge_before(lower, m.start())
        kind, unit, end = _kind_and_unit(text, m.end(), language)
        if kind in ("number", "count") and raw[0].isdigit() and len(raw) == 4 and 1800 <= v <= 2100 and not m.group("ns"):
            continue  # a year; the date reader has it
        emit(kind, q[0] if q else m.start(), end, _clean(v), unit, q[1] if q else None)
    # ordinals: de eerste wethouder, the second meeting
    for m in re.finditer(_ORDINAL_RE, text, re.I):
        if not free(m.start(), m.end()):
            continue
        v = _ORDINALS.get((m.group("ord") or "").lower()) or (int(m.group("ordd")) if m.group("ordd") else None)
        if v:
            unit, end = _unit_after(text, m.end(), language)
            emit("ordinal", m.start(), end if unit else m.end(), v, unit)
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


def _age_subject(text: str, a: int, b: int) -> str | None:
    """Who an age describes: the noun after "a 17-year-old" / "de 36-jarige", or the name
    before "(41)" — so that two ages of two people are not read as a disagreement."""
    parenthetic = re.search(r"[(,]", text[a:b])
    name_after = re.match(r"\s+((?:[A-Z][\w'’-]+\s*){1,4})", text[b:])
    if name_after and not parenthetic:  # "17-year-old Douglas Trey Winslow"
        return name_after.group(1).strip()
    after = re.match(r"\s+([a-zà-ÿ]+)", text[b:])
    if after and after.group(1) not in _NOT_UNITS and not parenthetic:
        return _lemma(after.group(1), "en" if re.search(r"year", text[a:b]) else "nl")
    before = re.search(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*,?\s*\(?$", text[:a])
    if before:  # "Douglas Trey Winslow, 17," / "John Smith (41)"
        return before.group(1)
    return None


def _one_is_count(text: str, pos: int, language: str) -> bool:
    """'een'/'one' is a count only in a construction that says so ('één', 'one person was killed',
    'one of four'); never 'een drankje', 'one of them'."""
    nxt = re.match(r"\s+([\w’'-]+)", text[pos:])
    if not nxt:
        return False
    word = nxt.group(1).lower()
    if language == "en" and text[pos - 3 : pos].lower() == "one":
        return word in ("man", "woman", "person", "child", "victim", "suspect", "officer", "people", "teen", "boy", "girl", "dead", "killed", "injured", "wounded")
    return False


def _looks_like_code(text: str, a: int, b: int) -> bool:
    """Phone numbers, times (12.30 uur), scores (2-1), codes (40-40-20) are not counts."""
    around = text[max(0, a - 1) : b + 1]
    if re.match(r"\s+block\s+of\b", text[b:], re.I):
        return True  # "the 600 block of Main Street" is an address
    if re.match(r"\s*[ap]\.?\s?m\b\.?", text[b:], re.I):
        return True  # "2 p.m.", "6 pm" is a time of day
    if re.search(r"\d[:/]\d", around) or re.search(r"\d-\d+-\d|^\d+-\d{5,}", text[a : b + 8]):
        return True
    return bool(re.search(r"\d-$|^-\d", around)) or bool(re.match(r"\s*uur\b", text[b:]) and re.search(r"[.:]", text[a:b]))


def _hedge_before(lower: str, start: int) -> tuple[int, str] | None:
    m = re.search(rf"(?:^|(?<=[\s(„“‘\"]))({_HEDGE_RE})\s+$", lower[max(0, start - 25) : start])
    if not m:
        return None
    base = max(0, start - 25)
    hedge = m.group(1)
    return base + m.start(1), _HEDGE_OF[hedge]


def _kind_and_unit(text: str, pos: int, language: str) -> tuple[str, str | None, int]:
    """What follows a number decides its kind: a currency, a time unit, a percentage, or a counted noun."""
    rest = text[pos:]
    m = re.match(r"\s*(euro's|euro|eur|dollars?|usd|pond|pounds|gbp)\b", rest, re.I)
    if m:
        return "money", _CURRENCY_AFTER[m.group(1).lower()], pos + m.end()
    m = re.match(r"\s*(procentpunten|procentpunt|procent|percentage points?|percent)\b", rest, re.I)
    if m:
        return "percent", _PERCENT[m.group(1).lower()], pos + m.end()
    m = re.match(r"\s*(jaren|jaar|maanden|maand|weken|week|dagen|dag|uren|uur|minuten|minuut|seconden|seconde|decennia|decennium|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b", rest, re.I)
    if m:
        unit = _TIME_UNITS[m.group(1).lower()]
        # "15 jaar oud" / "19 years old" is an age
        old = re.match(r"\s+(oud|old)\b", rest[m.end():])
        if old:
            return "age", unit, pos + m.end() + old.end()
        return "duration", unit, pos + m.end()
    unit, end = _unit_after(text, pos, language)
    if unit:
        return "count", unit, end
    return "number", None, pos


def _clean(v: float):
    return int(v) if float(v).is_integer() else round(v, 4)
