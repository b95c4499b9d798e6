"""Plain dataclasses passed between the stages.

ingest → Source; claims → Claim; facts → Fact (attached to claims);
align → Group; judge → Finding (attached to groups); pipeline → Report.
Every span is a half-open [start, end) range of Python str offsets into
``Source.text``, the text exactly as decoded from the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


def short_id(source_id: str) -> str:
    """'003_fcb36a4dc55822fd' → '003': the seeds' numbered ids are read by their number."""
    return source_id.split("_")[0] if re.match(r"^\d+_", source_id) else source_id


class InputError(Exception):
    """Bad input or usage: the CLI prints the message on one line and exits 2."""


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
    published_from: str | None = None  # where the date came from: front matter, date token, dateline, --date
    language: str = "nl"
    body_start: int = 0  # first offset of article text (after front matter / date token)
    segments: list[Segment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Fact:
    kind: str  # date | count | number | money | age | duration | percent | ordinal | person | knowledge
    text: str
    start: int
    end: int
    value: Any = None
    unit: str | None = None
    qualifier: str | None = None
    precision: str | None = None  # dates: day | week | month | season | year
    modifier: str | None = None  # dates: begin | mid | end | since | before | after
    ranges: list[tuple[str, str]] = field(default_factory=list)  # dates: inclusive ISO day ranges
    resolved: bool = True  # dates: False when the publication date needed is unknown
    role: str | None = None  # person: role as a role; knowledge: none
    org: str | None = None  # person: the organisation in a compound role ("SP-fractievoorzitter")
    actor: str | None = None  # knowledge: who knew / did not know
    polarity: str | None = None  # knowledge: positive | negative
    about: str | None = None  # knowledge: what about
    informant: str | None = None  # knowledge: who told / warned the actor
    when: str | None = None  # knowledge: a date value from the same sentence


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
class Report:
    sources: list[Source]
    claims: list[Claim]
    groups: list[Group]
    model: str
    version: str
    people: dict[str, dict] = field(default_factory=dict)  # canonical name → {"roles": [...], "mentions": n}
