"""Street addresses, normalised: "66 Washington St." and "46 Washington Street" are one
street with two house numbers; "the 1500 block of West 14th Street" is numbers 1500–1599;
"Kalverstraat 12", "aan de Dorpsstraat". The street's type word is normalised through the
language pack ("St." → street, "Ave." → avenue, "str." → straat), so "Collier Avenue" and
"Collier Road" are one name with two types.
"""
from __future__ import annotations

import re

from .. import lang
from ..model import Place


def _suffixes(pack: lang.LanguagePack) -> str:
    return lang.alternation(sorted(pack.street_types, key=len, reverse=True))


def extract_places(text: str, offset: int, language: str, skip: list[tuple[int, int]] | None = None) -> list[Place]:
    pack = lang.pack_for(language) or lang.NEUTRAL
    if not pack.street_types:
        return []
    taken = list(skip or [])
    out: list[Place] = []
    suffix = _suffixes(pack)
    if pack.street_compounds:
        # Dutch: the type is the end of one word ("Dorpsstraat"), the number after it
        pattern = re.compile(
            rf"(?P<name>\b(?:[A-Z][\w'’-]*\s+){{0,2}}?[A-Z][\w'’-]*?(?P<suffix>(?i:{suffix})))(?![\w'’-])"
            r"(?:\s+(?P<num>\d{1,4})(?P<add>[a-z])?\b)?")
    else:
        pattern = re.compile(
            rf"(?:(?P<block>the\s+)?(?P<num>\d{{1,5}})(?:-(?P<num2>\d{{1,4}}))?(?P<blockof>\s+block\s+of)?\s+)?"
            rf"(?P<name>(?:(?:North|South|East|West|[NSEW]\.?)\s+)?(?:[A-Z0-9][\w'’]*\s+){{1,3}}?)(?P<suffix>(?i:{suffix}))(?![\w'’])")
    for m in pattern.finditer(text):
        a, b = m.start(), m.end()
        if any(a < y and x < b for x, y in taken):
            continue
        word = m.group("suffix")
        if not pack.street_compounds and word[:1].islower() and not m.group("num"):
            continue  # "Either way", "Down the road": a type written small names a street only after a number
        kind = pack.street_types.get(word.lower()) or pack.street_types.get(word.lower().rstrip("."), "")
        name = m.group("name")
        if pack.street_compounds:
            name = name[: len(name) - len(word)]
        name = re.sub(r"\s+", " ", name).strip().rstrip(".")
        first = name.split(" ")[0].lower() if name else ""
        if first in pack.not_street_names:  # "Het Binnenhof", "The Street": an article, not a name
            a += len(name.split(" ")[0]) + 1
            name = name.split(" ", 1)[1] if " " in name else ""
        if not name or not name[:1].isupper() and not name[:1].isdigit():
            continue
        number, low, high = None, None, None
        if m.group("num"):
            n = int(m.group("num"))
            if m.groupdict().get("blockof"):
                low, high = n, n + 99  # "the 1500 block of": numbers 1500–1599
            else:
                number = m.group("num") + (m.group("num2") and "-" + m.group("num2") or "") if not pack.street_compounds \
                    else m.group("num") + (m.group("add") or "")
        out.append(Place(text=text[a:b], start=offset + a, end=offset + b, street=name, street_type=kind,
                         number=number, low=low, high=high))
        taken.append((a, b))
    return out
