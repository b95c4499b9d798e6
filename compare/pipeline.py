"""run(paths, options) → Report: the one place that wires the stages in order.

ingest → claims → facts → embeddings → alignment → verdicts. Rendering and
writing files are the caller's (render/, cli.py).
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__
from .align import AlignOptions, align
from .claims import extract_claims
from .embed import default_cache_dir, embed_texts, make_embedder, model_id, validate_spec
from .facts import extract_all
from .ingest import load_sources
from .judge import judge
from .model import InputError, Report


@dataclass
class Options:
    model: str = "e5"
    dates: dict[str, str] = field(default_factory=dict)  # source id → ISO publication date
    cache_dir: Path | None = None  # None: the default cache; use no_cache to disable
    no_cache: bool = False
    align: AlignOptions = field(default_factory=AlignOptions)
    progress: Callable[[str], None] | None = None
    warn: Callable[[str], None] | None = None  # warnings are shown even with --quiet
    embedder_factory: Callable = make_embedder
    timings: dict[str, float] = field(default_factory=dict)


def run(paths: list[str], options: Options | None = None, min_sources: int = 2) -> Report:
    options = options or Options()
    say = options.progress or (lambda msg: None)
    warn = options.warn or (lambda msg: None)
    t = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal t
        now = time.perf_counter()
        options.timings[stage] = options.timings.get(stage, 0.0) + now - t
        t = now

    validate_spec(options.model)
    sources = load_sources(paths, options.dates)
    if len(sources) < min_sources:
        raise InputError(f"need at least {min_sources} sources to compare, got {len(sources)}")
    for s in sources:
        if s.language not in ("nl", "en"):
            s.warnings.append(f"{s.path}: language not recognised as Dutch or English; compared as far as possible")
    seen: dict[str, str] = {}
    for s in sources:
        if s.sha256 in seen:
            s.warnings.append(f"{s.path} is identical to {seen[s.sha256]}; every claim will agree")
        seen.setdefault(s.sha256, s.path)
    for s in sources:
        for w in s.warnings:
            warn(w)
    say(f"read {len(sources)} sources")
    lap("ingest")
    claims_by_source = {s.id: extract_claims(s) for s in sources}
    claims = [c for s in sources for c in claims_by_source[s.id]]
    if not claims:
        raise InputError("no claims found in any source")
    say(f"split into {len(claims)} claims")
    lap("claims")
    registry = extract_all(sources, claims_by_source)
    lap("facts")
    cache = None if options.no_cache else (options.cache_dir or default_cache_dir())
    say(f"embedding {len(claims)} claims with {model_id(options.model)}")
    embeddings, stats = embed_texts([c.text for c in claims], options.model, cache, options.embedder_factory)
    options.timings["cache_hits"] = stats["hits"]
    lap("embed")
    groups, evidence = align(claims, embeddings, options.align)
    lap("align")
    index = {c.id: i for i, c in enumerate(claims)}
    judge(groups, {c.id: c for c in claims},
          lambda a, b: bool(evidence[index[a.id], index[b.id]] >= options.align.confident))
    lap("judge")
    people = {
        name: {"roles": p.roles, "orgs": p.orgs}
        for name, p in sorted(registry.people.items())
    }
    return Report(sources=sources, claims=claims, groups=groups, model=stats["model"], version=__version__, people=people)


def stderr_progress(quiet: bool) -> Callable[[str], None] | None:
    if quiet:
        return None
    return lambda msg: print(f"compare: {msg}", file=sys.stderr)
