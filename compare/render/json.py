"""The JSON report, format version 1. Keys sorted and floats fixed so that the same
input gives the same bytes."""
from __future__ import annotations

import json
from typing import Any

from ..model import Fact, Report


def fact_to_dict(f: Fact) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": f.kind, "text": f.text, "start": f.start, "end": f.end}
    if f.kind == "knowledge":
        d.update(actor=f.actor, polarity=f.polarity, about=f.about)
        if f.informant:
            d["informant"] = f.informant
        if f.when:
            d["when"] = f.when
        return d
    d["value"] = f.value
    for key in ("unit", "qualifier", "role", "org"):
        v = getattr(f, key)
        if v is not None:
            d[key] = v
    if f.kind == "date":
        d["precision"] = f.precision
        if f.modifier:
            d["modifier"] = f.modifier
        d["resolved"] = f.resolved
        if f.ranges:
            d["range"] = [list(r) for r in f.ranges]
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
    conflicts = sum(1 for g in report.groups for f in g.findings if f.severity == "conflict")
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
        "summary": {
            "sources": len(report.sources),
            "claims": len(report.claims),
            "groups": sum(1 for g in report.groups if g.status != "unique"),
            "conflicts": conflicts,
            "agree": sum(1 for g in report.groups if g.status == "agree"),
            "compatible": sum(1 for g in report.groups if g.status == "compatible"),
            "unique": sum(1 for g in report.groups if g.status == "unique"),
        },
    }


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
