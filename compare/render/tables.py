"""Claims, facts, groups and findings as pandas tables (CSV or Parquet), with the JSON's ids."""
from __future__ import annotations

import json
from pathlib import Path

from ..atomic import write_all
from ..inert import csv_cell
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
    findings = pd.DataFrame([{"group": g.id if g is not None else "sheet", "severity": f.severity, "kind": f.kind, "claims": " ".join(f.claims),
                              "values": json.dumps(f.values, ensure_ascii=False, sort_keys=True), "message": f.message,
                              "fingerprint": f.fingerprint}
                             for g, f in [(g, f) for g in report.groups for f in g.findings] + [(None, f) for f in report.sheet_findings]],
                            columns=["group", "severity", "kind", "claims", "values", "message", "fingerprint"])
    sheet = pd.DataFrame([{"slot": s.id, "key": s.key, "label": s.label, "incident": s.incident, "status": s.status,
                           "source": e.source, "claim": e.claim, "value": e.fact.text}
                          for s in report.sheet.slots for e in s.entries],
                         columns=["slot", "key", "label", "incident", "status", "source", "claim", "value"])
    return {"claims": claims, "facts": pd.DataFrame(facts), "groups": groups, "findings": findings, "sheet": sheet}


def inert_table(df):
    """The table as written to CSV and Parquet: every text cell that a spreadsheet would run
    as a formula (=, +, -, @, tab, carriage return first) starts with an apostrophe (OWASP's
    rule), and controls are shown as visible signs. Offsets still index the source text;
    a cell's text is the source's with that apostrophe before it."""
    import pandas as pd

    df = df.copy()
    for col in df.columns:
        if df[col].dtype == object or pd.api.types.is_string_dtype(df[col].dtype):
            df[col] = df[col].map(csv_cell)
    return df


def table_writers(report: Report, folder: Path, fmt: str = "csv") -> list[tuple[Path, object]]:
    """(path, writer) for each table, for atomic.write_all; refuses Parquet without pyarrow
    before anything is written."""
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise InputError("--parquet needs pyarrow: pip install pyarrow (or use --csv)") from None
    folder = Path(folder)
    writers = []
    for name, df in report_tables(report).items():
        df = inert_table(df)
        if fmt == "csv":
            writers.append((folder / f"{name}.csv", lambda tmp, df=df: df.to_csv(tmp, index=False, lineterminator="\n")))
        else:
            writers.append((folder / f"{name}.parquet", lambda tmp, df=df: df.to_parquet(tmp, index=False)))
    return writers


def write_tables(report: Report, folder: Path, fmt: str = "csv") -> list[Path]:
    writers = table_writers(report, folder, fmt)
    write_all(writers)
    return [path for path, _ in writers]
