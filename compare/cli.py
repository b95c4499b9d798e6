"""The command line: a thin layer over compare.pipeline; no logic of its own.

Exit codes: 0 done, 1 the gate found unaccepted conflicts, 2 bad input or usage.
Heavy modules (numpy, the embedding backends) are imported inside the commands so
that ``compare --help`` stays fast.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from .atomic import text_writer, write_all
from .inert import one_line

try:  # typer's coercion contract (see _PlainValues); another typer version keeps its own throughout
    from typer._coercion import RuntimeParam as _RuntimeParam
    from typer._coercion import build_runtime_param as _build_runtime_param
    from typer._param_types import coerce_cli_path as _coerce_cli_path
except ImportError:  # pragma: no cover
    _RuntimeParam = None

_UNUSUAL = object()


def _plain_leaf(annotation, info, value, param, ctx):
    """One value as typer's pydantic adapter for ``annotation`` returns it, or _UNUSUAL."""
    if getattr(info, "parser", None) is not None:
        return _UNUSUAL  # a parser of its own: typer calls it
    if type(value) is str:
        try:
            value.encode("utf-8")  # pydantic refuses what is no unicode (argv's surrogate escapes)
        except UnicodeError:
            return _UNUSUAL
    if annotation is str:
        return value if type(value) is str else _UNUSUAL
    if annotation is int:
        if type(value) is str and value.isascii() and value.isdigit() and str(int(value)) == value:
            value = int(value)
        if type(value) is not int or (info.min is not None and value < info.min) or (info.max is not None and value > info.max):
            return _UNUSUAL  # out of range: typer clamps or refuses, in its own words
        return value
    if annotation is Path and info.path_type is None and type(value) is str and value:
        # what the adapter does, after pydantic has made the text a Path
        return _coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
    return _UNUSUAL


if _RuntimeParam is not None:
    class _PlainValues(_RuntimeParam):
        """Typer coerces every parameter through a pydantic TypeAdapter; importing pydantic and
        building the adapters is about 0.1 s cpu of every run (an eighth of a warm run of five
        sources). The parameters here are text, paths, counts and lists of them: such values
        are coerced as the adapters would, and anything else (an unusual value, one the adapter
        refuses) goes to typer's own coercion, so results and messages stay typer's."""

        def _coerce_value(self, value, param, ctx):
            annotation, info = self.annotation, self.parameter_info
            leaf = getattr(annotation, "__args__", (None,))[0] if getattr(annotation, "__origin__", None) is list else None
            try:
                if leaf is not None and isinstance(value, (list, tuple)):
                    out = [_plain_leaf(leaf, info, v, param, ctx) for v in value]
                    if not any(v is _UNUSUAL for v in out):
                        return out
                elif leaf is None:
                    out = _plain_leaf(annotation, info, value, param, ctx)
                    if out is not _UNUSUAL:
                        return out
            except Exception:  # typer's coercion raises its own error for it below
                pass
            return _build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)


def _coerce_plainly(params) -> None:
    """Give typer parameters _PlainValues as their coercion (before typer builds its own)."""
    if _RuntimeParam is None:
        return
    for p in params:
        if p is not None and getattr(p, "_runtime_param", False) is None and getattr(p, "type_descriptor", None) is not None \
                and p.type_descriptor.file_annotation is None:
            p._runtime_param = _PlainValues(parameter_info=p.type_descriptor.parameter_info, annotation=p.type_descriptor.annotation)


class _PlainOptions:
    """A typer group or command whose options, the help option too, take _PlainValues."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _coerce_plainly(self.params)

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        _coerce_plainly([option])
        return option


class _Group(_PlainOptions, TyperGroup):
    """typer's group, with _PlainValues for its options."""


class _Command(_PlainOptions, TyperCommand):
    """Help as an editor reads it: 'DRAFT...' in the usage line and the argument list, not
    typer's '{draft}' and '<list[str]>'."""

    @staticmethod
    def _arg_name(p) -> str:
        name = p.metavar or p.name.upper()
        return name if p.nargs == 1 or name.endswith("...") else name + "..."

    @staticmethod
    def _word_for(label: str) -> str:
        label = label.removeprefix("list[").removesuffix("]")
        return {"path": "PATH", "str": "TEXT", "int": "N", "int range": "N", "float": "NUMBER"}.get(label, label.upper())

    def collect_usage_pieces(self, ctx):
        pieces = [self.options_metavar] if self.options_metavar else []
        for p in self.get_params(ctx):
            if p.param_type_name == "argument":
                pieces.append(self._arg_name(p) if p.required else f"[{self._arg_name(p)}]")
        return pieces

    def format_options(self, ctx, formatter):
        args, opts = [], []
        for p in self.get_params(ctx):
            rv = p.get_help_record(ctx)
            if rv is None:
                continue
            if p.param_type_name == "argument":
                args.append((self._arg_name(p), rv[1]))
            else:
                # an option without a metavar of its own: a word, not typer's '<list[str]>'
                opts.append((re.sub(r"\s<([^>]*)>$", lambda m: " " + self._word_for(m.group(1)), rv[0]), rv[1]))
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


app = typer.Typer(
    cls=_Group,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
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
    from .inert import one_line

    # one line, whatever a file name holds: no line break or terminal escape reaches the log
    typer.echo(f"compare: error: {one_line(message)}", err=True)
    raise typer.Exit(code)


def _limits(opts, max_sources: int | None, max_claims: int | None, max_line_chars: int | None,
            max_article_bytes: int | None, follow_symlinks: bool):
    """The command line's limits and --follow-symlinks over the settings file's."""
    limits = opts.settings.limits
    for name, value in (("max_sources", max_sources), ("max_claims", max_claims),
                        ("max_line_chars", max_line_chars), ("max_article_bytes", max_article_bytes)):
        if value is not None:
            setattr(limits, name, value)
            opts.settings.origin[f"limits.{name}"] = f"--{name.replace('_', '-')}"
    opts.follow_symlinks = follow_symlinks
    return opts


class _EmbedBar:
    """A progress bar with an estimate on stderr while claims are embedded; only on a
    terminal (a log or a CI run gets the plain progress lines) and never with --quiet."""

    def __init__(self) -> None:
        self._bar = None
        self._task = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(TextColumn("compare: embedding claims"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("about"), TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("embed", total=total)
        self._bar.update(self._task, completed=done, total=total)
        if done >= total:
            self._bar.stop()
            self._bar = None


def _options(dates: list[str], model: str, quiet: bool, no_cache: bool, config: Path | None = None):
    from .ingest import parse_date_option
    from .pipeline import Options, stderr_progress
    from .settings import load_settings

    parsed = dict(parse_date_option(d) for d in dates)
    return Options(model=model, dates=parsed, progress=stderr_progress(quiet), no_cache=no_cache,
                   embed_progress=None if quiet or not sys.stderr.isatty() else _EmbedBar(),
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


@app.command(cls=_Command)
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
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the cache (embeddings, sentence splits, facts)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
    config: Optional[Path] = typer.Option(None, "--config", help=_CONFIG_HELP),
    show_settings: bool = typer.Option(False, "--show-settings", help="Print the effective settings and where each came from, then exit."),
    max_sources: Optional[int] = typer.Option(None, "--max-sources", min=1, help="Most sources one run reads (limits.max_sources, default 100)."),
    max_claims: Optional[int] = typer.Option(None, "--max-claims", min=1, help="Most claims one run compares (limits.max_claims, default 5000)."),
    max_line_chars: Optional[int] = typer.Option(None, "--max-line-chars", min=1, help="Longest line of an article (limits.max_line_chars, default 20000)."),
    max_article_bytes: Optional[int] = typer.Option(None, "--max-article-bytes", min=1, help="Largest article file (limits.max_article_bytes, default 2 MiB)."),
    follow_symlinks: bool = typer.Option(False, "--follow-symlinks", help="Read symbolic links that point outside the folder they stand in (refused by default)."),
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

        opts = _limits(_options(date, model, quiet, no_cache, config), max_sources, max_claims, max_line_chars,
                       max_article_bytes, follow_symlinks)
        if show_settings:
            _print_settings(opts.settings)
            return
        if accept_file is not None and not accept_file.exists():
            raise InputError(f"no such accept file: {accept_file}")
        accepted = {}
        if accept_file is not None:  # the gate's module only for an accept file
            from .gate import load_accepted

            accepted = load_accepted(accept_file)
        result = run(paths, opts)
        out = output or _default_output(paths)
        jpath = json_path or out.with_suffix(".json")
        md = render_markdown(result, link_dir=str(out.parent), accepted=accepted)
        js = render_json(result, accepted=accepted)
        outputs = [(jpath, text_writer(js)), (out, text_writer(md))]
        if html_path:
            from .render import render_html

            outputs.append((html_path, text_writer(render_html(result, accepted=accepted))))
        if csv_dir or parquet_dir:
            from .render.tables import table_writers

            # Parquet refused (no pyarrow) before anything is written, the CSV tables included
            outputs += (table_writers(result, csv_dir, "csv") if csv_dir else []) + \
                (table_writers(result, parquet_dir, "parquet") if parquet_dir else [])
        write_all(outputs)  # every file or none: nothing is overwritten before all can be written
    except InputError as err:
        _fail(str(err))
    s = summarise(result)
    typer.echo(f"{s['sources']} sources, {s['claims']} claims, {s['groups']} groups across sources, "
               f"{s['conflicts']} conflicts, {s['unique']} claims in one source only")
    conflicts = [f for f in result.all_findings if f.severity == "conflict"]
    shown = result.settings.limits.max_conflicts_shown
    for f in conflicts[:shown]:
        typer.echo(f"  conflict {f.kind}: {one_line(f.message)}")
    if len(conflicts) > shown:
        typer.echo(f"  … and {len(conflicts) - shown} more conflicts (all in {jpath})")
    typer.echo(f"wrote {out} and {jpath}" + (f" and {html_path}" if html_path else ""))
    open_conflicts = [f for f in conflicts if f.fingerprint not in accepted]
    if fail_on == "conflict" and open_conflicts:
        raise typer.Exit(1)


@app.command(cls=_Command)
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
        typer.echo(f"\n[{c.id.split('#')[1]}] {one_line(c.text)}")  # no terminal escape from an article
        for f in c.facts:
            typer.echo("      " + describe_fact(f))


def describe_fact(f) -> str:
    from .model import DateSpan, Knowledge, PersonRef, Place, TimeOfDay

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
    if isinstance(f, TimeOfDay):
        return f"time      {f.text!r} → {f.value}"
    if isinstance(f, Place):
        return f"place     {f.text!r} → {f.value}"
    q = f" {f.qualifier}" if f.qualifier else ""
    u = f" {f.unit}" if f.unit else ""
    return f"{f.kind:<9} {f.text!r} → {f.json_value()}{u}{q}"


@app.command(cls=_Command)
def check(
    drafts: List[Path] = typer.Argument(..., metavar="DRAFT...", help="The draft article(s) to check."),
    against: List[str] = typer.Option([], "--against", metavar="SOURCE", help="Source articles or folders, for every draft. Repeatable. Default: each draft's front matter 'sources:' (relative to the draft), else the articles beside it."),
    accept_file: Optional[Path] = typer.Option(None, "--accept", metavar="FILE.toml", help="TOML file of accepted fingerprints."),
    fail_on: str = typer.Option("conflict", "--fail-on", metavar="conflict|unsupported", help="'conflict' (default) or 'unsupported' (also fail on claims no source supports)."),
    date: List[str] = typer.Option([], "--date", metavar="NAME=YYYY[-MM[-DD]]", help="Publication date of the draft or a source. Repeatable."),
    model: str = typer.Option("e5", "--model", metavar="e5|use|st:NAME", help="Embedding backend: e5 (default), use, or st:NAME_OR_PATH."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE.md", help="Also write the Markdown summary here."),
    json_path: Optional[Path] = typer.Option(None, "--json", metavar="FILE.json", help="Also write every draft claim with its offsets, verdict, the source claims and values behind it, and the findings."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the cache (embeddings, sentence splits, facts)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
    config: Optional[Path] = typer.Option(None, "--config", metavar="FILE", help=_CONFIG_HELP),
    max_sources: Optional[int] = typer.Option(None, "--max-sources", min=1, help="Most sources one run reads (limits.max_sources, default 100)."),
    max_claims: Optional[int] = typer.Option(None, "--max-claims", min=1, help="Most claims one run compares (limits.max_claims, default 5000)."),
    max_line_chars: Optional[int] = typer.Option(None, "--max-line-chars", min=1, help="Longest line of an article (limits.max_line_chars, default 20000)."),
    max_article_bytes: Optional[int] = typer.Option(None, "--max-article-bytes", min=1, help="Largest article file (limits.max_article_bytes, default 2 MiB)."),
    follow_symlinks: bool = typer.Option(False, "--follow-symlinks", help="Read symbolic links that point outside the folder they stand in (refused by default: in a pull request they could point at any file of the CI machine)."),
):
    """Check drafts against their sources: exit 1 when one contradicts them (unless accepted).

    Without --against, a draft's sources are the files or folders its front matter names
    ("sources: ../../sources/baton-rouge", relative to the draft), else the articles beside it
    (other *.draft.md files left out).

    Example: compare check drafts/ivens.draft.md --against seeds/ --accept compare-accept.toml
    """
    from .model import InputError

    if fail_on not in ("conflict", "unsupported"):
        _fail(f"--fail-on takes 'conflict' or 'unsupported', got {fail_on!r}")
    try:
        from .gate import check as run_check, load_accepted, render_check_json, render_check_markdown, sources_for

        if accept_file is not None and not accept_file.exists():
            raise InputError(f"no such accept file: {accept_file}")
        accepted = load_accepted(accept_file)
        opts = _limits(_options(date, model, quiet, no_cache, config), max_sources, max_claims, max_line_chars,
                       max_article_bytes, follow_symlinks)
        if not follow_symlinks:  # before a draft's front matter is read for its sources
            from .ingest import refuse_link_out

            for d in drafts:
                refuse_link_out(d, d.parent)
        # every draft's sources are resolved before any work: a bad one fails the run at once
        plan = [(d, list(against) or sources_for(d)) for d in drafts]
        results = [run_check(str(d), srcs, opts, accepted=accepted) for d, srcs in plan]
        md = "\n".join(render_check_markdown(r, accepted) for r in results)
        js = render_check_json(results, accepted) if json_path else None
        # both or neither: nothing is overwritten before both can be written
        write_all(([(json_path, text_writer(js))] if json_path else []) + ([(output, text_writer(md))] if output else []))
    except InputError as err:
        _fail(str(err))
    typer.echo(md, nl=False)
    failing = any(r.open_conflicts() or (fail_on == "unsupported" and r.count("unsupported") > 0) for r in results)
    if failing:
        raise typer.Exit(1)


@app.command(cls=_Command)
def accept(
    fingerprint: str = typer.Argument(..., help="The fingerprint of a finding (sha1-…)."),
    reason: str = typer.Option(..., "--reason", help="Why this difference is known and fine."),
    by: Optional[str] = typer.Option(None, "--by", metavar="NAME", help="Who accepts it (default: git config user.name, else $USER)."),
    file: Path = typer.Option(Path("compare-accept.toml"), "--file", metavar="FILE", help="The accept file to append to."),
    report_json: List[Path] = typer.Option([], "--report", metavar="FILE.json", help="A JSON written by 'compare check --json' or 'compare report --json': the fingerprint must be one of its findings. Repeatable."),
    force: bool = typer.Option(False, "--force", help="Accept a fingerprint without checking it against a report's findings."),
):
    """Accept a checked finding so later runs of check and report --fail-on do not fail on it.

    The fingerprint must be a finding of the JSON given with --report (written by
    'compare check --json' or 'compare report --json'), unless --force.

    Example: compare accept sha1-6f0ef81f7334de5a --reason "000 rounds the date" --report check.json
    """
    from .model import InputError

    try:
        from .gate import current_fingerprints, record_acceptance, who_accepts

        if not force:
            if not report_json:
                raise InputError(f"cannot tell whether {fingerprint} is a current finding: pass --report FILE.json "
                                 "(written by compare check --json or compare report --json), or --force")
            current = current_fingerprints(report_json)
            if fingerprint not in current:
                raise InputError(f"{fingerprint} matches no finding in {', '.join(map(str, report_json))} "
                                 "(pass --force to accept it anyway)")
        by = who_accepts(by)

        # read, checked and written under a lock on the file, by tomlkit (gate.record_acceptance)
        if not record_acceptance(file, fingerprint, reason, by):
            typer.echo(f"{fingerprint} is already accepted in {file}")
            return
    except InputError as err:
        _fail(str(err))
    typer.echo(f"accepted {fingerprint} in {file}")


@app.command(cls=_Command)
def batch(
    folder: Path = typer.Argument(..., help="A folder whose subfolders are events, each with its articles."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Folder for the reports and index (default reports/<folder>/)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
    model: str = typer.Option("e5", "--model", help="Embedding backend: e5 (default), use, or st:NAME_OR_PATH."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N events (sorted by name)."),
    engine: str = typer.Option("processes", "--engine", help="processes (--jobs worker processes here) or dask (one task per event on a Dask cluster; pip install -e '.[dask]')."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler's address (tcp://HOST:8786); default a local cluster of --jobs workers."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr."),
    follow_symlinks: bool = typer.Option(False, "--follow-symlinks", help="Read symbolic links that point outside the folder they stand in (refused by default)."),
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
        results = run_batch(folder, out, jobs=jobs, model=model, limit=limit, engine=engine, scheduler=scheduler,
                            progress=None if quiet else (lambda m: typer.echo(f"compare: {m}", err=True)),
                            follow_symlinks=follow_symlinks)
    except InputError as err:
        _fail(str(err))
    except KeyboardInterrupt:
        typer.echo(f"compare: interrupted; the reports written so far are in {out} and its manifest "
                   "(a re-run compares only the rest)", err=True)
        raise typer.Exit(130)
    done = sum(r.status == "done" for r in results)
    skipped = sum(r.status == "skipped" for r in results)
    errors = [r for r in results if r.status == "error"]
    typer.echo(f"{len(results)} events: {done} compared, {skipped} unchanged, {len(errors)} failed; "
               f"{sum(r.conflicts for r in results)} conflicts; index in {out / 'index.md'}")
    for r in errors:
        typer.echo(f"  {one_line(r.event)}: {one_line(r.error or '')}")


@app.command("eval", cls=_Command)
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


@app.command(cls=_Command)
def scorecard(
    dev: Path = typer.Option(Path("tests/data/dev-gold"), "--dev", help="Folder of development gold files (one story each)."),
    seeds_gold: Path = typer.Option(Path("tests/data/seeds.gold.json"), "--seeds-gold", help="Gold of the seed articles."),
    seeds: Path = typer.Option(Path("seeds"), "--seeds", help="Folder of the seed articles."),
    per_story: bool = typer.Option(False, "--per-story", help="Also print each development story's figures."),
    model: str = typer.Option("e5", "--model", help="Embedding backend: e5 (default), use, or st:NAME_OR_PATH."),
    config: Optional[Path] = typer.Option(None, "--config", help=_CONFIG_HELP),
    drafts: List[Path] = typer.Option([Path("tests/data/drafts"), Path("tests/data/drafts-heldout"),
                                                   Path("tests/data/drafts-unseen"), Path("tests/data/drafts-unseen2"),
                                                   Path("tests/data/drafts-unseen3")], "--drafts",
                                      help="Folder of planted-error drafts for the review gate (see README); may be given more than once."),
):
    """Seed and development figures side by side, as in the README's scorecard; then the
    review gate on the planted-error drafts.

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
    for folder in (d for d in drafts if d.is_dir()):
        from .planted import score_drafts, totals

        try:
            scores, missing = score_drafts(folder, opts)
        except InputError as err:
            _fail(str(err))
        if missing:
            typer.echo(f"compare: sources of {len(missing)} planted-error drafts in {folder} are absent (../shared/corpora); left out", err=True)
        if scores:
            t = totals(scores)
            (hit, planted), (false, faithful) = t["planted_contradicted"], t["faithful_contradicted"]
            typer.echo("")
            typer.echo(f"| review gate on {len(scores)} planted-error drafts in `{folder.as_posix()}` | value |")
            typer.echo("|---|---|")
            typer.echo(f"| planted errors contradicted | {hit / planted:.3f} ({hit}/{planted}) |")
            typer.echo(f"| faithful sentences contradicted | {false / faithful:.3f} ({false}/{faithful}) |")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("compare: interrupted; no report was written", err=True)
        sys.exit(130)
    except MemoryError:
        typer.echo("compare: error: out of memory; lower the limits (see compare report --show-settings)", err=True)
        sys.exit(2)
    except Exception as err:  # a bug: still one line and exit 2, since CI reads exit 1 as "conflict found"
        if os.environ.get("COMPARE_TRACEBACK"):
            raise
        typer.echo(f"compare: error: internal error ({type(err).__name__}: {one_line(str(err))[:300]}); "
                   "please report it with the input that caused it (COMPARE_TRACEBACK=1 shows where)", err=True)
        sys.exit(2)
