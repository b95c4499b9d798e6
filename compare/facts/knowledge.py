"""Who knew what, when: statements of knowing, being told or warned, and not knowing.

Each statement becomes a ``knowledge`` fact with the actor (the one who knew or did not),
the actor as written, how the actor was found, the polarity, what it was about, the
informant where stated ("gewaarschuwd door Halsema") and a date from the same claim.

The phrasings are the language pack's ``knowledge_patterns``: (regex, polarity, where the
actor is). Where the actor is:

- ``subject``: the subject of the verb's clause — the noun phrase before it ("Politie en OM
  hadden geen idee", "the child was unfamiliar"), the one after it when a Dutch clause opens
  with something else ("Door … te kraken, ontdekte de verdediging"), the noun before a
  relative clause ("Een medewerker die …, ontdekte de fout"), or a named group ``actor`` of
  the pattern ("Nor did the packed salon know");
- ``object_after`` / ``to``: the one told ("told deputies that", "schreef aan de
  gemeenteraad"); ``object_before``: a Dutch object before the participle ("heeft Halsema hem
  op de hoogte gesteld");
- ``impersonal``: no one is named ("the motive was not immediately clear", "de oorzaak is nog
  onduidelijk"): the one the sentence attributes it to ("Authorities said it was unclear"),
  else the investigating body the source names most ("police"), marked as such;
- ``list``, ``after``, ``reached``: who knew besides whom, a signal that came in at someone.

Pronouns are resolved within the source: "I"/"we"/"ik" in quoted speech to its speaker
(attribution.py), "he"/"hij" to the person last named, "they"/"ze" to the group the clause
or the sentence before names ("Police say they were alerted").
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from .. import lang
from ..lang import LanguagePack
from ..model import Attribution, Claim, Knowledge, PersonRef, Source
from ..settings import DEFAULT
from ..triggers import FOLDS, Prefilter, fold
from .attribution import attribute
from .people import PeopleRegistry


@dataclass(frozen=True)
class _Words:
    """A language pack's words of knowing, saying and referring, as patterns."""

    pack: LanguagePack
    # (pattern, polarity, where the actor is): see the module's docstring
    patterns: tuple[tuple[re.Pattern, str, str], ...]
    # which of the patterns can match a claim: most match no claim, and running each on every
    # claim was most of this stage
    prefilter: Prefilter
    agent: str  # "door", "by"
    told: re.Pattern
    boundary: re.Pattern  # where a clause (and its subject) starts
    speaker_self: frozenset[str]  # lower case: the pronouns that are the speaker
    singular: frozenset[str]  # he, him, hij, hem …
    plural: frozenset[str]  # they, ze …
    generic_you: frozenset[str]  # "you know": no one in particular
    dets: frozenset[str]
    stop: frozenset[str]
    aux: frozenset[str]
    openers: frozenset[str]
    relatives: str
    say: re.Pattern


@functools.cache
def _words(pack: LanguagePack) -> _Words:
    alt = lang.alternation
    speech = [*pack.saying_verbs, *pack.opinion_verbs]
    patterns = tuple((re.compile(p, re.I), pol, where) for p, pol, where in pack.knowledge_patterns)
    return _Words(
        pack=pack,
        patterns=patterns,
        prefilter=Prefilter([p for p, _, _ in patterns]),
        agent=alt(pack.agent_words),
        told=re.compile(alt(pack.told_words), re.I),
        # "and" joins subjects ("Politie en OM hadden geen idee") more often than it starts a clause
        boundary=re.compile(rf"[,;:—–]|[\"“”„]|,,|''|\s-\s|(?<![\w’'-])(?:{alt(set(pack.clause_openers) - set(pack.and_words))}|"
                            rf"{alt(speech)})(?![\w’'-])", re.I),
        speaker_self=frozenset(w.lower() for w in (*pack.first_person, *pack.first_person_plural)),
        singular=frozenset(w.lower() for w in pack.third_person) - frozenset(pack.plural_pronouns),
        plural=frozenset(pack.plural_pronouns),
        generic_you=frozenset({"you", "je", "jij", "u", "men", "one", "someone", "anyone", "everyone", "iemand",
                               "niemand", "iedereen"}),
        dets=frozenset(pack.determiners),
        stop=frozenset(pack.stop_words),
        aux=frozenset(pack.auxiliaries),
        openers=frozenset(pack.clause_openers),
        relatives=alt([*pack.person_relatives, *pack.relative_pronouns]),
        say=re.compile(rf"(?<![\w’'-]){alt(speech)}(?![\w’'-])", re.I),
    )


@dataclass
class _Actor:
    name: str
    text: str  # as written
    how: str  # subject | object | speaker | pronoun | attribution | investigators
    org: str | None = None


class _Source:
    """What resolving an actor needs to know about one source."""

    def __init__(self, source: Source, claims: list[Claim], w: _Words) -> None:
        self.text, self.w = source.text, w
        self.mentions = sorted((f for c in claims for f in c.facts if isinstance(f, PersonRef)), key=lambda f: f.start)
        self.sentences: dict[int, tuple[int, int]] = {}
        for c in claims:
            a, b = self.sentences.get(c.sentence, (c.start, c.end))
            self.sentences[c.sentence] = (min(a, c.start), max(b, c.end))
        self.order = sorted(self.sentences)
        body = source.text[source.body_start :]
        counts = Counter()
        folded = fold(body) if FOLDS else None
        for word in w.pack.investigators:
            if word not in w.pack.generic_bodies:
                # "OM", "FBI" as written: a lower-case "om" is a preposition
                flags = 0 if word.isupper() else re.I
                # a word that is not in the body is counted 0 without scanning it (each scan
                # reads the whole article, for every word)
                if (word not in body) if flags == 0 else (folded is not None and fold(word) not in folded):
                    counts[word] = 0
                    continue
                counts[word] = len(
                    re.findall(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", body, flags))
        top = counts.most_common(1)
        self.investigators = top[0][0] if top and top[0][1] else None
        # the text with parentheses blanked out, for finding where a clause starts
        self.masked = re.sub(r"\([^()\n]{0,80}\)", lambda m: " " * len(m.group()), source.text)
        self.quotes = []  # attribution.py's quotes, set by extract_knowledge
        self.name_words: set[str] = set()  # words of the run's people's names
        # the body the source quotes most ("police said", "aldus de ING-woordvoerder"), when it is a body
        # and not a person: what "it is unclear" means when the sentence names no one
        said = Counter()
        bodies = {b.lower() for b in w.pack.investigators}
        for c in claims:
            att = c.attribution
            if att is not None and att.how in ("said", "according_to") and (att.org or att.speaker):
                # a spokesperson's body ("de ING-woordvoerder"), or an investigating body ("police said")
                who = att.org or (att.speaker if att.speaker.lower() in bodies else None)
                if who and who.lower() not in w.pack.generic_bodies:
                    said[who] += 1
        top = said.most_common(2)
        self.main_body = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def quote_at(self, pos: int):
        return next((q for q in self.quotes if q.start <= pos < q.end), None)

    def person_in(self, a: int, b: int) -> PersonRef | None:
        inside = [f for f in self.mentions if a <= f.start and f.end <= b + 2]
        return inside[-1] if inside else None

    def person_before(self, pos: int, reach: int | None = None, exclude: str | None = None) -> PersonRef | None:
        # the run's settings do not reach the fact stage (facts.extract_all): the defaults
        reach = DEFAULT.facts.antecedent_reach_chars if reach is None else reach
        before = [f for f in self.mentions if f.end <= pos and f.value and pos - f.end < reach and f.value != exclude]
        return before[-1] if before else None

    def previous_sentence(self, si: int) -> tuple[int, int] | None:
        k = self.order.index(si)
        return self.sentences[self.order[k - 1]] if k else None


def extract_knowledge(source: Source, claims: list[Claim], registry: PeopleRegistry) -> None:
    """Adds knowledge facts to the claims of one source (in place); sets each claim's
    attribution first (attribution.py)."""
    quotes = attribute(source, claims)
    w = _words(lang.rules_for(source.language))
    ctx = _Source(source, claims, w)
    ctx.quotes = quotes
    ctx.name_words = {x for p in registry.people.values() for x in p.name.split()}
    text = source.text
    for c in claims:
        maybe = w.prefilter.candidates(c.text)
        for k, (pattern, polarity, where) in enumerate(w.patterns):
            if k not in maybe:
                continue  # none of the words it needs is in the claim: it cannot match
            for m in pattern.finditer(c.text):
                a, b = c.start + m.start(), c.start + m.end()
                if any(f.kind == "knowledge" and f.start < b and a < f.end for f in c.facts):
                    continue
                when = next((f.value for f in c.facts if f.kind == "date" and f.value is not None), None)
                when = when if isinstance(when, str) else (when[0] if when else None)
                if where in ("list", "after", "reached"):
                    actors = [(_Actor(n, n, "subject"), None) for n in _listed(ctx, c, a, b, where, w)]
                else:
                    found = _actor(ctx, c, m, a, b, where, w, polarity)
                    actors = [found] if found and found[0] else []
                for actor, informant in actors:
                    end = max(b, c.start + len(c.text.rstrip(".!?”’\"' "))) if where == "list" else b
                    c.facts.append(Knowledge(text=text[a:end], start=a, end=end, actor=actor.name, polarity=polarity,
                                             about=_about(text, b, c.end, w), informant=informant, when=when,
                                             actor_text=actor.text, actor_from=actor.how))


# -- finding the actor -------------------------------------------------------------------

def _actor(ctx: _Source, c: Claim, m: re.Match, a: int, b: int, where: str, w: _Words, polarity: str):
    """(the actor, the informant) of one statement, or None."""
    if "actor" in m.re.groupindex and m.group("actor"):
        ga, gb = c.start + m.start("actor"), c.start + m.end("actor")
        return _resolve(ctx, c, ga, gb, w), None
    if where == "impersonal":
        return _impersonal(ctx, c, a, b, w, polarity), None
    if where in ("object_after", "to"):
        actor = _np_after(ctx, c, b, w)
        informant = None
        if where == "object_after":
            subj = _subject(ctx, c, a, b, w)
            informant = subj.name if subj and actor and subj.name != actor.name else None
        return actor, informant
    if where == "object_before":
        window = ctx.text[c.start : a] + ctx.text[a:b]
        pron = list(re.finditer(rf"(?<![\w’'-])({lang.alternation([*w.pack.third_person, *w.pack.first_person, *w.pack.first_person_plural, *w.pack.plural_pronouns])})(?![\w’'-])",
                                window, re.I))
        subj = _subject(ctx, c, a, b, w)
        informant = subj.name if subj else None
        if pron:
            p = pron[-1]
            return _pronoun(ctx, c, c.start + p.start(1), c.start + p.end(1), w, exclude=informant), informant
        people = [f for f in ctx.mentions if c.start <= f.start and f.end <= b and f.value]
        if len(people) >= 2:
            return _Actor(people[-1].value, people[-1].text, "object"), people[0].value
        return None, informant
    # subject: being told has an informant ("gewaarschuwd door Halsema"); knowing has none
    informant = None
    if w.told.search(ctx.text[a:b]):
        by = re.search(rf"(?<![\w’'-]){w.agent}\s+", ctx.text[a : c.end])
        if by:
            who = next((f for f in ctx.mentions if f.start >= a + by.end() - 1 and f.end <= c.end and f.value), None)
            informant = who.value if who else None
    return _subject(ctx, c, a, b, w), informant


def _clause_start(ctx: _Source, s0: int, a: int, w: _Words) -> tuple[int, bool]:
    """Where the clause of the word at ``a`` starts, and whether a comma closed what came before
    (a parenthesis is read past: "nadat betrokkene (Ivens, red.) hierop is aangesproken")."""
    start, comma = s0, False
    for m in w.boundary.finditer(ctx.masked, s0, a):
        start, comma = m.end(), m.group() == ","
    return start, comma


def _relative_antecedent(ctx: _Source, s0: int, a: int, w: _Words) -> _Actor | None:
    """"…Erik Flentge, die op dat moment nog niets wist": the one named before the relative pronoun."""
    rel = None
    for m in re.finditer(rf"(?<![\w’'-])(?:{w.relatives})(?![\w’'-])", ctx.text[s0:a], re.I):
        rel = m
    if rel is None or w.boundary.search(ctx.text, s0 + rel.end(), a):
        return None
    at = s0 + rel.start()
    person = ctx.person_before(at, reach=80)
    if person is not None and person.value and not re.search(r"[.!?]", ctx.text[person.end : at]):
        return _Actor(person.value, person.text, "subject", person.org)
    # "a council member who was briefed by the police": the noun before the relative pronoun
    np = re.search(rf"(?:^|\s)((?i:{lang.alternation(w.pack.determiners)})\s+(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+),?\s*$",
                   ctx.text[s0:at])
    return _named(ctx, np.group(1), s0 + np.start(1), "subject", w) if np else None


def _subject(ctx: _Source, c: Claim, a: int, b: int, w: _Words) -> _Actor | None:
    s0, _ = ctx.sentences[c.sentence]
    own = re.match(r"([^\W\d_]+)\s", ctx.text[a:b])
    if own and _is_pronoun(own.group(1), w):  # the pattern holds its subject: "we weten al"
        return _pronoun(ctx, c, a, a + own.end(1), w)
    start, comma = _clause_start(ctx, s0, a, w)
    antecedent = _relative_antecedent(ctx, s0, a, w)
    if antecedent is not None and not ctx.person_in(start, a):
        return antecedent
    prefix = ctx.masked[start:a]
    words = prefix.split()
    # "They, too, had no idea": a short parenthesis after the subject
    if not words and comma:
        first = re.match(r"\s*([^\W\d_][\w’'-]*)\s*,", ctx.text[s0:a])
        if first and first.group(1).lower() in (w.plural | w.singular | w.speaker_self):
            return _pronoun(ctx, c, s0 + first.start(1), s0 + first.end(1), w)
    # "De wethouder zegt op de hoogte te zijn": right after a saying verb, its subject knows
    if not words and w.say.search(ctx.text[max(s0, start - 20) : start]) and not re.match(r"\s*(?:dat|that)\b",
                                                                                          ctx.text[start:a], re.I):
        verb = list(w.say.finditer(ctx.text, s0, start))
        if verb:
            head, _ = _clause_start(ctx, s0, verb[-1].start(), w)
            np = _np(ctx.text[head : verb[-1].start()], w)
            if np:
                found = _named(ctx, " ".join(np), head + ctx.text[head:].find(np[0]), "subject", w)
                if found:
                    return found
    # "Een medewerker die de betalingen controleerde, ontdekte de fout"
    if not words and comma:
        seg = ctx.text[s0:start - 1]
        rel = re.match(rf"\s*(?P<np>(?:[\w’'.-]+\s+){{1,5}}?)(?:{w.relatives})\b", seg, re.I)
        if rel:
            return _resolve(ctx, c, s0 + rel.start("np"), s0 + rel.end("np"), w)
    person = ctx.person_in(start, a)
    if person is not None and person.value:
        return _Actor(person.value, person.text, "subject", person.org)
    pron = [m for m in re.finditer(r"[^\W\d_]+", prefix) if _is_pronoun(m.group(), w)]
    if pron:
        p = pron[-1]
        return _pronoun(ctx, c, start + p.start(), start + p.end(), w)
    # a verb first and a pronoun after it: "zagen ze dat", "weet ik niet" (the words before it are no subject)
    inverted = re.match(r"\s*[^\W\d_]+\s+([^\W\d_]+)\b", ctx.text[a : c.end])
    if inverted and _is_pronoun(inverted.group(1), w) and prefix.strip():
        return _pronoun(ctx, c, a + inverted.start(1), a + inverted.end(1), w)
    np = _np(prefix, w)
    if np and not (np[0] in w.stop and np[0] not in w.dets):
        at = start + prefix.find(np[0])
        return _named(ctx, " ".join(np), at, "subject", w)
    # inversion: the subject follows the verb ("ontdekte de verdediging", "weet archeoloog Van den Brenk")
    verb = re.match(r"\s*[\w’'-]+\s+([\w’'-]+)", ctx.text[a : c.end])
    if verb and (verb.group(1)[:1].isupper() or verb.group(1).lower() in w.dets or _is_pronoun(verb.group(1), w)
                 or _only_roles_between(verb.group(1), w, mention_role=True)):
        return _np_after(ctx, c, a + verb.start(1), w, how="subject")
    return None


def _is_pronoun(word: str, w: _Words) -> bool:
    low = word.lower()
    if low == "i" and word != "I":
        return False
    return low in w.speaker_self or low in w.singular or low in w.plural or low in w.generic_you


def _np(phrase: str, w: _Words) -> list[str]:
    """The noun phrase at the start of a clause: up to the first finite verb or relative
    pronoun, at most six words ("Politie en OM hadden …" → Politie en OM)."""
    out = []
    for word in phrase.split():
        low = word.lower().strip(".,")
        if low in w.aux or (low in w.openers and low not in w.pack.and_words) or w.say.fullmatch(low):
            break
        out.append(word.strip(","))
    return out if 0 < len(out) <= DEFAULT.facts.actor_phrase_words else []


def _named(ctx: _Source, phrase: str, at: int, how: str, w: _Words) -> _Actor | None:
    """A noun phrase as an actor: a person named in it, else the phrase without its article."""
    person = ctx.person_in(at, at + len(phrase))
    if person is not None and person.value:
        return _Actor(person.value, phrase, how, person.org)
    words = phrase.split()
    while words and words[0].lower() in w.dets:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(",") in w.stop and not (words[-1].isupper() and len(words[-1]) > 1):
        words = words[:-1]  # "Sources also", "readjustment issues and"
    # an acronym is no function word: "OM" is the public prosecutor, "om" a preposition
    if not words or all(x.lower() in w.stop and not (x.isupper() and len(x) > 1) for x in words) or \
            words[0].lower() in w.generic_you:
        return None
    if len(words) == 1 and _is_pronoun(words[0], w):
        return None
    return _Actor(" ".join(words), phrase, how)


def _resolve(ctx: _Source, c: Claim, a: int, b: int, w: _Words) -> _Actor | None:
    phrase = ctx.text[a:b].strip()
    if len(phrase.split()) == 1 and _is_pronoun(phrase, w):
        return _pronoun(ctx, c, a, b, w)
    return _named(ctx, phrase, a + ctx.text[a:b].find(phrase), "subject", w)


def _pronoun(ctx: _Source, c: Claim, a: int, b: int, w: _Words, exclude: str | None = None) -> _Actor | None:
    """"I"/"we" → the speaker of the quote; "he" → the person last named; "they" → the group
    the clause or the sentence before names."""
    word = ctx.text[a:b]
    low = word.lower()
    if low in w.generic_you:
        return None
    if low in w.speaker_self:
        q = ctx.quote_at(a)
        att: Attribution | None = q.attribution if q is not None and q.attribution is not None else c.attribution
        if att is not None and att.speaker:
            return _Actor(att.speaker, word, "speaker", att.org)
        return None
    if low in w.plural and low not in w.singular:
        group = _group_before(ctx, c, a, w)
        return _Actor(group.name, word, "pronoun", group.org) if group else None
    speaker = _speaker_before(ctx, c, a, w)  # "Brown said he …", "Classmate Abby Johnston said she …"
    if speaker is not None and speaker.name != exclude:
        return speaker
    person = ctx.person_before(a, exclude=exclude)
    if person is not None and person.value:
        return _Actor(person.value, word, "pronoun", person.org)
    if low in w.plural:  # Dutch "ze", "zij": she or they
        group = _group_before(ctx, c, a, w, ambiguous=True)
        return _Actor(group.name, word, "pronoun", group.org) if group else None
    return None


def _speaker_before(ctx: _Source, c: Claim, a: int, w: _Words) -> _Actor | None:
    """The one who says a "he"/"she" right after a saying verb in the same clause: "Brown said
    he", "Brown’s family and friends said he" (the one whose family it is)."""
    s0, _ = ctx.sentences[c.sentence]
    word = ctx.text[a:a + 12].split()[0].lower() if ctx.text[a:a + 12].strip() else ""
    found = list(re.finditer(rf"((?:[\w’'.-]+\s+){{1,6}}?)(?:{w.say.pattern})\s+(?:that\s+|dat\s+)?(?i:{re.escape(word)})\b",
                             ctx.text[s0 : a + len(word)], re.I)) if word else []
    m = found[-1] if found else None
    if not m:
        return None
    at = s0 + m.start(1)
    person = ctx.person_in(at, s0 + m.end(1))
    if person is not None and person.value:
        return _Actor(person.value, ctx.text[a : a + 3].split()[0] if ctx.text[a:a + 3].strip() else person.text, "pronoun", person.org)
    words = m.group(1).split()
    poss = [x for x in words if re.match(r"[A-Z][\w-]+['’]s?$", x) and re.search(r"['’]", x)]
    if poss:
        return _Actor(re.sub(r"['’]s?$", "", poss[0]), poss[0], "pronoun")
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in w.stop and not _is_pronoun(words[0], w):
        return _Actor(words[0], words[0], "pronoun")
    np = _np(m.group(1), w)
    if np and np[0].lower() in w.dets and len(np) <= 3:  # "The chief said he …", "De moeder zegt dat ze …"
        return _named(ctx, " ".join(np), at, "pronoun", w)
    return None


def _group_before(ctx: _Source, c: Claim, a: int, w: _Words, ambiguous: bool = False) -> _Actor | None:
    """What "they" refers to: the noun before a saying verb in the same sentence ("Police say
    they …"), the subject of a clause opening the sentence ("When officers arrived, they …",
    "Toen de brandweer … arriveerden, zagen ze"), else the subject of the sentence before."""
    s0, _ = ctx.sentences[c.sentence]
    for s, e in ((s0, a), ctx.previous_sentence(c.sentence) or (s0, s0)):
        span = ctx.text[s:e]
        verb = w.say.search(span)
        if verb:
            clause, _ = _clause_start(ctx, s, s + verb.start(), w)
            np = _np(ctx.text[clause : s + verb.start()], w)
            if np:
                found = _named(ctx, " ".join(np), clause + ctx.text[clause:].find(np[0]), "pronoun", w)
                if found:
                    return found
        opener = re.match(rf"\s*(?:{lang.alternation(w.pack.clause_openers)})\s+([^,]+?)\s+[\w’'-]+\s*,", span, re.I)
        if opener:
            found = _named(ctx, opener.group(1), s + opener.start(1), "pronoun", w)
            if found:
                return found
        if (s, e) != (s0, a):
            np = _np(span, w)
            if np and not _is_pronoun(np[0], w) and not (np[0].lower() in w.stop and np[0].lower() not in w.dets):
                found = _named(ctx, " ".join(np), s + span.find(np[0]), "pronoun", w)
                if found and not ctx.person_in(s + span.find(np[0]), s + span.find(np[0]) + len(" ".join(np))) \
                        and not any(x in ctx.name_words for x in np):
                    return found  # a group, not a person: "they" is not "Brown"
            bodies = [] if ambiguous else [m for m in re.finditer(rf"(?<![\w’'-])(?:{lang.alternation([*w.pack.investigators, *w.pack.generic_bodies])})(?![\w’'-])",
                                             span, re.I)]
            if bodies:  # "… before prosecutors consented. They said they were still investigating"
                return _Actor(bodies[-1].group(), bodies[-1].group(), "pronoun")
    return None


def _np_after(ctx: _Source, c: Claim, b: int, w: _Words, how: str = "object") -> _Actor | None:
    """The one after a verb: a person (roles and titles before the name allowed), a pronoun,
    or a few words up to punctuation, "that" or a function word ("told deputies that")."""
    rest = ctx.text[b : c.end]
    lead = len(rest) - len(rest.lstrip())
    b += lead
    nxt = next((f for f in ctx.mentions if f.start >= b), None)
    if nxt is not None and nxt.value and nxt.end <= c.end and _only_roles_between(
            ctx.text[b : nxt.start], w, mention_role=bool(nxt.role and nxt.text[:1].islower())):
        return _Actor(nxt.value, nxt.text, how, nxt.org)
    m = re.match(r"[^\s,.;:!?\"“”„()]+(?:\s+[^\s,.;:!?\"“”„()]+){0,4}", ctx.text[b : c.end])
    if not m:
        return None
    words = m.group().split()
    if _is_pronoun(words[0], w):
        return _pronoun(ctx, c, b, b + len(words[0]), w)
    kept = []
    for k, x in enumerate(words):
        lx = x.lower()
        if k and (lx in w.stop or lx in w.openers) and lx not in w.dets:
            break
        if k and kept and kept[-1].lower() not in w.dets and lx in w.dets:
            break  # "told police the suspect …": a second noun phrase starts
        if k and x[:1].isupper() and kept[-1][:1].isupper() and not re.search(r"['’]s?$", kept[-1]) and \
                ctx.person_in(b + m.group().find(x), b + m.group().find(x) + len(x)):
            break  # "told CNN Long was …": the name after the outlet is the subject of what was told
        kept.append(x)
    return _named(ctx, " ".join(kept), b, how, w) if kept else None


def _only_roles_between(between: str, w: _Words, mention_role: bool = False) -> bool:
    """Nothing, or a role and an adjective, between a verb and a name: "maritiem archeoloog Van
    den Brenk" is the subject after "weet"; "de verdediging volgens De Hond" is not De Hond."""
    from .people import role_of
    from .persons import title_role

    words = between.split()
    if not words:
        return True
    if len(words) > 3 or re.search(r"[,.;:!?]", between.rstrip(".")):
        return False
    last = words[-1]
    if role_of(last, w.pack) or title_role(last, w.pack):
        return all(x.lower() not in w.dets for x in words[1:])
    return mention_role and len(words) <= 1 and words[0].islower() and words[0] not in w.stop


def _impersonal(ctx: _Source, c: Claim, a: int, b: int, w: _Words, polarity: str) -> _Actor | None:
    """No one is named as not knowing: the agent ("identified by police"), the one the claim
    is attributed to, else (for not knowing only: "the motive is unclear") the body the source
    quotes, else the one it names as investigating. That something turned out so ("bleek
    dat") says nothing of who knew it unless the sentence says who says so."""
    by = re.match(rf"\s*(?:\w+\s+){{0,2}}?{w.agent}\s+", ctx.text[b : c.end], re.I)
    if by:
        agent = _np_after(ctx, c, b + by.end(), w, how="subject")
        if agent:
            return agent
    att = c.attribution
    if att is not None and att.speaker:
        name = att.org if att.org else att.speaker
        if name.lower() in w.pack.generic_bodies and ctx.investigators:
            return _Actor(ctx.investigators, att.text, "attribution")
        return _Actor(name, att.text, "attribution", att.org)
    if polarity != "negative":
        return None
    if ctx.main_body:
        return _Actor(ctx.main_body, ctx.main_body, "source")
    if ctx.investigators:
        return _Actor(ctx.investigators, ctx.investigators, "investigators")
    return None


def _listed(ctx: _Source, c: Claim, a: int, b: int, where: str, w: _Words) -> list[str]:
    """Who knew besides whom ("wisten buiten de melders, de gemeentesecretaris en Halsema
    maar weinigen"), whom a signal reached ("bereikte hem"), at whom it came in ("kwam binnen
    bij de wethouder")."""
    mentions = [f for f in ctx.mentions if c.start <= f.start and f.end <= c.end]
    if where == "list":
        listed = [f.value or f.role or f.text for f in mentions if f.start >= a]
        roles = re.findall(rf"\b{lang.alternation(w.pack.definite_articles)}\s+(\w+)", ctx.text[a : c.end])
        return sorted(set(listed)) or roles[:3]
    if where == "after":
        bij = re.search(rf"\b{lang.alternation(w.pack.at_words)}\s+", ctx.text[a:b])
        inside = [f for f in mentions if a <= f.start and f.end <= b]
        after = [f for f in mentions if f.start >= b]
        names = [f.value or f.role for f in inside if bij and f.start >= a + bij.end()] or [f.value or f.role for f in after]
        return [n for n in (names or [f.value or f.role for f in mentions if f.start >= a])[:3] if n]
    who = re.search(rf"(?<![\w’'-])({lang.alternation([*w.pack.first_person, *w.pack.first_person_plural, *w.pack.third_person])})(?![\w’'-])",
                    ctx.text[a:b], re.I)
    if not who:
        return []
    actor = _pronoun(ctx, c, a + who.start(1), a + who.end(1), w)
    return [actor.name] if actor else []


def _about(text: str, b: int, end: int, w: _Words) -> str | None:
    rest = text[b:end].strip(" ,.;:")
    m = re.match(rf"{lang.alternation(w.pack.about_words)}\b.*", rest)
    if m:
        return m.group().strip(" ,.;:”’\"'")[:120] or None
    return None
