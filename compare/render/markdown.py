"""The Markdown report an editor reads: conflicts first with their quotes, then who
knew what, agreements, and claims only one source makes. Article text is escaped so
that markup in an article stays inert."""
from __future__ import annotations

import bisect
import difflib
import os
import re

from ..inert import one_line, url_path
from ..copies import describe, independent
from ..model import Claim, Knowledge, Report, Source, short_id

_MD_SPECIAL = re.compile(r"([\\`*_{}|#!~])")


# What GitHub and other renderers turn into live links or notifications on their own,
# from plain text: URLs, www. addresses, e-mail addresses, @mentions and #references.
# Each is shown as a code span: visible as written, inert (no link, no one notified).
_URL_END = r"[^\s<>`|\[\]()'\"“”‘’.,;:!?]"
_LIVE = re.compile(
    rf"(?:(?:https?|ftp)://|www\.)[^\s<>`|\[\]]*{_URL_END}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@/])@[A-Za-z0-9_](?:[A-Za-z0-9_/.-]*[A-Za-z0-9_])?"
    r"|(?<![\w&])#\d+\b",
    re.I,
)


def esc(text: str | None) -> str:
    """Article text made inert in Markdown: no links, mentions, HTML, tables broken or
    code spans of the article's own."""
    if text is None:
        return ""
    text = re.sub(r"\s+", " ", text).strip()
    # controls and bidirectional overrides shown as visible signs (inert.py)
    text = one_line(text)
    out, pos = [], 0
    for m in _LIVE.finditer(text):
        out.append(_esc_plain(text[pos : m.start()]))
        out.append(f"`{m.group()}`")  # no backtick, bar or bracket can be inside: see _LIVE
        pos = m.end()
    out.append(_esc_plain(text[pos:]))
    return "".join(out)


def _esc_plain(text: str) -> str:
    # entities for HTML's characters: no renderer turns "&lt;img" back into a tag
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # backslash-escaped brackets, after the other escapes: no link can start in article
    # text (an entity would be shown as "&#91;", its "#" escaped)
    return _MD_SPECIAL.sub(r"\\\1", text).replace("[", "\\[").replace("]", "\\]")


def _line(source: Source, offset: int) -> int:
    return source.text.count("\n", 0, offset) + 1


def elide(text: str, limit: int) -> str:
    """A quote of at most about ``limit`` characters: a longer claim keeps its first two
    thirds and its last third around a "…" (its line link and the JSON keep it whole)."""
    if len(text) <= limit:
        return text
    head = limit * 2 // 3
    return text[:head].rstrip() + " … " + text[len(text) - (limit - head) :].lstrip()


_STATUS = {"conflict": "**conflict**", "development": "development", "agree": "agree", "compatible": "compatible",
           "single": "one source"}


def differing_words(first: str, other: str, limit: int) -> str:
    """``other`` quoted, inert, with the words it does not share with ``first`` in bold;
    "(the same words)" when it has none."""
    a = re.findall(r"\w+|[^\w\s]+", first.lower())
    words = list(re.finditer(r"\w+|[^\w\s]+", other))
    b = [m.group().lower() for m in words]
    if a == b:
        return "(the same words)"
    new = [False] * len(b)
    for tag, _, _, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            new[j1:j2] = [True] * (j2 - j1)
    out, pos, k = [], 0, 0
    while k < len(words):
        if not new[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(words) and new[j + 1]:
            j += 1
        out.append(_spaced(other[pos:words[k].start()]))
        out.append(f"**{esc(other[words[k].start():words[j].end()])}**")
        pos, k = words[j].end(), j + 1
    out.append(_spaced(other[pos:]))
    text = "".join(out)
    if len(other) > limit:  # a long quote is elided as every quote is; its bold runs stay intact
        return f"“{esc(elide(other, limit))}”"
    return f"“{text.strip()}”"


def _spaced(text: str) -> str:
    """``esc`` keeping one space where the text begins or ends with one."""
    if not text.strip():
        return " " if text else ""
    return (" " if text[0].isspace() else "") + esc(text) + (" " if text[-1].isspace() else "")


def _fact_sheet(report: Report, claims: dict[str, Claim], link) -> list[str]:
    """One row per fact, one column per source: conflicting rows first, developments marked."""
    if not report.sheet.slots:
        return []
    ids = [s.id for s in report.sources]
    out = ["## Fact sheet", "", "| fact | status | " + " | ".join(esc(short_id(s)) for s in ids) + " |",
           "|---|---|" + "---|" * len(ids)]
    for slot in report.sheet.slots:
        cells = []
        for sid in ids:
            here = [e for e in slot.entries if e.source == sid]
            cells.append(", ".join(f"**{esc(e.fact.text)}** {link(claims[e.claim])}" for e in here) or "—")
        label = esc(slot.label) + (" (another incident)" if slot.incident != "main" else "")
        out.append(f"| {label} | {_STATUS.get(slot.status, slot.status)} | " + " | ".join(cells) + " |")
    out.append("")
    return out


# how a knowledge statement's actor was found, when the sentence does not name it outright
_ACTOR_FROM = {"investigators": "not named: the investigating body the source names most",
               "source": "not named: the body the source quotes", "speaker": "the speaker of the quote",
               "pronoun": "a pronoun's referent", "attribution": "the one the sentence quotes"}


def _who(f: Knowledge) -> str:
    """The actor as resolved, with the words the text uses for it when they differ ("police
    (“Authorities”, the one the sentence quotes)")."""
    notes = []
    if f.actor_text and (f.actor or "").lower() not in f.actor_text.lower() and \
            f.actor_text.split()[-1].lower() not in (f.actor or "").lower():
        notes.append(f"“{esc(f.actor_text)}”")
    if f.actor_from in _ACTOR_FROM:
        notes.append(_ACTOR_FROM[f.actor_from])
    return esc(f.actor) + (f" ({', '.join(notes)})" if notes else "")


def _said_by(c: Claim) -> str:
    """Who the claim is attributed to: the speaker as written, and as resolved when that differs."""
    a = c.attribution
    if a is None:
        return "—"
    shown = esc(a.text)
    if a.speaker and a.speaker.lower() not in a.text.lower():
        shown += f" ({esc(a.speaker)})"
    return shown + (" [quoted]" if a.quoted else "")


def _by(c: Claim) -> str:
    """" (according to police)": who a claim is attributed to, where an agreement lists it."""
    a = c.attribution
    return f" (according to {esc(a.speaker or a.text)})" if a is not None else ""


def render_markdown(report: Report, link_dir: str | None = None, accepted: dict | None = None) -> str:
    """``link_dir``: the folder the report is written to, so line links are relative to it.
    ``accepted``: fingerprint → acceptance (gate.load_accepted); those conflicts are marked."""
    accepted = accepted or {}
    sources = {s.id: s for s in report.sources}
    claims = {c.id: c for c in report.claims}

    limits = report.settings.limits
    newlines: dict[str, list[int]] = {}

    def line_of(s: Source, offset: int) -> int:
        if s.id not in newlines:  # once per source: a link per claim must not rescan the text
            newlines[s.id] = [m.start() for m in re.finditer("\n", s.text)]
        return bisect.bisect_left(newlines[s.id], offset) + 1

    targets: dict[str, tuple[str, str]] = {}  # source id → (its label, its file as a link target)

    def link(c: Claim) -> str:
        s = sources[c.source]
        if s.id not in targets:  # once per source: relpath asks the file system for the working folder
            path = os.path.relpath(s.path, link_dir) if link_dir is not None else s.path
            # the target percent-encoded: a file name cannot end the link, open a tag or split a table
            targets[s.id] = esc(short_id(c.source)), url_path(path.replace(os.sep, "/"))
        label, target = targets[s.id]
        line = line_of(s, c.start)
        return f"[{label}:L{line}]({target}#L{line})"

    def quote(c: Claim) -> str:
        return esc(elide(c.text, limits.max_quote_chars))

    conflicts = [(g, f) for g in report.groups for f in g.findings if f.severity == "conflict"]
    conflicts += [(None, f) for f in report.sheet_findings if f.severity == "conflict"]
    # an agreement is one fact stated by several sources (judge.py); a looser group is "related"
    agree = [g for g in report.groups if g.status in ("agree", "compatible")]
    related = [g for g in report.groups if g.status == "related"]
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
    spelled = [f for f in getattr(report.sheet, "names", []) if f.kind == "name" and f.severity == "note"]
    if spelled:  # names.py: one source writing a name two ways (across sources it is a conflict below)
        out.append("Spelled two ways: " + "; ".join(esc(f.message) for f in spelled) + ".")
        out.append("")
    out.append("| source | title | published | language | claims | copied text |")
    out.append("|---|---|---|---|---|---|")
    for s in report.sources:
        n = sum(1 for c in report.claims if c.source == s.id)
        pub = s.published or "unknown (relative dates unresolved)"
        title = esc(elide(s.title, limits.max_quote_chars)) if s.title else ""
        copied = "; ".join(esc(describe(r, s.id, short_id)) for r in report.copies if s.id in r.sources)
        out.append(f"| {esc(s.id)} | {title or '—'} | {pub} | {s.language} | {n} | {copied or '—'} |")
    out.append("")
    out += _fact_sheet(report, claims, link)

    out.append("## Conflicts")
    out.append("")
    if not conflicts:
        out.append("No conflicts found.")
        out.append("")
    for k, (g, f) in enumerate(conflicts, start=1):
        if k > limits.max_conflicts_shown:
            out.append(f"{len(conflicts) - limits.max_conflicts_shown} more conflicts are not shown here "
                       f"(limits.max_conflicts_shown); every one is in the JSON report.")
            out.append("")
            break
        out.append(f"### {k}. {esc(f.message)}")
        out.append("")
        where_found = f"group {g.id}" if g is not None else ("names" if f.kind in ("name", "knowledge") else "fact sheet")
        out.append(f"`{f.kind}` · {where_found} · fingerprint `{f.fingerprint}`")
        if f.fingerprint in accepted:
            a = accepted[f.fingerprint]
            out.append("")
            out.append(f"**Accepted**{' by ' + esc(a.by) if a.by else ''}{' on ' + esc(a.date) if a.date else ''}: {esc(a.reason)}")
        out.append("")
        out.append("| source | published | value | claim |")
        out.append("|---|---|---|---|")
        for cid in f.claims:
            c = claims[cid]
            s = sources[c.source]
            span = f.spans.get(cid, "")
            # a date read from earlier in the sentence ("In 2019 …, dat …") is said to be so
            where = "" if all(part in c.text for part in span.split(", ")) else " (earlier in the sentence)"
            out.append(f"| {link(c)} | {s.published or 'unknown'} | **{esc(span)}**{where} | “{quote(c)}” |")
        # the claims that disagree, not the whole group: a group of hundreds, quoted under each
        # of its conflicts, made reports of hundreds of MB; the others are named by link
        others = [claims[c] for c in g.claims if c not in f.claims] if g is not None else []
        if others:
            out.append("")
            more = f" and {len(others) - 5} more" if len(others) > 5 else ""
            out.append(f"Also in group {g.id}: " + ", ".join(link(c) for c in others[:5]) + more + ".")
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
        out.append("| who | knew? | when | told by | according to | source | statement |")
        out.append("|---|---|---|---|---|---|---|")
        for c, f in rows:
            knew = "knew / was told" if f.polarity == "positive" else "did not know"
            out.append(f"| {_who(f)} | {knew} | {esc(f.when) or '—'} | {esc(f.informant) or '—'} | {_said_by(c)} | {link(c)} | “{esc(f.text)}” |")
    else:
        out.append("No statements of knowing or not knowing found.")
    out.append("")

    out.append("## Agreements")
    out.append("")
    if not agree:
        out.append("No claim is made by more than one source.")
    notes_left = limits.max_conflicts_shown  # notes are pairwise too: bounded as conflicts are
    for g in agree:
        members = [claims[c] for c in g.claims]
        notes = [f.message for f in g.findings if f.severity == "note"]
        tag = "compatible" if g.status == "compatible" else "agree"
        first = members[0]
        n_sources = len({c.source for c in members})
        free = independent(members, report.copies, report.settings.copies.run_words)
        counted = f"{n_sources} sources" + (f", {free} independent" if free < n_sources else "")
        # every member's words: the first quote whole, the others with the words that differ in bold
        out.append(f"- **{g.id}** ({tag}, {counted}): {link(first)}{_by(first)} “{quote(first)}”")
        for c in members[1:]:
            out.append(f"  - {link(c)}{_by(c)} {differing_words(first.text, c.text, limits.max_quote_chars)}")
        for n in notes[: max(notes_left, 0)]:
            out.append(f"  - {esc(n)}")
        if len(notes) > max(notes_left, 0):
            out.append(f"  - {len(notes) - max(notes_left, 0)} more notes in the JSON report (limits.max_conflicts_shown)")
        notes_left -= len(notes)
    out.append("")

    if related:
        out.append("## Loosely related (weak alignment: not checked as agreement)")
        out.append("")
        for g in related:
            members = [claims[c] for c in g.claims]
            out.append(f"- **{g.id}** " + " · ".join(f"{link(c)} “{quote(c)}”" for c in members))
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
            out.append(f"- {link(c)} “{quote(c)}”")
        out.append("")
        out.append("</details>")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
