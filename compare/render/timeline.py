"""Dated events across sources, for the Markdown (Mermaid) and HTML (SVG) timelines."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..inert import one_line
from ..model import DateSpan, Fact, Report, short_id


@dataclass
class TimelineEvent:
    when: str  # the ISO value of the earliest date stated for the event
    start: str  # first day of that date's range, for ordering and placing
    label: str
    group: str
    dates: dict[str, str]  # source id → the date words that source uses
    differs: bool  # the sources' dates cannot all be true


def _first(f: DateSpan) -> str:
    if f.modifier in ("before", "by", "after"):
        return str(f.value)  # a bound: "before 28 April" stands at 28 April, not at the year 1
    return min(r[0] for r in f.ranges)


def timeline_events(report: Report, max_label: int = 70) -> list[TimelineEvent]:
    """Events of groups the report presents as agreements or conflicts (not loosely related ones)."""
    claims = {c.id: c for c in report.claims}
    events = []
    for g in report.groups:
        if g.status in ("unique", "related"):
            continue
        per_source: dict[str, list[Fact]] = {}
        for cid in g.claims:
            c = claims[cid]
            for f in c.facts:
                # one clear date: a list of possible Mondays is no point on a timeline
                if isinstance(f, DateSpan) and f.resolved and f.ranges and not isinstance(f.value, list):
                    per_source.setdefault(c.source, []).append(f)
        if not per_source:
            continue
        earliest = min((f for fs in per_source.values() for f in fs), key=lambda f: (_first(f), f.text))
        # the label is the claim that states the date
        text = next(claims[c].text for c in g.claims if any(f is earliest for f in claims[c].facts))
        label = text if len(text) <= max_label else text[: max_label - 1].rsplit(" ", 1)[0] + "…"
        differs = any(f.kind == "date" and f.severity == "conflict" for f in g.findings)
        events.append(TimelineEvent(
            when=str(earliest.value), start=_first(earliest), label=label, group=g.id,
            dates={s: ", ".join(f.text for f in fs) for s, fs in sorted(per_source.items())}, differs=differs))
    events.sort(key=lambda e: (e.start, e.group))
    return events


def _mermaid_text(s: str) -> str:
    """Mermaid timeline items break on ':' and '#'; keep the words, drop the syntax."""
    s = re.sub(r"[:#;<>{}\[\]\"`|]", " ", one_line(s))
    return re.sub(r"\s+", " ", s).strip()


def mermaid_timeline(events: list[TimelineEvent]) -> str:
    if not events:
        return ""
    lines = ["```mermaid", "timeline", "    title Dated events across sources"]
    for e in events:
        srcs = ", ".join(short_id(s) for s in e.dates)
        flag = " ⚠ dates differ" if e.differs else ""
        lines.append(f"    {_mermaid_text(e.when)} : {_mermaid_text(e.label)} ({_mermaid_text(srcs)}){flag}")
    lines.append("```")
    return "\n".join(lines)
