"""Plain dataclasses passed between the stages.

ingest → Source; claims → Claim; facts → Fact (attached to claims);
align → Group; judge → Finding (attached to groups); pipeline → Report.
Every span is a half-open [start, end) range of Python str offsets into
``Source.text``, the text exactly as decoded from the file.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any


def short_id(source_id: str) -> str:
    """'003_fcb36a4dc55822fd' → '003': the seeds' numbered ids are read by their number."""
    return source_id.split("_")[0] if re.match(r"^\d+_", source_id) else source_id


from .settings import DEFAULT, InputError, Settings  # noqa: E402  (InputError lives with the settings it also guards)


@dataclass
class Segment:
    """A line-level stretch of a source that is not article body (kept, never deleted)."""

    start: int
    end: int
    kind: str  # "boilerplate" | "heading" | "metadata"
    reason: str


@dataclass
class Source:
    id: str  # the file stem, unique in a run
    path: str
    text: str  # exactly as decoded; every offset points into this
    sha256: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO at the known precision: "2021", "2021-07", "2021-07-05"
    published_from: str | None = None  # where the date came from: front matter, date token, page metadata, dateline, --date
    language: str = "nl"
    body_start: int = 0  # first offset of article text (after front matter / date token)
    segments: list[Segment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Comparison:
    """What two facts say about each other, and why."""

    outcome: str  # agree | compatible | conflict | not_comparable
    reason: str


AGREE, COMPATIBLE, CONFLICT, NOT_COMPARABLE = "agree", "compatible", "conflict", "not_comparable"


@dataclass(kw_only=True)
class Fact:
    """One value a claim states, at its exact span. Each kind of value is its own type
    below, with one ``compatible(other)`` that says how two values of that kind relate;
    every consumer asks the type instead of guessing a shape."""

    kind: str
    text: str  # as written
    start: int
    end: int
    id: str = ""  # "<claim id>/<n>", set when the facts are attached to their claim
    claim: str = ""  # the claim's id

    def compatible(self, other: "Fact", settings=None) -> Comparison:
        return Comparison(NOT_COMPARABLE, f"{self.kind} and {other.kind} are different kinds")


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


@dataclass(kw_only=True)
class Quantity(Fact):
    """A count, plain number, duration or ordinal: one value or a range, with a hedge.

    ``counted``: the thing counted as the text names it ("klachten", "officers"), the
    ``unit`` for units of measure ("jaar", "km"); ``of_whom``: whose it is, when known."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # at_least | more_than | about | nearly | at_most | less_than
    unit: str | None = None
    counted: str | None = None
    of_whom: str | None = None

    @property
    def point(self) -> float | None:
        """The value a key or a label uses: the value, else the upper end of a range."""
        return _num(self.value if self.value is not None else self.high)

    def interval(self, settings=None) -> tuple[float, float] | None:
        """The values the text admits: hedges and ranges widen it, so that "minstens vier"
        admits "vier" and "ruim vijftien jaar" admits "15 jaar" (outlets round)."""
        if self.low is not None and self.high is not None:
            return float(self.low), float(self.high)
        if self.value is None:
            return None
        j = (settings or DEFAULT).judge
        v, q = float(self.value), self.qualifier
        if q in ("at_least", "more_than"):
            return v, math.inf
        if q in ("at_most", "less_than"):
            return 0.0, v
        if q == "nearly":
            return v * j.nearly_low, v
        if q == "about":
            return v * j.about_low, v * j.about_high
        return v, v

    def same_measure(self, other: "Quantity") -> bool:
        return self.kind == other.kind and self.unit == other.unit

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, Quantity) or not self.same_measure(other):
            return Comparison(NOT_COMPARABLE, "different measures")
        a, b = self.interval(settings), other.interval(settings)
        if a is None or b is None:
            return Comparison(NOT_COMPARABLE, "no value")
        if not _overlap(a, b):
            return Comparison(CONFLICT, "no value fits both")
        if self.qualifier == other.qualifier and self.qualifier in ("about", "at_least", "more_than") \
                and self.low is None and other.low is None and not _about(float(self.value), float(other.value), settings):
            # "ongeveer 15 miljard" and "zo'n 11 miljard", "minstens honderd werknemers" and
            # "minimaal vijftig werknemers": each hedges its own figure; the two hedged ranges
            # overlap, but neither figure is about the other
            return Comparison(CONFLICT, "neither figure is about the other")
        if a == b:
            return Comparison(AGREE, "same value")
        return Comparison(COMPATIBLE, "hedged or ranged values overlap")

    def json_value(self):
        if self.low is not None and self.high is not None:
            return {"low": _num(self.low), "high": _num(self.high)}
        return _num(self.value)


def _about(x: float, y: float, settings=None) -> bool:
    """Whether either figure lies in the other's "about" band (judge.about_low/about_high)."""
    j = (settings or DEFAULT).judge
    return x * j.about_low <= y <= x * j.about_high or y * j.about_low <= x <= y * j.about_high


def _num(v):
    return int(v) if isinstance(v, float) and v.is_integer() and abs(v) < 2**53 else v


@dataclass(kw_only=True)
class Money(Quantity):
    """An amount; ``unit`` is the currency (EUR, USD)."""

    kind: str = "money"


@dataclass(kw_only=True)
class Percent(Quantity):
    kind: str = "percent"


@dataclass(kw_only=True)
class Age(Quantity):
    """A person's age; ``of_whom`` is the person or the noun it describes ("wethouder",
    "Douglas Winslow"), so that two ages are compared only when they describe one person."""

    kind: str = "age"

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, Age):
            return Comparison(NOT_COMPARABLE, "not an age")
        if not (self.of_whom and other.of_whom and same_subject(self.of_whom, other.of_whom)):
            return Comparison(NOT_COMPARABLE, "ages of different or unknown people")
        return super().compatible(other, settings)


def same_subject(a: str, b: str) -> bool:
    """Whether two descriptions can be one person: the same noun, or names sharing a word
    ("Douglas Winslow" and "Douglas Trey Winslow"); a name and a noun are kept apart."""
    if a[:1].isupper() != b[:1].isupper():
        return False
    return bool(set(a.lower().split()) & set(b.lower().split()))


@dataclass(kw_only=True)
class DateSpan(Fact):
    """A date or period as inclusive day ranges (a weekday in a month-dated article is
    every such weekday of that month), with the precision the text gives."""

    kind: str = "date"
    value: str | list[str] | None = None  # ISO at its precision, or a list of them
    precision: str | None = None  # day | week | month | season | year
    modifier: str | None = None  # begin | mid | end | since | before | after
    ranges: list[tuple[str, str]] = field(default_factory=list)
    resolved: bool = True  # False when the publication date it needs is unknown
    resolved_against: str | None = None  # the publication date a relative date was read from

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, DateSpan):
            return Comparison(NOT_COMPARABLE, "not a date")
        if not (self.resolved and other.resolved and self.ranges and other.ranges):
            return Comparison(NOT_COMPARABLE, "a relative date without a publication date")
        if not any(x0 <= y1 and y0 <= x1 for x0, x1 in self.ranges for y0, y1 in other.ranges):
            return Comparison(CONFLICT, "no day fits both")
        if self.ranges == other.ranges:
            return Comparison(AGREE, "same days")
        return Comparison(COMPATIBLE, "overlapping periods at different precision")


@dataclass(kw_only=True)
class TimeOfDay(Fact):
    """A time of day as intervals of minutes after midnight (a night may run past 1440):
    one interval per reading ("3:30" is 03:30 or 15:30), each widened by its hedge."""

    kind: str = "time"
    value: str = ""  # "12:20", "03:30 | 15:30", or the part of the day ("afternoon")
    ranges: list[tuple[int, int]] = field(default_factory=list)

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, TimeOfDay) or not self.ranges or not other.ranges:
            return Comparison(NOT_COMPARABLE, "not a time of day")
        day = 24 * 60
        if not any(x0 <= y1 + k and y0 + k <= x1 for x0, x1 in self.ranges for y0, y1 in other.ranges for k in (-day, 0, day)):
            return Comparison(CONFLICT, "no time fits both")
        if self.ranges == other.ranges:
            return Comparison(AGREE, "same time")
        return Comparison(COMPATIBLE, "overlapping times")


@dataclass(kw_only=True)
class Place(Fact):
    """A street address: the street's name and type as normalised by the language pack,
    and a house number or a block (a range of numbers)."""

    kind: str = "place"
    street: str = ""  # "Washington", "West 14th", "Dorps"
    street_type: str = ""  # street | avenue | road | straat | laan …
    number: str | None = None  # "46", "22-04", "12a"
    low: int | None = None  # a block: "the 1500 block of" is 1500–1599
    high: int | None = None

    @property
    def value(self) -> str:
        where = f"{self.street} {self.street_type}".strip()
        if self.number:
            return f"{self.number} {where}"
        if self.low is not None:
            return f"{self.low}-{self.high} {where}"
        return where

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, Place) or self.street.lower() != other.street.lower():
            return Comparison(NOT_COMPARABLE, "different streets")
        if self.street_type and other.street_type and self.street_type != other.street_type:
            return Comparison(CONFLICT, f"{self.street} is a {self.street_type} in one source, a {other.street_type} in the other")
        numbers = [self._span(), other._span()]
        if None in numbers:
            return Comparison(COMPATIBLE, "the same street, a number on one side only")
        (a0, a1), (b0, b1) = numbers
        if self.number and other.number and self.number != other.number:
            return Comparison(CONFLICT, "different house numbers")
        if not (a0 <= b1 and b0 <= a1):
            return Comparison(CONFLICT, "different house numbers")
        return Comparison(AGREE if (a0, a1) == (b0, b1) else COMPATIBLE, "the same address")

    def _span(self) -> tuple[int, int] | None:
        if self.low is not None and self.high is not None:
            return self.low, self.high
        digits = re.match(r"\d+", self.number or "")
        return (int(digits.group()), int(digits.group())) if digits else None


@dataclass(kw_only=True)
class Affiliation(Fact):
    """The party or body a person is named with, as its abbreviation ("VVD", "PvdA", "KLM")."""

    kind: str = "affiliation"

    @property
    def value(self) -> str:
        return self.text

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, Affiliation):
            return Comparison(NOT_COMPARABLE, "not an affiliation")
        if self.text.lower() != other.text.lower():
            return Comparison(CONFLICT, f"{self.text} in one source, {other.text} in the other")
        return Comparison(AGREE, "the same party or body")


@dataclass(kw_only=True)
class Quotation(Fact):
    """Words a source gives as quoted speech (between quote marks)."""

    kind: str = "quote"

    @property
    def value(self) -> str:
        return self.text


@dataclass(kw_only=True)
class Mention(Fact):
    """A thing named, or denied by name ("geen kerosine", "but not PTSD"): denials.py. A
    denial and a statement of the same thing cannot both be true."""

    kind: str = "mention"
    denied: bool = False

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, Mention):
            return Comparison(NOT_COMPARABLE, "not a mention")
        if self.denied != other.denied:
            return Comparison(CONFLICT, "one denies what the other states")
        return Comparison(AGREE, "both state it" if not self.denied else "both deny it")


@dataclass(kw_only=True)
class PersonRef(Fact):
    """A mention of a person: the name it resolves to (None for a role alone that no
    named person fills), the role and organisation as the text states them."""

    kind: str = "person"
    value: str | None = None  # the entity's fullest name
    role: str | None = None
    org: str | None = None  # the organisation of a compound role ("SP-fractievoorzitter")

    @property
    def entity(self) -> str | None:
        return self.value

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, PersonRef) or not (self.value and other.value):
            return Comparison(NOT_COMPARABLE, "not two named people")
        if self.value != other.value:
            return Comparison(NOT_COMPARABLE, "different people")
        if self.role and other.role and self.role != other.role:
            return Comparison(COMPATIBLE, "the same person with different roles named")
        return Comparison(AGREE, "the same person")


@dataclass(kw_only=True)
class Knowledge(Fact):
    """Who knew, was told or did not know something."""

    kind: str = "knowledge"
    actor: str | None = None
    polarity: str | None = None  # positive | negative
    about: str | None = None
    informant: str | None = None  # who told or warned the actor
    when: str | None = None  # a date value from the same sentence
    actor_text: str | None = None  # the actor as the text writes it ("they", "the child", "ik")
    # how the actor was found: subject | object | speaker (a first person in a quote) | pronoun |
    # attribution ("police said it was unclear") | investigators (not stated: the body the source
    # names as investigating) | source (not stated: the one the source quotes most)
    actor_from: str | None = None

    def compatible(self, other: Fact, settings=None) -> Comparison:
        if not isinstance(other, Knowledge) or not self.actor or self.actor != other.actor:
            return Comparison(NOT_COMPARABLE, "not the same actor")
        if self.polarity != other.polarity:
            return Comparison(CONFLICT, f"{self.actor} knew in one source and did not in the other")
        return Comparison(AGREE, "same actor, same polarity")


QUANTITY_KINDS = ("count", "number", "duration", "ordinal")
NUMERIC_KINDS = ("count", "number", "duration", "money", "age", "percent")


def make_quantity(kind: str, *, text: str, start: int, end: int, value, unit: str | None = None,
                  qualifier: str | None = None) -> Quantity:
    """The numeric fact of ``kind``; ``value`` is a number or a {low, high} range."""
    cls = {"money": Money, "percent": Percent, "age": Age}.get(kind, Quantity)
    extra = {} if cls is not Quantity else {"kind": kind}
    if isinstance(value, dict):
        return cls(text=text, start=start, end=end, low=value.get("low"), high=value.get("high"), unit=unit,
                   qualifier=qualifier, **extra)
    return cls(text=text, start=start, end=end, value=value, unit=unit, qualifier=qualifier, **extra)


@dataclass
class Claim:
    id: str  # "<source>#<n>", n counts claims in source order
    source: str
    start: int
    end: int
    text: str  # == source.text[start:end]
    sentence: int  # index of the sentence the claim came from, in its source
    facts: list[Fact] = field(default_factory=list)
    # dates stated earlier in the same sentence: "In 2019 werd hij gewaarschuwd, dat …"
    # dates the content clause too. Used in verdicts only when the claim has no date itself.
    context: list[Fact] = field(default_factory=list)
    attribution: "Attribution | None" = None  # who says it (facts/attribution.py); None: the outlet itself


@dataclass
class Attribution:
    """Who a claim is attributed to: "police said", "volgens de politie", "aldus Halsema", a
    quote and its speaker. ``text`` is the speaker as written at [start, end) of the source
    ("Gov. John Bel Edwards", "hij", "Authorities"); ``speaker`` as resolved (a person's full
    name, a pronoun's person, or the body as named: "police"); ``org`` the body a spokesperson
    speaks for; ``quoted``: the claim is quoted speech."""

    text: str
    start: int
    end: int
    speaker: str | None
    org: str | None = None
    quoted: bool = False
    how: str = "said"  # said | according_to | quote | colon | continued


@dataclass
class Finding:
    severity: str  # conflict | note
    kind: str
    claims: list[str]
    values: dict[str, Any]
    spans: dict[str, str]  # claim id → the quoted span that carries the value
    message: str
    fingerprint: str


@dataclass
class Group:
    id: str
    claims: list[str]
    status: str  # agree | compatible | conflict | unique
    score: float = 0.0  # alignment evidence of the weakest link that made the group
    findings: list[Finding] = field(default_factory=list)


@dataclass
class SheetEntry:
    """One source's value in a slot of the fact sheet."""

    source: str
    claim: str
    fact: Fact


@dataclass
class Slot:
    id: str  # "S3"
    key: str  # "main/time/incident", stable for the same input
    label: str  # what an editor reads: "Time of the incident", "Killed (people)", "Age of Gavin Long"
    incident: str  # "main" or "other"
    entries: list[SheetEntry] = field(default_factory=list)
    status: str = "single"  # agree | compatible | conflict | development | single (one source)
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Sheet:
    slots: list[Slot] = field(default_factory=list)
    # names.py: a name spelled differently across sources, knowledge stated both ways
    names: list[Finding] = field(default_factory=list)
    # slots the review gate reads but a report does not show: the day of the incident. Sources
    # date a later death, a briefing or their dateline beside the words of the incident, so
    # between sources the slot finds more noise than disagreement; a draft's day that fits
    # none of the sources' days is still worth a contradiction.
    gate_slots: list[Slot] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for s in self.slots for f in s.findings] + self.names


@dataclass
class CopyRelation:
    """Two sources that share runs of words (copies.py): ``share`` is, per source, the part of
    its body text that the other also prints; ``copy`` the later one when the dates tell."""

    sources: tuple[str, str]
    share: dict[str, float]
    sentences: int = 0  # whole sentences both print
    earlier: str | None = None
    copy: str | None = None

    def other(self, source_id: str) -> str:
        return self.sources[1] if self.sources[0] == source_id else self.sources[0]


@dataclass
class Report:
    sources: list[Source]
    claims: list[Claim]
    groups: list[Group]
    model: str
    version: str
    people: dict[str, dict] = field(default_factory=dict)  # canonical name → {"roles": [...], "mentions": n}
    settings: Settings = field(default_factory=lambda: DEFAULT)  # the run's; renderers read their thresholds from it
    sheet: Sheet = field(default_factory=lambda: Sheet())  # sheet.py: every source's value per fact
    copies: list[CopyRelation] = field(default_factory=list)  # copies.py: pairs of sources that share text

    @property
    def sheet_findings(self) -> list[Finding]:
        """The fact sheet's findings that no aligned group already reports (the same kind
        between the same claims)."""
        covered = [(f.kind, set(f.claims)) for g in self.groups for f in g.findings]
        return [f for f in self.sheet.findings if not any(k == f.kind and set(f.claims) <= cs for k, cs in covered)]

    @property
    def all_findings(self) -> list[Finding]:
        """Every finding of the run: the aligned groups' and then the sheet's own."""
        return [f for g in self.groups for f in g.findings] + self.sheet_findings
