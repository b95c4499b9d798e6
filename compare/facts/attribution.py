"""Who says it: each claim's speaker, as written and as resolved.

A claim is attributed when its sentence says who says it — "police said", "Police said the
child …", "volgens de politie", "aldus Halsema", "Dat zegt opiniemaker Maurice de Hond" — or
when it is quoted speech: the speaker stands after the quote (", Edwards said.", ", zegt
Quist.", "”, stelde hij.") or before it ("De Hond: ,,…", "told reporters, “…"). A quote
without a speaker of its own continues the one before it in the paragraph ("“…,” Edwards
said. “…”"), or is the words of the person the sentence before it is about ("Elderson
gelooft niet dat … ,,Wij zijn …"; marked ``how="context"``).

The speaker is resolved to a person of the run (a name, a surname, a pronoun's person), or
kept as the body the text names ("police", "de gemeente"); a spokesperson's body is kept in
``org`` ("woordvoerder Maarten Steinkamp van de brandweer" → brandweer).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import lang
from ..lang import LanguagePack
from ..model import Attribution, Claim, PersonRef, Source
from ..settings import DEFAULT

# Quotation marks, by typography rather than language: the opening mark and the marks that
# close it. Straight and single marks close at the same mark; a single quote counts only
# around four words or more (a shorter one is a title or a scare quote, not speech).
_OPEN = re.compile(r"“|„|,,|«|\"|‘|(?<![\w’'])'(?=[^\W\d_])")
_CLOSERS = {"“": "”“\"", "„": "”“\"", ",,": "”\"", "«": "»", "\"": "\"”", "‘": "’", "'": "'"}


@dataclass
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph's end when the quote runs on)
    attribution: Attribution | None = None


@functools.cache
def _words(pack: LanguagePack):
    alt = lang.alternation
    say = alt([*pack.saying_verbs])
    return {
        "say": say,
        "say_re": re.compile(rf"(?<![\w’'-]){say}(?![\w’'-])", re.I),
        "after_np": re.compile(rf"(?<![\w’'-]){alt(pack.speaker_after)}\s+", re.I),
        "opinion": re.compile(rf"(?<![\w’'-]){alt(pack.opinion_verbs)}(?![\w’'-])", re.I),
        "stop": frozenset(pack.stop_words) - frozenset(pack.determiners),
        "dets": frozenset(pack.determiners),
        "pronouns": frozenset(w.lower() for w in (*pack.first_person, *pack.first_person_plural, *pack.third_person,
                                                  *pack.plural_pronouns)),
        "time": frozenset({*pack.deictic_days, *pack.weekdays, *pack.month_names}),
        "spokes": frozenset(pack.spokesperson_roles),
        "openers": frozenset(pack.clause_openers),
        # "they" said it: a group the resolver does not guess (Dutch "ze" is also "she")
        "plural": frozenset(pack.plural_pronouns) - frozenset(w.lower() for w in pack.third_person),
        "contrast": alt([*pack.contrast_words, *pack.but_words]),
        "statement": alt([re.escape(x) for x in pack.statement_words], escape=False),
    }


def find_quotes(text: str, start: int = 0) -> list[Quote]:
    quotes: list[Quote] = []
    i = start
    while True:
        m = _OPEN.search(text, i)
        if not m:
            return quotes
        opener = m.group()
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        closers = _CLOSERS[opener]
        if opener == ",,":
            close = re.compile(r"''|[”\"]")
        elif opener in "‘'":
            close = re.compile(rf"(?<=\S)[{closers}](?![^\W\d_])")
        else:
            close = re.compile(f"[{re.escape(closers)}]")
        c = close.search(text, m.end(), line_end)
        if opener in "‘'" and (not c or len(text[m.end() : c.start()].split()) < 4):
            i = m.end()
            continue
        end = c.end() if c else line_end
        again = text.find(opener, m.end(), end) if opener in ("„", ",,", "“") else -1
        if again >= 0:  # an unclosed quote ends where the next one of its kind opens
            end = again
        quotes.append(Quote(m.start(), end))
        i = max(end, m.end())


def attribute(source: Source, claims: list[Claim]) -> list[Quote]:
    """Sets ``claim.attribution`` on the claims of one source (in place); returns the quotes
    found, each with its speaker."""
    pack = lang.rules_for(source.language)
    w = _words(pack)
    text = source.text
    mentions = sorted((f for c in claims for f in c.facts if isinstance(f, PersonRef)), key=lambda f: f.start)
    resolver = _Resolver(text, mentions, w)
    quotes = find_quotes(text, source.body_start)
    quotes = sorted(quotes + _statements(text, source.body_start, quotes, resolver, w), key=lambda q: q.start)
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    sentences = [(si, cs[0].start, cs[-1].end) for si, cs in sorted(by_sentence.items())]
    said = {si: _sentence_attribution(text, s0, s1, quotes, resolver, w) for si, s0, s1 in sentences}
    own = {c.id: _sentence_attribution(text, c.start, c.end, quotes, resolver, w) for c in claims}
    # quotes: the speaker after or before the mark, else the quote before it, else the sentence before
    previous: Quote | None = None
    for q in quotes:
        q.attribution = q.attribution or _quote_attribution(text, q, resolver, w)
        if q.attribution is None and previous is not None and previous.attribution is not None and \
                _only_attribution_between(text, previous, q):
            q.attribution = _continued(previous.attribution, "continued")
        if q.attribution is None:
            # the sentence right before the quote: its speaker ("…, zegt Quist. ,,…") or the person it
            # is about ("Elderson gelooft niet dat … ,,Wij zijn …")
            s0, s1 = _sentence_before(text, q.start)
            if s1 > s0 and not _inside(quotes, s0) and not any(s0 < x.start < s1 for x in quotes):
                before = _sentence_attribution(text, s0, s1, quotes, resolver, w)
                opinion = w["opinion"].search(text, s0, s1)
                if before is not None:
                    q.attribution = _continued(before, "continued")
                elif opinion is not None:
                    subject = resolver.first_person_in(s0, opinion.start())
                    if subject is not None:
                        q.attribution = Attribution(text=subject.text, start=subject.start, end=subject.end,
                                                    speaker=subject.value, org=subject.org, how="continued")
                if q.attribution is None:
                    subject = resolver.first_person_in(s0, s1)
                    if subject is not None:
                        q.attribution = Attribution(text=subject.text, start=subject.start, end=subject.end,
                                                    speaker=subject.value, org=subject.org, how="context")
        previous = q
    for si, s0, s1 in sentences:
        for c in by_sentence[si]:
            q = next((q for q in quotes if q.start <= c.start < q.end or (c.start <= q.start and q.end <= c.end
                                                                           and q.end - q.start > (c.end - c.start) / 2)), None)
            if q is not None and q.attribution is not None:
                a = q.attribution
                c.attribution = Attribution(a.text, a.start, a.end, a.speaker, a.org, True, a.how)
            elif own.get(c.id) is not None:
                c.attribution = own[c.id]
            elif said.get(si) is not None and not _contrast_between(text, c, said[si], w):
                c.attribution = said[si]
    return quotes


def _contrast_between(text: str, c: Claim, a: Attribution, w) -> bool:
    """"The victim has not been identified, but friends said …": a contrast ends what the
    attribution in the other clause governs."""
    lo, hi = sorted((c.start, a.start))
    return bool(re.search(rf"(?:^|[,;]\s*)(?:{w['contrast']})\b", text[lo:hi].strip() + " ", re.I)) or \
        bool(re.match(rf"\s*(?:{w['contrast']})\b", text[c.start : c.end], re.I))


def _statements(text: str, start: int, quotes: list[Quote], r: "_Resolver", w) -> list[Quote]:
    """"President Obama issued the following statement:" / "De gemeente laat weten:" at the end of
    a line: the next paragraph is the speaker's words, quoted or not."""
    out = []
    for m in re.finditer(r"(?m)^(?P<line>[^\n]{3,300}):[ \t]*\n\s*(?P<next>[^\n]+)", text[start:]):
        line_at = start + m.start("line")
        line = m.group("line")
        verb = w["say_re"].search(line) or re.search(rf"(?i)\b(?:{w['statement']})", line)
        if not verb:
            continue
        np = r.np_span(line_at, line_at + verb.start()) if verb.start() else None
        if np is None or np.speaker is None:
            continue
        a, b = start + m.start("next"), start + m.end("next")
        inner = [q for q in quotes if a <= q.start < b]
        for q in inner:  # "The Pride Center issued this statement …:" / “…”
            q.attribution = Attribution(np.text, np.start, np.end, np.speaker, np.org, True, "statement")
        if not inner:
            out.append(Quote(a, b, Attribution(np.text, np.start, np.end, np.speaker, np.org, True, "statement")))
    return out


def _sentence_before(text: str, pos: int) -> tuple[int, int]:
    """The last whole sentence before ``pos`` on its line (empty when the quote opens the line)."""
    line_start = text.rfind("\n", 0, pos) + 1
    head = text[line_start:pos]
    ends = [m.end() for m in re.finditer(r"[.!?]['’”\"]*\s+", head)]
    if not ends:
        return pos, pos
    end = line_start + ends[-1]
    start = line_start + (ends[-2] if len(ends) >= 2 else 0)
    return start, end


def _continued(a: Attribution, how: str) -> Attribution:
    return Attribution(a.text, a.start, a.end, a.speaker, a.org, a.quoted, how)


def _inside(quotes: list[Quote], pos: int) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


def _only_attribution_between(text: str, a: Quote, b: Quote) -> bool:
    """'“…,” Edwards said. “…”': nothing but the first quote's attribution between the two."""
    between = text[a.end : b.start]
    if "\n\n" in between or len(between) > DEFAULT.facts.quote_speaker_chars:
        return False
    if a.attribution is None:
        return False
    rest = between.replace(text[a.attribution.start : a.attribution.end], " ")
    return len(re.findall(r"[^\W\d_]{3,}", rest)) <= 6


def _quote_attribution(text: str, q: Quote, r: "_Resolver", w) -> Attribution | None:
    reach = DEFAULT.facts.quote_speaker_chars  # the run's settings do not reach the fact stage
    after = text[q.end : q.end + reach]
    line_start = text.rfind("\n", 0, q.start) + 1
    # ", zegt Quist." / "”, stelde hij." / ", said Gov. John Bel Edwards" / "' aldus woordvoerder X"
    m = re.match(rf"\s*[,.]?\s*(?:{w['say']}|{lang.alternation(r.after_words)})\s+", after, re.I)
    if m:
        np = r.np_after(q.end + m.end())
        if np:
            return np
    # ", Edwards said" / "” she said"
    m = re.match(rf"\s*[,.]?\s*((?:[\w’'.-]+\s+){{1,6}}?)(?:{w['say']})(?![\w’'-])", after, re.I)
    if m and not re.search(r"[.!?]\s", m.group(1)):
        np = r.np_span(q.end + m.start(1), q.end + m.end(1))
        if np:
            return np
    # "De Hond: ,,…", "told reporters, “…", "zei: '…"
    before = text[max(line_start, q.start - reach) : q.start]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind("” "), before.rfind("'' "))
    before_at = q.start - len(before) + (cut + 2 if cut >= 0 else 0)
    clause = text[before_at : q.start]
    if re.search(r"(?:^|[\s,])[\w’'-]+\s+$", clause) and not re.search(r"[:,]\s*$", clause):
        verb = list(w["say_re"].finditer(clause))  # 'They said they were “still investigating …”'
        if verb:
            np = r.np_span(before_at, before_at + verb[-1].start())
            if np:
                return np
    if re.search(r"[:,]\s*$", clause):
        verb = list(w["say_re"].finditer(clause))
        if verb:
            v = verb[-1]
            np = r.np_span(before_at, before_at + v.start()) or r.np_after(before_at + v.end())
            if np:
                return np
        elif re.search(r":\s*$", clause):
            np = r.np_span(before_at, q.start - len(clause) + clause.rstrip().rfind(":"))
            if np:
                return np
    return None


def _sentence_attribution(text: str, s0: int, s1: int, quotes: list[Quote], r: "_Resolver", w) -> Attribution | None:
    """"Police said the child …", "…, police said.", "volgens de politie", "Dat zegt X"."""
    sentence = text[s0:s1]
    for m in w["after_np"].finditer(sentence):
        if _inside(quotes, s0 + m.start()):
            continue
        np = r.np_after(s0 + m.end())
        if np:
            np.how = "according_to"
            return np
    for m in w["say_re"].finditer(sentence):
        at = s0 + m.start()
        if _inside(quotes, at):
            continue
        clause_start = s0
        for b in re.finditer(r"[,;:(—–]|\s-\s", sentence[: m.start()]):
            clause_start = s0 + b.end()
        np = r.np_span(clause_start, at)
        if np and not _inside(quotes, np.start):
            return np
        # "Ivens, sinds 2014 wethouder in de hoofdstad, schrijft …": the subject before an apposition
        appos = re.match(r"\s*([^,]{2,60}),[^,]{2,80},\s*$", sentence[: m.start()])
        if appos:
            person = r.person_at(s0 + appos.start(1), s0 + m.start())  # "A police spokesman, Corporal X,"
            np = r.np_span(s0 + appos.start(1), person.end if person is not None else s0 + appos.end(1))
            if np and not _inside(quotes, np.start):
                return np
        # after the verb only where the verb opens its clause: ", zegt Quist", "Dat zegt X", ", said Smith"
        lead = text[clause_start:at].strip().lower()
        np = r.np_after(s0 + m.end()) if lead == "" or lead in w["dets"] else None
        if np:
            return np
    return None


class _Resolver:
    """Noun phrases that name a speaker, read at a position of the source text."""

    def __init__(self, text: str, mentions: list[PersonRef], w) -> None:
        self.text, self.mentions, self.w = text, mentions, w
        self.after_words = ["aldus", "according to", "volgens"]

    def first_person_in(self, a: int, b: int) -> PersonRef | None:
        return next((f for f in self.mentions if a <= f.start < b and f.value), None)

    def person_at(self, a: int, b: int) -> PersonRef | None:
        inside = [f for f in self.mentions if f.start < b and a < f.end]
        return inside[-1] if inside else None

    def antecedent(self, pos: int) -> PersonRef | None:
        """The person a "he"/"she" at ``pos`` refers to: the last named before it, within reach."""
        before = [f for f in self.mentions if f.end <= pos and f.value and pos - f.end < DEFAULT.facts.antecedent_reach_chars]
        return before[-1] if before else None

    def np_span(self, a: int, b: int) -> Attribution | None:
        """The speaker between a and b ("Victoria Johnson", "Police", "she", "A police spokesman,
        Corporal L’Jean McKneely,"): a person, a pronoun's person, or a short noun phrase."""
        raw = self.text[a:b]
        cut = list(re.finditer(r"[:.!?]\s+(?=[A-Z])", raw))
        if cut and not re.search(r"\b[A-Z][a-z]{0,3}\.\s+$", raw[: cut[-1].end()]):  # "M. ET: A police spokesman"
            a += cut[-1].end()
            raw = raw[cut[-1].end() :]
        s = raw.strip(" ,\t\n")
        if not s or "\n" in s:
            return None
        start = a + raw.find(s)
        end = start + len(s)
        person = self.person_at(start, end)
        if person is not None:
            return Attribution(text=s, start=start, end=end, speaker=person.value or person.role,
                               org=self._org(person, start, end))
        words = s.split()
        low = [x.lower().strip(".,") for x in words]
        while low and low[0] in self.w["openers"]:  # "but friends said"
            low, words = low[1:], words[1:]
            s = " ".join(words)
            start = end - len(s)
        if not words or len(words) > DEFAULT.facts.actor_phrase_words + 1 or any(x in self.w["openers"] for x in low) or \
                re.search(r"[.!?;:\"“”„]", s):
            return None
        if len(words) == 1 and low[0] in self.w["pronouns"]:
            ante = self.antecedent(start) if low[0] not in self.w["plural"] else None
            return Attribution(text=s, start=start, end=end, speaker=ante.value if ante else None,
                               org=ante.org if ante else None)
        while low and low[0] in self.w["dets"]:
            low, words = low[1:], words[1:]
        if not words or all(x in self.w["stop"] or x in self.w["dets"] for x in low):
            return None
        name = " ".join(words)
        return Attribution(text=s, start=start, end=end, speaker=name, org=self._spokes_org(name))

    def np_after(self, a: int) -> Attribution | None:
        """The speaker after a verb or "volgens": a person (with roles and titles before the
        name), else a few words up to punctuation or a function word."""
        rest = self.text[a : a + 120]
        lead = len(rest) - len(rest.lstrip())
        a += lead
        first = re.match(r"[^\W\d_]+", rest.lstrip())
        if first and first.group().lower() in self.w["openers"]:
            return None  # "schrijft dat …": what follows is what is said, not who says it
        nxt = next((f for f in self.mentions if f.start >= a - 1), None)
        if nxt is not None and nxt.start - a < 60 and not re.search(r"[,.;:!?]", self.text[a : nxt.start]) and \
                all(not x[:1].isupper() or x.endswith(".") for x in self.text[a : nxt.start].split()[:-1] or [""]):
            end = nxt.end
            org_m = re.match(r"\s+(?:van|of|bij|at)\s+(?:de|het|the)\s+([\w-]+)", self.text[end : end + 40])
            org = self._org(nxt, a, end) or (org_m.group(1) if org_m else None)
            return Attribution(text=self.text[a:end], start=a, end=end, speaker=nxt.value or nxt.role, org=org)
        m = re.match(r"[^\s,.;:!?\"“”„()]+(?:\s+[^\s,.;:!?\"“”„()]+){0,4}", self.text[a : a + 80])
        if not m:
            return None
        words, kept = m.group().split(), []
        if words and words[0].lower() in self.w["openers"]:
            return None  # "schrijft dat …": what follows is what is said, not who
        for k, x in enumerate(words):
            lx = x.lower()
            if k and (lx in self.w["stop"] or lx in self.w["time"] or lx in self.w["openers"]) and lx not in self.w["dets"]:
                break
            # an article and its noun, and the capitalised words of a name after it: "de onderzoekers"
            # (not "de onderzoekers veroorzaakte …"), "the Albany Police Department"
            if len(kept) >= 2 and kept[0].lower() in self.w["dets"] and not x[:1].isupper():
                break
            if kept and kept[0].lower() not in self.w["dets"] and not x[:1].isupper() and kept[-1][:1].isupper():
                break
            kept.append(x)
        while kept and kept[-1].lower() in self.w["dets"]:
            kept.pop()
        if not kept:
            return None
        s = " ".join(kept)
        end = a + len(s)
        if len(kept) == 1 and kept[0].lower() in self.w["pronouns"]:
            ante = self.antecedent(a) if kept[0].lower() not in self.w["plural"] else None
            return Attribution(text=s, start=a, end=end, speaker=ante.value if ante else None,
                               org=ante.org if ante else None)
        low = [x.lower() for x in kept]
        while low and low[0] in self.w["dets"]:
            low, kept = low[1:], kept[1:]
        if not kept or all(x in self.w["stop"] for x in low):
            return None
        name = " ".join(kept)
        return Attribution(text=s, start=a, end=end, speaker=name, org=self._spokes_org(name))

    def _spokes_org(self, phrase: str) -> str | None:
        """'de ING-woordvoerder' → ING; 'a police spokesman' → police."""
        dets = lang.alternation(self.w["dets"])
        for role in sorted(self.w["spokes"]):
            m = re.search(rf"([A-Z][\w’'&]*)-{role}\b", phrase)
            if m:
                return m.group(1)
            m = re.search(rf"(?:^|\b(?i:{dets})\s+)((?:[\w’'-]+\s+){{1,2}}?){role}\b", phrase, re.I)
            if m:
                return m.group(1).strip() or None
        return None

    def _org(self, person: PersonRef, a: int, b: int) -> str | None:
        """The body a spokesperson speaks for: the compound's ("ING-woordvoerder"), the words
        before the role ("police spokesman"), or "van de brandweer" after the name."""
        if not person.role or person.role not in self.w["spokes"]:
            return person.org
        if person.org:
            return person.org
        m = re.match(r"\s+(?:van|of|bij|at)\s+(?:de|het|the)\s+([\w-]+)", self.text[person.end : person.end + 40])
        if m:
            return m.group(1)
        return self._spokes_org(self.text[max(a - 40, self.text.rfind("\n", 0, a) + 1) : person.end])
