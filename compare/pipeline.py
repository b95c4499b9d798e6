"""run(paths, options) → Report: the one place that wires the stages in order.

ingest → claims → facts → fact sheet → embeddings → alignment → verdicts. ``compare check`` runs the
same stages (``read`` and ``prepare``) and adds only the draft's verdicts (gate.py).
Rendering and writing files are the caller's (render/, cli.py).
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from . import __version__
from .align import align
from .claims import SentenceCache, extract_claims
from .copies import find_copies
from .embed import default_cache_dir, embed_texts, make_embedder, model_id, validate_spec
from .facts import PeopleRegistry, extract_all
from .ingest import load_sources
from .judge import judge
from .model import Claim, InputError, Report, Sheet, Source
from .settings import Settings
from .sheet import build_sheet
from .names import people_findings


@dataclass
class Options:
    model: str = "e5"
    dates: dict[str, str] = field(default_factory=dict)  # source id → ISO publication date
    cache_dir: Path | None = None  # None: the default cache; use no_cache to disable
    no_cache: bool = False
    follow_symlinks: bool = False  # read symlinks that leave their folder (refused by default: ingest.py)
    settings: Settings = field(default_factory=Settings)
    progress: Callable[[str], None] | None = None
    # (done, total) while claims are embedded by the model (cache misses only): the CLI's bar
    embed_progress: Callable[[int, int], None] | None = None
    warn: Callable[[str], None] | None = None  # warnings are shown even with --quiet
    embedder_factory: Callable = make_embedder
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class Prepared:
    """Everything before alignment: the claims of all sources with their facts and vectors."""

    sources: list[Source]
    claims: list[Claim]  # in source order, then text order
    embeddings: np.ndarray  # one row per claim
    people: PeopleRegistry
    sheet: Sheet
    model: str


class _Stopwatch:
    def __init__(self, options: Options) -> None:
        self.options, self.t = options, time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.options.timings[stage] = self.options.timings.get(stage, 0.0) + now - self.t
        self.t = now


def read(paths: list[str], options: Options, min_sources: int = 2) -> list[Source]:
    """Ingest: the sources, with a warning for an unrecognised language or a duplicate."""
    validate_spec(options.model)
    sources = load_sources(paths, options.dates, options.settings.limits, options.follow_symlinks)
    if len(sources) < min_sources:
        raise InputError(f"need at least {min_sources} sources to compare, got {len(sources)}")
    return sources


def warn_about(sources: list[Source], options: Options) -> None:
    warn = options.warn or (lambda msg: None)
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


def prepare(sources: list[Source], options: Options) -> Prepared:
    """Claims → facts → embeddings, for a report and for the gate alike."""
    say = options.progress or (lambda msg: None)
    clock = _Stopwatch(options)
    warn_about(sources, options)
    say(f"read {len(sources)} sources")
    claims_by_source = {}
    total, limit = 0, options.settings.limits.max_claims
    cache = None if options.no_cache else (options.cache_dir or default_cache_dir())
    splits = SentenceCache(cache)  # beside the embeddings, and off with them (--no-cache)
    for s in sources:
        claims_by_source[s.id] = extract_claims(s, splits)
        total += len(claims_by_source[s.id])
        if total > limit:  # before facts and embeddings: refused in seconds, not after minutes
            raise InputError(f"over {limit} claims (limits.max_claims; {s.path} brings the run to {total}): "
                             f"alignment compares every pair; raise the limit with --max-claims")
    claims = [c for s in sources for c in claims_by_source[s.id]]
    if not claims:
        raise InputError("no claims found in any source")
    say(f"split into {len(claims)} claims")
    clock.lap("claims")
    people = extract_all(sources, claims_by_source, cache)
    clock.lap("facts")
    sheet = build_sheet(sources, claims, options.settings)
    sheet.names = people_findings(sources, claims, people, options.settings)
    clock.lap("sheet")
    say(f"embedding {len(claims)} claims with {model_id(options.model)}")
    embeddings, stats = embed_texts([c.text for c in claims], options.model, cache, options.embedder_factory,
                                    progress=options.embed_progress)
    options.timings["cache_hits"] = stats["hits"]
    clock.lap("embed")
    return Prepared(sources, claims, embeddings, people, sheet, stats["model"])


def run(paths: list[str], options: Options | None = None, min_sources: int = 2) -> Report:
    options = options or Options()
    settings = options.settings
    clock = _Stopwatch(options)
    sources = read(paths, options, min_sources)
    clock.lap("ingest")
    p = prepare(sources, options)
    clock = _Stopwatch(options)
    groups, same_fact = align(p.claims, p.embeddings, settings.align)
    clock.lap("align")
    index = {c.id: i for i, c in enumerate(p.claims)}
    judge(groups, {c.id: c for c in p.claims},
          lambda a, b: bool(same_fact[index[a.id], index[b.id]] >= settings.align.confident), settings)
    clock.lap("judge")
    people = {name: {"roles": person.roles, "orgs": person.orgs} for name, person in sorted(p.people.people.items())}
    return Report(sources=p.sources, claims=p.claims, groups=groups, model=p.model, version=__version__,
                  people=people, settings=settings, sheet=p.sheet, copies=find_copies(p.sources, settings.copies))


def stderr_progress(quiet: bool) -> Callable[[str], None] | None:
    if quiet:
        return None
    return lambda msg: print(f"compare: {msg}", file=sys.stderr)
