"""Who knew what, when: statements of knowing, being told or warned, and not knowing.

Each statement becomes a ``knowledge`` fact with the actor (the one who knew or
did not), the polarity, what it was about, the informant where stated ("gewaarschuwd
door Halsema") and a date from the same claim. Pronouns are resolved within the
source: "hem"/"him" to the person the sentence is about, "ik"/"I" in a quote to its
speaker, "die"/"who" to the person just named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Claim, Fact, Knowledge, Source
from .people import PeopleRegistry

# (pattern, polarity, where the actor is): subject | object | after | speaker | list
_PATTERNS: list[tuple[str, str, str]] = [
    # not knowing
    (r"\b(?:wist|wisten|weet|weten)\s+(?:(?:ook|nog|er|hij|zij|ze|het|daar|toen|al|helemaal|dus|echt)\s+){0,3}(?:niets|niks|niet)\b(?:\s+van)?", "negative", "subject"),
    (r"\b(?:niets|niks|niet)\s+(?:(?:van|af|ervan|daarvan)\s+)?(?:wist|wisten|af wist)\b", "negative", "subject"),
    (r"\bniet\s+(?:\w+\s+){0,6}?bewust\b|\bbewust\s+(?:\w+\s+){0,2}?niet\b", "negative", "subject"),
    (r"\bniet op de hoogte\b", "negative", "subject"),
    (r"\b(?:did not|didn't|does not|doesn't|never)\s+know\b|\bknew nothing\b|\bhad no (?:idea|knowledge)\b", "negative", "subject"),
    (r"\bwas(?:n't| not)\s+(?:aware|informed|told)\b|\b(?:was|were) unaware\b|\bunaware\b", "negative", "subject"),
    # a list of those who knew: "wisten buiten X, Y en Z maar weinigen", "few knew besides X"
    (r"\b(?:wist|wisten)\s+(?:buiten|behalve)\b|\b(?:buiten|behalve)\s+[^.]{3,80}?\b(?:weinigen|niemand)\b", "positive", "list"),
    (r"\b(?:few|no one|nobody)\s+(?:\w+\s+)?knew\b[^.]*?\b(?:besides|except|apart from|other than)\b", "positive", "list"),
    # being told / warned (passive): the subject is the actor, "door"/"by" the informant
    (r"\b(?:is|was|werd|waren|werden|zijn)\s+(?:\w+\s+){0,8}?(?:gewaarschuwd|ingelicht|geïnformeerd|gewezen op|aangesproken|op de hoogte gebracht|op de hoogte gesteld)\b", "positive", "subject"),
    (r"\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+){0,3}?(?:told|warned|informed|notified|briefed|alerted)\b", "positive", "subject"),
    # telling (active): the object is the actor, the subject the informant
    (r"\b(?:informeerde|informeerden|waarschuwde|waarschuwden|lichtte|lichtten)\b", "positive", "object_after"),
    (r"\b(?:op de hoogte (?:heeft |had )?(?:gesteld|gebracht))\b|\b(?:heeft|had|hebben)\s+\w+\s+(?:gewaarschuwd|ingelicht|geïnformeerd)\b", "positive", "object_before"),
    (r"\b(?:told|warned|informed|notified|alerted|briefed)\s+(?!that\b)", "positive", "object_after"),
    # knowing
    (r"\b(?:wist|wisten|weet|wisten)\s+(?:al\s+|ook\s+|wel\s+)?(?:van|dat|ervan|het)\b", "positive", "subject"),
    (r"\b(?:knew|was aware|were aware|had known|knew about)\b", "positive", "subject"),
    # a signal reaching someone
    (r"\b(?:bereikte|bereikten)\s+(?:mij|me|ons|hem|haar)\b", "positive", "reached"),
    (r"\b(?:kwam|kwamen)\s+(?:er\s+)?(?:\w+\s+){0,6}?binnen\s+bij\b", "positive", "after"),
    (r"\bbinnen\s*kwam(?:en)?\s+bij\b|\bbij\s+(?:de|het)\s+\w+\s+(?:\w+\s+){0,3}?binnen\s*kwam", "positive", "after"),
    (r"\b(?:received|got)\s+(?:a |an |the |several |\w+ )?(?:complaint|complaints|report|reports|warning|warnings|signal|tip)\b", "positive", "subject"),
]
_SPEECH = re.compile(r"\b(schrijft|schreef|zegt|zei|stelt|aldus|meldt|vertelt|vertelde|says|said|writes|wrote|told|according to|volgens)\b|:\s*[„“‘\"']", re.I)
_FIRST_PERSON = re.compile(r"\b(ik|mij|me|mijn|I|my)\b")
_THIRD = re.compile(r"\b(hij|hem|zij|ze|haar|he|him|she|her)\b", re.I)


@dataclass
class _Mention:
    start: int  # offset in the source
    end: int
    name: str  # canonical name, or a role when unresolved


def _mentions(claim_facts: list[Fact]) -> list[_Mention]:
    out = []
    for f in claim_facts:
        if f.kind == "person":
            out.append(_Mention(f.start, f.end, f.value or f.role or f.text))
    return out


def extract_knowledge(source: Source, claims: list[Claim], registry: PeopleRegistry) -> None:
    """Adds knowledge facts to the claims of one source (in place)."""
    text = source.text
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    last_subject: str | None = None
    last_speaker: str | None = None
    for si in sorted(by_sentence):
        sent_claims = by_sentence[si]
        s0, s1 = sent_claims[0].start, sent_claims[-1].end
        sentence = text[s0:s1]
        mentions = [m for c in sent_claims for m in _mentions(c.facts)]
        subject = mentions[0].name if mentions else None
        speaker = _speaker(sentence, s0, mentions) or (last_speaker if _quoted(sentence) else None)
        for c in sent_claims:
            for pattern, polarity, where in _PATTERNS:
                for m in re.finditer(pattern, c.text, re.I):
                    a, b = c.start + m.start(), c.start + m.end()
                    if any(f.kind == "knowledge" and f.start < b and a < f.end for f in c.facts):
                        continue
                    actors, informant = _actors(text, c, a, b, where, mentions, subject or last_subject, speaker, last_subject)
                    for actor in actors:
                        when = next((f.value for f in c.facts if f.kind == "date" and f.value is not None), None)
                        about = _about(text, b, c.end)
                        end = max(b, c.start + len(c.text.rstrip(".!?”’\"' ")) if where == "list" else b)
                        c.facts.append(Knowledge(text=text[a:end], start=a, end=end, actor=actor, polarity=polarity,
                                            about=about, informant=informant, when=when if isinstance(when, str) else (when[0] if when else None)))
        if mentions:
            last_subject = subject
        if speaker:
            last_speaker = speaker


def _quoted(sentence: str) -> bool:
    return bool(re.match(r"\s*[„“‘\"']", sentence)) or bool(re.search(r"[„“‘\"']", sentence) and _FIRST_PERSON.search(sentence))


def _speaker(sentence: str, s0: int, mentions: list[_Mention]) -> str | None:
    """The person a sentence attributes speech to: 'aldus Halsema', 'Ivens schrijft', 'Ivens: „…'."""
    m = _SPEECH.search(sentence)
    if not m or not mentions:
        return None
    pos = s0 + m.start()
    word = m.group(1).lower() if m.group(1) else ""
    before = [x for x in mentions if x.end <= pos]
    after = [x for x in mentions if x.start >= pos]
    # "aldus Halsema", "volgens Ivens", "zegt X": the speaker follows; else the subject before the verb
    if word in ("aldus", "volgens", "according to") or (not before and after):
        return after[0].name if after else None
    return before[-1].name if before else None


def _resolve(word: str, subject, speaker, last_subject, exclude=None) -> str | None:
    w = word.lower()
    if w in ("ik", "mij", "me", "i", "wij", "we", "ons"):
        return speaker
    cand = subject if subject and subject != exclude else last_subject
    return cand if cand != exclude else None


def _actors(text, claim, a, b, where, mentions, subject, speaker, last_subject):
    before = [m for m in mentions if m.end <= a]
    after = [m for m in mentions if m.start >= b]
    informant = None
    inside = [m for m in mentions if a <= m.start and m.end <= b]
    tail = text[b : claim.end]
    by = re.match(r"\s*(?:\w+\s+){0,4}?(?:door|by)\s+", tail)
    by_inside = re.search(r"\b(?:door|by)\s+", text[a:b])
    if by_inside:  # "was al eerder door Halsema gewaarschuwd"
        informant = next((m.name for m in inside if m.start >= a + by_inside.end()), None)
    elif by:
        informant = next((m.name for m in after if m.start >= b + by.end() - 1), None)
    if where == "list":
        listed = [m.name for m in mentions if m.start >= a]
        roles = re.findall(r"\b(?:de|het|the)\s+(\w+)", text[a:claim.end])
        return sorted(set(listed)) or roles[:3], None
    if where == "after":
        bij = re.search(r"\bbij\s+", text[a:b])
        names = [m.name for m in inside if bij and m.start >= a + bij.end()] or [m.name for m in after]
        return (names or [m.name for m in mentions if m.start >= a])[:3], None
    if where == "reached":
        who = re.search(r"(mij|me|ons|hem|haar)\b", text[a:b]).group(1)
        r = _resolve(who, subject, speaker, last_subject)
        return ([r] if r else []), None
    if where == "object_after":
        informant = before[-1].name if before else subject
        if after:
            return [after[0].name], informant
        pron = _THIRD.search(text[b : claim.end])
        r = _resolve(pron.group(1), subject, speaker, last_subject, exclude=informant) if pron else None
        return ([r] if r else []), informant
    if where == "object_before":
        # "Halsema hem op de hoogte heeft gesteld": the pronoun or name between informant and verb
        window = text[claim.start : a]
        pron = list(_THIRD.finditer(window))
        in_claim = [m for m in before if m.start >= claim.start]
        informant = in_claim[0].name if in_claim else None
        if pron:
            r = _resolve(pron[-1].group(1), subject, speaker, last_subject, exclude=informant)
            return ([r] if r else []), informant
        if len(before) >= 2:
            return [before[-1].name], before[0].name
        return [], informant
    # subject: the nearest person before the verb, a relative pronoun's antecedent, or a pronoun
    if where == "subject" and not re.search(r"gewaarschuwd|ingelicht|geïnformeerd|gewezen|aangesproken|op de hoogte|told|warned|informed|notified|briefed|alerted", text[a:b], re.I):
        informant = None  # only being told has an informant; a "door" here belongs to another clause
    window = text[claim.start : a]
    names_before = [m for m in before if m.name != informant]
    first_person = _FIRST_PERSON.search(window + text[a:b])
    if first_person and speaker:
        return [speaker], informant
    if names_before:
        return [names_before[-1].name], informant
    if re.match(r"\s*(die|who)\b", window, re.I):  # "…Erik Flentge, die … niets wist"
        prev = [m for m in mentions if m.end <= claim.start]
        if prev:
            return [prev[-1].name], informant
    pron = _THIRD.search(window)
    if pron:
        r = _resolve(pron.group(1), subject, speaker, last_subject, exclude=informant)
        return ([r] if r else []), informant
    return [], informant


def _about(text: str, b: int, end: int) -> str | None:
    rest = text[b:end].strip(" ,.;:")
    m = re.match(r"(?:van|over|about|of|dat|that)\b.*", rest)
    if m:
        return m.group().strip(" ,.;:”’\"'")[:120] or None
    return None
