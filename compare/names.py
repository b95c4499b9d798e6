"""Names spelled differently: one person or organisation written another way.

Spelling a name wrong is the correction newsrooms print most often. Two written forms are
one name spelled differently when they differ in one word, and that word is a spelling
variant of the other: one or two letters off, transposed or doubled letters, or a phonetic
twin (Metaphone or NYSIIS: Kowalski/Kowalsky, Katherine/Catherine, Mohammed/Muhammad,
Geert/Gert, Gaïd/Gaed, Veterans/Veteran). Accents alone, apostrophes, initials, a middle
name or a particle left out ("Gavin Long" / "Gavin Eugene Long", "Maurice Hond" / "Maurice
de Hond", "St. Johns" / "St. John's") are the same spelling, not a variant.

Whether the two forms are one name is read from the context, never from the letters alone:
the rest of the name is the same ("Brad Garafola" / "Brad Garafalo", "Department of Veterans
Affairs" / "Department of Veteran Affairs"), or a surname alone stands where the sources name
that person: after the same role ("wethouder Ivens" / "wethouder Ievens"). Different people
who share a surname ("Ariyanna Smith", "Dineshia Smith") or a first name differ in a word
that is no variant, and are never reported.

Findings: sources that each write one form, and none the other's, conflict ("Name spelled
differently: a writes 'Gaïd Salah', b writes 'Gaed Salah'"); a source that writes a person's
name two ways ("Miatta Teage" and later "Teague") gets a note.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import jellyfish
from rapidfuzz.distance import DamerauLevenshtein

from . import lang
from .facts.persons import CAP, lower_case_words
from .ingest import body_stretches
from .judge import fingerprint
from .model import CONFLICT, Claim, Finding, Knowledge, Source, short_id
from .settings import DEFAULT, Settings


@dataclass(frozen=True)
class Form:
    """A name as one source writes it, once."""

    source: str
    text: str  # as written: "Department of Veterans Affairs", "Ievens"
    start: int
    end: int
    before: str  # the word right before it, lower case ("wethouder", "the")

    @property
    def words(self) -> list[str]:
        return self.text.split()


@functools.lru_cache(maxsize=65536)  # a run folds each name word many times: once per name it is compared with
def _fold(word: str) -> str:
    """Case, accents, apostrophes and periods aside: "John’s" = "Johns", "Gaïd" = "gaid"."""
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in word if not unicodedata.combining(c) and c not in "'’.")


@functools.lru_cache(maxsize=65536)
def variant(a: str, b: str, settings_key: tuple[int, int, int] = (4, 1, 2)) -> bool:
    """Whether two name words are one word spelled differently (not the same spelling, not
    two different words). ``settings_key``: (shortest word, letters off for a short word,
    letters off for a long one), from ``NameSettings``."""
    shortest, short_off, long_off = settings_key
    fa, fb = _fold(a), _fold(b)
    if fa == fb or min(len(fa), len(fb)) < shortest or not fa.isalpha() or not fb.isalpha():
        return False
    if a.isupper() and b.isupper():  # acronyms: a transposition only ("NYPD" / "NPYD"; "CDA" / "CDU" are two)
        return sorted(fa) == sorted(fb) and DamerauLevenshtein.distance(fa, fb) == 1
    distance = DamerauLevenshtein.distance(fa, fb)
    if distance <= short_off:
        return True
    if fa[0] != fb[0] and jellyfish.metaphone(fa) != jellyfish.metaphone(fb):
        return False
    if distance <= long_off and min(len(fa), len(fb)) >= 8:
        return True
    return distance <= long_off + 1 and (jellyfish.metaphone(fa) == jellyfish.metaphone(fb)
                                         or jellyfish.nysiis(fa) == jellyfish.nysiis(fb))


def _forms(source: Source, pack: lang.LanguagePack) -> list[Form]:
    """Every capitalised name run of the source's body: people and organisations, with the
    small words that join an organisation's name ("Department of Veterans Affairs")."""
    joins = lang.alternation([*lang.NAME_PARTICLES, *pack.role_org_links, *pack.definite_articles, *pack.and_words, "&"])
    run = re.compile(rf"(?<![\w’'-]){CAP}(?:[^\S\n]+(?:(?:{joins})[^\S\n]+)?{CAP})*")
    from .facts.people import role_of
    from .facts.persons import title_role

    lower = lower_case_words(source.text)
    out = []
    for a, b in body_stretches(source.text, source.segments, source.body_start):
        for m in run.finditer(source.text, a, b):
            text = re.sub(r"['’]s$", "", m.group())
            start = m.start()
            # leading words that are no part of the name: a sentence's first word, a role, a title
            while " " in text:
                first, rest = text.split(None, 1)
                opens = not source.text[max(0, start - 3) : start].strip() or \
                    source.text[max(0, start - 3) : start].rstrip()[-1:] in ".!?:;\"“”‘’'(—–-"
                if not ((opens and first.lower() in lower) or first.lower() in pack.stop_words or role_of(first, pack)
                        or title_role(first, pack)):
                    break
                start += len(text) - len(rest)
                text = rest
            before = re.search(r"([\w’'.-]+)[^\S\n]+$", source.text[max(a, start - 40) : start])
            out.append(Form(source.id, text, start, start + len(text), before.group(1).lower() if before else ""))
    return out


def people_findings(sources: list[Source], claims: list[Claim], people, settings: Settings = DEFAULT) -> list[Finding]:
    """The run's findings about people: names spelled differently, and who knew what stated
    both ways by different sources."""
    return name_findings(sources, claims, people, settings) + knowledge_findings(sources, claims, settings)


def knowledge_findings(sources: list[Source], claims: list[Claim], settings: Settings = DEFAULT) -> list[Finding]:
    """"A says the council was informed, B says it was not": the same actor knowing and not
    knowing in two sources, in claims about the same thing (they share content words besides
    the actor's name). Actors the tool supplied itself (the source's investigators, the body it
    quotes) are not compared: the sentence did not name them."""
    language = {s.id: s.language for s in sources}
    stated = []
    for c in claims:
        for f in c.facts:
            if isinstance(f, Knowledge) and f.actor and f.actor_from not in ("investigators", "source"):
                stated.append((c, f))
    out, seen = [], set()
    for i, (ca, fa) in enumerate(stated):
        for cb, fb in stated[i + 1 :]:
            if ca.source == cb.source or fa.compatible(fb, settings).outcome != CONFLICT:
                continue
            pack = lang.rules_for(language[ca.source])
            other = lang.rules_for(language[cb.source])
            # what each is about: the claim without the statement's own words and the people named
            wa = _content(_about_words(ca, fa), pack)
            wb = _content(_about_words(cb, fb), other)
            if len(wa & wb) < settings.names.knowledge_shared_words:
                continue
            pos, neg = (ca, fa), (cb, fb)
            if fa.polarity != "positive":
                pos, neg = neg, pos
            key = fingerprint("knowledge", [pos[1].text, neg[1].text, fa.actor])
            if key in seen:
                continue
            seen.add(key)
            out.append(Finding(
                severity="conflict", kind="knowledge", claims=[pos[0].id, neg[0].id],
                values={pos[0].source: pos[1].text, neg[0].source: neg[1].text},
                spans={pos[0].id: pos[1].text, neg[0].id: neg[1].text},
                message=f"Who knew differs: {short_id(pos[0].source)} says {fa.actor} knew ('{pos[1].text}'), "
                        f"{short_id(neg[0].source)} says {fa.actor} did not ('{neg[1].text}')",
                fingerprint=key))
    return out


def _about_words(c: Claim, f: Knowledge) -> str:
    text = c.text
    spans = [(x.start, x.end) for x in c.facts if x.kind in ("person", "knowledge")]
    for a, b in sorted(spans, reverse=True):
        text = text[: max(0, a - c.start)] + " " + text[max(0, b - c.start) :]
    return text


def _content(text: str, pack: lang.LanguagePack) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in pack.stop_words}


def name_findings(sources: list[Source], claims: list[Claim], people, settings: Settings = DEFAULT) -> list[Finding]:
    """Names spelled differently across the sources (conflicts) and within one (notes)."""
    s = settings.names
    key = (s.shortest_word, s.letters_off_short, s.letters_off_long)
    forms: list[Form] = []
    lower: dict[str, set[str]] = {}
    for src in sources:
        pack = lang.rules_for(src.language)
        lower[src.id] = lower_case_words(src.text)
        stop = {w.lower() for w in (*pack.stop_words, *pack.not_name_words, *pack.month_names, *pack.weekdays)}
        forms += [f for f in _forms(src, pack) if not (len(f.words) == 1 and (f.text.lower() in stop or f.text.lower() in lower[src.id]))]
    registered = list(getattr(people, "people", {}).values())
    surnames = {p.name.split()[-1]: p for p in registered}
    given = {p.name.split()[0]: p for p in registered if len(p.name.split()) >= 2}
    name_words = {w for p in registered for w in p.name.split()}
    roles = {r for p in getattr(people, "people", {}).values() for r in p.roles}
    # (the two words, folded) → the forms that hold each: one finding per word written two ways
    groups: dict[tuple[str, str], tuple[set[str], set[str]]] = {}

    def add(u: str, v: str, x: str, y: str) -> None:
        (u, x), (v, y) = sorted(((u, x), (v, y)))
        gx, gy = groups.setdefault((u, v), (set(), set()))
        gx.add(x)
        gy.add(y)

    # every name and the names it ends in ("Legerleider Ahmed Gaïd Salah" ends in "Ahmed Gaïd Salah" and
    # "Gaïd Salah"): a title before a name is no part of it
    tails: dict[str, set[str]] = {}
    for f in forms:
        ws = f.words
        for k in range(max(0, len(ws) - 4), len(ws) - 1):
            if ws[k][:1].isupper():
                tails.setdefault(" ".join(ws[k:]), set()).add(f.text)
    distinct = sorted({(t, len(t.split())) for t in tails} | {(f.text, len(f.words)) for f in forms})
    # the same name with one word spelled differently: "Brad Garafola" / "Brad Garafalo". Names are
    # compared only with those that share every other word (one bucket per word left out), so a
    # run of many sources costs a pass over its names, not every pair of them.
    buckets: dict[tuple, list[str]] = {}
    for text, n in distinct:
        folded = [_fold(x) for x in text.split()]
        for k in range(n):
            buckets.setdefault((n, k, tuple(folded[:k] + folded[k + 1 :])), []).append(text)
    compared = set()
    for (n, _k, _rest), texts in sorted(buckets.items()):
        if n == 1:
            continue  # a word alone: against the people's names below
        for i, x in enumerate(texts):
            for y in texts[i + 1 :]:
                if (x, y) in compared:
                    continue
                compared.add((x, y))
                diff = [(u, v) for u, v in zip(x.split(), y.split()) if _fold(u) != _fold(v)]
                if len(diff) != 1 or not variant(*diff[0], settings_key=key):
                    continue
                add(diff[0][0], diff[0][1], x, y)
    # a word alone against a known person's given name or surname, where that person is named:
    # "wethouder Ievens", "Teague knew" (a word alone that is no part of a person's name,
    # "Israelische" / "Israëlisch", "Marine" / "Marines", is another word)
    alone = {p.name for p in registered if len(p.name.split()) == 1}  # "wethouder Ievens": a surname only
    known_words = [(known, p, len(_fold(known)), frozenset(_fold(known))) for known, p in sorted({**given, **surnames}.items())]
    # variant() finds no two words more letters apart than this, and their lengths differ by no more;
    # each letter put in, left out or changed adds at most two letters to what one word has and the
    # other lacks, so words with more such letters than twice this are no variants either
    reach = max(s.letters_off_short, s.letters_off_long + 1)
    near_length: dict[int, list] = {}  # a word's length → the known words it can be a variant of, in order
    for text, n in distinct:
        if n != 1 or (text in name_words and text not in alone):
            continue
        length, letters = len(_fold(text)), frozenset(_fold(text))
        if length not in near_length:
            near_length[length] = [k for k in known_words if abs(k[2] - length) <= reach]
        for known, p, known_length, known_letters in near_length[length]:
            if len(letters ^ known_letters) <= 2 * reach and known != text \
                    and p.name != text and variant(text, known, settings_key=key) and \
                    not _inflected(text, known) and _same_slot(text, known, forms, roles | set(p.roles)):
                add(text, known, text, known)
    findings = []
    for (u, v), (xs, ys) in sorted(groups.items()):
        shown = {**{t: t for t in xs}, **{t: t for t in ys}}
        for t in [*xs, *ys]:
            for full in tails.get(t, ()):
                if full not in shown or len(t) > len(shown[full]):
                    shown[full] = t  # the longest name as compared, without the title before it
        # the names that hold each word, and the word alone ("Garafalo had served …")
        fx = [f for f in forms if f.text in shown and _fold(u) in map(_fold, shown[f.text].split()) or f.text == u
              or (u in xs and u in f.words)]
        fy = [f for f in forms if f.text in shown and _fold(v) in map(_fold, shown[f.text].split()) or f.text == v
              or (v in ys and v in f.words)]
        findings += _findings(u, v, fx, fy, claims, shown)
    return sorted(findings, key=lambda f: (f.severity != "conflict", f.message))


def _inflected(x: str, y: str) -> bool:
    """One word is the other with an ending: "Koerdisch" / "Koerdische", "Marine" / "Marines"."""
    fx, fy = sorted((_fold(x), _fold(y)), key=len)
    return fy.startswith(fx)


def _same_slot(x: str, y: str, forms: list[Form], roles: set[str]) -> bool:
    """One word written two ways stands for one name: both after the same role word or title
    ("wethouder Ivens" / "wethouder Ievens"), or both in one source (a source that names a
    person and writes a near twin of the name is not naming someone else: "Miatta Teage" …
    "Teague knew")."""
    fx = [f for f in forms if f.text == x]
    fy = [f for f in forms if f.text == y or y in f.words]
    shared = {f.before for f in fx} & {f.before for f in fy}
    if any(b and (b in roles or b.rstrip(".") in roles) for b in shared):
        return True
    return bool({f.source for f in fx} & {f.source for f in fy}) and len({f.source for f in fx}) == 1


def _findings(u: str, v: str, fx: list[Form], fy: list[Form], claims: list[Claim], shown: dict[str, str]) -> list[Finding]:
    def claim_of(f: Form) -> Claim | None:
        return next((c for c in claims if c.source == f.source and c.start <= f.start < c.end), None)

    sx, sy = {f.source for f in fx}, {f.source for f in fy}
    out = []
    only_x, only_y = sorted(sx - sy), sorted(sy - sx)
    if only_x and only_y:
        # every claim that writes each form: a draft that misspells a name twice is wrong twice
        picked = sorted([(f.source, f) for f in fx if f.source in only_x] + [(f.source, f) for f in fy if f.source in only_y],
                        key=lambda p: (p[0], p[1].start))
        cited = [(s, shown.get(f.text, f.text), claim_of(f)) for s, f in picked]
        cited = [(s, form, c) for s, form, c in cited if c is not None]
        first: dict[str, str] = {}
        for s, form, _ in cited:
            first.setdefault(s, form)
        spans: dict[str, str] = {}
        for _, form, c in cited:
            spans.setdefault(c.id, form)
        if len(first) >= 2:
            said = "; ".join(f"{short_id(s)} writes '{form}'" for s, form in first.items())
            out.append(Finding(severity="conflict", kind="name", claims=list(spans),
                               values=first, spans=spans,
                               message=f"Name spelled differently: {said}",
                               fingerprint=fingerprint("name", [u, v])))
    for s in sorted(sx & sy):
        a = next(f for f in fx if f.source == s)
        b = next(f for f in fy if f.source == s)
        ca, cb = claim_of(a), claim_of(b)
        if ca is None or cb is None:
            continue
        out.append(Finding(severity="note", kind="name", claims=sorted({ca.id, cb.id}),
                           values={s: f"{a.text} / {b.text}"},
                           spans={ca.id: a.text, cb.id: b.text} if ca.id != cb.id else {ca.id: f"{a.text}, {b.text}"},
                           message=f"Name spelled two ways in {short_id(s)}: '{a.text}' and '{b.text}'",
                           fingerprint=fingerprint("name-within", [s, u, v])))
    return out
