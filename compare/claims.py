"""Source → sentences → atomic claims, each a [start, end) span of the source text.

Sentences: lines first (headlines, datelines and captions are lines of their own),
then syntok, then repairs syntok misses in news text (a closing quote glued to the
next sentence). Atomic claims: a sentence is split where it states several facts in
clauses of their own (the words are the source language's pack) — semicolons, contrastive conjunctions after a comma,
non-restrictive relative clauses, and a leading apposition ("Ivens, sinds 2014
wethouder in de hoofdstad, schrijft ..."). Quoted speech is split only between two
clauses joined by "maar"/"but".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from . import lang
from .boilerplate import cut_after_abbreviation
from .diskcache import JsonCache
from .ingest import body_stretches
from .model import Claim, Source


@dataclass
class Sentence:
    start: int
    end: int


_MIN_WORDS = 3  # a piece shorter than this is no claim of its own: keep it attached
_TIME_AFTER = re.compile(r"[^\W\d_]+\s+(?:about\s+|around\s+|rond\s+|ongeveer\s+)?\d")  # "after 2 a.m.", "na 22.00 uur"

# A sentence end glued to the next sentence: "... licht zijn.”Wel geeft hij ..."
_GLUED = re.compile(r"[.!?][\"”’']?(?=[A-Z„“‘\"])")
@dataclass(frozen=True)
class _Patterns:
    clause_splits: re.Pattern
    after_event: re.Pattern
    reason_clause: re.Pattern
    participle: re.Pattern
    clause_but: re.Pattern
    apposition: re.Pattern
    calendar: re.Pattern


@functools.cache
def _patterns(pack: lang.LanguagePack) -> _Patterns:
    alt = lang.alternation
    reason = alt(pack.reason_words)
    return _Patterns(
        # Split points inside a sentence; the match start is where the new claim begins
        # (after the comma), in order of strength.
        clause_splits=re.compile(
            rf";\s+|,\s+(?={alt(pack.contrast_words)}\s(?!{alt(pack.not_after_contrast)}\b))|"
            # a non-restrictive relative clause or, for "dat", a content clause set off by a comma
            # ("gewaarschuwd door X, de hoogste baas, dat zijn communicatie … werd ervaren")
            rf",\s+(?={alt(pack.relative_pronouns)}\s(?!\w+,))|"
            # a causal or temporal subordinate clause, comma or not
            rf"\s+(?={alt(pack.cause_words)}\s)",
            re.I,
        ),
        # The reason or occasion after a completed event ("is maandag per direct opgestapt | na
        # klachten van …", "was arrested | after a shooting …"): a second fact, which other sources
        # often tell apart. Only after a past participle, where the event's own clause is complete;
        # a participle the pack does not recognise costs a split, never a claim.
        after_event=re.compile(rf"\b(?P<verb>[^\W\d_]+)\s+(?={reason}\s)", re.I),
        # A claim cut off this way opens with its preposition; it happened before the event, so the
        # event's date is not its date (facts/__init__.py).
        reason_clause=re.compile(rf"^{reason}\s", re.I),
        participle=re.compile(rf"^(?:{pack.participle})$", re.I),
        # "maar"/"but" between two clauses: the next word starts a verb phrase, not a noun phrase
        # ("geen betrekking op fysiek contact maar betreffen opmerkingen …"). Allowed inside quotes:
        # a quoted sentence can make two statements.
        clause_but=re.compile(
            rf"(?<!,)\s+(?={alt(pack.but_words)}\s+(?!{alt(pack.noun_phrase_starts)}\b)[a-zà-ÿ]+\s)", re.I
        ),
        # "Name, apposition, rest": a capitalised name, a short phrase that starts in lower case
        # or with a number, then the sentence goes on in lower case.
        apposition=re.compile(
            rf"^(?P<name>(?:[A-Z][\w'’\-]+)(?:\s+{alt(lang.NAME_PARTICLES)}?\s*[A-Z][\w'’\-]+){{0,2}}),\s+"
            r"(?P<appos>(?:[a-z0-9]|\()[^,;:„“”‘’\"]{2,90}?),\s+(?=[a-z])"
        ),
        # Calendar words start sentences with a comma after them but are no names.
        calendar=re.compile(rf"^{alt([*pack.weekdays, *pack.deictic_days, *pack.month_names])}$", re.I),
    )


def is_reason_clause(text: str, language: str) -> bool:
    """Whether a claim is the reason cut off after an event ("na klachten van …")."""
    return bool(_patterns(lang.rules_for(language)).reason_clause.match(text))


def _quote_mask(text: str, start: int, end: int) -> list[bool]:
    """True for characters inside quoted speech between start and end."""
    mask = [False] * (end - start)
    inside_closer = None
    for i in range(start, end):
        ch = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if inside_closer is None:
            if ch in "„“":
                inside_closer = "”“\""
            elif ch == "‘" or (ch in "'’" and not prev.isalnum() and nxt.isalnum()):
                inside_closer = "’'"
            elif ch == '"':
                inside_closer = '"”'
            if inside_closer:
                mask[i - start] = True
            continue
        mask[i - start] = True
        # an apostrophe inside a word (collega’s, zo’n) closes nothing
        if ch in inside_closer and not (ch in "’'" and prev.isalnum() and nxt.isalnum()):
            inside_closer = None
    return mask


# Sentences already split, by text and body: the copy finder (copies.py) splits again the
# sources it compares, and syntok is most of the claims stage. Bounded: cleared when full.
_SPLIT: dict[tuple, tuple[tuple[int, int], ...]] = {}


class SentenceCache:
    """Sentence splits on disk beside the embedding cache (diskcache.py, folder ``sentences``),
    one small file per source: syntok was the costliest part of a warm run, and its result
    depends only on the text, its segments, its language and the code. An entry that does not
    read as spans of the text is ignored and rewritten. ``SentenceCache(None)`` (``--no-cache``)
    reads and writes nothing."""

    def __init__(self, directory: Path | None):
        self._store = JsonCache(directory, "sentences")
        # and the claims cut from them (split_atomic): the same key, another folder
        self._claims = JsonCache(directory, "claims")

    def _key(self, source: Source) -> str:
        segments = ",".join(f"{seg.start}-{seg.end}" for seg in source.segments)
        return self._store.key(source.language, str(source.body_start), segments, source.text)

    def get(self, source: Source) -> list[tuple[int, int]] | None:
        if self._store.dir is None:
            return None
        spans = self._store.get(self._key(source))
        try:
            n, pos = len(source.text), 0
            out = []
            for a, b in spans:
                # spans in order, inside the text, each non-empty: anything else is no split of it
                if type(a) is not int or type(b) is not int or not pos <= a < b <= n:
                    return None
                out.append((a, b))
                pos = b
            return out if out else None
        except (TypeError, ValueError):  # not a list of pairs: split anew
            return None

    def put(self, source: Source, spans: list[tuple[int, int]]) -> None:
        if self._store.dir is not None:
            self._store.put(self._key(source), spans)

    def get_claims(self, source: Source, sentences: list[Sentence]) -> list[tuple[int, int, int]] | None:
        """(start, end, sentence) of each claim, as extract_claims cut them from ``sentences``."""
        if self._claims.dir is None:
            return None
        spans = self._claims.get(self._key(source))
        try:
            out, pos = [], 0
            for a, b, si in spans:
                # in order, each inside its own sentence: anything else is no cut of these sentences
                if type(a) is not int or type(b) is not int or type(si) is not int or not 0 <= si < len(sentences) \
                        or not pos <= a < b or not sentences[si].start <= a or not b <= sentences[si].end:
                    return None
                out.append((a, b, si))
                pos = b
            return out
        except (TypeError, ValueError):
            return None

    def put_claims(self, source: Source, spans: list[tuple[int, int, int]]) -> None:
        if self._claims.dir is not None:
            self._claims.put(self._key(source), spans)


def split_sentences(source: Source, cache: SentenceCache | None = None) -> list[Sentence]:
    text = source.text
    key = (text, tuple((seg.start, seg.end) for seg in source.segments), source.body_start)
    if key in _SPLIT:
        return [Sentence(a, b) for a, b in _SPLIT[key]]
    stored = cache.get(source) if cache is not None else None
    if stored is not None:
        merged = [Sentence(a, b) for a, b in stored]
    else:
        merged = _split(source)
        if cache is not None and merged:
            cache.put(source, [(s.start, s.end) for s in merged])
    if len(_SPLIT) >= 512:
        _SPLIT.clear()
    _SPLIT[key] = tuple((s.start, s.end) for s in merged)
    return merged


def _split(source: Source) -> list[Sentence]:
    # imported here: a run whose splits are all cached (SentenceCache) does not load syntok
    from syntok import segmenter

    text = source.text
    sentences: list[Sentence] = []
    for a, b in body_stretches(source.text, source.segments, source.body_start):
        chunk = text[a:b]
        for para in segmenter.analyze(chunk):
            for sent in para:
                s = a + sent[0].offset
                e = a + sent[-1].offset + len(sent[-1].value)
                sentences.extend(_repair(text, s, e))
    # a "sentence" with no word in it (";)’", a stray quote) belongs to the one before
    merged: list[Sentence] = []
    for s in sentences:
        if merged and not re.search(r"\w", text[s.start : s.end]) and text[merged[-1].end : s.start].strip() == "":
            merged[-1] = Sentence(merged[-1].start, s.end)
        elif merged and cut_after_abbreviation(text, merged[-1].start, merged[-1].end, s.start):
            merged[-1] = Sentence(merged[-1].start, s.end)  # "Gov. | John Bel Edwards said …" is one sentence
        elif re.search(r"\w", text[s.start : s.end]):
            merged.append(s)
    return merged


def _repair(text: str, s: int, e: int) -> list[Sentence]:
    out = []
    pos = s
    for m in _GLUED.finditer(text, s, e):
        cut = m.end()
        if cut - pos > 1 and e - cut > 1:
            out.append(Sentence(pos, cut))
            pos = cut
    out.append(Sentence(pos, e))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\r\n\u00a0,;":
        a += 1
    while b > a and text[b - 1] in " \t\r\n\u00a0":
        b -= 1
    return a, b


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def split_atomic(text: str, sentence: Sentence, language: str = "") -> list[tuple[int, int]]:
    """Cut one sentence into claim spans; returns [(start, end)] covering the sentence."""
    s, e = sentence.start, sentence.end
    p = _patterns(lang.rules_for(language))
    mask = _quote_mask(text, s, e)
    cuts: list[int] = []
    m = p.apposition.match(text[s:e])
    if m and not any(mask[: m.end()]) and not p.calendar.match(m.group("name")):
        cuts.append(s + m.end())
    for m in p.clause_splits.finditer(text, s, e):
        if mask[m.start() - s]:
            continue
        cuts.append(m.end())
    for m in p.clause_but.finditer(text, s, e):
        cuts.append(m.end())
    for m in p.after_event.finditer(text, s, e):
        # "happened | after 2 a.m." is the event's time, not its reason
        if p.participle.match(m.group("verb")) and not mask[m.start() - s] and not _TIME_AFTER.match(text, m.end()):
            cuts.append(m.end())
    pieces: list[tuple[int, int]] = []
    pos = s
    for cut in sorted(set(cuts)):
        if _words(text[pos:cut]) >= _MIN_WORDS and _words(text[cut:e]) >= _MIN_WORDS:
            pieces.append((pos, cut))
            pos = cut
    pieces.append((pos, e))
    out = []
    for a, b in pieces:
        a, b = _trim(text, a, b)
        if a < b:
            out.append((a, b))
    return out


def extract_claims(source: Source, cache: SentenceCache | None = None) -> list[Claim]:
    """The atomic claims of a source; ``cache`` keeps its sentence splits across runs."""
    text = source.text
    sentences = split_sentences(source, cache)
    spans = cache.get_claims(source, sentences) if cache is not None else None
    if spans is None:
        spans = [(a, b, si) for si, sentence in enumerate(sentences) for a, b in split_atomic(text, sentence, source.language)]
        if cache is not None:
            cache.put_claims(source, spans)
    return [Claim(id=f"{source.id}#{k}", source=source.id, start=a, end=b, text=text[a:b], sentence=si)
            for k, (a, b, si) in enumerate(spans)]
