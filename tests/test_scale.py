"""The O(n²) clustering gives exactly the groups of the straightforward cubic loop it
replaced (kept here as the reference): on the seeds, on development events, and on random
evidence matrices with ties, per-source caps and the restatement rule. Speed is measured
by `make bench`, never here."""
from pathlib import Path

import numpy as np
import pytest

import compare.align as align_module
from compare.align import average_linkage

from conftest import SEEDS

GVC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "gvc"


def reference_linkage(ev, src_index, cos, restate_floor, threshold, max_per_source):
    """The clustering loop as it was before issue 15: every merge rebuilds and argmaxes
    the full matrix of average evidence (O(n³))."""
    n = ev.shape[0]
    valid = np.isfinite(ev)
    sums = np.where(valid, ev, 0.0).astype(np.float64)
    counts = valid.astype(np.float64)
    per_source = np.zeros((n, int(src_index.max()) + 1 if n else 0), dtype=np.int64)
    per_source[np.arange(n), src_index] = 1

    def _restatements(xs, ys):
        for x in xs:
            for y in ys:
                if src_index[x] == src_index[y] and cos[x, y] < restate_floor:
                    return False
        return True

    alive = np.ones(n, dtype=bool)
    blocked = np.zeros((n, n), dtype=bool)
    members = {i: [i] for i in range(n)}
    while n > 1:
        avg = np.where((counts > 0) & ~blocked, sums / np.maximum(counts, 1), -np.inf)
        avg[~alive, :] = -np.inf
        avg[:, ~alive] = -np.inf
        np.fill_diagonal(avg, -np.inf)
        flat = int(np.argmax(avg))
        i, j = divmod(flat, n)
        best = avg[i, j]
        if not np.isfinite(best) or best < threshold:
            break
        i, j = min(i, j), max(i, j)
        if (per_source[i] + per_source[j]).max() > max_per_source or not _restatements(members[i], members[j]):
            blocked[i, j] = blocked[j, i] = True
            continue
        sums[i, :] += sums[j, :]
        sums[:, i] += sums[:, j]
        counts[i, :] += counts[j, :]
        counts[:, i] += counts[:, j]
        blocked[i, :] |= blocked[j, :]
        blocked[:, i] |= blocked[:, j]
        per_source[i] += per_source[j]
        alive[j] = False
        members[i] = sorted(members[i] + members.pop(j))
    return [members[r] for r in sorted(members, key=lambda r: members[r][0])]


def _recorded_runs(paths, cache_dir, monkeypatch):
    """Run the pipeline on each input and keep the arguments align() gave the clustering."""
    from compare.pipeline import Options, run

    calls = []
    real = align_module.average_linkage

    def spy(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(align_module, "average_linkage", spy)
    for p in paths:
        run([str(p)], Options(cache_dir=cache_dir))
    return calls


def _assert_same(args):
    assert average_linkage(*args) == reference_linkage(*args)


def test_same_groups_as_the_reference_on_the_seeds(cache_dir, monkeypatch):
    (args,) = _recorded_runs([SEEDS], cache_dir, monkeypatch)
    _assert_same(args)
    # the seeds hold restatements and capped merges: both constraints were exercised
    clusters = average_linkage(*args)
    assert any(len(c) > 2 for c in clusters)


def test_same_groups_as_the_reference_on_development_events(cache_dir, monkeypatch):
    if not GVC.is_dir():
        pytest.skip(f"{GVC} is absent: the development events are not on this machine")
    events = sorted(p for p in GVC.iterdir() if p.is_dir())[:3]  # among the batch tests' ten: cached
    for args in _recorded_runs(events, cache_dir, monkeypatch):
        _assert_same(args)


def _random_case(rng, n, n_sources, quantise):
    src = np.sort(rng.integers(0, n_sources, size=n))
    src = np.unique(src, return_inverse=True)[1].astype(np.int64)  # source indices 0..k-1, all used
    ev = rng.normal(0.0, 0.1, size=(n, n)).astype(np.float32)
    ev = (ev + ev.T) / 2
    if quantise:  # many exact ties
        ev = np.round(ev * 20) / 20
    else:  # the real matrix can differ from its transpose in the last bit
        ev = ev + rng.integers(-1, 2, size=(n, n)).astype(np.float32) * np.float32(1e-7)
    ev[src[:, None] == src[None, :]] = -np.inf
    emb = rng.normal(size=(n, 8)).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    cos = emb @ emb.T
    cross = cos[src[:, None] != src[None, :]]
    floor = float(np.quantile(cross, rng.choice([0.3, 0.7, 0.9]))) if cross.size else 1.0
    threshold = float(rng.choice([-0.2, -0.06, 0.0, 0.05]))
    cap = int(rng.choice([1, 2, 3]))
    return ev, src, cos, floor, threshold, cap


@pytest.mark.parametrize("seed", range(40))
def test_same_groups_as_the_reference_on_random_evidence(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 90))
    case = _random_case(rng, n, int(rng.integers(1, 8)), quantise=seed % 2 == 0)
    _assert_same(case)


def test_empty_and_single():
    empty = np.zeros((0, 0), dtype=np.float32)
    assert average_linkage(empty, np.zeros(0, dtype=np.int64), empty, 1.0, -0.06, 2) == []
    one = np.full((1, 1), -np.inf, dtype=np.float32)
    assert average_linkage(one, np.zeros(1, dtype=np.int64), np.ones((1, 1)), 1.0, -0.06, 2) == [[0]]


def test_help_is_rendered_by_typer_once_then_read_from_the_cache(tmp_path):
    import os
    import subprocess
    import sys

    code = ("import sys; sys.argv = ['compare', 'batch', '--help']; from compare.quick import main; main(); "
            "print('typer' in sys.modules, 'numpy' in sys.modules, file=sys.stderr)")
    env = {**os.environ, "COMPARE_CACHE": str(tmp_path), "COLUMNS": "100"}
    first, second = (subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
                     for _ in range(2))
    assert "--engine" in first.stdout and first.stdout == second.stdout
    assert first.stderr.split() == ["True", "False"]  # rendered by typer, without numpy
    assert second.stderr.split() == ["False", "False"]  # then read back: no typer at all
    env["COLUMNS"] = "60"  # another width renders anew
    third = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert third.stderr.split() == ["True", "False"]
