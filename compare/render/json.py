"""The JSON report, format version 1. Keys sorted and floats fixed so that the same
input gives the same bytes."""
from __future__ import annotations

import json
from typing import Any

from ..model import DateSpan, Fact, Knowledge, PersonRef, Quantity, Report


def fact_to_dict(f: Fact) -> dict[str, Any]:
    """A fact in the schema's shape: ``value`` a number, {low, high}, an ISO date or a name."""
    d: dict[str, Any] = {"kind": f.kind, "text": f.text, "start": f.start, "end": f.end}
    if f.id:
        d["id"] = f.id
    if isinstance(f, Knowledge):
        d.update(actor=f.actor, polarity=f.polarity, about=f.about)
        if f.informant:
            d["informant"] = f.informant
        if f.when:
            d["when"] = f.when
        return d
    if isinstance(f, Quantity):
        d["value"] = f.json_value()
        extra = {"unit": f.unit, "qualifier": f.qualifier, "of_whom": f.of_whom}
    elif isinstance(f, PersonRef):
        d["value"] = f.value
        extra = {"role": f.role, "org": f.org}
    elif isinstance(f, DateSpan):
        d["value"] = f.value
        d["precision"] = f.precision
        d["resolved"] = f.resolved
        extra = {"modifier": f.modifier}
        if f.ranges:
            d["range"] = [list(r) for r in f.ranges]
    else:
        extra = {}
    d.update({k: v for k, v in extra.items() if v is not None})
    return d


def report_to_dict(report: Report) -> dict[str, Any]:
    claims = [
        {"id": c.id, "source": c.source, "text": c.text, "start": c.start, "end": c.end,
         "facts": [fact_to_dict(f) for f in c.facts],
         **({"context": [fact_to_dict(f) for f in c.context]} if c.context else {})}
        for c in report.claims
    ]
    groups = []
    for g in report.groups:
        groups.append({
            "id": g.id, "claims": g.claims, "status": g.status, "score": g.score,
            "findings": [
                {"severity": f.severity, "kind": f.kind, "claims": f.claims, "values": f.values,
                 "spans": f.spans, "message": f.message, "fingerprint": f.fingerprint}
                for f in g.findings
            ],
        })
    return {
        "format": 1,
        "tool": {"name": "compare", "version": report.version, "model": report.model},
        "sources": [
            {"id": s.id, "path": s.path, "title": s.title, "outlet": s.outlet, "published": s.published,
             "published_from": s.published_from, "language": s.language, "sha256": s.sha256,
             "boilerplate": [{"start": seg.start, "end": seg.end, "kind": seg.kind, "reason": seg.reason} for seg in s.segments],
             "warnings": s.warnings}
            for s in report.sources
        ],
        "claims": claims,
        "groups": groups,
        "people": report.people,
        "summary": summarise(report),
    }


def summarise(report: Report) -> dict[str, int]:
    """The counts the report's header and the CLI's summary line show."""
    return {
        "sources": len(report.sources),
        "claims": len(report.claims),
        "groups": sum(1 for g in report.groups if g.status != "unique"),
        "conflicts": sum(1 for g in report.groups for f in g.findings if f.severity == "conflict"),
        "agree": sum(1 for g in report.groups if g.status == "agree"),
        "compatible": sum(1 for g in report.groups if g.status == "compatible"),
        "unique": sum(1 for g in report.groups if g.status == "unique"),
    }


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
