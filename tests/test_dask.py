"""`compare batch --engine dask` on a two-worker LocalCluster: the same reports, index and
skip-unchanged as `--jobs 1`, byte for byte; a failing event is an error row; the workers
keep the model loaded between events."""
import logging
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app

from conftest import SEEDS

GVC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "gvc"
runner = CliRunner()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def test_dask_engine_matches_jobs_1_byte_for_byte(tmp_path, cache_dir):
    if not GVC.is_dir():
        pytest.skip(f"{GVC} is absent: the development events are not on this machine")
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        pytest.skip("dask[distributed] is not installed: pip install -e '.[dask]' (make test installs it)")
    events = tmp_path / "events"
    for e in sorted(p for p in GVC.iterdir() if p.is_dir())[:10]:
        shutil.copytree(e, events / e.name)
    (events / "zz-one-source").mkdir()  # fails: one source only
    shutil.copy(next(SEEDS.glob("000_*.txt")), events / "zz-one-source")
    # the session's cache ($COMPARE_CACHE, seen by the workers too) holds no GVC text yet
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        args = ["batch", str(events), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                "--output", str(tmp_path / "dask"), "--quiet"]
        r = runner.invoke(app, args)
        assert r.exit_code == 0, r.output
        assert "10 compared, 0 unchanged, 1 failed" in r.output
        assert "zz-one-source: need at least 2 sources" in r.output
        held = client.run(lambda: sorted(__import__("compare.embed", fromlist=["_LOADED"])._LOADED))
        assert len(held) == 2 and ["e5"] in held.values() and all(m in ([], ["e5"]) for m in held.values()), held
        on_dask = _files(tmp_path / "dask")
        r = runner.invoke(app, args)  # nothing changed: nothing is sent to the cluster
        assert "0 compared, 10 unchanged, 1 failed" in r.output, r.output
    r = runner.invoke(app, ["batch", str(events), "--jobs", "1", "--output", str(tmp_path / "jobs1"), "--quiet"])
    assert r.exit_code == 0, r.output
    in_process = _files(tmp_path / "jobs1")
    assert sorted(on_dask) == sorted(in_process) and len(on_dask) == 22  # 10 × (md, json), index.md, index.json
    for name in in_process:
        assert on_dask[name] == in_process[name], name


def test_scheduler_needs_the_dask_engine(tmp_path):
    r = runner.invoke(app, ["batch", str(SEEDS.parent / "seeds"), "--scheduler", "tcp://127.0.0.1:8786"])
    assert r.exit_code == 2 and "--scheduler needs --engine dask" in r.output
    r = runner.invoke(app, ["batch", str(tmp_path), "--engine", "ray"])
    assert r.exit_code == 2 and "unknown --engine" in r.output
