"""The command line: a thin layer over compare.pipeline; no logic of its own.

Exit codes: 0 done, 1 the gate found unaccepted conflicts, 2 bad input or usage.
Heavy modules (numpy, the embedding backends) are imported inside the commands so
that ``compare --help`` stays fast.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .atomic import write_atomic

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Compare news articles about one event: align their claims and flag where they disagree.\n\n"
    "Example: compare report seeds/ --json reports/seeds.json",
)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"compare {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit.")):
    pass


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"compare: error: {message}", err=True)
    raise typer.Exit(code)


def _options(dates: list[str], model: str, quiet: bool, no_cache: bool, config: Path | None = None):
    from .ingest import parse_date_option
    from .pipeline import Options, stderr_progress
    from .settings import load_settings

    parsed = dict(parse_date_option(d) for d in dates)
    return Options(model=model, dates=parsed, progress=stderr_progress(quiet), no_cache=no_cache,
                   settings=load_settings(config),
                   warn=lambda msg: typer.echo(f"compare: warning: {msg}", err=True))


def _print_settings(settings) -> None:
    for key, value, origin in settings.describe():
        typer.echo(f"{key:36s} {value!s:>12}   ({origin})")


_CONFIG_HELP = "Settings file (compare.toml, or a pyproject.toml with [tool.compare]); default: the nearest one found from here up."


def _default_output(paths: list[str]) -> Path:
    first = Path(paths[0])
    name = first.resolve().name if first.is_dir() else first.stem
    return Path("reports") / f"{name or 'report'}.md"


@app.command()
def report(
    paths: List[str] = typer.Argument(..., help="Article files, or folders of .txt/.md/.html articles."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Markdown report (default reports/<folder>.md)."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the JSON report here (default: beside the Markdown)."),
    date: List[str] = typer.Option([], "--date", help="Publication date of a source: SOURCE=YYYY[-MM[-DD]]. Repeatable."),
    model: str = typer.Option("e5", "--model", help="Embedding backend: e5 (default), use, or st:NAME_OR_PATH."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="'conflict': exit 1 when any conflict is found that is not accepted."),
    accept_file: Optional[Path] = typer.Option(None, "--accept", help="TOML file of accepted fingerprints (see 'compare accept')."),
    html_path: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML view here."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv", help="Also write claims, facts, groups and findings as CSV tables into this folder."),
    parquet_dir: Optional[Path] = typer.Option(None, "--parquet", help="The same tables as Parquet (needs pyarrow)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the embedding cache."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
    config: Optional[Path] = typer.Option(None, "--config", help=_CONFIG_HELP),
    show_settings: bool = typer.Option(False, "--show-settings", help="Print the effective settings and where each came from, then exit."),
):
    """Compare articles and write a Markdown report and its JSON twin.

    Example: compare report seeds/ --output reports/seeds.md --json reports/seeds.json
    """
    from .model import InputError

    if fail_on not in (None, "conflict"):
        _fail(f"--fail-on takes 'conflict', got {fail_on!r}")
    try:
        from .pipeline import run
        from .render import render_json, render_markdown
        from .render.json import summarise

        from .gate import load_accepted

        opts = _options(date, model, quiet, no_cache, config)
        if show_settings:
            _print_settings(opts.settings)
            return
        if accept_file is not None and not accept_file.exists():
            raise InputError(f"no such accept file: {accept_file}")
        accepted = load_accepted(accept_file)
        result = run(paths, opts)
        out = output or _default_output(paths)
        jpath = json_path or out.with_suffix(".json")
        md = render_markdown(result, link_dir=str(out.parent))
        js = render_json(result)
        page = None
        if html_path:
            from .render import render_html

            page = render_html(result)
        if csv_dir or parquet_dir:
            from .render import write_tables

            if csv_dir:
                write_tables(result, csv_dir, "csv")
            if parquet_dir:
                write_tables(result, parquet_dir, "parquet")
        write_atomic(jpath, js)
        write_atomic(out, md)
        if page is not None:
            write_atomic(html_path, page)
    except InputError as err:
        _fail(str(err))
    s = summarise(result)
    typer.echo(f"{s['sources']} sources, {s['claims']} claims, {s['groups']} groups across sources, "
               f"{s['conflicts']} conflicts, {s['unique']} claims in one source only")
    conflicts = [f for g in result.groups for f in g.findings if f.severity == "conflict"]
    for f in conflicts:
        typer.echo(f"  conflict {f.kind}: {f.message}")
    typer.echo(f"wrote {out} and {jpath}" + (f" and {html_path}" if html_path else ""))
    open_conflicts = [f for f in conflicts if f.fingerprint not in accepted]
    if fail_on == "conflict" and open_conflicts:
        raise typer.Exit(1)


@app.command()
def claims(
    file: Path = typer.Argument(..., help="One article."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY[-MM[-DD]] if the file has none."),
):
    """Show the atomic claims of one article with the facts read from each.

    Example: compare claims seeds/000_780a55b8ce3d236b.txt
    """
    from .model import InputError

    try:
        from .claims import extract_claims
        from .facts import extract_all
        from .ingest import normalise_iso, read_source
        from .render.json import fact_to_dict

        if not file.exists():
            raise InputError(f"no such file: {file}")
        if file.is_dir():
            raise InputError(f"{file} is a folder; 'compare claims' reads one article")
        source = read_source(file, normalise_iso(date, "--date") if date else None)
        cl = extract_claims(source)
        extract_all([source], {source.id: cl})
    except InputError as err:
        _fail(str(err))
    if as_json:
        typer.echo(json.dumps([{"id": c.id, "text": c.text, "start": c.start, "end": c.end,
                                "facts": [fact_to_dict(f) for f in c.facts]} for c in cl], ensure_ascii=False, indent=1))
        return
    typer.echo(f"{source.id}: published {source.published or 'unknown'}"
               f"{' (' + source.published_from + ')' if source.published_from else ''}, language {source.language}, {len(cl)} claims")
    for c in cl:
        typer.echo(f"\n[{c.id.split('#')[1]}] {c.text}")
        for f in c.facts:
            typer.echo("      " + describe_fact(f))


def describe_fact(f) -> str:
    from .model import DateSpan, Knowledge, PersonRef

    if isinstance(f, DateSpan):
        val = f.value if f.resolved else "unresolved (publication date unknown)"
        extra = f" {f.modifier}" if f.modifier else ""
        return f"date      {f.text!r} → {val} ({f.precision}{extra})"
    if isinstance(f, PersonRef):
        who = f.value or "(not linked to a named person)"
        return f"person    {f.text!r} → {who}" + (f" [{f.role}{', ' + f.org if f.org else ''}]" if f.role else "")
    if isinstance(f, Knowledge):
        pol = "knew/was told" if f.polarity == "positive" else "did not know"
        return f"knowledge {f.actor} {pol}" + (f", told by {f.informant}" if f.informant else "") + (f", when {f.when}" if f.when else "") + f": {f.text!r}"
    q = f" {f.qualifier}" if f.qualifier else ""
    u = f" {f.unit}" if f.unit else ""
    return f"{f.kind:<9} {f.text!r} → {f.json_value()}{u}{q}"


@app.command()
def check(
    draft: Path = typer.Argument(..., help="The draft article to check."),
    against: List[str] = typer.Option(..., "--against", help="Source articles or folders. Repeatable."),
    accept_file: Optional[Path] = typer.Option(None, "--accept", help="TOML file of accepted fingerprints."),
    fail_on: str = typer.Option("conflict", "--fail-on", help="'conflict' (default) or 'unsupported' (also fail on claims no source supports)."),
    date: List[str] = typer.Option([], "--date", help="Publication date of the draft or a source: NAME=YYYY[-MM[-DD]]."),
    model: str = typer.Option("e5", "--model", help="Embedding backend: e5 (default), use, or st:NAME_OR_PATH."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Also write the Markdown summary here."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the embedding cache."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
    config: Optional[Path] = typer.Option(None, "--config", help=_CONFIG_HELP),
):
    """Check a draft against its sources: exit 1 when it contradicts them (unless accepted).

    Example: compare check draft.txt --against seeds/ --accept compare-accept.toml
    """
    from .model import InputError

    if fail_on not in ("conflict", "unsupported"):
        _fail(f"--fail-on takes 'conflict' or 'unsupported', got {fail_on!r}")
    try:
        from .gate import check as run_check, load_accepted, render_check_markdown

        accepted = load_accepted(accept_file)
        if accept_file is not None and not accept_file.exists():
            raise InputError(f"no such accept file: {accept_file}")
        result = run_check(str(draft), against, _options(date, model, quiet, no_cache, config), accepted=accepted)
        md = render_check_markdown(result, accepted)
        if output:
            write_atomic(output, md)
    except InputError as err:
        _fail(str(err))
    typer.echo(md, nl=False)
    failing = bool(result.open_conflicts()) or (fail_on == "unsupported" and result.count("unsupported") > 0)
    if failing:
        raise typer.Exit(1)


@app.command()
def accept(
    fingerprint: str = typer.Argument(..., help="The fingerprint of a finding (sha1-…)."),
    reason: str = typer.Option(..., "--reason", help="Why this difference is known and fine."),
    by: Optional[str] = typer.Option(None, "--by", help="Who accepted it (default: $USER)."),
    file: Path = typer.Option(Path("compare-accept.toml"), "--file", help="The accept file to append to."),
):
    """Accept a checked finding so later runs of check and report --fail-on do not fail on it.

    Example: compare accept sha1-6f0ef81f7334de5a --reason "000 rounds the date"
    """
    from .model import InputError

    try:
        from .gate import accept_entry, load_accepted

        existing = load_accepted(file) if file.exists() else {}
        if fingerprint in existing:
            typer.echo(f"{fingerprint} is already accepted in {file}")
            return
        entry = accept_entry(fingerprint, reason, by or os.environ.get("USER"))
        old = file.read_text(encoding="utf-8") if file.exists() else "# Findings checked and accepted by the desk (compare accept).\n"
        write_atomic(file, old.rstrip("\n") + "\n\n" + entry)
    except InputError as err:
        _fail(str(err))
    typer.echo(f"accepted {fingerprint} in {file}")


@app.command()
def batch(
    folder: Path = typer.Argument(..., help="A folder whose subfolders are events, each with its articles."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Folder for the reports and index (default reports/<folder>/)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
    model: str = typer.Option("e5", "--model", help="Embedding backend: e5 (default), use, or st:NAME_OR_PATH."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N events (sorted by name)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
):
    """Compare every event folder; write one report per event and an index ranked by conflicts.
    Events whose articles and settings are unchanged since the last run are skipped.

    Example: compare batch events/ --jobs 2
    """
    from .model import InputError

    try:
        from .batch import run_batch
        from .embed import validate_spec

        validate_spec(model)
        out = output or Path("reports") / folder.resolve().name
        results = run_batch(folder, out, jobs=jobs, model=model, limit=limit,
                            progress=None if quiet else (lambda m: typer.echo(f"compare: {m}", err=True)))
    except InputError as err:
        _fail(str(err))
    done = sum(r.status == "done" for r in results)
    skipped = sum(r.status == "skipped" for r in results)
    errors = [r for r in results if r.status == "error"]
    typer.echo(f"{len(results)} events: {done} compared, {skipped} unchanged, {len(errors)} failed; "
               f"{sum(r.conflicts for r in results)} conflicts; index in {out / 'index.md'}")
    for r in errors:
        typer.echo(f"  {r.event}: {r.error}")


@app.command("eval")
def eval_cmd(
    report_json: Path = typer.Argument(..., help="A JSON report written by 'compare report'."),
    gold: Path = typer.Option(..., "--gold", help="Gold file (shared/gold format)."),
    texts: Path = typer.Option(Path("seeds"), "--texts", help="Folder with the source files."),
):
    """Score a JSON report against hand-made gold.

    Example: compare eval reports/seeds.json --gold tests/data/seeds.gold.json
    """
    from .evaluate import score_files
    from .model import InputError

    try:
        metrics = score_files(gold, texts, report_json)
    except InputError as err:
        _fail(str(err))
    for k, v in metrics.items():
        typer.echo(f"{k:18s} {v:.3f}")


@app.command()
def scorecard(
    dev: Path = typer.Option(Path("tests/data/dev-gold"), "--dev", help="Folder of development gold files (one story each)."),
    seeds_gold: Path = typer.Option(Path("tests/data/seeds.gold.json"), "--seeds-gold", help="Gold of the seed articles."),
    seeds: Path = typer.Option(Path("seeds"), "--seeds", help="Folder of the seed articles."),
    per_story: bool = typer.Option(False, "--per-story", help="Also print each development story's figures."),
    model: str = typer.Option("e5", "--model", help="Embedding backend: e5 (default), use, or st:NAME_OR_PATH."),
    config: Optional[Path] = typer.Option(None, "--config", help=_CONFIG_HELP),
):
    """Seed and development figures side by side, as in the README's scorecard.

    Development gold names its corpus folder relative to the project root
    (../shared/corpora/...); stories whose folder is absent are left out, with a message.

    Example: compare scorecard --per-story
    """
    from .evaluate import METRICS, pooled, ratio, score_stories
    from .model import InputError

    try:
        opts = _options([], model, True, False, config)
        seed_counts, _ = score_stories([seeds_gold], Path.cwd(), opts, texts_dir=seeds)
        golds = sorted(dev.glob("*.gold.json")) if dev.is_dir() else []
        dev_counts, _ = score_stories(golds, Path.cwd(), opts)
    except InputError as err:
        _fail(str(err))
    if golds and not dev_counts:
        typer.echo(f"compare: the corpora named in {dev} are absent (../shared/corpora); development figures left out", err=True)
    seed_figures = pooled(seed_counts)
    dev_figures = pooled(dev_counts) if dev_counts else {}
    typer.echo(f"| metric | seeds | development ({len(dev_counts)} stories) |")
    typer.echo("|---|---|---|")
    for m in METRICS:
        d = f"{dev_figures[m]:.3f}" if dev_counts else "—"
        typer.echo(f"| {m} | {seed_figures[m]:.3f} | {d} |")
    if per_story:
        typer.echo("")
        typer.echo("| story | " + " | ".join(METRICS) + " |")
        typer.echo("|---|" + "---|" * len(METRICS))
        for name, counts in sorted(dev_counts.items()):
            cells = [f"{ratio(counts[m]):.2f} ({counts[m][0]}/{counts[m][1]})" for m in METRICS]
            typer.echo(f"| {name} | " + " | ".join(cells) + " |")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("compare: interrupted; no report was written", err=True)
        sys.exit(130)
