"""The review gate: a draft's claims checked against source articles.

Each claim of the draft is *contradicted* (a value that cannot be true given a
source, with the contradicting quote), *supported* (a source states the same thing),
or *unsupported* (no source aligns with it). Known, checked differences are accepted
by fingerprint in a small TOML file so that they do not fail every later run.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


from . import lang
from .align import evidence_matrix
from .atomic import write_atomic
from .embed import validate_spec
from .ingest import load_sources, read_source, refuse_link_out
from .facts import PeopleRegistry
from .judge import NUMERIC, compare_claims, fingerprint, other_night, protagonist_of
from .model import (AGREE, COMPATIBLE, CONFLICT, NOT_COMPARABLE, Age, Claim, DateSpan, Fact, Finding, InputError,
                    PersonRef, Quantity, Source, same_subject, short_id)
from .pipeline import Options, prepare
from .sheet import GROWING, slot_compare


@dataclass
class Acceptance:
    fingerprint: str
    reason: str
    by: str | None = None
    date: str | None = None


@dataclass
class ClaimVerdict:
    claim: Claim
    verdict: str  # supported | contradicted | unsupported
    findings: list[Finding] = field(default_factory=list)  # conflicts, accepted ones included
    accepted: list[str] = field(default_factory=list)  # fingerprints of accepted conflicts
    support: list[Claim] = field(default_factory=list)
    values: list["ValueCheck"] = field(default_factory=list)  # each value of the claim and what the sources say
    notes: list[Finding] = field(default_factory=list)  # sources that disagree among themselves on the claim's values


@dataclass
class ValueCheck:
    """One value of a draft claim: 'matched' (an aligned source claim states a value of its
    kind that fits), 'differs' (none does, and the best-aligned source claim with a value of
    its kind states another) or 'unmatched' (no aligned source claim states one)."""

    fact: Fact
    status: str
    source_claim: Claim | None = None
    source_fact: Fact | None = None


@dataclass
class CheckResult:
    draft: Source
    sources: list[Source]
    verdicts: list[ClaimVerdict]
    model: str
    claims: list[Claim] = field(default_factory=list)  # the draft's and the sources', for quoting

    def open_conflicts(self) -> list[tuple[ClaimVerdict, Finding]]:
        return [(v, f) for v in self.verdicts for f in v.findings if f.fingerprint not in v.accepted]

    def count(self, verdict: str) -> int:
        return sum(v.verdict == verdict for v in self.verdicts)


def load_accepted(path: Path | None) -> dict[str, Acceptance]:
    if path is None or not Path(path).exists():
        return {}
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path} is not a valid accept file: {err}") from None
    entries = data.get("accepted", [])
    if not isinstance(entries, list):
        raise InputError(f"{path}: 'accepted' must be a list of [[accepted]] tables")
    out = {}
    for i, e in enumerate(entries, start=1):
        if not isinstance(e, dict) or not isinstance(e.get("fingerprint"), str) or not isinstance(e.get("reason"), str):
            raise InputError(f"{path}: entry {i} needs a fingerprint and a reason")
        out[e["fingerprint"]] = Acceptance(e["fingerprint"], e["reason"], e.get("by"), str(e["date"]) if e.get("date") else None)
    return out


def _entry(fingerprint: str, reason: str, by: str | None, today: dt.date | None = None) -> dict[str, str]:
    if not fingerprint.startswith("sha1-"):
        raise InputError(f"{fingerprint!r} is not a finding fingerprint (they start with 'sha1-')")
    if not reason.strip():
        raise InputError("an acceptance needs a reason (--reason)")
    entry = {"fingerprint": fingerprint, "reason": reason.strip()}
    if by:
        entry["by"] = by
    entry["date"] = (today or dt.date.today()).isoformat()
    return entry


def accept_entry(fingerprint: str, reason: str, by: str | None, today: dt.date | None = None) -> str:
    """One [[accepted]] table as TOML, written by tomlkit: a reason with quotes, line ends,
    CR or ESC is escaped by the library, never by hand."""
    import tomlkit

    doc = tomlkit.document()
    doc["accepted"] = tomlkit.aot()
    doc["accepted"].append(_entry(fingerprint, reason, by, today))
    return tomlkit.dumps(doc)


_ACCEPT_HEADER = "Findings checked and accepted by the desk (compare accept)."


@contextlib.contextmanager
def _locked(path: Path):
    """An exclusive lock on a lock file beside ``path`` (``.NAME.lock``), held while the accept
    file is read, changed and replaced: two `compare accept` at once both land. The lock
    file stays (removing it would let a third process lock a file no one else sees)."""
    try:
        import fcntl
    except ImportError:  # not on a POSIX system: no lock, as before
        yield
        return
    lock = path.with_name(f".{path.name}.lock")
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise InputError(f"cannot lock {path} (lock file {lock}): {err.strerror or err}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def record_acceptance(path: Path, fingerprint: str, reason: str, by: str | None, today: dt.date | None = None) -> bool:
    """Append an acceptance to the TOML file at ``path`` (created if absent) under a file
    lock, through tomlkit (comments and layout kept); False when the fingerprint is already
    accepted there."""
    import tomlkit

    path = Path(path)
    entry = _entry(fingerprint, reason, by, today)
    with _locked(path):
        if fingerprint in load_accepted(path):
            return False
        if path.exists():
            doc = tomlkit.parse(path.read_text(encoding="utf-8"))  # load_accepted has checked it
        else:
            doc = tomlkit.document()
            doc.add(tomlkit.comment(_ACCEPT_HEADER))
            doc.add(tomlkit.nl())
        if "accepted" not in doc:
            doc["accepted"] = tomlkit.aot()
        doc["accepted"].append(entry)
        write_atomic(path, tomlkit.dumps(doc))
    return True


def _calendar_words() -> set[str]:
    from . import lang

    return {w.lower() for w in lang.union("weekdays") | lang.union("months")}


_WORD = re.compile(r"[^\W_][\w'’-]*")


@dataclass
class _Name:
    """A capitalised word inside a sentence (a person's or a place's name, or part of one)."""

    word: str
    start: int  # offsets into the claim's text
    end: int
    left: str | None  # the word right before it (only spaces between), if any
    right: str | None
    # a place preposition up to three words before it, over an article and adjectives
    # ("uit het Drentse Emmen" → "uit"), lower-cased
    place_preposition: str | None = None
    # the first words of an apposition after it ("Annemiek, de moeder van Anne …"), lower-cased
    apposition: str | None = None


def _names(text: str, calendar: set[str]) -> list[_Name]:
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out = []
    for k, (w, a, b) in enumerate(words):
        if not w[0].isupper() or len(w) < 2 or w.lower() in calendar:
            continue
        before = text[:a].rstrip()
        if not before or before[-1] in ".!?:;\"“”‘’'(—–-":
            continue  # a sentence's first word is capitalised whatever it is
        left = words[k - 1][0] if k and not text[words[k - 1][2]:a].strip() else None
        right = words[k + 1][0] if k + 1 < len(words) and not text[b:words[k + 1][1]].strip() else None
        appo = re.match(r",\s+((?:[^\W\d_]+\s+){3}[^\W\d_]+)", text[b:])
        out.append(_Name(w, a, b, left, right, _place_preposition(text, words, k),
                         appo.group(1).lower() if appo else None))
    return out


def _place_preposition(text: str, words: list[tuple[str, int, int]], k: int) -> str | None:
    """The place preposition before word ``k``, over at most two words between (an article, an
    adjective: "uit het Drentse Emmen"), with nothing but spaces between the words."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if text[words[j][2]:words[j + 1][1]].strip():
            return None
        w = words[j][0].lower()
        if w in _PLACE_PREPOSITIONS:
            return w
    return None


def _same_subject_named(d: Claim, c: Claim) -> bool:
    """Both claims name one person: a place each gives after the same preposition is where that
    person is from or was, not two places a sentence may name."""
    mine = {f.value for f in d.facts if isinstance(f, PersonRef) and f.value}
    return bool(mine & {f.value for f in c.facts if isinstance(f, PersonRef) and f.value})


def _name_run(text: str, n: _Name) -> tuple[int, int]:
    """The whole name around one of its words: capitalised words and the particles between
    them ("Bergen op Zoom", "Wiebe van Terwisga")."""
    from .lang import NAME_PARTICLES

    particles = {w for p in NAME_PARTICLES for w in p.split()} | {"op", "aan", "upon", "of"}
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    idx = next(k for k, w in enumerate(words) if w[1] == n.start)
    lo = hi = idx
    def joined(i, j):
        return not text[words[i][2]:words[j][1]].strip()
    while lo > 0 and joined(lo - 1, lo) and words[lo - 1][0][0].isupper() and text[:words[lo - 1][1]].strip():
        lo -= 1
    while hi + 1 < len(words) and joined(hi, hi + 1):
        nxt = words[hi + 1][0]
        if nxt[0].isupper():
            hi += 1
        elif nxt in particles and hi + 2 < len(words) and joined(hi + 1, hi + 2) and words[hi + 2][0][0].isupper():
            hi += 2
        else:
            break
    return words[lo][1], words[hi][2]


def _same_name_word(a: str, b: str) -> bool:
    """'Ave' and 'Avenue' are one word written short; so are a word and its possessive."""
    a, b = re.sub(r"['’]s?$", "", a.lower()), re.sub(r"['’]s?$", "", b.lower())
    return a == b or a.startswith(b) or b.startswith(a)


def _checkable(d: Claim) -> list[Fact]:
    """The draft claim's values a source must state for the claim to be supported."""
    out: list[Fact] = []
    for f in d.facts:
        if isinstance(f, Quantity) and f.kind in NUMERIC and f.interval() is not None:
            out.append(f)
        elif isinstance(f, DateSpan) and f.resolved and f.ranges:
            out.append(f)
        elif type(f).__name__ == "TimeOfDay" and getattr(f, "ranges", None):
            out.append(f)
    return out


def _states(f: Fact, c: Claim) -> tuple[str, Fact | None]:
    """What source claim ``c`` says about the draft's value ``f``: 'same' (a value of its kind
    that fits), 'differs' (values of its kind, none fits), or 'silent'."""
    pool = list(c.facts) + ([g for g in c.context if isinstance(f, DateSpan)] if not any(isinstance(g, DateSpan) for g in c.facts) else [])
    seen_kind = None
    for g in pool:
        if (isinstance(f, Quantity) and f.kind in ("money", "count") and isinstance(g, Quantity) and g.kind == "number"
                and f.interval() is not None and f.interval() == g.interval()):
            return "same", g  # "negen miljoen" where the draft writes "negen miljoen euro": the same figure
        if type(g) is not type(f) or g.kind != f.kind:
            continue
        outcome = f.compatible(g).outcome
        if isinstance(f, DateSpan) and outcome in (AGREE, COMPATIBLE) and other_night(f, g):
            outcome = CONFLICT
        if outcome in (AGREE, COMPATIBLE):
            return "same", g
        if outcome == CONFLICT:
            seen_kind = seen_kind or g
        elif isinstance(f, Age) and outcome == NOT_COMPARABLE and g.interval() is not None:
            # an age of someone the claims do not name on both sides: a different number
            # is a different value unless the two are known to be different people
            # (a name and a noun, "Sergio del Toro" and "gunman", may be one person)
            known_apart = (f.of_whom and g.of_whom and f.of_whom[:1].isupper() == g.of_whom[:1].isupper()
                           and not same_subject(f.of_whom, g.of_whom))
            if not known_apart and f.interval() != g.interval():
                seen_kind = seen_kind or g
    return ("differs", seen_kind) if seen_kind is not None else ("silent", None)


def _draft_values(d: Claim, f: Finding) -> list[Fact]:
    """The draft claim's facts that a finding quotes."""
    span = f.spans.get(d.id, "")
    return [x for x in d.facts if x.text and x.text in span and x.kind == f.kind or
            (f.kind == "date" and isinstance(x, DateSpan) and x.text in span)]


def _backed_elsewhere(i: int, d: Claim, f: Finding, k: int, claims: list[Claim], ranked: list[int], ev) -> Claim | None:
    """A source claim of another source, aligned with the draft claim at least as well as the
    one in conflict, that states every draft value of the finding."""
    mine = _draft_values(d, f)
    if not mine:
        return None
    for k2 in ranked:
        c2 = claims[k2]
        if k2 == k or ev[i, k2] < ev[i, k]:
            continue
        if all(_states(x, c2)[0] == "same" for x in mine):
            return c2
    return None


def _age_of_another(d: Claim, c: Claim, age_text: str) -> bool:
    """The source's age describes someone or something by a name the draft claim does not
    mention ("the 7-year-old German shepherd" against "Craig, an 18-year-old from Seneca"). A
    word for anyone ("the 29-year-old gunman") may be the draft's person, so it counts as no name."""
    whom = next((getattr(g, "of_whom", None) for g in c.facts if isinstance(g, Age) and g.text == age_text), None)
    mine = {w.lower() for w in re.findall(r"\w+", d.text)}
    return bool(whom) and whom[:1].isupper() and not {w.lower() for w in re.findall(r"\w+", whom)} & mine


def _stated_by(source: str, i: int, d: Claim, f: Finding, claims: list[Claim], ranked: list[int]) -> bool:
    """Whether a claim of ``source`` aligned with the draft claim states every draft value of
    the finding."""
    mine = _draft_values(d, f)
    return bool(mine) and any(claims[k].source == source and all(_states(x, claims[k])[0] == "same" for x in mine)
                              for k in ranked)


def _disagreement(f: Finding, d: Claim, c: Claim, backer: Claim) -> Finding:
    span = f.spans.get(d.id, "")
    other = f.spans.get(c.id, "")
    return Finding(severity="note", kind=f.kind, claims=[d.id, backer.id, c.id], values=dict(f.values),
                   spans=dict(f.spans),
                   message=f"Sources disagree: {short_id(d.source)} says '{span}' as {short_id(backer.source)} does, "
                           f"{short_id(c.source)} says '{other}'",
                   fingerprint=fingerprint("disagree:" + f.kind, [span, other]))


def _value_finding(kind: str, label: str, d: Claim, dspan: str, c: Claim, cspan: str) -> Finding:
    return Finding(severity="conflict", kind=kind, claims=[d.id, c.id], values={d.source: dspan, c.source: cspan},
                   spans={d.id: dspan, c.id: cspan},
                   message=f"{label} differs: {short_id(d.source)} says '{dspan}', {short_id(c.source)} says '{cspan}'",
                   fingerprint=fingerprint(kind, [dspan, cspan]))


@dataclass
class _Context:
    """What the value checks need to know about the run, computed once per check."""

    source_vocab: set[str]
    source_people: dict[str, list[int]]  # named person → indexes of source claims naming them
    source_roles: dict[str, set[str]]  # named person → roles the sources give them next to the name
    role_holders: dict[str, set[str]]  # role → people the sources give it to
    calendar: set[str]


def _vocab_form(word: str) -> str:
    """A word as the vocabulary check compares it: lower case, one apostrophe, no possessive,
    no hyphen ("Carey's" in a draft is the sources' "Carey’s" and their "Carey";
    "GroenLinks-leider" their "GroenLinksleider")."""
    return re.sub(r"'s?$", "", word.lower().replace("’", "'").replace("-", ""))


_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,4}\s+){0,2}[A-Z][\w'’-]+)+")


def _initials(text: str) -> set[str]:
    """The initials of every run of capitalised words (small words between them skipped),
    from each of its words on: "Volgens het Centraal Bureau voor de Statistiek" gives "CBS"."""
    out = set()
    for m in _NAME_RUN.finditer(text):
        caps = "".join(w[0] for w in m.group().split() if w[0].isupper())
        out.update(caps[i:] for i in range(len(caps) - 1))
    return out


def _context(claims: list[Claim], sources: list[Source], n_draft: int) -> _Context:
    from .facts import PeopleRegistry

    vocab = {_vocab_form(m.group()) for s in sources for m in _WORD.finditer(s.text[s.body_start:])}
    # a body the sources name in full is named by its initials too: "CBS" for "Centraal Bureau
    # voor de Statistiek"
    vocab |= {_vocab_form(a) for s in sources for a in _initials(s.text[s.body_start:])}
    people: dict[str, list[int]] = {}
    for k in range(n_draft, len(claims)):
        for f in claims[k].facts:
            if isinstance(f, PersonRef) and f.value:
                people.setdefault(f.value, []).append(k)
    registry = PeopleRegistry.build(sources)
    roles = {p.name: set(p.roles) for p in registry.people.values()}
    holders: dict[str, set[str]] = {}
    for name, rs in roles.items():
        for r in rs:
            holders.setdefault(r, set()).add(name)
    return _Context(vocab, people, roles, holders, _calendar_words())


def _name_findings(i: int, d: Claim, claims: list[Claim], ranked: list[int], ev, ctx: _Context,
                   draft_roles: dict[str, set[str]]) -> tuple[list[Finding], bool]:
    """Names, places and roles the sources do not state. Returns the findings and whether
    every name in the claim is one the sources use."""
    findings: list[Finding] = []
    all_sourced = True
    draft_words = {m.group().lower() for m in _WORD.finditer(d.text)}
    for n in _names(d.text, ctx.calendar):
        if _vocab_form(n.word) in ctx.source_vocab:
            continue
        all_sourced = False
        hit = None
        # the same slot in an aligned source claim holds another name: "het Deense Odense" /
        # "het Deense Herning", "Errol Hilton" / "Errol Hillary", "Anthony Taylor" / "Antonio Taylor"
        for k in ranked:
            c = claims[k]
            for u in _names(c.text, ctx.calendar):
                if u.word.lower() in draft_words or _same_name_word(u.word, n.word):
                    continue
                left = n.left and u.left and n.left.lower() == u.left.lower()
                right = n.right and u.right and n.right[:1].isupper() and n.right == u.right
                # "uit het Drentse Emmen" / "uit Nieuw-Buinen": where someone is from, told by both
                place = n.place_preposition and n.place_preposition == u.place_preposition \
                    and _same_subject_named(d, c)
                # "Annemiek, de moeder van Anne Faber" / "Elze, de moeder van Anne Faber"
                apposition = n.apposition and n.apposition == u.apposition
                if left or right or place or apposition:
                    hit = (c, u)
                    break
            if hit:
                break
        if hit is None:
            # a person the sources name with one of this name's words: a misspelt or mixed-up name
            person = next((f for f in d.facts if isinstance(f, PersonRef) and f.value and f.start - d.start <= n.start < f.end - d.start), None)
            if person is not None:
                words = set(person.value.lower().split()) - {n.word.lower()}
                near = sorted((name for name in ctx.source_people if words & set(name.lower().split()) and name != person.value))
                if near:
                    k = max(ctx.source_people[near[0]], key=lambda k: (ev[i, k], -k))
                    c = claims[k]
                    g = next(f for f in c.facts if isinstance(f, PersonRef) and f.value == near[0])
                    a, b = _name_run(d.text, n)
                    findings.append(_value_finding("name", "Name", d, d.text[a:b], c, g.text))
            continue
        c, u = hit
        a, b = _name_run(d.text, n)
        ua, ub = _name_run(c.text, u)
        findings.append(_value_finding("name", "Name", d, d.text[a:b], c, c.text[ua:ub]))
    # a role the draft gives someone that the sources give another person, or that does not
    # fit the office the sources give them ("wethouder Jan Seton" for "burgemeester Jan Seton")
    for f in d.facts:
        if not (isinstance(f, PersonRef) and f.value):
            continue
        for role in sorted(draft_roles.get(f.value, set())):
            theirs = ctx.source_roles.get(f.value)
            others = sorted(ctx.role_holders.get(role, set()) - {f.value})
            if theirs and role not in theirs and _other_office(role, theirs):
                ks = [k for k in ctx.source_people.get(f.value, []) if any(r in claims[k].text.lower() for r in theirs)]
                if ks:
                    k = max(ks, key=lambda k: (ev[i, k], -k))
                    g = next(x for x in claims[k].facts if isinstance(x, PersonRef) and x.value == f.value)
                    findings.append(_value_finding("role", "Role", d, f.text, claims[k], _with_role(claims[k], g, theirs)))
                continue
            named_here = f.value.split()[-1] in f.text  # "The sheriff" alone is the name's other sentence's error
            if not theirs and named_here and f.value not in ctx.source_people and len(others) == 1 and _other_office(role, []):
                # "Police Commissioner Bill Bratton" where the sources' commissioner is Ray Kelly:
                # a person the sources never name, in an office they give one other person
                ks = [k for k in ctx.source_people.get(others[0], []) if role in claims[k].text.lower()]
                if ks:
                    k = max(ks, key=lambda k: (ev[i, k], -k))
                    g = next(x for x in claims[k].facts if isinstance(x, PersonRef) and x.value == others[0])
                    findings.append(_value_finding("name", "Name", d, f.text, claims[k], g.text))
                continue
            if theirs and role not in theirs and others:
                # quote the source claim that gives the role to the other person
                ks = [k for name in others for k in ctx.source_people.get(name, [])]
                ks = [k for k in ks if role in claims[k].text.lower()] or ks
                if not ks:
                    continue
                k = max(ks, key=lambda k: (ev[i, k], -k))
                c = claims[k]
                g = next(x for x in c.facts if isinstance(x, PersonRef) and x.value in others)
                findings.append(_value_finding("role", "Role", d, f.text, c, g.text))
    return findings, all_sourced


def _with_role(c: Claim, person: PersonRef, roles) -> str:
    """The person's words in the source claim with the role written right before them
    ("Attorney General Beau Biden"), where the person fact holds the name alone."""
    text, a = c.text, person.start - c.start
    before = text[max(0, a - 40) : a].lower()
    for r in sorted(roles, key=len, reverse=True):
        m = re.search(rf"\b{re.escape(r)}\W{{0,2}}$", before)
        if m and r not in person.text.lower():
            return text[a - (len(before) - m.start()) : person.end - c.start]
    return person.text


def _other_office(role: str, theirs) -> bool:
    """Whether ``role`` is an office (the language packs' ``offices``: one a person does not hold
    beside another) that fits none of ``theirs``. Roles that may be one job told in other words
    ("topman", "directeur", "oprichter") are never set against each other."""
    def office(r: str) -> bool:
        return any(r == o or r.endswith(" " + o) or (r.endswith(o) and len(r) - len(o) >= 3) for o in _OFFICES)

    def fits(a: str, b: str) -> bool:
        return a == b or a.endswith(b) or b.endswith(a) or bool(set(a.split()) & set(b.split()))

    return office(role) and all(office(r) and not fits(role, r) for r in theirs)


def _spelled_differently(d: Claim, run_findings: list[Finding], named: list[Finding]) -> list[Finding]:
    """A name the draft spells otherwise than every source does (names.py: "Ievens" for "Ivens",
    "Brad Garafalo" for "Brad Garafola"), contradicted with the sources' spelling."""
    out = []
    for f in run_findings:
        if f.kind != "name" or f.severity != "conflict" or d.id not in f.claims:
            continue
        mine = f.spans[d.id]
        theirs = next(((cid, t) for cid, t in f.spans.items() if not cid.startswith(d.source + "#")), None)
        if theirs is None or any(g.kind == "name" and mine in g.spans.get(d.id, "") for g in named):
            continue
        out.append(Finding(severity="conflict", kind="name", claims=[d.id, theirs[0]], values={d.source: mine,
                           theirs[0].rsplit("#", 1)[0]: theirs[1]}, spans={d.id: mine, theirs[0]: theirs[1]},
                           message=f"Name spelled differently: {short_id(d.source)} writes '{mine}', "
                                   f"{short_id(theirs[0].rsplit('#', 1)[0])} writes '{theirs[1]}'",
                           fingerprint=f.fingerprint))
    return out


_PLACE_PREPOSITIONS = lang.union("place_prepositions")
_OFFICES = lang.union("offices")
_WEEKDAYS = {w: n for p in lang.packs() for w, n in p.weekdays.items()}  # every pack's weekday → 0 (Monday) … 6

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday_findings(i: int, d: Claim, claims: list[Claim], n_draft: int, ev) -> list[Finding]:
    """A weekday written beside a full date that the calendar gives another weekday
    ("zaterdag 11 november 2018", a Sunday), when a source states that date: the draft has the
    day or the weekday wrong, and the date alone would pass as matched."""
    findings: list[Finding] = []
    names = _WEEKDAYS
    for f in d.facts:
        if not (isinstance(f, DateSpan) and f.precision == "day" and isinstance(f.value, str) and re.search(r"\d", f.text)):
            continue
        said = [names[w.lower()] for w in re.findall(r"[^\W\d_]+", f.text) if w.lower() in names]
        try:
            actual = dt.date.fromisoformat(f.value).weekday()
        except ValueError:
            continue
        if len(set(said)) != 1 or said[0] == actual:
            continue
        same_day = [(k, g) for k in range(n_draft, len(claims)) for g in claims[k].facts
                    if isinstance(g, DateSpan) and (g.value == f.value or (isinstance(g.value, list) and f.value in g.value))]
        if not same_day:
            continue
        # the source's words for that day, with their weekday where one is written
        k, g = max(same_day, key=lambda kg: (any(w.lower() in names for w in re.findall(r"[^\W\d_]+", kg[1].text)), ev[i, kg[0]], -kg[0]))
        c = claims[k]
        finding = _value_finding("date", "Weekday", d, f.text, c, g.text)
        finding.message += f" ({f.value} is a {_WEEKDAY_NAMES[actual]})"
        findings.append(finding)
    return findings


def _sheet_findings(i: int, d: Claim, claims: list[Claim], sheet, ev, published: dict) -> tuple[list[Finding], set[int]]:
    """The draft's values in slots of the fact sheet (the incident's time, outcome counts,
    a named person's age) against every source's value in the same slot, wherever said.
    Returns the findings and the ids of the draft's facts that some source's slot value fits."""
    findings: list[Finding] = []
    fitted: set[int] = set()
    index = {c.id: k for k, c in enumerate(claims)}
    by_id = {c.id: c for c in claims}
    for slot in [*getattr(sheet, "slots", []), *getattr(sheet, "gate_slots", [])]:
        mine = [e for e in slot.entries if e.claim == d.id]
        theirs = [e for e in slot.entries if e.source != d.source]
        measure = slot.key.split("/")[1] if "/" in slot.key else ""
        for e in mine:
            outcomes = [(x, slot_compare(slot, e, x, by_id)) for x in theirs]
            outcomes = [(x, o) for x, o in outcomes if o != NOT_COMPARABLE]
            if any(o != CONFLICT for _, o in outcomes):
                fitted.add(id(e.fact))
                continue
            clashes = [x for x, _ in outcomes if not _grew(e, x, measure, published)]
            if not clashes:
                continue
            x = max(clashes, key=lambda x: (ev[i, index[x.claim]], -index[x.claim]))
            c = claims[index[x.claim]]
            findings.append(_value_finding(_SHEET_KIND.get(measure, "count"), slot.label, d, e.fact.text, c, x.fact.text))
    return findings, fitted


_SHEET_KIND = {"time": "time", "day": "date", "age": "age", "suspect-age": "age", "denied": "denial"}


def _grew(draft_entry, source_entry, measure: str, published: dict) -> bool:
    """A draft written later may report a higher toll than an earlier source: news, not error."""
    if measure not in GROWING:
        return False
    dd, ds = published.get(draft_entry.source), published.get(source_entry.source)
    a, b = draft_entry.fact.interval(), source_entry.fact.interval()
    return bool(dd and ds and dd > ds and a and b and a[0] > b[1])


def check(draft_path: str, source_paths: list[str], options: Options | None = None,
          accepted: dict[str, Acceptance] | None = None) -> CheckResult:
    """The draft's claims against the sources', through the same stages as a report
    (pipeline.prepare); only the verdicts are the gate's own."""
    options = options or Options()
    settings = options.settings
    accepted = accepted or {}
    dates = dict(options.dates)
    draft_file = Path(draft_path)
    if not draft_file.exists():
        raise InputError(f"no such file: {draft_path}")
    if draft_file.is_dir():
        raise InputError(f"{draft_path} is a folder; the draft is one article")
    validate_spec(options.model)
    if not options.follow_symlinks:
        refuse_link_out(draft_file, draft_file.parent)
    draft = read_source(draft_file, dates.pop(draft_file.stem, None), settings.limits)
    sources = [s for s in load_sources(source_paths, dates, settings.limits, options.follow_symlinks)
               if Path(s.path).resolve() != draft_file.resolve()]
    if not sources:
        raise InputError("no sources to check the draft against")
    if any(s.id == draft.id for s in sources):
        draft.id = f"draft:{draft.id}"
    prepared = prepare([draft] + sources, options)
    claims = prepared.claims
    n_draft = sum(c.source == draft.id for c in claims)
    if not n_draft:
        raise InputError(f"{draft_path} has no claims to check")
    ev, same_fact = evidence_matrix(claims, prepared.embeddings, settings.align)
    protagonist = protagonist_of({c.id: c for c in claims})
    ctx = _context(claims, sources, n_draft)
    draft_roles = {p.name: set(p.roles) for p in PeopleRegistry.build([draft]).people.values()}
    published = {s.id: s.published for s in [draft] + sources if s.published and len(s.published) == 10}
    verdicts = []
    columns = {s.id: [k for k, c in enumerate(claims) if c.source == s.id] for s in sources}
    for i in range(n_draft):
        d = claims[i]
        candidates = []
        for s in sources:
            order = sorted(columns[s.id], key=lambda k: (-ev[i, k], k))[: settings.gate.candidates_per_source]
            candidates += [k for k in order if ev[i, k] >= settings.align.group_threshold]
        ranked = sorted(candidates, key=lambda k: (-ev[i, k], claims[k].id))
        findings: list[Finding] = []
        notes: list[Finding] = []
        support: list[Claim] = []
        for k in ranked:
            c = claims[k]
            # found by the evidence that both speak of the same thing; judged by the evidence
            # that they state the same fact (a shared kind of event is not that)
            fact_score = float(same_fact[i, k])
            found = compare_claims(d, c, fact_score >= settings.align.confident, protagonist, settings)
            conflicts = [f for f in found if f.severity == "conflict"]
            # a value another source states, in a claim aligned at least as well: the sources
            # disagree among themselves; the draft follows one of them (a note, not a contradiction)
            for f in conflicts:
                backer = _backed_elsewhere(i, d, f, k, claims, ranked, ev)
                if backer is not None:
                    if f.fingerprint not in {g.fingerprint for g in notes}:
                        notes.append(_disagreement(f, d, c, backer))
            conflicts = [f for f in conflicts if _backed_elsewhere(i, d, f, k, claims, ranked, ev) is None]
            # the same source states the draft's value in another aligned claim ("Craig, 18," against
            # "the 7-year-old German shepherd"): the two values are of two things, not a contradiction
            conflicts = [f for f in conflicts if not _stated_by(c.source, i, d, f, claims, ranked)
                         and not (f.kind == "age" and _age_of_another(d, c, f.spans.get(c.id, "")))]
            findings += [f for f in conflicts if f.fingerprint not in {g.fingerprint for g in findings}]
            if not conflicts and fact_score >= settings.align.coherent:
                support.append(c)
        # a claim is supported only by source claims that state the same values: names and
        # places the sources use, each number, age and date fitting a value of its kind
        named, names_sourced = _name_findings(i, d, claims, ranked, ev, ctx, draft_roles)
        named += _spelled_differently(d, getattr(prepared.sheet, "names", []), named)
        slotted, fitted = _sheet_findings(i, d, claims, prepared.sheet, ev, published)
        slotted += _weekday_findings(i, d, claims, n_draft, ev)
        values: list[ValueCheck] = []
        for f in _checkable(d):
            check_ = ValueCheck(f, "unmatched")
            for k in ranked:  # a fitting value in any aligned claim; else the best-aligned one that differs
                state, g = _states(f, claims[k])
                if state == "same":
                    check_ = ValueCheck(f, "matched", claims[k], g)
                    break
                if state == "differs" and check_.status == "unmatched":
                    check_ = ValueCheck(f, "differs", claims[k], g)
            if check_.status != "matched" and id(f) in fitted:
                check_ = ValueCheck(f, "matched")
            values.append(check_)
            if check_.status == "differs" and isinstance(f, Age) and check_.source_fact is not None:
                k = claims.index(check_.source_claim)
                if same_fact[i, k] >= settings.align.confident and not _age_of_another(d, check_.source_claim, check_.source_fact.text):
                    named.append(_value_finding("age", "Age", d, f.text, check_.source_claim, check_.source_fact.text))
        taken = {(f.kind, frozenset(f.claims)) for f in findings}
        for f in named + slotted:
            if f.fingerprint not in {g.fingerprint for g in findings} and (f.kind, frozenset(f.claims)) not in taken:
                findings.append(f)
                taken.add((f.kind, frozenset(f.claims)))
        all_values = names_sourced and all(v.status == "matched" for v in values)
        verdict = "contradicted" if findings else "supported" if support and all_values else "unsupported"
        verdicts.append(ClaimVerdict(d, verdict, findings, [f.fingerprint for f in findings if f.fingerprint in accepted],
                                     support, values, notes))
    return CheckResult(draft, sources, verdicts, prepared.model, claims)


def _accepted_note(a: Acceptance, esc) -> str:
    who = f" by {esc(a.by)}" if a.by else ""
    when = f" on {esc(a.date)}" if a.date else ""
    return f"accepted{who}{when}: {esc(a.reason)}"


def render_check_markdown(result: CheckResult, accepted: dict[str, Acceptance]) -> str:
    from .render.markdown import esc

    opened = result.open_conflicts()
    lines = [f"### compare check: {esc(result.draft.id)}", ""]
    status = "❌ contradicts its sources" if opened else "✅ no unaccepted contradiction"
    lines.append(f"**{status}** — {len(result.verdicts)} claims: {result.count('supported')} supported, "
                 f"{result.count('contradicted')} contradicted, {result.count('unsupported')} unsupported "
                 f"(against {len(result.sources)} sources, model `{result.model}`).")
    lines.append("")
    for v in result.verdicts:
        for f in v.findings:
            mark = "accepted" if f.fingerprint in v.accepted else "open"
            lines.append(f"- **{mark}** {esc(f.message)}")
            for cid, span in f.spans.items():
                who = "draft" if cid == v.claim.id else cid.split("#")[0]
                lines.append(f"  - {esc(who)}: **{esc(span)}**")
            lines.append(f"  - fingerprint `{f.fingerprint}`" + (f" — {_accepted_note(accepted[f.fingerprint], esc)}" if f.fingerprint in accepted else ""))
    for v in result.verdicts:
        for f in v.notes:
            lines.append(f"- **note** {esc(f.message)}")
    unsupported = [v for v in result.verdicts if v.verdict == "unsupported"]
    if unsupported:
        lines.append("")
        lines.append("<details><summary>Unsupported claims</summary>")
        lines.append("")
        for v in unsupported:
            lines.append(f"- “{esc(v.claim.text)}”")
        lines.append("")
        lines.append("</details>")
    return "\n".join(lines) + "\n"


# -- which sources a draft is checked against ---------------------------------------

DRAFT_SUFFIXES = (".draft.md", ".draft.txt", ".draft.html")


def is_draft_name(path: Path) -> bool:
    return Path(path).name.lower().endswith(DRAFT_SUFFIXES)


def sources_for(draft_path: Path) -> list[str]:
    """The sources of a draft when ``--against`` is not given, by the newsroom convention:

    1. the ``sources:`` line of the draft's front matter: files or folders, separated by
       commas, relative to the draft's own folder (``sources: ../../sources/baton-rouge``);
    2. else the articles beside the draft in its folder, leaving out the draft itself and
       other drafts (files named ``*.draft.md`` / ``*.draft.txt``).
    """
    from .ingest import ARTICLE_SUFFIXES, _front_matter, decode

    draft_path = Path(draft_path)
    if not draft_path.is_file():
        raise InputError(f"no such file: {draft_path}")
    try:
        text = decode(draft_path, draft_path.read_bytes())
    except OSError as err:
        raise InputError(f"cannot read {draft_path}: {err.strerror}") from None
    fields, _ = _front_matter(text, draft_path)
    named = fields.get("sources")
    if named is not None:
        parts = [p.strip() for p in named.split(",") if p.strip()]
        if not parts:
            raise InputError(f"{draft_path}: front matter 'sources:' names no file or folder")
        out = []
        for p in parts:
            target = draft_path.parent / p
            if not target.exists():
                raise InputError(f"{draft_path}: front matter 'sources: {p}' — no such file or folder ({target})")
            out.append(str(target))
        return out
    beside = sorted(q for q in draft_path.parent.iterdir()
                    if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES and not is_draft_name(q)
                    and q.resolve() != draft_path.resolve())
    if not beside:
        raise InputError(f"{draft_path}: no sources to check against: give --against, a 'sources:' line in its "
                         "front matter, or put it beside its source articles")
    return [str(q) for q in beside]


# -- who accepts, and which findings are current ----------------------------------------

def who_accepts(by: str | None) -> str:
    """--by, else git's user.name, else $USER; never empty."""
    import os
    import subprocess

    if by and by.strip():
        return by.strip()
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    name = name or (os.environ.get("USER") or "").strip()
    if not name:
        raise InputError("who accepts this? no git user.name and no $USER: pass --by NAME")
    return name


def current_fingerprints(paths: list[Path]) -> set[str]:
    """Every finding's fingerprint in JSON written by ``compare check --json`` or ``compare report --json``."""
    import json

    found: set[str] = set()
    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"no such report: {path}") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise InputError(f"{path} is not a JSON report: {err}") from None
        if not isinstance(data, dict):
            raise InputError(f"{path} is not a JSON report of compare check or compare report")
        findings = [f for g in data.get("groups", []) if isinstance(g, dict) for f in g.get("findings", [])]
        findings += [f for f in data.get("findings", []) if isinstance(f, dict)]
        findings += [f for d in data.get("drafts", []) if isinstance(d, dict) for f in d.get("findings", [])]
        if not any(k in data for k in ("groups", "drafts")):
            raise InputError(f"{path} is not a JSON report of compare check or compare report")
        found |= {f["fingerprint"] for f in findings if isinstance(f, dict) and isinstance(f.get("fingerprint"), str)}
    return found


# -- the check's JSON ---------------------------------------------------------------

def _acceptance_dict(a: Acceptance) -> dict:
    return {k: v for k, v in (("reason", a.reason), ("by", a.by), ("date", a.date)) if v}


def check_to_dict(result: CheckResult, accepted: dict[str, Acceptance]) -> dict:
    from .render.json import fact_to_dict

    claims_by_id = {c.id: c for c in result.claims}

    def quote(cid: str) -> dict:
        c = claims_by_id[cid]
        return {"claim": c.id, "source": c.source, "text": c.text, "start": c.start, "end": c.end}

    findings = []
    seen = set()
    for v in result.verdicts:
        for f in v.findings + v.notes:
            if f.fingerprint in seen:
                continue
            seen.add(f.fingerprint)
            d = {"severity": f.severity, "kind": f.kind, "message": f.message, "fingerprint": f.fingerprint,
                 "claims": f.claims, "values": f.values, "spans": f.spans,
                 "quotes": [quote(cid) for cid in f.claims if cid in claims_by_id],
                 "accepted": f.fingerprint in accepted}
            if f.fingerprint in accepted:
                d["acceptance"] = _acceptance_dict(accepted[f.fingerprint])
            findings.append(d)
    claims = []
    for v in result.verdicts:
        c = v.claim
        evidence = []
        for s in v.support if v.verdict == "supported" else []:
            evidence.append({**quote(s.id), "relation": "supports"})
        for f in v.findings:
            for cid in f.claims:
                if cid != c.id and cid in claims_by_id and not any(e["claim"] == cid for e in evidence):
                    evidence.append({**quote(cid), "relation": "contradicts"})
        claims.append({
            "id": c.id, "text": c.text, "start": c.start, "end": c.end, "sentence": c.sentence, "verdict": v.verdict,
            "facts": [fact_to_dict(f) for f in c.facts],
            "values": [{"value": fact_to_dict(x.fact), "status": x.status,
                        **({"source_claim": x.source_claim.id, "source_value": fact_to_dict(x.source_fact)}
                           if x.source_claim is not None and x.source_fact is not None else {})}
                       for x in v.values],
            "sources": evidence,
            "findings": [f.fingerprint for f in v.findings],
            "notes": [f.fingerprint for f in v.notes],
        })
    return {
        "draft": {"id": result.draft.id, "path": result.draft.path, "published": result.draft.published,
                  "language": result.draft.language, "sha256": result.draft.sha256},
        "sources": [{"id": s.id, "path": s.path, "published": s.published, "language": s.language}
                    for s in result.sources],
        "claims": claims,
        "findings": findings,
        "summary": {"claims": len(result.verdicts), "supported": result.count("supported"),
                    "contradicted": result.count("contradicted"), "unsupported": result.count("unsupported"),
                    "open_conflicts": len({f.fingerprint for _, f in result.open_conflicts()})},
    }


def render_check_json(results: list[CheckResult], accepted: dict[str, Acceptance]) -> str:
    """Every draft claim with its offsets, verdict, the source claims and values behind it,
    and the findings; keys sorted so that the same input gives the same bytes."""
    import json

    from . import __version__

    drafts = [check_to_dict(r, accepted) for r in results]
    data = {
        "format": 1,
        "kind": "check",
        "tool": {"name": "compare", "version": __version__, "model": results[0].model if results else None},
        "drafts": drafts,
        "summary": {k: sum(d["summary"][k] for d in drafts)
                    for k in ("claims", "supported", "contradicted", "unsupported", "open_conflicts")},
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
