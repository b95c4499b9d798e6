"""Many events at once: every subfolder of a folder is one event.

Each event is compared in a worker process and written as its own report; an index
ranks the events by conflicts. A manifest records, per event, a key made of the
input files' hashes, the settings and the tool version, so that a re-run skips the
events that have not changed (restartable after an interruption too: reports are
written atomically and the manifest after each event).
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .atomic import write_atomic
from .ingest import ARTICLE_SUFFIXES
from .model import InputError

MANIFEST = ".compare-batch.json"


@dataclass
class EventResult:
    event: str
    status: str  # done | skipped | error
    sources: int = 0
    claims: int = 0
    conflicts: int = 0
    groups: int = 0
    seconds: float = 0.0
    error: str | None = None


def list_events(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder of event folders")
    events = sorted(p for p in folder.iterdir() if p.is_dir() and any(
        q.suffix.lower() in ARTICLE_SUFFIXES for q in p.iterdir() if q.is_file()))
    if not events:
        raise InputError(f"{folder} has no event folders (subfolders with .txt, .md or .html articles)")
    return events


def event_key(event: Path, model: str) -> str:
    h = hashlib.sha256(f"{__version__}\0{model}".encode())
    for f in sorted(event.iterdir()):
        if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES:
            h.update(f.name.encode("utf-8") + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _run_event(event: str, out_dir: str, model: str, cache_dir: str | None) -> EventResult:
    """One event, in a worker process: compare, render, write atomically."""
    from .pipeline import Options, run
    from .render import render_json, render_markdown
    from .render.json import summarise

    t = time.perf_counter()
    name = Path(event).name
    try:
        report = run([event], Options(model=model, cache_dir=Path(cache_dir) if cache_dir else None))
    except InputError as err:
        return EventResult(name, "error", error=str(err), seconds=time.perf_counter() - t)
    md_path = Path(out_dir) / f"{name}.md"
    js = render_json(report)
    write_atomic(Path(out_dir) / f"{name}.json", js)
    write_atomic(md_path, render_markdown(report, link_dir=out_dir))
    summary = summarise(report)
    return EventResult(name, "done", summary["sources"], summary["claims"], summary["conflicts"], summary["groups"],
                       time.perf_counter() - t)


def run_batch(folder: Path, out_dir: Path, jobs: int = 1, model: str = "e5", cache_dir: Path | None = None,
              progress=None, limit: int | None = None) -> list[EventResult]:
    events = list_events(folder)[:limit] if limit else list_events(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = out_dir / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    say = progress or (lambda msg: None)
    results: dict[str, EventResult] = {}
    todo = []
    for e in events:
        key = event_key(e, model)
        entry = manifest.get(e.name)
        if entry and entry.get("key") == key and (out_dir / f"{e.name}.json").exists():
            r = EventResult(**{k: v for k, v in entry["result"].items() if k in EventResult.__dataclass_fields__})
            r.status = "skipped"
            results[e.name] = r
        else:
            todo.append((e, key))
    say(f"{len(events)} events: {len(todo)} to compare, {len(events) - len(todo)} unchanged")

    def record(e_name: str, key: str, r: EventResult) -> None:
        results[e_name] = r
        if r.status == "done":
            manifest[e_name] = {"key": key, "result": r.__dict__}
        
            write_atomic(manifest_path, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
        say(f"{e_name}: {r.status}" + (f" ({r.error})" if r.error else f", {r.conflicts} conflicts"))

    if jobs <= 1:
        for e, key in todo:
            record(e.name, key, _run_event(str(e), str(out_dir), model, str(cache_dir) if cache_dir else None))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(_run_event, str(e), str(out_dir), model, str(cache_dir) if cache_dir else None): (e, key)
                       for e, key in todo}
            for fut in as_completed(futures):
                e, key = futures[fut]
                record(e.name, key, fut.result())
    ordered = [results[e.name] for e in events]
    write_index(ordered, out_dir)
    return ordered


def write_index(results: list[EventResult], out_dir: Path) -> None:
    from .render.markdown import esc

    ranked = sorted(results, key=lambda r: (r.status == "error", -r.conflicts, r.event))
    data = {"format": 1, "events": [{k: v for k, v in r.__dict__.items() if k != "seconds"} for r in ranked]}
    write_atomic(out_dir / "index.json", json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    lines = ["# Events by conflicts", "", "| event | conflicts | sources | claims | groups | report |", "|---|---|---|---|---|---|"]
    for r in ranked:
        if r.status == "error":
            lines.append(f"| {esc(r.event)} | error | — | — | — | {esc(r.error)} |")
        else:
            lines.append(f"| {esc(r.event)} | {r.conflicts} | {r.sources} | {r.claims} | {r.groups} | [{esc(r.event)}.md]({r.event}.md) |")
    write_atomic(out_dir / "index.md", "\n".join(lines) + "\n")


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 4))
