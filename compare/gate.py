"""The review gate: a draft's claims checked against source articles.

Each claim of the draft is *contradicted* (a value that cannot be true given a
source, with the contradicting quote), *supported* (a source states the same thing),
or *unsupported* (no source aligns with it). Known, checked differences are accepted
by fingerprint in a small TOML file so that they do not fail every later run.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


from .align import evidence_matrix
from .embed import validate_spec
from .ingest import load_sources, read_source
from .judge import compare_claims, protagonist_of
from .model import Claim, Finding, InputError, Source
from .pipeline import Options, prepare


@dataclass
class Acceptance:
    fingerprint: str
    reason: str
    by: str | None = None
    date: str | None = None


@dataclass
class ClaimVerdict:
    claim: Claim
    verdict: str  # supported | contradicted | unsupported
    findings: list[Finding] = field(default_factory=list)  # conflicts, accepted ones included
    accepted: list[str] = field(default_factory=list)  # fingerprints of accepted conflicts
    support: list[Claim] = field(default_factory=list)


@dataclass
class CheckResult:
    draft: Source
    sources: list[Source]
    verdicts: list[ClaimVerdict]
    model: str

    def open_conflicts(self) -> list[tuple[ClaimVerdict, Finding]]:
        return [(v, f) for v in self.verdicts for f in v.findings if f.fingerprint not in v.accepted]

    def count(self, verdict: str) -> int:
        return sum(v.verdict == verdict for v in self.verdicts)


def load_accepted(path: Path | None) -> dict[str, Acceptance]:
    if path is None or not Path(path).exists():
        return {}
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path} is not a valid accept file: {err}") from None
    entries = data.get("accepted", [])
    if not isinstance(entries, list):
        raise InputError(f"{path}: 'accepted' must be a list of [[accepted]] tables")
    out = {}
    for i, e in enumerate(entries, start=1):
        if not isinstance(e, dict) or not isinstance(e.get("fingerprint"), str) or not isinstance(e.get("reason"), str):
            raise InputError(f"{path}: entry {i} needs a fingerprint and a reason")
        out[e["fingerprint"]] = Acceptance(e["fingerprint"], e["reason"], e.get("by"), str(e["date"]) if e.get("date") else None)
    return out


def _toml_string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def accept_entry(fingerprint: str, reason: str, by: str | None, today: dt.date | None = None) -> str:
    if not fingerprint.startswith("sha1-"):
        raise InputError(f"{fingerprint!r} is not a finding fingerprint (they start with 'sha1-')")
    if not reason.strip():
        raise InputError("an acceptance needs a reason (--reason)")
    lines = ["[[accepted]]", f"fingerprint = {_toml_string(fingerprint)}", f"reason = {_toml_string(reason.strip())}"]
    if by:
        lines.append(f"by = {_toml_string(by)}")
    lines.append(f"date = {_toml_string((today or dt.date.today()).isoformat())}")
    return "\n".join(lines) + "\n"


def check(draft_path: str, source_paths: list[str], options: Options | None = None,
          accepted: dict[str, Acceptance] | None = None) -> CheckResult:
    """The draft's claims against the sources', through the same stages as a report
    (pipeline.prepare); only the verdicts are the gate's own."""
    options = options or Options()
    settings = options.settings
    accepted = accepted or {}
    dates = dict(options.dates)
    draft_file = Path(draft_path)
    if not draft_file.exists():
        raise InputError(f"no such file: {draft_path}")
    if draft_file.is_dir():
        raise InputError(f"{draft_path} is a folder; the draft is one article")
    validate_spec(options.model)
    draft = read_source(draft_file, dates.pop(draft_file.stem, None))
    sources = [s for s in load_sources(source_paths, dates) if Path(s.path).resolve() != draft_file.resolve()]
    if not sources:
        raise InputError("no sources to check the draft against")
    if any(s.id == draft.id for s in sources):
        draft.id = f"draft:{draft.id}"
    prepared = prepare([draft] + sources, options)
    claims = prepared.claims
    n_draft = sum(c.source == draft.id for c in claims)
    if not n_draft:
        raise InputError(f"{draft_path} has no claims to check")
    ev, same_fact = evidence_matrix(claims, prepared.embeddings, settings.align)
    protagonist = protagonist_of({c.id: c for c in claims})
    verdicts = []
    columns = {s.id: [k for k, c in enumerate(claims) if c.source == s.id] for s in sources}
    for i in range(n_draft):
        d = claims[i]
        candidates = []
        for s in sources:
            order = sorted(columns[s.id], key=lambda k: (-ev[i, k], k))[: settings.gate.candidates_per_source]
            candidates += [k for k in order if ev[i, k] >= settings.align.group_threshold]
        findings: list[Finding] = []
        support: list[Claim] = []
        for k in sorted(candidates, key=lambda k: (-ev[i, k], claims[k].id)):
            c = claims[k]
            # found by the evidence that both speak of the same thing; judged by the evidence
            # that they state the same fact (a shared kind of event is not that)
            fact_score = float(same_fact[i, k])
            found = compare_claims(d, c, fact_score >= settings.align.confident, protagonist, settings)
            conflicts = [f for f in found if f.severity == "conflict"]
            findings += [f for f in conflicts if f.fingerprint not in {g.fingerprint for g in findings}]
            if not conflicts and fact_score >= settings.align.coherent:
                support.append(c)
        verdict = "contradicted" if findings else "supported" if support else "unsupported"
        verdicts.append(ClaimVerdict(d, verdict, findings, [f.fingerprint for f in findings if f.fingerprint in accepted], support))
    return CheckResult(draft, sources, verdicts, prepared.model)


def render_check_markdown(result: CheckResult, accepted: dict[str, Acceptance]) -> str:
    from .render.markdown import esc

    opened = result.open_conflicts()
    lines = [f"### compare check: {esc(result.draft.id)}", ""]
    status = "❌ contradicts its sources" if opened else "✅ no unaccepted contradiction"
    lines.append(f"**{status}** — {len(result.verdicts)} claims: {result.count('supported')} supported, "
                 f"{result.count('contradicted')} contradicted, {result.count('unsupported')} unsupported "
                 f"(against {len(result.sources)} sources, model `{result.model}`).")
    lines.append("")
    for v in result.verdicts:
        for f in v.findings:
            mark = "accepted" if f.fingerprint in v.accepted else "open"
            lines.append(f"- **{mark}** {esc(f.message)}")
            for cid, span in f.spans.items():
                who = "draft" if cid == v.claim.id else cid.split("#")[0]
                lines.append(f"  - {esc(who)}: **{esc(span)}**")
            lines.append(f"  - fingerprint `{f.fingerprint}`" + (f" — accepted: {esc(accepted[f.fingerprint].reason)}" if f.fingerprint in accepted else ""))
    unsupported = [v for v in result.verdicts if v.verdict == "unsupported"]
    if unsupported:
        lines.append("")
        lines.append("<details><summary>Unsupported claims</summary>")
        lines.append("")
        for v in unsupported:
            lines.append(f"- “{esc(v.claim.text)}”")
        lines.append("")
        lines.append("</details>")
    return "\n".join(lines) + "\n"
