"""Claims, facts, groups and findings as pandas tables (CSV or Parquet), with the JSON's ids."""
from __future__ import annotations

import json
from pathlib import Path

from ..atomic import write_with
from ..model import InputError, Report
from .json import fact_to_dict


def report_tables(report: Report):
    import pandas as pd

    claims = pd.DataFrame([{"id": c.id, "source": c.source, "start": c.start, "end": c.end, "text": c.text,
                            "sentence": c.sentence} for c in report.claims])
    facts = []
    for c in report.claims:
        for k, f in enumerate(c.facts):
            d = fact_to_dict(f)
            facts.append({"claim": c.id, "n": k, "kind": f.kind, "text": f.text, "start": f.start, "end": f.end,
                          "value": json.dumps(d.get("value"), ensure_ascii=False, sort_keys=True),
                          **{key: d.get(key) for key in ("unit", "qualifier", "precision", "role", "actor", "polarity")}})
    groups = pd.DataFrame([{"id": g.id, "status": g.status, "score": g.score, "claims": " ".join(g.claims)} for g in report.groups])
    findings = pd.DataFrame([{"group": g.id, "severity": f.severity, "kind": f.kind, "claims": " ".join(f.claims),
                              "values": json.dumps(f.values, ensure_ascii=False, sort_keys=True), "message": f.message,
                              "fingerprint": f.fingerprint} for g in report.groups for f in g.findings],
                            columns=["group", "severity", "kind", "claims", "values", "message", "fingerprint"])
    return {"claims": claims, "facts": pd.DataFrame(facts), "groups": groups, "findings": findings}


def write_tables(report: Report, folder: Path, fmt: str = "csv") -> list[Path]:
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise InputError("--parquet needs pyarrow: pip install pyarrow (or use --csv)") from None
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in report_tables(report).items():
        target = folder / f"{name}.{fmt}"
        if fmt == "csv":
            write_with(target, lambda tmp, df=df: df.to_csv(tmp, index=False, lineterminator="\n"))
        else:
            write_with(target, lambda tmp, df=df: df.to_parquet(tmp, index=False))
        written.append(target)
    return written
