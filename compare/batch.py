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
import signal
import time
from concurrent.futures import ProcessPoolExecutor, as_completed, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .atomic import text_writer, write_all, write_atomic
from .ingest import ARTICLE_SUFFIXES, refuse_link_out
from .model import InputError
from .settings import LimitSettings

MANIFEST = ".compare-batch.json"
ENGINES = ("processes", "dask")


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


def list_events(folder: Path, follow_symlinks: bool = False) -> list[Path]:
    """The event folders, sorted. Unless ``follow_symlinks``, an event folder that is a link
    out of ``folder``, or an article that is a link out of its event, refuses the batch
    before anything is read (ingest.refuse_link_out)."""
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder of event folders")
    events = sorted(p for p in folder.iterdir() if p.is_dir() and any(
        q.suffix.lower() in ARTICLE_SUFFIXES for q in p.iterdir() if q.is_file()))
    if not events:
        raise InputError(f"{folder} has no event folders (subfolders with .txt, .md or .html articles)")
    if not follow_symlinks:
        for e in events:
            refuse_link_out(e, folder)
            for q in e.iterdir():
                if q.suffix.lower() in ARTICLE_SUFFIXES:
                    refuse_link_out(q, e)
    return events


def event_key(event: Path, model: str) -> str:
    h = hashlib.sha256(f"{__version__}\0{model}".encode())
    cap = LimitSettings().max_article_bytes + 1  # a huge file is refused by its run, not read whole here
    for f in sorted(event.iterdir()):
        if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES:
            with open(f, "rb") as fh:
                head = fh.read(cap)
                size = os.fstat(fh.fileno()).st_size
            h.update(f.name.encode("utf-8") + b"\0" + hashlib.sha256(head).digest() + str(size).encode())
    return h.hexdigest()


def _worker_init(parent: int) -> None:
    """In each worker process: Ctrl-C is the parent's to handle (it stops the batch and keeps
    the manifest), and the worker dies with its parent, killed or not, instead of going on
    writing reports no manifest will record."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux): killed when the parent goes
    except (OSError, AttributeError):
        pass
    import threading

    def watch() -> None:  # elsewhere, and for a parent gone before prctl: poll
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _outcome(fut, name: str) -> EventResult:
    """A finished future's result; a worker that died or raised is an error row."""
    try:
        return fut.result()
    except BrokenProcessPool:
        return EventResult(name, "error", error="its worker process died (out of memory or killed); run the batch again")
    except Exception as err:  # noqa: BLE001 — one event's failure must not lose the batch
        return EventResult(name, "error", error=f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}")


def _stop(pool: ProcessPoolExecutor, futures: dict, finish, grace: float = 2.0) -> None:
    """Ctrl-C: queued events are cancelled, running ones get ``grace`` seconds to finish,
    then the workers are killed; every event that finished is recorded (``finish``)."""
    for fut in futures:
        fut.cancel()
    running = [f for f in futures if not f.cancelled()]
    wait(running, timeout=grace)
    for fut in running:
        if fut.done():
            finish(fut)
    kill = getattr(pool, "kill_workers", None)  # Python 3.14
    if kill is not None:
        kill()
    else:
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def _run_event(event: str, out_dir: str, model: str, cache_dir: str | None, follow_symlinks: bool = False) -> EventResult:
    """One event, in a worker process: compare, render, write atomically. Any failure, a
    write error included, is the event's error row: the batch goes on."""
    from .pipeline import Options, run
    from .render import render_json, render_markdown
    from .render.json import summarise

    from .embed import set_threads

    t = time.perf_counter()
    name = Path(event).name
    previous = set_threads(1)  # a worker embeds on one core: --jobs N stays N cores
    try:
        report = run([event], Options(model=model, cache_dir=Path(cache_dir) if cache_dir else None,
                                      follow_symlinks=follow_symlinks))
        md_path = Path(out_dir) / f"{name}.md"
        write_all([(Path(out_dir) / f"{name}.json", text_writer(render_json(report))),
                   (md_path, text_writer(render_markdown(report, link_dir=out_dir)))])
    except InputError as err:
        return EventResult(name, "error", error=str(err), seconds=time.perf_counter() - t)
    except Exception as err:  # noqa: BLE001 — a bug (or MemoryError) in one event is its error row
        return EventResult(name, "error", error=f"internal error: {type(err).__name__}: {str(err)[:200]}",
                           seconds=time.perf_counter() - t)
    finally:
        set_threads(previous)
    summary = summarise(report)
    return EventResult(name, "done", summary["sources"], summary["claims"], summary["conflicts"], summary["groups"],
                       time.perf_counter() - t)


def run_batch(folder: Path, out_dir: Path, jobs: int = 1, model: str = "e5", cache_dir: Path | None = None,
              progress=None, limit: int | None = None, engine: str = "processes",
              scheduler: str | None = None, follow_symlinks: bool = False) -> list[EventResult]:
    """``engine``: "processes" (``jobs`` worker processes on this machine) or "dask" (one task
    per event on the Dask cluster at ``scheduler``, or on a LocalCluster of ``jobs`` workers)."""
    if engine not in ENGINES:
        raise InputError(f"unknown --engine {engine!r}: use {' or '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    events = list_events(folder, follow_symlinks)[:limit] if limit else list_events(folder, follow_symlinks)
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

    if engine == "dask":
        for e, key, r in _on_dask(todo, out_dir, model, cache_dir, jobs, scheduler, say, follow_symlinks):
            record(e.name, key, r)
    elif jobs <= 1:
        for e, key in todo:
            record(e.name, key, _run_event(str(e), str(out_dir), model, str(cache_dir) if cache_dir else None,
                                           follow_symlinks))
    else:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(),))
        futures = {pool.submit(_run_event, str(e), str(out_dir), model, str(cache_dir) if cache_dir else None,
                               follow_symlinks): (e, key) for e, key in todo}
        finished = set()

        def finish(fut) -> None:
            if fut not in finished:
                e, key = futures[fut]
                record(e.name, key, _outcome(fut, e.name))
                finished.add(fut)  # after the manifest is written: a Ctrl-C inside it records again

        try:
            for fut in as_completed(futures):
                finish(fut)
        except KeyboardInterrupt:
            _stop(pool, futures, finish)
            raise
        pool.shutdown(wait=True)
    ordered = [results[e.name] for e in events]
    write_index(ordered, out_dir)
    return ordered


def _on_dask(todo: list[tuple[Path, str]], out_dir: Path, model: str, cache_dir: Path | None, workers: int,
             scheduler: str | None, say, follow_symlinks: bool = False):
    """(event, key, result) as the events finish on a Dask cluster: one task per event. The
    worker processes live for the whole batch, so each loads the model once (embed.make_embedder
    keeps it). Reports are written by the workers, so ``out_dir`` (and the embedding cache)
    must be storage every worker sees; the manifest and index are written here, by the one
    coordinator. A task that raises or whose worker dies is an error row, not a lost batch."""
    if not todo:  # every event unchanged: no cluster to start
        return
    try:
        import logging

        from dask.distributed import Client, LocalCluster, as_completed as dask_completed
    except ImportError:
        raise InputError("--engine dask needs dask[distributed]: pip install -e '.[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:  # quiet: a heartbeat cut off at shutdown is no news; a failing task is an error row
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.CRITICAL)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as err:
        if cluster is not None:
            cluster.close()
        raise InputError(f"cannot start or reach the Dask scheduler {scheduler or '(local)'}: {err}") from None
    say(f"dask: {len(client.scheduler_info().get('workers', {}))} workers at {client.scheduler.address}")
    try:
        cache = str(cache_dir) if cache_dir else None
        futures = {client.submit(_run_event, str(e), str(out_dir), model, cache, follow_symlinks, pure=False): (e, key)
                   for e, key in todo}
        for fut in dask_completed(futures):
            e, key = futures[fut]
            try:
                r = fut.result()
            except Exception as err:  # the task raised, or its worker died (KilledWorker)
                r = EventResult(e.name, "error", error=f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}")
            yield e, key, r
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def write_index(results: list[EventResult], out_dir: Path) -> None:
    from .inert import url_path
    from .render.markdown import esc

    ranked = sorted(results, key=lambda r: (r.status == "error", -r.conflicts, r.event))
    data = {"format": 1, "events": [{k: v for k, v in r.__dict__.items() if k != "seconds"} for r in ranked]}
    write_atomic(out_dir / "index.json", json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    lines = ["# Events by conflicts", "", "| event | conflicts | sources | claims | groups | report |", "|---|---|---|---|---|---|"]
    for r in ranked:
        if r.status == "error":
            lines.append(f"| {esc(r.event)} | error | — | — | — | {esc(r.error)} |")
        else:
            lines.append(f"| {esc(r.event)} | {r.conflicts} | {r.sources} | {r.claims} | {r.groups} | [{esc(r.event)}.md]({url_path(r.event + '.md')}) |")
    write_atomic(out_dir / "index.md", "\n".join(lines) + "\n")


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 4))
