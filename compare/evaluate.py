"""Scores a JSON report against hand-made gold: the same metrics as shared/eval/score.py,
so the seeds' quality thresholds can be tests and `compare eval` can show them."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

from .model import NUMERIC_KINDS as _NUMERIC_KINDS
from .model import InputError

NUMERIC_KINDS = {*_NUMERIC_KINDS, "quantity"}  # the schema's numeric kinds: the model's and "quantity"


def _value_matches(fact: dict, kind: str, expected) -> bool:
    v = fact.get("value")
    if kind == "date":
        if fact.get("kind") != "date" or v is None:
            return False
        return any(str(x).startswith(str(expected)) for x in (v if isinstance(v, list) else [v]))
    if fact.get("kind") not in NUMERIC_KINDS:
        return False
    cands = [v.get(k) for k in ("value", "low", "high")] if isinstance(v, dict) else (v if isinstance(v, list) else [v])
    for x in cands:
        try:
            if x is not None and float(x) == float(expected):
                return True
        except (TypeError, ValueError):
            pass
    return False


def score(gold: dict, report: dict, texts: dict[str, str]) -> dict[str, float]:
    """The metrics as ratios (as shared/eval/score.py prints them)."""
    return {k: ratio(v) for k, v in score_counts(gold, report, texts).items()}


def ratio(counts: tuple[int, int, float]) -> float:
    hit, total, empty = counts
    return hit / total if total else empty


def score_counts(gold: dict, report: dict, texts: dict[str, str]) -> dict[str, tuple[int, int, float]]:
    """Each metric as (hits, total, value when total is 0), so that several stories can be
    pooled: a story without gold conflicts says nothing about conflict recall."""
    claims = {c["id"]: c for c in report.get("claims", [])}
    group_of: dict[str, set[str]] = {}
    for g in report.get("groups", []):
        for cid in g["claims"]:
            group_of.setdefault(cid, set()).add(g["id"])
    conflict_sets = []
    for g in report.get("groups", []):
        if g.get("status") == "conflict":
            conflict_sets.append(set(g["claims"]))
        for f in g.get("findings", []):
            if f.get("severity") == "conflict":
                conflict_sets.append(set(f.get("claims") or g["claims"]))
    for f in report.get("findings", []):  # top-level findings (the fact sheet's)
        if f.get("severity") == "conflict":
            conflict_sets.append(set(f.get("claims", [])))

    spans: dict[tuple[str, str], list[dict]] = {}

    def span(anchor):
        i = texts[anchor["source"]].find(anchor["quote"])
        if i < 0:
            raise InputError(f"gold anchor not in {anchor['source']}: {anchor['quote']!r}")
        return i, i + len(anchor["quote"])

    def holders(anchor):
        key = (anchor["source"], anchor["quote"])
        if key not in spans:
            a, b = span(anchor)
            spans[key] = [c for c in claims.values() if c["source"] == anchor["source"] and c["start"] < b and c["end"] > a]
        return spans[key]

    def together(xs, ys):
        gx = set().union(*(group_of.get(c["id"], set()) for c in xs)) if xs else set()
        gy = set().union(*(group_of.get(c["id"], set()) for c in ys)) if ys else set()
        return bool(gx & gy)

    def flagged(group):
        by_src: dict[str, list] = {}
        for x in group["anchors"]:
            by_src.setdefault(x["source"], []).extend(holders(x))
        return any(len({s for s, hs in by_src.items() if any(c["id"] in cs for c in hs)}) >= 2 for cs in conflict_sets)

    out: dict[str, tuple[int, int, float]] = {}
    hit = total = 0
    for g in gold["groups"]:
        for x, y in itertools.combinations(g["anchors"], 2):
            if x["source"] != y["source"]:
                total += 1
                hit += together(holders(x), holders(y))
    out["align_recall"] = (hit, total, 1.0)
    merged = pairs = 0
    for g, h in itertools.combinations(gold["groups"], 2):
        if g["family"] == h["family"]:
            continue
        for x in g["anchors"]:
            for y in h["anchors"]:
                if x["source"] != y["source"]:
                    pairs += 1
                    merged += together(holders(x), holders(y))
    out["false_merge"] = (merged, pairs, 0.0)
    conflicts = [g for g in gold["groups"] if g["verdict"] == "conflict"]
    core = [g for g in conflicts if g.get("difficulty") == "core"]
    calm = [g for g in gold["groups"] if g["verdict"] != "conflict"]
    out["conflict_recall"] = (sum(map(flagged, conflicts)), len(conflicts), 1.0)
    out["conflict_core"] = (sum(map(flagged, core)), len(core), 1.0)
    out["false_alarm"] = (sum(map(flagged, calm)), len(calm), 0.0)
    found = 0
    for f in gold.get("facts", []):
        a, b = span(f["anchor"])
        found += any(
            _value_matches(fact, f["kind"], f["value"])
            for c in holders(f["anchor"]) for fact in c.get("facts", [])
            if fact.get("start") is None or (fact["start"] < b and fact["end"] > a)
        )
    out["fact_recall"] = (found, len(gold.get("facts", [])), 1.0)
    found = 0
    for k in gold.get("knowledge", []):
        found += any(
            fact.get("kind") == "knowledge" and k["actor"].lower() in str(fact.get("actor", "")).lower() and fact.get("polarity") == k["polarity"]
            for c in holders(k["anchor"]) for fact in c.get("facts", [])
        )
    out["knowledge_recall"] = (found, len(gold.get("knowledge", [])), 1.0)
    kept = 0
    groups = {g["id"]: g for g in report.get("groups", [])}
    for x in gold.get("off_topic", []):
        alone = all(
            all(claims.get(o, {}).get("source") in (None, x["source"]) for o in groups[gid]["claims"])
            for c in holders(x) for gid in group_of.get(c["id"], set())
        )
        kept += alone
    out["off_topic_kept"] = (kept, len(gold.get("off_topic", [])), 1.0)
    # agreements that are real: every gold-anchored member of an "agree" group is in one gold group
    anchor_groups: dict[str, set[str]] = {}
    for g in gold["groups"]:
        for x in g["anchors"]:
            for c in holders(x):
                anchor_groups.setdefault(c["id"], set()).add(g["id"])
    for x in gold.get("off_topic", []):
        for c in holders(x):
            anchor_groups.setdefault(c["id"], set()).add("\0off-topic:" + x["quote"][:40])
    judged = precise = 0
    for g in report.get("groups", []):
        if g.get("status") != "agree":
            continue
        held = [c for c in g.get("claims", []) if c in anchor_groups]
        if len({claims.get(c, {}).get("source") for c in held}) < 2:
            continue
        judged += 1
        common = set.intersection(*(anchor_groups[c] for c in held))
        precise += bool(common) and not any(k.startswith("\0off-topic") for k in common)
    out["agree_precision"] = (precise, judged, 1.0)
    anchors = [x for g in gold["groups"] for x in g["anchors"]]
    out["anchor_coverage"] = (sum(bool(holders(x)) for x in anchors), len(anchors), 1.0)
    return out


def score_files(gold_path: Path, texts_dir: Path, report_path: Path) -> dict[str, float]:
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(f"cannot read gold or report: {err}") from None
    texts = {}
    for sid in gold["sources"]:
        hits = [p for p in Path(texts_dir).iterdir() if p.stem == sid] if Path(texts_dir).is_dir() else []
        if not hits:
            raise InputError(f"no text for source {sid} in {texts_dir}")
        texts[sid] = hits[0].read_text(encoding="utf-8")
    return score(gold, report, texts)


METRICS = ("anchor_coverage", "align_recall", "false_merge", "conflict_recall", "conflict_core", "false_alarm",
           "fact_recall", "knowledge_recall", "off_topic_kept", "agree_precision")


def story_texts(gold: dict, folder: Path) -> dict[str, str]:
    texts = {}
    for sid in gold["sources"]:
        hits = [p for p in folder.iterdir() if p.stem == sid] if folder.is_dir() else []
        if not hits:
            raise InputError(f"no text for source {sid} in {folder}")
        texts[sid] = hits[0].read_text(encoding="utf-8")
    return texts


def score_stories(gold_paths: list[Path], root: Path, options=None, texts_dir: Path | None = None):
    """Run the pipeline on each gold file's corpus folder (``corpus``, relative to ``root``)
    and score it. Returns (per story: name → counts, and the reports as JSON dicts).
    Stories whose folder is absent are left out (the corpora are not in the repository)."""
    from .pipeline import run
    from .render.json import report_to_dict

    per_story, reports = {}, {}
    for gp in gold_paths:
        gold = json.loads(Path(gp).read_text(encoding="utf-8"))
        folder = texts_dir if texts_dir is not None else (root / gold["corpus"])
        if not folder.is_dir():
            continue
        files = sorted(str(p) for p in folder.iterdir() if p.stem in gold["sources"])
        report = report_to_dict(run(files, options))
        per_story[Path(gp).name.split(".")[0]] = score_counts(gold, report, story_texts(gold, folder))
        reports[Path(gp).name.split(".")[0]] = report
    return per_story, reports


def pooled(per_story: dict[str, dict[str, tuple[int, int, float]]]) -> dict[str, float]:
    """Every metric over all stories' items together (not an average of ratios)."""
    out = {}
    for m in METRICS:
        hit = sum(c[m][0] for c in per_story.values())
        total = sum(c[m][1] for c in per_story.values())
        empty = next(iter(per_story.values()))[m][2] if per_story else 1.0
        out[m] = ratio((hit, total, empty))
    return out
