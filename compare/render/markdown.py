"""The Markdown report an editor reads: conflicts first with their quotes, then who
knew what, agreements, and claims only one source makes. Article text is escaped so
that markup in an article stays inert."""
from __future__ import annotations

import os
import re

from ..model import Claim, Knowledge, Report, Source, short_id

_MD_SPECIAL = re.compile(r"([\\`*_{}|#!~])")


def esc(text: str | None) -> str:
    """Article text made inert in Markdown: no links, HTML, tables broken or code spans."""
    if text is None:
        return ""
    text = re.sub(r"\s+", " ", text).strip()
    # entities for HTML's characters: no renderer turns "&lt;img" back into a tag
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("[", "&#91;").replace("]", "&#93;")  # no link can start in article text
    return _MD_SPECIAL.sub(r"\\\1", text)


def _line(source: Source, offset: int) -> int:
    return source.text.count("\n", 0, offset) + 1


def render_markdown(report: Report, link_dir: str | None = None) -> str:
    """``link_dir``: the folder the report is written to, so line links are relative to it."""
    coherent = report.settings.align.coherent
    sources = {s.id: s for s in report.sources}
    claims = {c.id: c for c in report.claims}

    def link(c: Claim) -> str:
        s = sources[c.source]
        path = os.path.relpath(s.path, link_dir) if link_dir is not None else s.path
        return f"[{esc(short_id(c.source))}:L{_line(s, c.start)}]({path.replace(os.sep, '/').replace(' ', '%20')}#L{_line(s, c.start)})"

    conflicts = [(g, f) for g in report.groups for f in g.findings if f.severity == "conflict"]
    calm = [g for g in report.groups if g.status in ("agree", "compatible")]
    # a weakly aligned group is shown as related, not as an agreement the editor can rely on
    agree = [g for g in calm if g.score >= coherent]
    related = [g for g in calm if g.score < coherent]
    unique = [g for g in report.groups if g.status == "unique"]
    unique_claims = sum(len(g.claims) for g in unique)
    out: list[str] = []
    out.append("# Source comparison")
    out.append("")
    verdict = f"**{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''}**, {len(agree)} agreement{'s' if len(agree) != 1 else ''}, {unique_claims} claims in one source only"
    out.append(verdict + f" — {len(report.sources)} sources, {len(report.claims)} claims, model `{report.model}`.")
    out.append("")
    if report.people:
        people = [f"{esc(name)} ({esc(', '.join(info['roles'] + info.get('orgs', [])))})" if info["roles"] else esc(name)
                  for name, info in report.people.items()]
        out.append("People: " + "; ".join(people) + ".")
        out.append("")
    out.append("| source | title | published | language | claims |")
    out.append("|---|---|---|---|---|")
    for s in report.sources:
        n = sum(1 for c in report.claims if c.source == s.id)
        pub = s.published or "unknown (relative dates unresolved)"
        out.append(f"| {esc(s.id)} | {esc(s.title) or '—'} | {pub} | {s.language} | {n} |")
    out.append("")

    out.append("## Conflicts")
    out.append("")
    if not conflicts:
        out.append("No conflicts found.")
        out.append("")
    for k, (g, f) in enumerate(conflicts, start=1):
        out.append(f"### {k}. {esc(f.message)}")
        out.append("")
        out.append(f"`{f.kind}` · group {g.id} · fingerprint `{f.fingerprint}`")
        out.append("")
        out.append("| source | published | value | claim |")
        out.append("|---|---|---|---|")
        for cid in f.claims:
            c = claims[cid]
            s = sources[c.source]
            span = f.spans.get(cid, "")
            # a date read from earlier in the sentence ("In 2019 …, dat …") is said to be so
            where = "" if all(part in c.text for part in span.split(", ")) else " (earlier in the sentence)"
            out.append(f"| {link(c)} | {s.published or 'unknown'} | **{esc(span)}**{where} | “{esc(c.text)}” |")
        others = [claims[c] for c in g.claims if c not in f.claims]
        for c in others:
            out.append(f"| {link(c)} | {sources[c.source].published or 'unknown'} | — | “{esc(c.text)}” |")
        out.append("")

    from .timeline import mermaid_timeline, timeline_events

    events = timeline_events(report)
    out.append("## Timeline")
    out.append("")
    if events:
        out.append(mermaid_timeline(events))
        out.append("")
        out.append("| when | event | dates per source |")
        out.append("|---|---|---|")
        for e in events:
            per = "; ".join(f"{esc(short_id(s))}: {esc(t)}" for s, t in e.dates.items())
            flag = " **(dates differ)**" if e.differs else ""
            out.append(f"| {esc(e.when)} | {esc(e.label)}{flag} | {per} |")
    else:
        out.append("No dated event is stated by more than one source.")
    out.append("")

    out.append("## Who knew what, when")
    out.append("")
    rows = []
    for c in report.claims:
        for f in c.facts:
            if isinstance(f, Knowledge):
                rows.append((c, f))
    if rows:
        out.append("| who | knew? | when | told by | source | statement |")
        out.append("|---|---|---|---|---|---|")
        for c, f in rows:
            knew = "knew / was told" if f.polarity == "positive" else "did not know"
            out.append(f"| {esc(f.actor)} | {knew} | {esc(f.when) or '—'} | {esc(f.informant) or '—'} | {link(c)} | “{esc(f.text)}” |")
    else:
        out.append("No statements of knowing or not knowing found.")
    out.append("")

    out.append("## Agreements")
    out.append("")
    if not agree:
        out.append("No claim is made by more than one source.")
    for g in agree:
        members = [claims[c] for c in g.claims]
        notes = [f.message for f in g.findings if f.severity == "note"]
        tag = "compatible" if g.status == "compatible" else "agree"
        first = members[0]
        srcs = ", ".join(link(c) for c in members)
        out.append(f"- **{g.id}** ({tag}, {len({c.source for c in members})} sources: {srcs}): “{esc(first.text)}”")
        for n in notes:
            out.append(f"  - {esc(n)}")
    out.append("")

    if related:
        out.append("## Loosely related (weak alignment: not checked as agreement)")
        out.append("")
        for g in related:
            members = [claims[c] for c in g.claims]
            out.append(f"- **{g.id}** " + " · ".join(f"{link(c)} “{esc(c.text)}”" for c in members))
        out.append("")

    out.append("## Claims only one source makes")
    out.append("")
    by_source: dict[str, list[Claim]] = {}
    for g in unique:
        for cid in g.claims:
            by_source.setdefault(claims[cid].source, []).append(claims[cid])
    for s in report.sources:
        items = sorted(by_source.get(s.id, []), key=lambda c: c.start)
        if not items:
            continue
        out.append(f"<details><summary>{esc(s.id)} — {len(items)} claims</summary>")
        out.append("")
        for c in items:
            out.append(f"- {link(c)} “{esc(c.text)}”")
        out.append("")
        out.append("</details>")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
