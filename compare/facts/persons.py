"""Finding people's names in running text, in any language with capitals.

A name is a run of capitalised words (with particles "van der", "de", initials "R.", "M.",
apostrophes "O'Gorman", "L’Jean", "McKneely") that the text treats as a person: a role or
title before it ("burgemeester", "Gov.", "mother"), a role or an age after it (", the county
sheriff,", "(41)", ", 29,"), a saying verb beside it ("said Smith", "zegt Quist", "De Hond:"),
an honorific, or a common given name. A surname alone counts when a role stands before it
("premier Rutte"); an anonymised suspect is a given name and an initial ("Jerry M.").

Not people: bylines and photo credits ("By Laura Bult", "(Cindy Schultz / Times Union)",
"John Turk-The Oakland Press"), an embedded tweet's author ("— Name (@handle)"), a reporter
named by the outlet ("FOX25's Bob Ward"), placeholders ("John Doe"), and runs holding an
organisation or place word ("Baton Rouge Police Department").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import lang
from ..lang import LanguagePack

# Upper- and lower-case letters of the Latin scripts (Ï, ğ, ı, ł …): names keep their letters.
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LO = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
CAP = rf"(?:[{_UP}][’'])?(?:Mc|Mac)?[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)*"
INITIAL = rf"[{_UP}]\.(?![{_UP}]\.)"  # "R." — not "P.M.", "U.S."
_SEP = r"[^\S\n]+"
_PARTICLE = lang.alternation(lang.NAME_PARTICLES)
_PARTICLE_WORDS = {w for p in lang.NAME_PARTICLES for w in p.split()}
RUN = re.compile(rf"(?<![\w’'-])(?:{CAP}|{INITIAL})(?:{_SEP}(?:{_PARTICLE}{_SEP})?(?:{CAP}|{INITIAL}))*")
_SUFFIX = re.compile(r",?[^\S\n]+(?:Jr|Sr)\.?|[^\S\n]+(?:II|III|IV)\b")
_POSSESSIVE = re.compile(r"['’]s?\b")
_TOKEN = re.compile(r"\S+")
# saying verbs of several speakers: a name beside them is not one person's
_PLURAL_FORMS = {"say", "tell", "confirm", "think", "believe", "zeggen", "zeiden", "vertellen", "melden"}


@dataclass
class Candidate:
    name: str  # as it stands in the text, possessive and leading role words left off
    start: int
    end: int
    role: tuple[str, str | None] | None = None  # (role, organisation) before the name
    role_after: tuple[str, str | None] | None = None
    evidence: list[str] = field(default_factory=list)
    surname_only: bool = False  # "premier Rutte": one word with a role before it
    opens_sentence: bool = False  # its first word opens a sentence (so its capital says nothing)


@functools.cache
def _words(pack: LanguagePack):
    alt = lang.alternation
    saying = alt([*pack.saying_verbs, *pack.speaker_after, *pack.opinion_verbs])
    # a verb of one speaker: "Nia said", not "workers in Oak Cliff say"
    singular = alt([v for v in [*pack.saying_verbs, *pack.opinion_verbs] if v not in _PLURAL_FORMS])
    return {
        # "said classmate Chelsea Becker", "zei secretaris-generaal António Guterres": lower-case words between
        "say_before": re.compile(rf"\b(?i:{saying})[^\S\n]+(?:[{_LO}][\w’'-]*[^\S\n]+){{0,3}}$"),
        "say_after": re.compile(rf"^[^\S\n]*,?[^\S\n]*{singular}\b|^:[^\S\n]*(?:[„“\"'‘]|,,)", re.I),
        # "De fiscalist Ernest Louwes", "the gunman Gavin Long": a noun between an article and a name
        # (the article of people's nouns only: Dutch "het" goes with things, "het boek Why Turkey …")
        "apposition": re.compile(rf"(?:^|[^\w’'-])(?i:{pack.definite_articles[0] if pack.definite_articles else '(?!)'})"
                                 rf"[^\S\n]+(?:[{_LO}][\w-]*[^\S\n]+)?[{_LO}][\w-]{{3,}}[^\S\n]+$"),
        "credit_label": re.compile(rf"(?:^|\n|\()[^\S\n]*{alt(pack.credit_labels)}[^\S\n]*:?[^\S\n]*$", re.I),
        "credit_after": re.compile(rf"^[^\S\n]*(?:{alt(pack.credit_after)})\b", re.I),
        "honorific": re.compile(rf"\b{alt(pack.honorifics)}\.?[^\S\n]+$", re.I),
        "placeholders": frozenset(pack.placeholder_names),
        "not_name": frozenset({*pack.stop_words, *pack.not_name_words, *pack.month_names, *pack.weekdays}),
        "titles": {k.lower(): v for k, v in pack.title_roles.items()},
        # find_candidates' tests of each run, compiled here rather than formatted per run
        "article_before": re.compile(rf"\b{alt(pack.definite_articles)}\s+$", re.I),
        "article_in_name": re.compile(rf"-{alt(pack.definite_articles + pack.determiners)}\b", re.I),
        "age_before": tuple(re.compile(rf"(?:{p})(?:[^\S\n]+[\w’'-]+)?[^\S\n]*$", re.I) for p in pack.age_patterns),
    }


@functools.cache  # apart from _words: seldom asked, and a long alternation to compile
def _stop_before(pack: LanguagePack) -> re.Pattern:
    return re.compile(rf"\b{lang.alternation(pack.stop_words)}[^\S\n]+$", re.I)


def title_role(word: str, pack: LanguagePack) -> str | None:
    """'Gov.' → governor, 'Cpl.' → corporal: a title abbreviation before a name."""
    w = word.rstrip(".").lower()
    return _words(pack)["titles"].get(w) if word.endswith(".") or w in _words(pack)["titles"] else None


def _credit(text: str, a: int, b: int, w) -> bool:
    """A byline, a photo credit, an embedded tweet's author, a reporter named by the outlet."""
    before, after = text[max(0, a - 30) : a], text[b : b + 40]
    if w["credit_label"].search(before) or w["credit_after"].match(after):
        return True
    if re.match(r"[^\S\n]*(?:/|\||-[A-Z]|—[^\S\n]*[A-Z])", after) or re.search(r"(?:/|\|)[^\S\n]*$", before):
        return True  # "(Cindy Schultz / Times Union)", "John Turk-The Oakland Press"
    if re.match(r"[^\S\n]*\(@\w+\)", after):
        return True  # "— George K. Howell (@GeorgeHowellCNN)"
    if re.match(r"\(?[^\S\n]*\)", after) and re.search(r"\([^\S\n]*$", before) and re.search(r"[.!?]\)?[^\S\n]*\($", before):
        return True  # "… her sister's daughter. (Laura Bult)": a caption's credit
    if re.search(rf"(?:{CAP}|[A-Z0-9]{{2,}}[\w ]*)['’]s[^\S\n]+$", before):
        return True  # "FOX25's Bob Ward", "WCBS 880’s Peter Haskell": the outlet's reporter
    return False


def find_candidates(text: str, pack: LanguagePack, role_of, role_before, role_after, first_names,
                    lower_words: set[str] | None = None, start: int = 0) -> list[Candidate]:
    """Every run of capitalised words in ``text`` that names a person, with its evidence.
    ``role_of``/``role_before``/``role_after`` read roles (people.py); ``first_names`` is a
    set of lower-case given names; ``lower_words``: the words the source writes in lower case
    (a sentence's capitalised first word that is one of them is no name: "Both", "Junior").
    ``start``: the runs from there on only, read in all of ``text``; a line start, since no
    run crosses a line, so they are the very runs a scan of the whole text finds there."""
    w = _words(pack)
    if lower_words is None:
        lower_words = lower_case_words(text)
    out: list[Candidate] = []
    # (the run's first word opening a sentence is recorded: a run with no evidence of its own
    # is accepted for its surname elsewhere only when its first word is no sentence opener)
    for m in RUN.finditer(text, start):
        tokens = [(t.group(), m.start() + t.start(), m.start() + t.end()) for t in _TOKEN.finditer(m.group())]
        # leading words that are no name: sentence-initial function words, roles, titles, honorifics
        role = None
        prev_end = -2
        org_word = False  # a capitalised organisation or place word stripped inside a sentence
        while tokens:
            word = tokens[0][0]
            low = word.rstrip(".").lower()
            r = role_of(word, pack) if not word.endswith(".") else None
            t = title_role(word, pack)
            if not r and not t and _starts_sentence(text, tokens[0][1]) and len(tokens) > 2 and any(
                    low.endswith(x) and len(low) > len(x) + 2 for x in pack.role_words):
                r = (low, None)  # "Legerleider Ahmed Gaïd Salah": a compound role opening the sentence
            joined = role is not None and tokens[0][1] - prev_end <= 1
            if joined and (r or t or low in pack.role_continuations):
                # "Attorney General Beau Biden", "Lt. Gov. Matt Denn", "Chief Justice Myron Steele":
                # one office in two words, no attorney or governor
                role = (f"{role[0]} {t or (r[0] if r else low)}", role[1])
            elif t:
                role = (t, None)
            elif r:
                role = (_scoped(text, tokens[0][1], r, pack), r[1])
            elif not (low in w["not_name"] or low in pack.honorifics or low in _PARTICLE_WORDS
                      or (_starts_sentence(text, tokens[0][1]) and low in lower_words)):
                break
            else:
                org_word = org_word or (low in pack.not_name_words and not _starts_sentence(text, tokens[0][1]))
            prev_end = tokens[0][2]
            tokens = tokens[1:]
        # "de Deen Dennis Andersen", "the Dane Dennis Andersen": a word describing the person
        # (after an article, before a given name) is no part of the name
        if len(tokens) >= 3 and tokens[1][0].lower() in first_names and tokens[0][0].lower() not in first_names \
                and pack.definite_articles and w["article_before"].search(text[max(0, tokens[0][1] - 8) : tokens[0][1]]):
            tokens = tokens[1:]
        # a role inside the run ("Boston Mayor Marty Walsh"): the name is what follows it
        for k in range(len(tokens) - 1, -1, -1):
            word = tokens[k][0]
            r = None if word.endswith(".") else role_of(word, pack)
            t = title_role(word, pack) if word.endswith(".") else None
            if r or t:
                role = (t, None) if t else (_scoped(text, tokens[k][1], r, pack), r[1])
                tokens = tokens[k + 1 :]
                break
        # a particle after two names starts something else: "Eric Wiebes van Klimaat"
        given = 0
        for k, (word, _, _) in enumerate(tokens):
            if word.lower() in _PARTICLE_WORDS:
                if given >= 2:
                    tokens = tokens[:k]
                    break
            elif not word.endswith("."):
                given += 1
        while tokens and tokens[-1][0].lower() in _PARTICLE_WORDS:
            tokens = tokens[:-1]
        if not tokens or (org_word and role is None):
            continue  # "het Bureau Integriteit": what follows an organisation's word is its name
        words = [t[0] for t in tokens]
        a, b = tokens[0][1], tokens[-1][2]
        if any(x[0].isupper() and x.lower() in _PARTICLE_WORDS for x in words[1:]):
            continue  # "De Vries Van Koppen": two names run together (a heading), not one
        if any(x.rstrip(".").lower() in w["not_name"] for x in words
               if (not x.endswith(".") or len(x) > 2) and x.lower() not in _PARTICLE_WORDS):
            continue
        caps = [x for x in words if not x.endswith(".") and x.lower() not in _PARTICLE_WORDS]
        initials = [x for x in words if x.endswith(".") and len(x) == 2]
        suffix = _SUFFIX.match(text, b)
        if suffix and caps:
            b = suffix.end()
        name = text[a:b]
        if name.lower() in w["placeholders"] or _credit(text, a, b, w) or w["article_in_name"].search(name):
            continue
        before, after = text[max(0, a - 60) : a], text[b : b + 80]
        role = role or role_before(before, pack)
        r_after = role_after(after, pack)
        cand = Candidate(name, a, b, role, r_after, opens_sentence=_starts_sentence(text, a))
        if role:
            cand.evidence.append("role")
        if r_after:
            cand.evidence.append("role after")
        if re.match(r"[^\S\n]*\(\d{1,3}\)|,[^\S\n]*\d{1,3}[^\S\n]*(?:[,.;)]|(?:of|from|uit|van)\b)", after):
            cand.evidence.append("age")
        if w["say_before"].search(before) or w["say_after"].match(after):
            cand.evidence.append("speech")
        if any(p.search(before) for p in w["age_before"]):
            cand.evidence.append("age")  # "17 year-old Raekwon Brown", "de 59-jarige Jerry M."
        if w["honorific"].search(before):
            cand.evidence.append("honorific")
        if w["apposition"].search(before) and not _stop_before(pack).search(before):
            cand.evidence.append("apposition")
        if caps and caps[0].lower() in first_names:
            cand.evidence.append("given name")
        if len(caps) >= 2 or (len(caps) == 1 and initials and words[-1] in initials and len(words) == 2):
            out.append(cand)  # "Femke Halsema", "Peter R. de Vries", anonymised "Jerry M."
        elif len(caps) == 1 and len(words) == 1 and (role or "honorific" in cand.evidence) and words[0].lower() not in \
                lower_words and (re.match(r"[^\S\n]*[,.;:)]", after) or "speech" in cand.evidence
                                 or _verb_after(after, pack)
                                 or len(re.findall(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", text)) >= 2):
            cand.surname_only = True  # "premier Rutte", "Mayor Holden"
            out.append(cand)
    return out


def _scoped(text: str, at: int, r: tuple[str, str | None], pack: LanguagePack) -> str:
    """The role with a scope word before it kept: "Vice President" is no president."""
    m = re.search(rf"\b({lang.alternation(pack.scope_prefixes)})[^\S\n]+$", text[max(0, at - 20) : at], re.I)
    return f"{m.group(1).lower()} {r[0]}" if m else r[0]


def possessive_after(text: str, end: int) -> bool:
    return bool(_POSSESSIVE.match(text, end))


_LOWER_WORD = re.compile(rf"(?<![\w’'-])[{_LO}][{_LO}’'-]*")


@functools.lru_cache(maxsize=256)  # the people registry and the name findings each ask of every source
def lower_case_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))


def _starts_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 4) : at].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n\"“”‘’'(—–-" or before.endswith(",,")


def _verb_after(after: str, pack: LanguagePack) -> bool:
    """'President Obama issued …': a lower-case word after a capitalised one that is no
    function word (not 'directeur Toezicht op de bankensector')."""
    m = re.match(rf"[^\S\n]+([{_LO}]+)\b", after)
    return bool(m and (m.group(1) not in pack.stop_words or m.group(1) in pack.auxiliaries))
