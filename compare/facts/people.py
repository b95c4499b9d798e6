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

import re
from dataclasses import dataclass, field

from ..ingest import body_stretches
from ..model import Fact, PersonRef, Source

# Role words, Dutch and English. A Dutch compound ending in one of them is that role
# with a qualifier ("woonwethouder" → wethouder, "SP-fractievoorzitter" → fractievoorzitter).
ROLES_NL = """burgemeester wethouder gemeentesecretaris gemeentedirecteur secretaris directeur fractievoorzitter
voorzitter minister staatssecretaris premier senator kamerlid raadslid gedeputeerde commissaris gouverneur
woordvoerder woordvoerster officier rechter advocaat agent hoofdagent inspecteur commandant hoogleraar
onderzoeker ombudsman vertrouwenspersoon oprichter leider voorman topman topvrouw bestuurder ambtenaar
journalist verslaggever politicus president koning koningin prins prinses burger visagiste wethouderschap
lijsttrekker partijleider partijvoorzitter ceo topambtenaar manager leidinggevende baas chef""".split()
ROLES_EN = """mayor alderman councillor councilman councilwoman secretary director chairman chairwoman chair minister
president governor senator representative congressman congresswoman spokesman spokeswoman spokesperson
officer sheriff deputy detective lieutenant sergeant captain chief commissioner judge prosecutor attorney
lawyer professor researcher founder leader ceo manager coroner trooper investigator witness victim suspect
pastor reverend principal superintendent""".split()
ROLE_WORDS = set(ROLES_NL) | set(ROLES_EN)
_ROLE_RE = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))

# Common given names (Dutch and English). A general resource: a name not here can
# still be found through a role or an age beside it.
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
PARTICLES = r"(?:van der|van den|van de|van 't|van|de|der|den|ten|ter|te|von|da|du|le|la|el|al)"
_CAP = r"[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ'’]+)?"
_NAME = rf"{_CAP}(?:\s+(?:{PARTICLES}\s+)?{_CAP}){{1,3}}"
# Words that make a capitalised run an organisation, place or title, not a person.
NOT_NAME_WORDS = set(
    """de het een the a an in op bij van voor met en of maar als dan toen ook wel nog zij hij wij ze ik dit dat
    deze die er wat wie waar hoe nu al amsterdam rotterdam nederland gemeente bureau wet raad partij ministerie
    stichting universiteit centrale het parool volkskrant college tweede kamer county police department city
    state street avenue road hospital school university court house senate congress news daily times post
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday januari februari maart mei juni juli augustus oktober maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag mr mrs ms dr foto beeld volgens aldus bovendien
    """.split()
)
PRONOUNS = {"hij": "m", "hem": "m", "zij": "f", "ze": "f", "haar": "f", "he": "m", "him": "m", "she": "f", "her": "f"}


@dataclass
class Person:
    name: str
    roles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    mentions: int = 0

    @property
    def surname(self) -> str:
        parts = self.name.split()
        # the surname keeps its particles: "van Doorninck", "van der Molen"
        i = len(parts) - 1
        while i > 1 and parts[i - 1].lower() in ("van", "de", "der", "den", "ten", "ter", "te", "von", "da", "du", "'t"):
            i -= 1
        return " ".join(parts[i:])


def role_of(word: str) -> tuple[str, str | None] | None:
    """'SP-fractievoorzitter' → ('fractievoorzitter', 'SP'); 'woonwethouder' → ('wethouder', None)."""
    w = word.strip()
    org = None
    if "-" in w:
        head, _, tail = w.rpartition("-")
        if tail.lower() in ROLE_WORDS or any(tail.lower().endswith(r) for r in ROLES_NL):
            org = head if head[:1].isupper() else None
            w = tail
    lw = w.lower()
    if lw in ROLE_WORDS:
        return lw, org
    for r in sorted(ROLES_NL, key=len, reverse=True):
        if lw.endswith(r) and len(lw) - len(r) >= 3 and r not in ("agent", "leider"):
            return r, org
    return None


@dataclass
class PeopleRegistry:
    people: dict[str, Person] = field(default_factory=dict)

    @classmethod
    def build(cls, sources: list[Source]) -> "PeopleRegistry":
        reg = cls()
        for s in sources:
            for a, b in body_stretches(s.text, s.segments, s.body_start):
                reg._scan(s.text[a:b])
        return reg

    # -- building ------------------------------------------------------
    def _scan(self, text: str) -> None:
        for m in re.finditer(_NAME, text):
            name = m.group()
            words = name.split()
            # a sentence-initial capital is no evidence: drop a leading non-name word
            leading_role = None
            while words and (words[0].lower() in NOT_NAME_WORDS or role_of(words[0])):
                leading_role = role_of(words[0]) or leading_role  # "Burgemeester Femke Halsema", "Police Chief John Miller"
                words = words[1:]
            if len(words) < 2 or any(w.lower() in NOT_NAME_WORDS for w in words if w[0].isupper()):
                continue
            name = " ".join(words)
            start = m.end() - len(name)
            before = text[max(0, start - 40) : start]
            after = text[m.end() : m.end() + 60]
            role = leading_role or _role_before(before)
            role_after = _role_after(after)
            first_name = words[0].lower() in FIRST_NAMES
            age_after = re.match(r"\s*\(\d{1,3}\)", after)
            if not (role or role_after or first_name or age_after):
                continue
            p = self.people.setdefault(name, Person(name))
            for r in (role, role_after):
                if r and r[0] not in p.roles:
                    p.roles.append(r[0])
                if r and r[1] and r[1] not in p.orgs:
                    p.orgs.append(r[1])

    # -- lookup --------------------------------------------------------
    def by_surname(self, surname: str) -> Person | None:
        hits = [p for p in self.people.values() if p.surname.lower() == surname.lower() or p.name.split()[-1].lower() == surname.lower()]
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
        return {p.name for p in self.people.values()
                if re.search(rf"(?<![\w-]){re.escape(p.name)}(?![\w-])", text)
                or (self.by_surname(p.surname) is p and re.search(rf"(?<![\w-]){re.escape(p.surname)}(?![\w-])", text))}

    def people_in(self, text: str, offset: int, language: str, named_here: set[str] | None = None) -> list[Fact]:
        """Person facts in a claim: full names, surnames of known people, and role-only mentions.
        ``named_here``: people named in the claim's own source; "de wethouder" is linked to the
        one person of that source with the role before falling back to the whole run."""
        facts: list[Fact] = []
        taken: list[tuple[int, int]] = []

        def free(a, b):
            return not any(a < y and x < b for x, y in taken)

        names = sorted(self.people, key=len, reverse=True)
        for name in names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if not free(m.start(), m.end()):
                    continue
                a = m.start()
                r = _role_before(text[max(0, a - 40) : a], span=True)
                role = r[0] if r else None
                if r:
                    a = a - r[2]
                ra = _role_after(text[m.end() : m.end() + 60])
                person = self.people[name]
                facts.append(PersonRef(text=text[a : m.end()], start=offset + a, end=offset + m.end(), value=name,
                                  role=role or (ra[0] if ra else None) or (person.roles[0] if person.roles else None),
                                  org=(r[1] if r else None)))
                taken.append((a, m.end()))
        for p in sorted(self.people.values(), key=lambda p: -len(p.surname)):
            if self.by_surname(p.surname) is not p:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(p.surname)}(?![\w-])", text):
                if not free(m.start(), m.end()):
                    continue
                a = m.start()
                r = _role_before(text[max(0, a - 40) : a], span=True)
                if r:
                    a -= r[2]
                facts.append(PersonRef(text=text[a : m.end()], start=offset + a, end=offset + m.end(), value=p.name,
                                  role=r[0] if r else (p.roles[0] if p.roles else None), org=r[1] if r else None))
                taken.append((a, m.end()))
        # role-only mentions: "de burgemeester", "the mayor", "de 44-jarige wethouder"
        det = r"(?:de|het|onze|hun|zijn|haar|the|our|their|his|her|a|an|een|toenmalige|voormalig|voormalige|former)"
        for m in re.finditer(rf"\b{det}\s+(?:[\w-]+\s+){{0,2}}?(?P<role>[\w-]*(?:{_ROLE_RE}))\b", text, re.I):
            if not free(m.start("role"), m.end("role")) or re.match(r"\s+[A-Z]", text[m.end():]):
                continue  # taken, or a role before a name: the name's own fact has it
            if re.match(r"['’]s\s+(?:office|department|team|bureau)\b|kantoor\b", text[m.end():], re.I):
                continue  # "the Sheriff's Office" is an organisation
            ro = role_of(m.group("role"))
            if not ro:
                continue
            role, org = ro
            if role in ("burger", "ambtenaar", "victim", "witness", "suspect", "officer", "wethouderschap", "leidinggevende", "manager"):
                continue  # groups of people, not one person in a slot
            person = self.by_role(role, named_here)
            facts.append(PersonRef(text=text[m.start() : m.end()], start=offset + m.start(), end=offset + m.end(),
                              value=person.name if person else None, role=role, org=org))
            taken.append((m.start(), m.end()))
        facts.sort(key=lambda f: f.start)
        return facts


def _role_before(before: str, span: bool = False):
    """A role word right before a name: 'burgemeester ', 'SP-fractievoorzitter ', 'senator voor de SP '."""
    m = re.search(r"([\w-]+)(\s+(?:voor|van)\s+(?:de|het)\s+[A-Z][\w-]*)?\s+$", before)
    if not m:
        return None
    ro = role_of(m.group(1))
    if not ro:
        return None
    if span:
        return ro[0], ro[1], len(before) - m.start()
    return ro


def _role_after(after: str):
    """', de hoogste ambtelijke baas,' / ', the county sheriff,' / ', wethouder van Wonen'."""
    m = re.match(r",\s+(?:de|het|the|a|an)?\s*(?:[\w-]+\s+){0,3}?([\w-]+)\s*[,.]", after)
    if not m:
        return None
    return role_of(m.group(1))
