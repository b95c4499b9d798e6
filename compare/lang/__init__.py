"""Language packs: every word and phrasing rule the stages need for one language.

A pack is data: word lists, word → value maps and a few regular expressions for
phrasings (Dutch separable verbs, "wist niets van"). The stages ask
``pack_for(source.language)``; an unrecognised language gets no pack and the stages use
``NEUTRAL``, which knows no words: digits, ISO and numeric dates, quotes and names
written with capitals still work, nothing of Dutch or English is read into it.

Adding a language is one module in this package that defines a ``LanguagePack``
(found by ``packs()``) plus its tests; ``register`` adds one from elsewhere.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from dataclasses import dataclass, field, fields
from typing import Mapping

# Names keep their particles whatever the language of the article ("Ursula von der Leyen"
# in a Dutch story, "Laurens van der Berg" in an English one): not part of any pack.
NAME_PARTICLES = ("van der", "van den", "van de", "van 't", "van", "de", "der", "den", "ten", "ter", "te",
                  "von", "da", "du", "le", "la", "el", "al")


@dataclass(frozen=True, eq=False)  # eq=False: hashed by identity, so compiled patterns can be cached per pack
class LanguagePack:
    code: str  # ISO 639-1, as ingest.detect_language reports it
    name: str = ""

    # -- ingest: telling languages apart, site furniture -------------------------------
    detect_words: frozenset[str] = frozenset()  # the most frequent function words
    end_markers: tuple[str, ...] = ()  # a line holding only this ends the article ("Lees ook:")
    caption_labels: tuple[str, ...] = ()  # "Foto: …"
    caption_openers: tuple[str, ...] = ()  # "Foto Jan Jansen" as a short line of its own
    furniture: tuple[str, ...] = ()  # a line opening with this is no article text
    furniture_labels: tuple[str, ...] = ()  # "Related: …", "Lees ook: …": a line opening with this label and a colon
    promotions: tuple[str, ...] = ()  # "Like us on Facebook", "Buy this photo": a line holding this anywhere is furniture
    appeals: tuple[str, ...] = ()  # "call Crime Stoppers", "Meld Misdaad Anoniem": a standing appeal for tips; its sentence is furniture
    caption_positions: tuple[str, ...] = ()  # "(right)", "(links)": where someone stands in a photo; its line is a caption
    # a capitalised sentence opener right after a short capitalised phrase with no verb
    # ("… onschuldig is. Onschuld Gisteren publiceerde …") marks that phrase as a glued
    # intertitle or a dateline; determiners count only before a lower-case word ("De politie")
    sentence_openers: tuple[str, ...] = ()
    title_abbreviations: tuple[str, ...] = ()  # "Gov.", "dhr.", "o.a.": never end a sentence; a cut after one is undone

    # -- claims: where a sentence states a second fact ----------------------------------
    contrast_words: tuple[str, ...] = ()  # ", maar …" starts a clause of its own
    not_after_contrast: tuple[str, ...] = ()  # ", maar ook …" continues the clause
    relative_pronouns: tuple[str, ...] = ()  # ", die …" a non-restrictive relative clause
    cause_words: tuple[str, ...] = ()  # "omdat …", comma or not
    but_words: tuple[str, ...] = ()  # "X maar Y" between two verb phrases, also in quotes
    noun_phrase_starts: tuple[str, ...] = ()  # after "maar": a noun phrase, not a clause
    reason_words: tuple[str, ...] = ()  # "opgestapt | na klachten": the reason after an event
    participle: str = r"(?!)"  # a past participle: the event's clause is complete before it

    # -- denials (denials.py): "geen kerosine, benzine", "but not PTSD," -----------------
    denial_words: tuple[str, ...] = ()  # before a bare noun: the source denies that thing
    predicate_verbs: tuple[str, ...] = ()  # "was geen optie", "was not released": a predicate, no denial
    participle_endings: tuple[str, ...] = ()  # "but not confirmed": a verb, not a thing

    # -- calendar ----------------------------------------------------------------------
    months: Mapping[str, int] = field(default_factory=dict)  # names and abbreviations
    month_names: tuple[str, ...] = ()  # written out: no abbreviation ("Jan" is a first name)
    not_months: tuple[str, ...] = ()  # lower-case month words that are usually something else
    weekdays: Mapping[str, int] = field(default_factory=dict)  # 0 = Monday
    seasons: Mapping[str, str] = field(default_factory=dict)  # word → spring | summer | autumn | winter
    period_parts: Mapping[str, str] = field(default_factory=dict)  # "begin", "the end of" → begin | mid | end
    earlier_later: Mapping[str, str] = field(default_factory=dict)  # "eerder dit jaar" → begin | end
    relative: Mapping[str, str] = field(default_factory=dict)  # "vorige" → last | this | next | recent
    periods: Mapping[str, str] = field(default_factory=dict)  # "maand" → year | month | week | weekend
    deictic_days: Mapping[str, int] = field(default_factory=dict)  # "gisteren" → -1
    dayparts: Mapping[str, str] = field(default_factory=dict)  # "avond" → evening; night runs into the next day
    late_words: tuple[str, ...] = ()  # "late Friday" runs into Saturday
    of_words: tuple[str, ...] = ()  # "najaar van 2020", "5th of July"
    date_articles: tuple[str, ...] = ()  # "in het najaar"
    ordinal_suffixes: tuple[str, ...] = ()  # "5e", "5th"
    month_prepositions: Mapping[str, str | None] = field(default_factory=dict)  # "sinds maart" → since
    year_prepositions: Mapping[str, str] = field(default_factory=dict)  # "sinds 2014" → since
    # words before a day that make it a bound: "nog voor 28 april" → before, "uiterlijk" → by
    # (that day or earlier), "after May 3" → after. Not a bare Dutch "voor": also "for".
    day_bounds: Mapping[str, str] = field(default_factory=dict)
    # "In January, he was booked": a month a few weeks ahead in a sentence in the past tense
    # is last year's (dates.py reads a bare month close ahead as upcoming otherwise)
    past_markers: tuple[str, ...] = ()
    # "op 28 maart van dat jaar": the year is one named before, not the publication's
    that_year: tuple[str, ...] = ()
    future_markers: tuple[str, ...] = ()  # a sentence in the future: a bare "maart" is the next one
    ahead_words: tuple[str, ...] = ()  # "over drie maanden"
    within_words: tuple[str, ...] = ()  # "in een jaar" is 'within a year', not a date
    span_before: tuple[str, ...] = ()  # "in the last week": a rolling span, not a calendar period
    span_after: tuple[str, ...] = ()  # "in vijf jaar tijd": a duration, not a date
    ago_words: tuple[str, ...] = ()  # "drie maanden geleden"
    event_relations: Mapping[str, str] = field(default_factory=dict)  # "drie maanden na haar klacht" → after
    possessives: tuple[str, ...] = ()  # "na haar klacht", "after the shooting"
    slash_month_first: bool = False  # 7/5/2021 is July 5

    # -- numbers -----------------------------------------------------------------------
    units: Mapping[str, int] = field(default_factory=dict)  # 0–19
    tens: Mapping[str, int] = field(default_factory=dict)
    units_first: bool = False  # "vierentwintig" (Dutch, German) or "twenty-four"
    tens_joiners: tuple[str, ...] = ()  # between the unit and the tens of a compound
    glued_compounds: bool = False  # "driehonderdvijftig", "twintigduizend" are one word
    scales: Mapping[str, int] = field(default_factory=dict)  # "miljoen", "dozen"
    fractions: Mapping[str, float] = field(default_factory=dict)  # phrases: "anderhalf", "a third"
    ordinals: Mapping[str, int] = field(default_factory=dict)
    articles: tuple[str, ...] = ()  # indefinite articles: one only with a scale or a period ("a week ago")
    pronoun_one: tuple[str, ...] = ()  # "one" is a count only before what it counts ("one woman", not "one of them")
    pronoun_one_after: tuple[str, ...] = ()  # "no one", "the one": a pronoun whatever follows
    decimal_mark: str = ""  # "1,500" with the decimal mark and three digits is 1.5; unknown: a thousands separator
    hedges: Mapping[str, str] = field(default_factory=dict)  # "minstens" → at_least, …
    currencies: Mapping[str, str] = field(default_factory=dict)  # words after an amount → ISO 4217
    percent_words: Mapping[str, str] = field(default_factory=dict)  # → % | pp
    time_units: Mapping[str, tuple[str, float]] = field(default_factory=dict)  # word → (unit as reported, days)
    age_unit: str = ""  # the unit of an age
    age_patterns: tuple[str, ...] = ()  # regexes with group n (digits) or w (a number word)
    old_words: tuple[str, ...] = ()  # "15 jaar oud" is an age
    range_between: tuple[str, ...] = ()  # "tussen 10 en 20": "en" joins a range only after these
    range_from: tuple[str, ...] = ()  # "van 10 tot 20"
    range_to: tuple[str, ...] = ()
    and_words: tuple[str, ...] = ()
    not_a_count: str = r"(?!)"  # from a number's first digit: a time of day or an address
    not_counted: tuple[str, ...] = ()  # words after a number that are not what it counts (besides stop words)
    irregular_plurals: Mapping[str, str] = field(default_factory=dict)
    plural_rules: tuple[tuple[str, str], ...] = ()  # (full-match regex, singular), first match wins
    adjective: str = r"(?!)"  # an attributive adjective between a number and what it counts
    capitals_counted: bool = False  # "570 Statenleden"; in English a capital after a number is more often a name

    # -- people ------------------------------------------------------------------------
    role_words: tuple[str, ...] = ()
    compound_roles: bool = False  # "woonwethouder" is a wethouder (Dutch writes compounds as one word)
    role_suffix_exceptions: tuple[str, ...] = ()  # role words too short to be read as the end of a compound
    group_roles: tuple[str, ...] = ()  # "de ambtenaar" is one of many, not a slot one person fills
    role_determiners: tuple[str, ...] = ()  # "de burgemeester", "voormalig wethouder"
    role_org_links: tuple[str, ...] = ()  # "senator voor de SP Arjan …"
    # counted nouns that tell a person's sex ("one male, and two females", "twee mannen en
    # een vrouw"): the sheet compares how a group of people divides by sex
    sex_nouns: Mapping[str, str] = field(default_factory=dict)
    # "Oprichter van het bedrijf is Dennis Andersen": a role, then a copula, then the name
    role_copulas: tuple[str, ...] = ()
    # "Stefaan Florquin als ceo": the role right after the name
    role_as_words: tuple[str, ...] = ()
    definite_articles: tuple[str, ...] = ()
    office_after_role: str = r"(?!)"  # "the Sheriff's Office" is an organisation
    not_name_words: tuple[str, ...] = ()  # capitalised words that make a run no person's name
    title_roles: Mapping[str, str] = field(default_factory=dict)  # "Gov." before a name → governor
    # offices a person does not hold beside one another (gate.py: "wethouder Jan Seton" where the
    # sources have "burgemeester Jan Seton"); job words one job may be told by are left out
    offices: tuple[str, ...] = ()
    role_continuations: tuple[str, ...] = ()
    # words before a place that say where someone or something is from or is: "uit (het Drentse)
    # Nieuw-Buinen", "from Troy" (gate.py: the same slot holding another place)
    place_prepositions: tuple[str, ...] = ()
    # words that make a scale word vague: "een paar honderd euro", "a few hundred" is no 100
    vague_before_scale: tuple[str, ...] = ()  # "Attorney General": a word that goes on with the role before it
    relation_roles: tuple[str, ...] = ()  # "mother", "buurman": a role before a name, never a slot on its own
    scope_prefixes: tuple[str, ...] = ()  # "vice", "oud-", "former": another office than the role word alone
    honorifics: tuple[str, ...] = ()  # "Mr.", "mevrouw": a person's name follows
    credit_labels: tuple[str, ...] = ()  # "By …", "Foto: …" at a line's start: a byline or credit, not a person of the story
    credit_after: tuple[str, ...] = ()  # "… contributed to this report"
    placeholder_names: tuple[str, ...] = ()  # "John Doe": no one's name

    # -- who knew what -----------------------------------------------------------------
    knowledge_patterns: tuple[tuple[str, str, str], ...] = ()  # (regex, positive | negative, where the actor is)
    saying_verbs: tuple[str, ...] = ()  # "Ivens schrijft", "said Smith"
    speaker_after: tuple[str, ...] = ()  # "aldus Halsema": the speaker follows
    first_person: tuple[str, ...] = ()  # as written (case matters: English "I")
    first_person_plural: tuple[str, ...] = ()
    third_person: tuple[str, ...] = ()
    person_relatives: tuple[str, ...] = ()  # ", die …" refers to the person just named
    agent_words: tuple[str, ...] = ()  # "gewaarschuwd door X"
    told_words: tuple[str, ...] = ()  # only being told has an informant
    at_words: tuple[str, ...] = ()  # "kwam binnen bij X"
    about_words: tuple[str, ...] = ()  # "wist van …", "knew about …"
    opinion_verbs: tuple[str, ...] = ()  # "Elderson gelooft niet dat …" before a quote: the quote is his
    clause_openers: tuple[str, ...] = ()  # "that", "toen": a new clause (and subject) starts after them
    plural_pronouns: tuple[str, ...] = ()  # "they": refers to a group or a body ("Police say they …")
    determiners: tuple[str, ...] = ()  # left off a noun phrase that names an actor ("the child" → child)
    generic_bodies: tuple[str, ...] = ()  # "authorities": read as the body the source names ("police")
    investigators: tuple[str, ...] = ()  # bodies whose not-knowing "the motive is unclear" states
    spokesperson_roles: tuple[str, ...] = ()  # a spokesperson speaks for a body: what they know, it knows
    auxiliaries: tuple[str, ...] = ()  # finite verbs that end the subject before them ("Politie en OM hadden …")
    statement_words: tuple[str, ...] = ()  # "issued the following statement:": the next paragraph is the speaker's

    # -- times of day (facts/times.py) ------------------------------------------------------
    time_parts: Mapping[str, str] = field(default_factory=dict)  # "'s avonds" → evening, "noon" → noon
    time_hedges: Mapping[str, str] = field(default_factory=dict)  # "rond" → about, "kort na" → after, "voor" → long_before
    early_late: Mapping[str, str] = field(default_factory=dict)  # "late" → late, "vroeg" → early
    clock_words: tuple[str, ...] = ()  # "uur", "o'clock": a clock time without a.m./p.m.
    clock_time_words: Mapping[str, str] = field(default_factory=dict)  # "half" → half, "kwart" → quarter, "over" → past, "voor" → to

    # -- the fact sheet (sheet.py) ------------------------------------------------------
    outcomes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # killed → ("killed", "died", …) regexes
    outcome_labels: Mapping[str, str] = field(default_factory=dict)  # killed → "killed" as the report says it
    people_words: frozenset[str] = frozenset()  # counted nouns that mean any people ("people", "mensen")
    partial_words: tuple[str, ...] = ()  # "three others", "nog twee": a part of a count, not the whole
    partitive_words: tuple[str, ...] = ()  # "six of his grandchildren": a part of a group
    # "na 34 duels", "after 27 games": a count that marks a point in a run (a season's
    # matches), not a measure; "after 27 games" and "after 34 games" are two moments
    sequence_words: tuple[str, ...] = ()
    self_words: tuple[str, ...] = ()  # "killing three before killing himself": a toll with or without the gunman
    frequency_words: frozenset[str] = frozenset()  # "shot five times": how often, not how many
    outcome_gap_words: tuple[str, ...] = ()  # words of a verb phrase between a count and its outcome
    timestamp_words: tuple[str, ...] = ()  # "UPDATE @ 9:05 p.m.": when the article changed, not an event
    happening_words: tuple[str, ...] = ()  # "happened", "gebeurde": a claim about the incident itself
    street_types: Mapping[str, str] = field(default_factory=dict)  # "st." → street, "str." → straat
    street_compounds: bool = False  # "Dorpsstraat": the type ends the name's last word
    not_street_names: frozenset[str] = frozenset()  # "the", "Main" alone is a name, "This" is not

    # -- alignment ---------------------------------------------------------------------
    stop_words: frozenset[str] = frozenset()
    event_frames: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # paraphrase.py


NEUTRAL = LanguagePack(code="und", name="unrecognised")

_REGISTRY: dict[str, LanguagePack] = {}
_loaded = False


def register(pack: LanguagePack) -> None:
    """Add (or replace) the pack for ``pack.code``."""
    _REGISTRY[pack.code] = pack
    every_pack.cache_clear()


def _load() -> None:
    """Import every module of this package once and register the packs they define."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, LanguagePack) and value is not NEUTRAL and value.code not in _REGISTRY:
                register(value)


def packs() -> list[LanguagePack]:
    _load()
    return list(_REGISTRY.values())


def pack_for(language: str | None) -> LanguagePack | None:
    """The pack of a language code ("nl", "en"), or None for a language without one."""
    _load()
    return _REGISTRY.get(language or "")


def rules_for(language: str | None) -> LanguagePack:
    """The pack of a language, or NEUTRAL: what the stages read."""
    return pack_for(language) or NEUTRAL


def union(name: str) -> set[str]:
    """A word field of every pack together, for stages that run before the language is known
    (ingest) or over claims of several languages at once (alignment)."""
    out: set[str] = set()
    for pack in packs():
        out.update(getattr(pack, name))
    return out


@functools.cache
def every_pack(field_name: str) -> frozenset:
    """One word field of every pack together, for text whose language a stage does not know
    (a claim does not carry its language); read once, not per claim."""
    return frozenset(w for p in packs() for w in getattr(p, field_name))


@functools.cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile``, kept for the whole run: a run builds more distinct patterns (a name, a
    pack's words) than re's own 512-entry cache holds, and there each was compiled anew
    whenever it had been pushed out."""
    return re.compile(pattern, flags)


def alternation(words, escape: bool = True) -> str:
    """A regex group matching any of the words, longest first; one that never matches when empty."""
    return _alternation(frozenset(words), escape)


@functools.lru_cache(maxsize=8192)  # the stages ask for the same few alternations for every claim
def _alternation(words: frozenset, escape: bool) -> str:
    words = sorted(words, key=lambda w: (-len(w), w))
    if not words:
        return "(?!)"
    return "(?:" + "|".join(re.escape(w) if escape else w for w in words) + ")"


# Fields a language may leave empty because it has no such words: a month name that is also
# a lower-case word ("may"), a numeral that is also a pronoun ("one", "no one"), role compounds, an
# office after a role ("the Sheriff's Office"), a preposition after "came in" ("binnen bij").
# Clock times told in words ("kwart over negen") are Dutch; an English pack needs none. Dutch
# writes no street names that are not compounds.
OPTIONAL = frozenset({"not_months", "pronoun_one", "pronoun_one_after", "role_suffix_exceptions", "office_after_role",
                      "at_words", "clock_time_words", "not_street_names",
                      "participle_endings", "role_continuations", "place_prepositions",
                      "vague_before_scale"})  # Dutch "geen" never stands before a verb


def filled(pack: LanguagePack) -> set[str]:
    """Names of the word and pattern fields a pack fills (tests: every pack fills the same ones);
    switches (``units_first``) are choices, not fillings, and are left out."""
    return {f.name for f in fields(pack) if f.name not in ("code", "name")
            and not isinstance(getattr(pack, f.name), bool) and getattr(pack, f.name) not in ((), {}, frozenset(), "", "(?!)", None)}
