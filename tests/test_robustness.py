"""Bad input, faults and hostile text: each case fails without its handling."""
import os
import socket
import threading

import numpy as np
import pytest
from typer.testing import CliRunner

from compare.atomic import write_atomic
from compare.cli import app
from compare.embed import embed_texts

from conftest import SEEDS

runner = CliRunner()
SEED0 = next(SEEDS.glob("000_*.txt"))
SEED2 = next(SEEDS.glob("002_*.txt"))


def _event(tmp_path, files: dict[str, str | bytes]):
    folder = tmp_path / "event"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        p = folder / name
        p.write_bytes(content) if isinstance(content, bytes) else p.write_text(content, encoding="utf-8")
    return folder


def _report(folder, tmp_path, *extra):
    out = tmp_path / "out" / "r.md"
    return runner.invoke(app, ["report", str(folder), "--output", str(out), "--quiet", *extra]), out


def test_oversized_article_is_refused(tmp_path, cache_dir):
    folder = _event(tmp_path, {"a.txt": SEED0.read_text(encoding="utf-8"), "big.txt": "Een zin over niets. " * 150_000})
    r, out = _report(folder, tmp_path)
    assert r.exit_code == 2 and "MB" in r.output and not out.exists()


def test_cp1252_file_is_refused_by_name(tmp_path, cache_dir):
    folder = _event(tmp_path, {"a.txt": SEED0.read_text(encoding="utf-8"), "b.txt": "Café in Zürich – 5 juli".encode("cp1252")})
    r, out = _report(folder, tmp_path)
    assert r.exit_code == 2 and "b.txt is not UTF-8" in r.output and not out.exists()


def test_one_sentence_articles_and_identical_articles(tmp_path, cache_dir):
    text = "De wethouder trad maandag 5 juli 2021 af na vier formele klachten.\n"
    folder = _event(tmp_path, {"a.txt": text, "b.txt": text})
    r, out = _report(folder, tmp_path)
    assert r.exit_code == 0, r.output
    assert "identical" in r.output  # warned on stderr, which the runner mixes in
    assert "0 conflicts" in r.output


def test_same_stem_twice_is_refused(tmp_path, cache_dir):
    folder = _event(tmp_path, {"a.txt": SEED0.read_text(encoding="utf-8"), "a.md": SEED2.read_text(encoding="utf-8")})
    r, _ = _report(folder, tmp_path)
    assert r.exit_code == 2 and "share the name" in r.output


def test_other_language_is_named_and_still_compared(tmp_path, cache_dir):
    de = "Der Bürgermeister ist am Montag zurückgetreten. Die Stadt hat vier Beschwerden bekommen und der Rat war überrascht.\n"
    folder = _event(tmp_path, {"a.txt": SEED0.read_text(encoding="utf-8"), "b.txt": de})
    r, out = _report(folder, tmp_path)
    assert r.exit_code == 0, r.output
    assert "not recognised as Dutch or English" in r.output and out.exists()


def test_markup_in_articles_is_inert_in_markdown(tmp_path, cache_dir):
    hostile = ("De wethouder trad af <script>alert(1)</script> na klachten. "
               "Zie [klik hier](javascript:alert(2)) en <img src=x onerror=alert(3)> <!-- verborgen -->.\n")
    folder = _event(tmp_path, {"a.txt": SEED0.read_text(encoding="utf-8"), "b.txt": hostile})
    r, out = _report(folder, tmp_path)
    assert r.exit_code == 0, r.output
    md = out.read_text(encoding="utf-8")
    for raw in ("<script>", "<img", "<!--", "](javascript"):
        assert raw not in md


def test_interrupted_write_keeps_the_previous_report(tmp_path, monkeypatch):
    target = tmp_path / "r.md"
    target.write_text("previous report\n", encoding="utf-8")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new report that never lands\n")
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]  # no temporary file left


class Fake:
    def encode(self, texts):
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


def test_two_runs_at_once_share_the_cache_safely(tmp_path):
    texts = [f"zin nummer {i}" for i in range(200)]
    results, errors = [], []

    def work():
        try:
            results.append(embed_texts(texts, "e5", tmp_path, lambda spec: Fake())[0])
        except Exception as err:  # the test reports any failure of either run
            errors.append(err)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert np.array_equal(results[0], results[1])
    again, stats = embed_texts(texts, "e5", tmp_path, lambda spec: Fake())
    assert stats["hits"] == 200 and np.array_equal(again, results[0])


def test_default_path_opens_no_network_connection(tmp_path, monkeypatch, cache_dir):
    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    r, out = _report(SEEDS, tmp_path, "--no-cache")
    assert r.exit_code == 0, r.output
