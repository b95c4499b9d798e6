"""People and their roles, linked across all sources of a run.

No Dutch NER model installs offline, so this is a heuristic: runs of capitalised
words (with name particles van/de/der/ten …) count as a person's name when a role
word stands before them ("burgemeester Femke Halsema", "SP-fractievoorzitter Erik
Flentge"), when the first word is a common first name, or when a role or an age
follows ("Peter Teesink, de hoogste ambtelijke baas", "John Smith (41)"). A later
surname-only mention ("Halsema") and a role-only mention ("de burgemeester") are
linked to the one person of the run they can mean.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import lang
from ..ingest import body_stretches
from ..lang import LanguagePack
from ..model import Fact, PersonRef, Source
from .persons import _PLURAL_FORMS, Candidate, find_candidates, lower_case_words, title_role


@dataclass(frozen=True)
class _Roles:
    """A language pack's role words and the words around them, as patterns."""

    pack: LanguagePack
    words: frozenset[str]
    compounds: tuple[str, ...]  # longest first: "woonwethouder" → wethouder
    role_re: str
    not_name: frozenset[str]  # capitalised words that make a run no person's name


@functools.cache
def _roles(pack: LanguagePack) -> _Roles:
    return _Roles(
        pack=pack,
        words=frozenset({*pack.role_words, *pack.relation_roles}),
        compounds=tuple(sorted({*pack.role_words, *pack.relation_roles}, key=len, reverse=True)) if pack.compound_roles else (),
        role_re=lang.alternation(pack.role_words),
        # function words at the start of a sentence, months and weekdays, organisations and places
        not_name=frozenset({*pack.stop_words, *pack.not_name_words, *pack.month_names, *pack.weekdays}),
    )


# Common given names (Dutch and English). A general resource, not a language pack's: people
# keep their names whatever the language of the article. A name not here can still be found
# through a role or an age beside it.
FIRST_NAMES = set(
    """adam adrian aisha alex alexander alice amber amy andrea andreas andrew angela anna anne annemarie anouk
    anthony arjan arie arthur bart bas ben benjamin bernard bert bob bram brian carla carlos caroline charles
    charlotte chris christian christine christopher claire clara corinne daan daniel david dennis diana dick
    dirk donald doris dylan edith eduard elena elisabeth elizabeth ellen emile emily emma eric erik esther eva
    evert femke floor frank frans fred frederik gerard gert gijs hanna hannah hans harry hein hendrik henk
    henry herman hugo ilse inge ingrid iris jaap jacob james jan jane janet janneke jasper jeroen jennifer
    jessica jesse joan joe johan john johannes jolanda jonathan joost jordan joris jos jose joseph joyce
    judith julia karel karin kate kees kevin kim klaas koen laura laurens lea lieke lisa lotte lucas luuk
    maarten marc marcel margaret maria marie marieke mark mark martijn martin mary matthew max melanie
    michael michel michelle mike monique naomi nathalie nick nicole niels noah noor olivia patricia patrick
    paul peter petra philip pieter pim rachel ralph ramon richard rick rob robert robin roel rogier ronald
    rosa ruben rutger ruud sander sanne sara sarah sebastiaan simon sophie stefan stephanie steve steven susan
    suzanne sven thomas tim tom ton victor vincent walter wendy willem william wim wouter yvonne zoe
    ahmed mohamed mohammed fatima youssef emily jack oliver george harry charlie jacob lily grace chloe
    tyler brandon justin ashley brittany amanda heather tiffany crystal jose luis juan maria carmen""".split()
)
PARTICLES = lang.alternation(lang.NAME_PARTICLES)
_SURNAME_PARTICLES = {w for p in lang.NAME_PARTICLES for w in p.split()}
_CAP = r"[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ'’]+)?"
_NAME = rf"{_CAP}(?:\s+(?:{PARTICLES}\s+)?{_CAP}){{1,3}}"


@dataclass
class Person:
    name: str
    roles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    mentions: int = 0
    sources: list[str] = field(default_factory=list)  # the sources that write the name in full

    @property
    def surname(self) -> str:
        parts = self.name.split()
        # the surname keeps its particles: "van Doorninck", "van der Molen"
        i = len(parts) - 1
        while i > 1 and parts[i - 1].lower() in _SURNAME_PARTICLES:
            i -= 1
        return " ".join(parts[i:])


def role_of(word: str, pack: LanguagePack) -> tuple[str, str | None] | None:
    """'SP-fractievoorzitter' → ('fractievoorzitter', 'SP'); 'woonwethouder' → ('wethouder', None)."""
    roles = _roles(pack)
    w = word.strip()
    org = None
    if "-" in w:
        head, _, tail = w.rpartition("-")
        if head.lower() in pack.scope_prefixes and role_of(tail, pack):
            return w.lower(), None  # "oud-premier", "vice-president": another office, as the text names it
        if head.lower() in roles.words and not tail.lower() in roles.words:
            return w.lower(), None  # "secretaris-generaal"
        if tail.lower() in roles.words or any(tail.lower().endswith(r) for r in roles.compounds):
            org = head if head[:1].isupper() else None
            w = tail
    lw = w.lower()
    if lw in roles.words:
        return lw, org
    for r in roles.compounds:
        if lw.endswith(r) and len(lw) - len(r) >= 3 and r not in pack.role_suffix_exceptions:
            if lw[: -len(r)] in pack.scope_prefixes:
                return lw, org  # "vicepremier" is not the premier
            return r, org
    return None


def _candidates(s: Source) -> list[Candidate]:
    """The candidate names of one source's body, in text order."""
    pack = lang.rules_for(s.language)
    lower = lower_case_words(s.text)
    out: list[Candidate] = []
    for a, b in body_stretches(s.text, s.segments, s.body_start):
        # each stretch is read in the text up to its end, but scanned from its line only:
        # rescanning every earlier line made this quadratic in the article's length
        line = s.text.rfind("\n", 0, a) + 1
        out += [c for c in find_candidates(s.text[:b], pack, role_of, _role_before, _role_after, FIRST_NAMES,
                                           lower, start=line) if c.start >= a]
    return out


@dataclass
class _Lookup:
    """What every claim asks of the registry, built once per run (see PeopleRegistry._index)."""

    key: tuple[int, int]  # the people dict it was built from: id and size
    by_surname: dict[str, list[Person]]  # surname with particles, or last word of the name, lower-cased → people
    names: list[str]  # full names, longest first
    surnamed: list[tuple[Person, str]]  # people their surname alone names, with it; longest surname first
    # the short forms of people_in (person, form, form lower-cased, pattern) for each set of people named
    # in a source: built once per source, not per claim
    short_forms: dict[frozenset[str] | None, list] = field(default_factory=dict)


@dataclass
class PeopleRegistry:
    people: dict[str, Person] = field(default_factory=dict)
    # another written form of a person's name → the name: "Gavin Long" for "Gavin Eugene Long",
    # "Gaed Salah" for "Ahmed Gaed Salah" (a middle name or a given name left out)
    aliases: dict[str, str] = field(default_factory=dict)
    given_variants: dict[str, set[str]] = field(default_factory=dict)  # "Monique" → {"Moniek Quist"}
    _lookup: _Lookup | None = field(default=None, init=False, repr=False, compare=False)

    def _index(self) -> _Lookup:
        """Surname and last name word → people, built once after the registry is complete (and
        again only if a person is added): by_surname scanned every person for every mention,
        O(claims × people²) over a run."""
        key = (id(self.people), len(self.people))
        if self._lookup is None or self._lookup.key != key:
            index: dict[str, list[Person]] = {}
            for p in self.people.values():
                for k in dict.fromkeys((p.surname.lower(), p.name.split()[-1].lower())):
                    index.setdefault(k, []).append(p)
            self._lookup = _Lookup(key, index, sorted(self.people, key=len, reverse=True), [])
            self._lookup.surnamed = [(p, p.surname) for p in sorted(self.people.values(), key=lambda p: -len(p.surname))
                                     if self.by_surname(p.surname) is p]
        return self._lookup

    @classmethod
    def build(cls, sources: list[Source], cache=None) -> "PeopleRegistry":
        """``cache``: a facts.cache.CandidateCache, the candidates of a source read before."""
        reg = cls()
        found: list[tuple[Source, Candidate]] = []
        for s in sources:
            here = cache.get(s) if cache is not None else None
            if here is None:
                here = _candidates(s)
                if cache is not None:
                    cache.put(s, here)  # written at once: as found, before the run reads them
            found += [(s, c) for c in here]
        reg._register(found)
        reg._given_variants(sources)
        return reg

    def _given_variants(self, sources: list[Source]) -> None:
        """A given name alone spelled as a near twin of the given name of the one person of its
        source who has it ("Monique" where "Moniek Quist" is named): linked to that person in
        that source; names.py reports the two spellings."""
        from ..names import variant

        for s in sources:
            pack = lang.rules_for(s.language)
            lower = lower_case_words(s.text)
            named = [p for p in self.people.values() if s.id in p.sources and len(p.name.split()) >= 2]
            known = {x for p in self.people.values() for x in p.name.split()}
            body = s.text[s.body_start :]
            for word in sorted(set(re.findall(r"(?<![\w’'-])[A-Z][a-zà-ÿ]{3,}(?![\w’'-])", body))):
                if word in known or word.lower() in lower or word.lower() in pack.stop_words:
                    continue
                hits = [p for p in named if variant(word, p.name.split()[0])]
                if len(hits) == 1:
                    self.given_variants.setdefault(word, set()).add(hits[0].name)

    # -- building ------------------------------------------------------
    def _register(self, found: list[tuple[Source, "Candidate"]]) -> None:
        """People from the candidates of all sources: a full name with evidence of its own, or
        one whose surname the run elsewhere gives evidence for ("Teage said"); a surname alone
        ("premier Rutte") only when no full name of the run ends in it."""
        full = [(s, c) for s, c in found if not c.surname_only]
        vouched = {c.name.split()[-1] for _, c in full if c.evidence}
        for s, c in full:
            last = c.name.split()[-1]
            # no evidence of its own: its surname's elsewhere, unless its first word opens a sentence
            # ("Behalve Ivens trad toen …", "‘Beste Amber, …")
            backed = (last in vouched or _spoken(s.text, last, lang.rules_for(s.language))) and \
                (not c.opens_sentence or c.name.split()[0].lower() in FIRST_NAMES)
            if c.evidence or backed:
                self._add(c.name, c, s.id)
        # a longer run that holds a person's name and more is a page or a title: "Nick Tullier Strong"
        for name in sorted(self.people, key=len):
            if any(name != other and name.startswith(other + " ") and not re.search(r"\b(?:Jr|Sr)\.?$", name)
                   for other in self.people):
                del self.people[name]
        self._merge_shorter_forms()
        surnames = {p.surname.lower() for p in self.people.values()} | {p.name.split()[-1].lower() for p in self.people.values()}
        for s, c in found:
            if c.surname_only and c.name.lower() not in surnames:
                self._add(c.name, c, s.id)
        for s, c in found:  # roles stated beside a surname-only mention of a known person
            if c.surname_only and c.role:
                p = self.by_surname(c.name)
                if p is not None and c.role[0] not in p.roles:
                    p.roles.append(c.role[0])

    def _merge_shorter_forms(self) -> None:
        """A name that is another's with words left out is that person: the same first and last
        word ("Gavin Long" / "Gavin Eugene Long", "Maurice Hond" / "Maurice de Hond"), or its
        last two words or more ("Gaed Salah" / "Ahmed Gaed Salah"), when only one name fits."""
        # one name with two kinds of apostrophe ("O’Neil Bandoo" / "O'Neil Bandoo"): the more written one
        for name in sorted(self.people):
            twin = name.replace("’", "'")
            if twin != name and twin in self.people:
                keep, drop = (twin, name) if self.people[twin].mentions >= self.people[name].mentions else (name, twin)
                self._fold_into(drop, keep)
        names = sorted(self.people, key=lambda n: (-len(n.split()), n))
        for short in sorted(self.people, key=lambda n: (len(n.split()), n)):
            sw = short.split()
            fits = [long for long in names if long != short and len(long.split()) > len(sw)
                    and (_subsequence(sw, long.split()) and sw[0] == long.split()[0] and sw[-1] == long.split()[-1]
                         or (len(sw) >= 2 and long.split()[-len(sw):] == sw))]
            if len(fits) == 1 and fits[0] in self.people and short in self.people:
                self._fold_into(short, fits[0])

    def _fold_into(self, short: str, full: str) -> None:
        """``short`` is another written form of ``full``: one person, linked by either."""
        p, q = self.people.pop(short), self.people[full]
        self.aliases[short] = full
        q.mentions += p.mentions
        q.roles += [r for r in p.roles if r not in q.roles]
        q.orgs += [o for o in p.orgs if o not in q.orgs]
        q.sources += [x for x in p.sources if x not in q.sources]

    def _add(self, name: str, c: "Candidate", source: str) -> None:
        p = self.people.setdefault(name, Person(name))
        p.mentions += 1
        if source not in p.sources:
            p.sources.append(source)
        for r in (c.role, c.role_after):
            if r and r[0] not in p.roles:
                p.roles.append(r[0])
            if r and r[1] and r[1] not in p.orgs:
                p.orgs.append(r[1])

    # -- lookup --------------------------------------------------------
    def _short_forms(self, lookup: "_Lookup", named_here: set[str] | None):
        """(person, the form, its pattern) for every way a claim names a known person short of
        the full name, longest first: another full form ("Gavin Long"), the surname with its
        particle capitalised or not ("Van Koppen", "de Hond"), an anonymised suspect's initial
        ("M." for "Jerry M."), and a given name alone when one person of the source has it."""
        # the same forms come back for every source (only the given names differ): lang.compiled
        # keeps their patterns for the run
        compiled = lang.compiled
        forms = [(self.people[n], alias, compiled(rf"(?<![\w-]){re.escape(alias)}(?![\w-])"))
                 for alias, n in self.aliases.items() if n in self.people]
        for p, surname in lookup.surnamed:
            if re.fullmatch(r"[A-Z]\.", surname):  # "M.": not "P.M.", not an initial before a name
                forms.append((p, surname, compiled(rf"(?<![\w.]){re.escape(surname)}(?=['’]s\b|\s+[a-z]|\s*[,;:)])")))
                continue
            first, _, rest = surname.partition(" ")
            head = f"[{first[0].upper()}{first[0].lower()}]{re.escape(first[1:])}" if rest and first.islower() else re.escape(first)
            forms.append((p, surname, compiled(rf"(?<![\w-]){head}{(' ' + re.escape(rest)) if rest else ''}(?![\w-])")))
        if named_here:
            given: dict[str, list[Person]] = {}
            for n in named_here:
                if n in self.people and len(n.split()) >= 2:
                    given.setdefault(n.split()[0], []).append(self.people[n])
            surnames = {p.name.split()[-1] for p in self.people.values()}
            for g, ps in sorted(given.items()):
                if len(ps) == 1 and g not in surnames and len(g) > 2:
                    forms.append((ps[0], g, compiled(rf"(?<![\w-]){re.escape(g)}(?![\w-])(?!\s+[A-Z])")))
            for g, names in sorted(self.given_variants.items()):
                here = [n for n in names if n in named_here and n in self.people]
                if len(here) == 1:
                    forms.append((self.people[here[0]], g, compiled(rf"(?<![\w-]){re.escape(g)}(?![\w-])(?!\s+[A-Z])")))
        return sorted(forms, key=lambda f: (-len(f[1]), f[1]))

    def by_surname(self, surname: str) -> Person | None:
        hits = self._index().by_surname.get(surname.lower(), [])
        return hits[0] if len(hits) == 1 else None

    def by_role(self, role: str, among: set[str] | None = None) -> Person | None:
        hits = [p for p in self.people.values() if role in p.roles]
        if among is not None and len(hits) > 1:
            local = [p for p in hits if p.name in among]
            if len(local) == 1:
                return local[0]
        return hits[0] if len(hits) == 1 else None

    def named_in(self, text: str) -> set[str]:
        """People of the registry named (in full or by surname) anywhere in a text."""
        surnamed = {id(p): s for p, s in self._index().surnamed}  # person → the surname that alone names them
        return {p.name for p in self.people.values()
                if any(_bounded(text, p.name)) or (id(p) in surnamed and any(_bounded(text, surnamed[id(p)])))}

    def people_in(self, text: str, offset: int, language: str, named_here: set[str] | None = None) -> list[Fact]:
        """Person facts in a claim: full names, surnames of known people, and role-only mentions.
        ``named_here``: people named in the claim's own source; "de wethouder" is linked to the
        one person of that source with the role before falling back to the whole run."""
        facts: list[Fact] = []
        taken: list[tuple[int, int]] = []
        pack = lang.rules_for(language)

        def free(a, b):
            return not any(a < y and x < b for x, y in taken)

        lookup = self._index()
        for name in lookup.names:
            if name not in text:  # the regex below matches the name literally: skip it unless it is there
                continue
            for a, end in _bounded(text, name):
                if not free(a, end):
                    continue
                r = _role_before(text[max(0, a - 40) : a], pack, span=True)
                role = r[0] if r else None
                if r:
                    a = a - r[2]
                ra = _role_after(text[end : end + 60], pack)
                person = self.people[name]
                facts.append(PersonRef(text=text[a:end], start=offset + a, end=offset + end, value=name,
                                  role=role or (ra[0] if ra else None) or (person.roles[0] if person.roles else None),
                                  org=(r[1] if r else None)))
                taken.append((a, end))
        forms_key = frozenset(named_here) if named_here else None
        if forms_key not in lookup.short_forms:
            lookup.short_forms[forms_key] = [(p, form, form.lower(), rx) for p, form, rx in self._short_forms(lookup, named_here)]
        lowered = text.lower()  # once per claim, not once per known form
        for p, surname, surname_lower, rx in lookup.short_forms[forms_key]:
            if surname not in text and surname_lower not in lowered:
                continue
            for m in rx.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                a = m.start()
                r = _role_before(text[max(0, a - 40) : a], pack, span=True)
                if r:
                    a -= r[2]
                facts.append(PersonRef(text=text[a : m.end()], start=offset + a, end=offset + m.end(), value=p.name,
                                  role=r[0] if r else (p.roles[0] if p.roles else None), org=r[1] if r else None))
                taken.append((a, m.end()))
        # role-only mentions: "de burgemeester", "the mayor", "de 44-jarige wethouder"
        mention, office_after = _mention_patterns(pack)
        for m in mention.finditer(text):
            if not free(m.start("role"), m.end("role")) or _CAP_AFTER.match(text, m.end()):
                continue  # taken, or a role before a name: the name's own fact has it
            if office_after.match(text[m.end():]):
                continue  # "the Sheriff's Office" is an organisation
            ro = role_of(m.group("role"), pack)
            if not ro:
                continue
            role, org = ro
            if role in pack.group_roles:
                continue  # groups of people, not one person in a slot
            person = self.by_role(role, named_here)
            facts.append(PersonRef(text=text[m.start() : m.end()], start=offset + m.start(), end=offset + m.end(),
                              value=person.name if person else None, role=role, org=org))
            taken.append((m.start(), m.end()))
        facts.sort(key=lambda f: f.start)
        return facts


# The patterns of a pack's role phrasings, compiled once per pack: _role_before and _role_after
# run for every name in every claim, and formatting and looking up their patterns cost more there
# than matching them.
_TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.\s+$")
_CAP_AFTER = re.compile(r"\s+[A-Z]")


@functools.cache
def _mention_patterns(pack: LanguagePack) -> tuple[re.Pattern, re.Pattern]:
    """people_in's role-only mention ("de burgemeester", "the mayor", "de 44-jarige wethouder")
    and the office after a role ("the Sheriff's Office")."""
    det = lang.alternation(pack.role_determiners)
    return (re.compile(rf"\b{det}\s+(?:[\w-]+\s+){{0,2}}?(?P<role>[\w-]*{_roles(pack).role_re})\b", re.I),
            re.compile(pack.office_after_role, re.I))


@functools.cache
def _before_patterns(pack: LanguagePack) -> tuple[re.Pattern, re.Pattern]:
    alt = lang.alternation
    dets = alt(pack.definite_articles)
    return (re.compile(rf"([\w-]+)(\s+{alt(pack.role_org_links)}\s+{dets}\s+[A-Z][\w-]*)?\s+$"),
            # "Oprichter van het bedrijf is (de Deen) ", "The founder of the firm is ": the role a
            # copula gives the name after it; a descriptor between ("de Deen") is no role
            re.compile(rf"(?:^|[.!?:]\s+|\b{dets}\s+)([\w-]+)(?:\s+{alt(pack.role_org_links)}(?:\s+[\w-]+){{1,3}}?)?"
                       rf"\s+{alt(pack.role_copulas)}\s+(?:{dets}\s+(?:[A-Z][\w-]*\s+)?)?$", re.I))


@functools.cache
def _after_patterns(pack: LanguagePack) -> tuple[re.Pattern, re.Pattern, re.Pattern | None]:
    dets = lang.alternation([*pack.definite_articles, *pack.articles])
    return (
        # ", algemeen directeur van de Atletiekunie,": the role and the body it is held at
        re.compile(rf",\s+{dets}?\s*(?:[\w-]+\s+){{0,2}}?([\w-]+)\s+{lang.alternation([*pack.role_org_links, *pack.at_words])}"
                   rf"\s+(?:{lang.alternation(pack.definite_articles)}\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s*[,.;)]"),
        re.compile(rf",\s+{dets}?\s*(?:[\w-]+\s+){{0,3}}?([\w-]+)\s*[,.]"),
        # "Stefaan Florquin als ceo", "Tim Cook as chief executive"
        re.compile(rf"\s+{lang.alternation(pack.role_as_words)}\s+(?:{dets}\s+)?([\w-]+)\b") if pack.role_as_words else None,
    )


def _role_before(before: str, pack: LanguagePack, span: bool = False):
    """A role word right before a name: 'burgemeester ', 'SP-fractievoorzitter ', 'senator voor de SP '."""
    t = _TITLE_BEFORE.search(before)
    if t and title_role(t.group(1) + ".", pack):  # "Gov. Edwards", "Cpl. Montrell Jackson"
        role = title_role(t.group(1) + ".", pack)
        return (role, None, len(before) - t.start()) if span else (role, None)
    linked, copula = _before_patterns(pack)
    m = linked.search(before)
    ro = role_of(m.group(1), pack) if m else None
    if not ro and pack.role_copulas:
        m = copula.search(before)
        ro = role_of(m.group(1), pack) if m else None
    if not ro:
        return None
    if span:
        return ro[0], ro[1], len(before) - m.start()
    return ro


def _role_after(after: str, pack: LanguagePack):
    """', de hoogste ambtelijke baas,' / ', the county sheriff,' / ', wethouder van Wonen'."""
    at_body, appositive, as_role = _after_patterns(pack)
    m = at_body.match(after)
    if m and role_of(m.group(1), pack):
        role, org = role_of(m.group(1), pack)
        return role, org or m.group(2)
    m = appositive.match(after)
    if not m and as_role is not None:
        m = as_role.match(after)
    if not m:
        return None
    return role_of(m.group(1), pack)


_BOUNDARY = re.compile(r"\b")


@functools.cache
def _saying(pack: LanguagePack) -> tuple[re.Pattern, re.Pattern, int | None]:
    """_spoken's two phrasings without the name: a saying verb after a word ("…, said") and
    one before it, up to where the word stands ("says …", "aldus de heer …"); and how many runs
    of white space the second holds at most (None: no bound)."""
    verbs = [v for v in (*pack.saying_verbs, *pack.speaker_after) if v not in _PLURAL_FORMS]
    say = lang.alternation(verbs)
    # the verb's own spaces ("according to"), the one after it and those after up to two words
    runs = None if any(not v or v[0].isspace() for v in verbs) else max((len(re.findall(r"\s+", v)) for v in verbs), default=0) + 3
    return re.compile(rf",?\s+{say}\b", re.I), re.compile(rf"\b{say}\s+(?:\w+\s+){{0,2}}?\Z", re.I), runs


def _spoken(text: str, word: str, pack: LanguagePack) -> bool:
    r"""A name word the source uses with a saying verb: "Teage said", "zegt Quist", "aldus Ivens".

    What re.search(rf"\b{w},?\s+{say}\b|\b{say}\s+(?:\w+\s+){{0,2}}?{w}\b", text, re.I) finds,
    without compiling the long verb alternation once per name word (a tenth of a second over a
    run of many sources): every place the word stands is tried with the verb patterns of the pack."""
    said_after, says_before, runs = _saying(pack)
    word_re = lang.compiled(re.escape(word), re.I)
    m = word_re.search(text)
    while m:
        a, b = m.span()
        if _BOUNDARY.match(text, a) and said_after.match(text, b):
            return True
        # the verb phrase must end right where the word starts (the text is cut there: endpos),
        # after white space, and it starts no earlier than its runs of white space reach back
        if a and text[a - 1].isspace() and _BOUNDARY.match(text, b) and \
                says_before.search(text, 0 if runs is None else _runs_back(text, a, runs), a):
            return True
        m = word_re.search(text, a + 1)  # overlapping places too: re.search tries every position
    return False


def _runs_back(text: str, end: int, runs: int) -> int:
    """The start of the shortest stretch before ``end`` that holds ``runs`` runs of white space
    and what stands between them: a stretch that opens with no white space and holds at most
    ``runs`` runs starts here or later."""
    i = end
    for _ in range(runs):
        while i and text[i - 1].isspace():
            i -= 1
        while i and not text[i - 1].isspace():
            i -= 1
    return i


def _bounded(text: str, literal: str):
    r"""(start, end) of each place ``literal`` stands in ``text`` with no word character or hyphen
    right before or after it, left to right without overlap: what
    re.finditer(rf"(?<![\w-]){re.escape(literal)}(?![\w-])", text) yields, without compiling a
    pattern for every name of the run (\w is a character that isalnum() or "_")."""
    n = len(literal)
    i = text.find(literal)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            yield i, i + n
            i = text.find(literal, i + max(n, 1))
        else:
            i = text.find(literal, i + 1)


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)
