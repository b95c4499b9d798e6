"""The JSON report, format version 1. Keys sorted and floats fixed so that the same
input gives the same bytes."""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _encode_str  # json's own (its C version where there is one)
from typing import Any

from ..copies import independent
from ..model import DateSpan, Fact, Finding, Knowledge, PersonRef, Place, Quantity, Report, Slot, TimeOfDay


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
        if f.actor_text:
            d["actor_text"] = f.actor_text  # as written: "they", "the child", "ik"
        if f.actor_from:
            d["actor_from"] = f.actor_from  # how the actor was found (model.Knowledge)
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
    elif isinstance(f, Place):
        d["value"] = f.value
        extra = {"street": f.street, "street_type": f.street_type, "number": f.number}
    elif isinstance(f, TimeOfDay):
        d["value"] = f.value
        d["minutes"] = [list(r) for r in f.ranges]
        extra = {}
    else:
        extra = {}
    d.update({k: v for k, v in extra.items() if v is not None})
    return d


def attribution_to_dict(a) -> dict[str, Any]:
    """Who a claim is attributed to: the speaker as written (with its span) and as resolved."""
    d = {"text": a.text, "start": a.start, "end": a.end, "speaker": a.speaker, "quoted": a.quoted, "how": a.how}
    if a.org:
        d["org"] = a.org
    return d


def report_to_dict(report: Report) -> dict[str, Any]:
    claims = [
        {"id": c.id, "source": c.source, "text": c.text, "start": c.start, "end": c.end,
         "facts": [fact_to_dict(f) for f in c.facts],
         **({"context": [fact_to_dict(f) for f in c.context]} if c.context else {}),
         **({"attribution": attribution_to_dict(c.attribution)} if c.attribution else {})}
        for c in report.claims
    ]
    groups = []
    claims_by_id = {c.id: c for c in report.claims}
    for g in report.groups:
        groups.append({
            "id": g.id, "claims": g.claims, "status": g.status, "score": g.score,
            # sources that state the group's claims without copying each other's text (copies.py)
            **({"independent": independent([claims_by_id[c] for c in g.claims], report.copies, report.settings.copies.run_words)}
               if g.status != "unique" else {}),
            "findings": [
                finding_to_dict(f) for f in g.findings
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
        "sheet": [sheet_row(s) for s in report.sheet.slots],
        # pairs of sources that print the same text (copies.py): "copy" is the later one when the dates tell
        "copies": [{"sources": list(r.sources), "share": r.share, "sentences": r.sentences, "earlier": r.earlier,
                    "copy": r.copy} for r in report.copies],
        "findings": [finding_to_dict(f) for f in report.sheet_findings],
        "summary": summarise(report),
    }


def finding_to_dict(f: Finding) -> dict[str, Any]:
    return {"severity": f.severity, "kind": f.kind, "claims": f.claims, "values": f.values,
            "spans": f.spans, "message": f.message, "fingerprint": f.fingerprint}


def sheet_row(slot: Slot) -> dict[str, Any]:
    """A row of the fact sheet: each source's values in the slot with the claims that state them."""
    values: dict[str, list[dict[str, Any]]] = {}
    for e in slot.entries:
        values.setdefault(e.source, []).append({"claim": e.claim, "text": e.fact.text, "fact": e.fact.id})
    return {"id": slot.id, "key": slot.key, "label": slot.label, "incident": slot.incident, "status": slot.status,
            "values": values, "findings": [f.fingerprint for f in slot.findings]}


def summarise(report: Report) -> dict[str, int]:
    """The counts the report's header and the CLI's summary line show."""
    return {
        "sources": len(report.sources),
        "claims": len(report.claims),
        "groups": sum(1 for g in report.groups if g.status != "unique"),
        "conflicts": sum(1 for f in report.all_findings if f.severity == "conflict"),
        "developments": sum(1 for f in report.all_findings if f.kind == "development"),
        "agree": sum(1 for g in report.groups if g.status == "agree"),
        "compatible": sum(1 for g in report.groups if g.status == "compatible"),
        "unique": sum(1 for g in report.groups if g.status == "unique"),
    }


def render_json(report: Report, accepted: dict | None = None) -> str:
    """``accepted``: fingerprint → acceptance (gate.load_accepted); those findings get an
    "accepted" entry with the reason, who and when."""
    data = report_to_dict(report)
    if accepted:
        for f in [f for g in data["groups"] for f in g["findings"]] + data.get("findings", []):
            a = accepted.get(f["fingerprint"])
            if a is not None:
                f["accepted"] = {k: v for k, v in (("reason", a.reason), ("by", a.by), ("date", a.date)) if v}
    return dumps(data) + "\n"


class _Unknown(Exception):
    """A value dumps() leaves to json.dumps."""


def _floatstr(o: float) -> str:
    if o != o:
        return "NaN"
    if o == float("inf"):
        return "Infinity"
    if o == -float("inf"):
        return "-Infinity"
    return float.__repr__(o)


def dumps(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)``, the same text: json
    indents with its pure-Python encoder (its C one cannot indent), a generator for every dict
    and list, which was most of the time of rendering the JSON report. This is one recursive
    function filling a list. A value json would pass to ``default`` (or a cycle, or keys that do
    not sort) goes to json.dumps, which does what it always did."""
    out: list[str] = []
    app = out.append

    def enc(o: Any, indent: str) -> None:  # indent: a line end and the current indentation
        if isinstance(o, str):
            app(_encode_str(o))
        elif o is None:
            app("null")
        elif o is True:
            app("true")
        elif o is False:
            app("false")
        elif isinstance(o, int):
            app(int.__repr__(o))
        elif isinstance(o, float):
            app(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                app("[]")
                return
            inner = indent + " "
            app("[" + inner)
            first = True
            for v in o:
                if first:
                    first = False
                else:
                    app("," + inner)
                enc(v, inner)
            app(indent + "]")
        elif isinstance(o, dict):
            if not o:
                app("{}")
                return
            inner = indent + " "
            app("{" + inner)
            first = True
            for k, v in sorted(o.items()):
                if isinstance(k, str):
                    pass
                elif isinstance(k, float):
                    k = _floatstr(k)
                elif k is True:
                    k = "true"
                elif k is False:
                    k = "false"
                elif k is None:
                    k = "null"
                elif isinstance(k, int):
                    k = int.__repr__(k)
                else:
                    raise _Unknown
                if first:
                    first = False
                else:
                    app("," + inner)
                app(_encode_str(k))
                app(": ")
                enc(v, inner)
            app(indent + "}")
        else:
            raise _Unknown

    try:
        enc(data, "\n")
    except (_Unknown, TypeError, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    return "".join(out)
