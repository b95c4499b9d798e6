"""One self-contained HTML file: the sources side by side, every claim of a group in the
same colour, conflicts in red; a click on a finding scrolls each source to its span.

No network and no CDN. Article text reaches the page only as JSON data inside a
<script type="application/json"> (with "<" escaped) and is put into the page with
textContent, never as markup, so a <script> in an article stays text.
"""
from __future__ import annotations

import html
import json

from ..inert import visible
from ..copies import independent
from ..model import Report, short_id
from .timeline import timeline_events

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222}
header{padding:12px 16px;border-bottom:1px solid #ddd}
h1{font-size:18px;margin:0 0 6px}
.filters button{margin-right:6px;padding:3px 10px;border:1px solid #aaa;background:#f6f6f6;border-radius:4px;cursor:pointer}
.filters button.on{background:#333;color:#fff}
#findings{padding:8px 16px;max-height:28vh;overflow:auto;border-bottom:1px solid #ddd}
.finding{padding:4px 6px;margin:2px 0;border-left:4px solid #c00;cursor:pointer}
.finding.note{border-left-color:#999}
.finding.agree{border-left-color:#2a7}
.finding.active{background:#fee}
.finding.accepted{border-left-style:dashed;opacity:.7}
#timeline{padding:4px 16px;border-bottom:1px solid #ddd;overflow-x:auto}
#sources{display:flex;gap:8px;padding:8px;height:52vh}
.source{flex:1;overflow:auto;border:1px solid #ddd;padding:8px;white-space:pre-wrap;min-width:220px}
.source h2{font-size:13px;margin:0 0 6px;white-space:normal}
.claim{border-radius:3px}
.claim.grouped{background:var(--c)}
.claim.conflict{background:#fcc;outline:1px solid #c00}
.claim.hl{outline:3px solid #06f;background:#cdf}
.boiler{color:#999}
body.only-conflict .claim.grouped:not(.conflict){background:none}
body.only-conflict .finding:not(.conflict){display:none}
body.only-agree .claim.conflict,body.only-agree .claim.unique{background:none;outline:none}
body.only-agree .finding.conflict{display:none}
body.only-unique .claim.grouped{background:none;outline:none}
body.only-unique .claim.unique{background:#ffe9a8}
"""

_JS = r"""
(function(){
const data = JSON.parse(document.getElementById('data').textContent);
const byClaim = {};
data.groups.forEach((g, i) => g.claims.forEach(c => byClaim[c] = {g: g, i: i}));
const wrap = document.getElementById('sources');
data.sources.forEach(s => {
  const col = document.createElement('section'); col.className = 'source'; col.id = 'src-' + s.id;
  if (s.language) col.lang = s.language;
  const h = document.createElement('h2'); h.textContent = s.id + (s.published ? ' · ' + s.published : ''); col.appendChild(h);
  const text = s.text; let pos = s.body_start || 0;  // front matter is metadata, not article text
  s.claims.forEach(c => {
    if (c.start > pos) col.appendChild(document.createTextNode(text.slice(pos, c.start)));
    const span = document.createElement('span'); span.className = 'claim'; span.dataset.claim = c.id;
    span.textContent = text.slice(c.start, c.end);
    const m = byClaim[c.id];
    if (m && m.g.status !== 'unique') {
      span.classList.add('grouped'); span.style.setProperty('--c', 'hsl(' + ((m.i * 47) % 360) + ',70%,88%)');
      if (m.g.status === 'conflict') span.classList.add('conflict');
      span.title = m.g.id + ' · ' + m.g.status;
    } else { span.classList.add('unique'); }
    col.appendChild(span); pos = c.end;
  });
  if (pos < text.length) col.appendChild(document.createTextNode(text.slice(pos)));
  wrap.appendChild(col);
});
const list = document.getElementById('findings');
data.findings.forEach((f, k) => {
  const div = document.createElement('div'); div.className = 'finding ' + f.cls; div.id = 'finding-' + k;
  div.textContent = f.message; div.dataset.claims = JSON.stringify(f.claims);
  div.addEventListener('click', () => select(div));
  list.appendChild(div);
});
function select(div){
  document.querySelectorAll('.hl').forEach(e => e.classList.remove('hl'));
  document.querySelectorAll('.finding.active').forEach(e => e.classList.remove('active'));
  div.classList.add('active');
  JSON.parse(div.dataset.claims).forEach(id => {
    const el = document.querySelector('[data-claim="' + CSS.escape(id) + '"]');
    if (el) { el.classList.add('hl'); el.scrollIntoView({block: 'center'}); }
  });
}
document.querySelectorAll('.filters button').forEach(b => b.addEventListener('click', () => {
  document.querySelectorAll('.filters button').forEach(x => x.classList.remove('on')); b.classList.add('on');
  document.body.className = b.dataset.f === 'all' ? '' : 'only-' + b.dataset.f;
}));
})();
"""


def _svg_timeline(report: Report) -> str:
    events = timeline_events(report)
    if not events:
        return "<p>No dated event is stated by more than one source.</p>"
    span, row = 560, 22  # the axis, and one row per event
    height = 30 + row * len(events)
    starts = sorted({e.start for e in events})
    x_of = {d: 20 + (i * span / max(len(starts) - 1, 1)) for i, d in enumerate(starts)}
    labels = [visible(f"{e.when} · {e.label} ({', '.join(short_id(s) for s in e.dates)})") for e in events]
    # every label whole: the drawing is as wide as the rightmost label needs (a generous
    # 7 px per character at 11 px), and the timeline's box scrolls sideways
    width = int(max(x_of[e.start] + 4 + 7 * len(t) for e, t in zip(events, labels)) + 20)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="timeline">',
             f'<line x1="20" y1="14" x2="{20 + span}" y2="14" stroke="#888"/>']
    for k, e in enumerate(events):
        x, y = x_of[e.start], 30 + row * k
        colour = "#c00" if e.differs else "#2a7"
        label = html.escape(labels[k])
        parts.append(f'<circle cx="{x:.1f}" cy="14" r="4" fill="{colour}"/>'
                     f'<line x1="{x:.1f}" y1="14" x2="{x:.1f}" y2="{y - 4}" stroke="#ccc"/>'
                     f'<text x="{x + 4:.1f}" y="{y}" font-size="11" fill="{colour}">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _sheet_table(report: Report) -> str:
    """The fact sheet as a static table: one row per fact, one column per source."""
    if not report.sheet.slots:
        return ""
    ids = [s.id for s in report.sources]
    head = "".join(f"<th>{html.escape(short_id(s))}</th>" for s in ids)
    rows = []
    for slot in report.sheet.slots:
        cells = []
        for sid in ids:
            vals = [html.escape(e.fact.text) for e in slot.entries if e.source == sid]
            cells.append(f"<td>{', '.join(vals) or '—'}</td>")
        cls = "conflict" if slot.status == "conflict" else ""
        rows.append(f'<tr class="{cls}"><td>{html.escape(slot.label)}</td><td>{html.escape(slot.status)}</td>{"".join(cells)}</tr>')
    return f'<section id="sheet"><h2>Fact sheet</h2><table><tr><th>fact</th><th>status</th>{head}</tr>{"".join(rows)}</table></section>'


def _visible_data(x):
    if isinstance(x, str):
        return visible(x)
    if isinstance(x, list):
        return [_visible_data(v) for v in x]
    if isinstance(x, dict):
        return {k: _visible_data(v) for k, v in x.items()}
    return x


def render_html(report: Report, accepted: dict | None = None) -> str:
    """``accepted``: fingerprint → acceptance (gate.load_accepted); those findings are marked."""
    accepted = accepted or {}
    claims_by_source: dict[str, list] = {}
    for c in report.claims:
        claims_by_source.setdefault(c.source, []).append({"id": c.id, "start": c.start, "end": c.end})
    findings = []
    for f in report.all_findings:
        cls = "conflict" if f.severity == "conflict" else "note"
        message = f.message
        if f.fingerprint in accepted:
            a = accepted[f.fingerprint]
            cls += " accepted"
            message += f" — accepted{' by ' + a.by if a.by else ''}: {a.reason}"
        findings.append({"message": message, "claims": f.claims, "cls": cls})
    claim_of = {c.id: c for c in report.claims}
    for g in report.groups:
        # agreements and related groups with every member's words (as the Markdown shows them)
        if g.status in ("agree", "compatible", "related"):
            members = [claim_of[c] for c in g.claims]
            n = len({c.source for c in members})
            free = independent(members, report.copies, report.settings.copies.run_words)
            counted = f"{n} sources" + (f", {free} independent" if free < n else "")
            quotes = " · ".join(f"{short_id(c.source)} “{c.text[:160]}”" for c in members)
            findings.append({"message": f"{g.id} ({g.status}, {counted}): {quotes}", "claims": g.claims,
                             "cls": "agree" if g.status != "related" else "note related"})
    data = {
        "sources": [{"id": s.id, "published": s.published, "text": s.text, "claims": claims_by_source.get(s.id, []),
                     "language": s.language, "body_start": s.body_start}
                    for s in report.sources],
        "groups": [{"id": g.id, "status": g.status, "claims": g.claims} for g in report.groups],
        "findings": findings,
    }
    # controls and bidirectional overrides shown as visible signs, one character for one,
    # so that the offsets into each source still hold (inert.py)
    data = _visible_data(data)
    # "<" escaped: no "</script>" or "<!--" in the data can end the script element
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    conflicts = sum(1 for f in report.all_findings if f.severity == "conflict")
    summary = html.escape(f"{conflicts} conflicts · {len(report.sources)} sources · {len(report.claims)} claims · model {report.model}")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>compare report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<style>{_CSS}</style></head>
<body{' class="only-conflict"' if conflicts else ''}>
<header><h1>Source comparison</h1><div>{summary}</div>
<div class="filters"><button data-f="all"{'' if conflicts else ' class="on"'}>All</button><button data-f="conflict"{' class="on"' if conflicts else ''}>Conflicts</button><button data-f="agree">Agreements</button><button data-f="unique">Unique</button></div></header>
{_sheet_table(report)}
<div id="findings"></div>
<div id="timeline">{_svg_timeline(report)}</div>
<div id="sources"></div>
<script type="application/json" id="data">{payload}</script>
<script>{_JS}</script>
</body></html>
"""
