"""The review gate as a newsroom uses it: check --json, sources found by convention,
fingerprints that survive a rename, accept that knows the current findings and who
accepted, reports that mark accepted findings; and the rough edges of the CLI and the
reports (help, metavars, progress, inert links and mentions, the HTML view)."""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from compare.cli import app

from conftest import SEEDS

runner = CliRunner()
ROOT = SEEDS.parent
FAITHFUL = (ROOT / "tests/data/draft_agrees.txt").read_text(encoding="utf-8")
CONTRADICTED = FAITHFUL.replace("vier vrouwelijke", "zes vrouwelijke")


def draft(folder: Path, name: str, text: str, sources: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text((f"---\nsources: {sources}\n---\n\n" if sources else "") + text, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def checked(tmp_path_factory, cache_dir):
    """One contradicted draft, checked with --json."""
    tmp = tmp_path_factory.mktemp("checked")
    d = draft(tmp / "drafts", "ivens.md", CONTRADICTED, "../seeds")
    shutil.copytree(SEEDS, tmp / "seeds")
    out = tmp / "check.json"
    r = runner.invoke(app, ["check", str(d), "--json", str(out), "--quiet"])
    return tmp, d, r, json.loads(out.read_text(encoding="utf-8"))


def test_check_json_has_every_claim_with_offsets_verdict_and_evidence(checked):
    tmp, d, r, data = checked
    assert r.exit_code == 1, r.output
    (entry,) = data["drafts"]
    text = d.read_text(encoding="utf-8")
    assert entry["claims"] and all(text[c["start"]:c["end"]] == c["text"] for c in entry["claims"])
    assert {c["verdict"] for c in entry["claims"]} <= {"supported", "contradicted", "unsupported"}
    bad = [c for c in entry["claims"] if "zes vrouwelijke" in c["text"]]
    assert bad and bad[0]["verdict"] == "contradicted"
    assert any(s["relation"] == "contradicts" and "Vier vrouwelijke" in s["text"] for s in bad[0]["sources"])
    finding = next(f for f in entry["findings"] if f["fingerprint"] in bad[0]["findings"])
    assert finding["severity"] == "conflict" and not finding["accepted"]
    assert any(q["source"] != entry["draft"]["id"] for q in finding["quotes"])
    supported = [c for c in entry["claims"] if c["verdict"] == "supported"]
    assert supported and all(any(s["relation"] == "supports" for s in c["sources"]) for c in supported)
    # every value of a supported claim is stated by a source claim
    assert all(v["status"] == "matched" for c in supported for v in c["values"])
    assert data["summary"]["contradicted"] == entry["summary"]["contradicted"] >= 1


def test_sources_from_front_matter_beside_the_draft_and_several_drafts_at_once(tmp_path, cache_dir):
    named = draft(tmp_path / "drafts" / "a", "a.md", FAITHFUL, "../../sources")
    shutil.copytree(SEEDS, tmp_path / "sources")
    beside_dir = tmp_path / "events" / "ivens"
    shutil.copytree(SEEDS, beside_dir)
    beside = draft(beside_dir, "ivens.draft.md", CONTRADICTED)
    draft(beside_dir, "other.draft.md", "Een andere conceptversie die geen bron is.")
    r = runner.invoke(app, ["check", str(named), str(beside), "--quiet"])
    assert r.exit_code == 1, r.output
    assert r.output.count("### compare check") == 2
    assert "against 5 sources" in r.output  # the other draft beside it is no source
    assert "zes vrouwelijke" in r.output


def test_a_draft_with_no_sources_to_find_is_exit_2(tmp_path):
    d = draft(tmp_path, "lonely.md", FAITHFUL)
    r = runner.invoke(app, ["check", str(d)])
    assert r.exit_code == 2 and "no sources" in r.output
    d = draft(tmp_path / "x", "x.md", FAITHFUL, "../nowhere")
    r = runner.invoke(app, ["check", str(d)])
    assert r.exit_code == 2 and "nowhere" in r.output


def test_renaming_the_draft_keeps_its_fingerprints(checked, cache_dir):
    tmp, d, r, data = checked
    renamed = d.with_name("ivens-v2.md")
    renamed.write_text(d.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp / "renamed.json"
    runner.invoke(app, ["check", str(renamed), "--json", str(out), "--quiet"])
    again = json.loads(out.read_text(encoding="utf-8"))
    assert {f["fingerprint"] for f in again["drafts"][0]["findings"]} == {f["fingerprint"] for f in data["drafts"][0]["findings"]}
    # and the same draft gives the same JSON, byte for byte
    twice = tmp / "twice.json"
    runner.invoke(app, ["check", str(d), "--json", str(twice), "--quiet"])
    assert twice.read_bytes() == (tmp / "check.json").read_bytes()


def test_accept_refuses_an_unknown_fingerprint_unless_forced(checked, tmp_path):
    tmp, d, r, data = checked
    accept = tmp_path / "accept.toml"
    report = tmp / "check.json"
    r = runner.invoke(app, ["accept", "sha1-0000000000000000", "--reason", "x", "--by", "desk", "--file", str(accept), "--report", str(report)])
    assert r.exit_code == 2 and "matches no finding" in r.output and not accept.exists()
    r = runner.invoke(app, ["accept", "sha1-0000000000000000", "--reason", "x", "--by", "desk", "--file", str(accept)])
    assert r.exit_code == 2 and "--report" in r.output and not accept.exists()
    r = runner.invoke(app, ["accept", "sha1-0000000000000000", "--reason", "x", "--by", "desk", "--file", str(accept), "--force"])
    assert r.exit_code == 0 and "sha1-0000000000000000" in accept.read_text(encoding="utf-8")


def test_accept_records_who_from_git_then_user_then_refuses(checked, tmp_path, monkeypatch):
    tmp, d, r, data = checked
    fp = data["drafts"][0]["findings"][0]["fingerprint"]
    report = tmp / "check.json"
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "config", "user.name", "Anna de Vries"], cwd=repo, check=True)
    monkeypatch.chdir(repo)
    monkeypatch.setenv("USER", "shell-user")
    r = runner.invoke(app, ["accept", fp, "--reason", "checked with the desk", "--report", str(report)])
    assert r.exit_code == 0, r.output
    assert 'by = "Anna de Vries"' in (repo / "compare-accept.toml").read_text(encoding="utf-8")
    # outside a repository with no user.name, $USER; with neither, a one-line refusal
    plain = tmp_path / "plain"
    plain.mkdir()
    monkeypatch.chdir(plain)
    monkeypatch.setenv("HOME", str(plain))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    r = runner.invoke(app, ["accept", fp, "--reason", "ok", "--report", str(report)])
    assert r.exit_code == 0 and 'by = "shell-user"' in (plain / "compare-accept.toml").read_text(encoding="utf-8")
    monkeypatch.delenv("USER")
    r = runner.invoke(app, ["accept", fp, "--reason", "ok", "--report", str(report), "--file", str(plain / "b.toml")])
    assert r.exit_code == 2 and "--by" in r.output and not (plain / "b.toml").exists()


def test_check_passes_once_accepted_and_marks_it(checked, tmp_path, cache_dir):
    tmp, d, r, data = checked
    accept = tmp_path / "accept.toml"
    for f in data["drafts"][0]["findings"]:
        if f["severity"] == "conflict":
            a = runner.invoke(app, ["accept", f["fingerprint"], "--reason", "the desk checked it", "--by", "Desk",
                                    "--file", str(accept), "--report", str(tmp / "check.json")])
            assert a.exit_code == 0, a.output
    out = tmp_path / "c.json"
    r = runner.invoke(app, ["check", str(d), "--accept", str(accept), "--json", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    assert "accepted by Desk" in r.output
    marked = [f for f in json.loads(out.read_text(encoding="utf-8"))["drafts"][0]["findings"] if f["severity"] == "conflict"]
    assert marked and all(f["accepted"] and f["acceptance"]["by"] == "Desk" for f in marked)


def test_report_marks_accepted_findings_in_markdown_json_and_html(tmp_path, cache_dir):
    out = tmp_path / "r.md"
    r = runner.invoke(app, ["report", str(SEEDS), "--output", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    conflicts = [f for g in data["groups"] for f in g["findings"] if f["severity"] == "conflict"]
    assert conflicts
    accept = tmp_path / "accept.toml"
    first = conflicts[0]["fingerprint"]
    a = runner.invoke(app, ["accept", first, "--reason", "known rounding", "--by", "Desk", "--file", str(accept),
                            "--report", str(out.with_suffix(".json"))])
    assert a.exit_code == 0, a.output
    html_path = tmp_path / "r.html"
    r = runner.invoke(app, ["report", str(SEEDS), "--output", str(out), "--quiet", "--accept", str(accept), "--html", str(html_path)])
    assert r.exit_code == 0, r.output
    md = out.read_text(encoding="utf-8")
    block = md.split(f"fingerprint `{first}`", 1)[1].split("###", 1)[0]
    assert "**Accepted** by Desk" in block and "known rounding" in block
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    marked = [f for g in data["groups"] for f in g["findings"] if f.get("accepted")]
    assert [f["fingerprint"] for f in marked] == [first] and marked[0]["accepted"]["by"] == "Desk"
    page = html_path.read_text(encoding="utf-8")
    assert "accepted by Desk: known rounding" in page


def test_help_takes_h_and_reads_plainly():
    for cmd in ([], ["check"], ["report"], ["accept"], ["batch"]):
        r = runner.invoke(app, [*cmd, "-h"])
        assert r.exit_code == 0 and "Usage:" in r.output
        # typer's own metavars: '<list[str]>', '<path>', '<bool>', '{draft}'
        assert not re.search(r"<(list\[\w+\]|path|str|bool|int|int range|float)>|\{\w+(\.\.\.)?\}", r.output, re.I), r.output
    assert "DRAFT..." in runner.invoke(app, ["check", "-h"]).output


def test_progress_bar_only_on_a_terminal_and_never_with_quiet(monkeypatch):
    from compare.cli import _EmbedBar, _options

    assert _options([], "e5", False, False).embed_progress is None  # the test's stderr is no terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert isinstance(_options([], "e5", False, False).embed_progress, _EmbedBar)
    assert _options([], "e5", True, False).embed_progress is None


def test_embedding_reports_progress_in_batches(tmp_path):
    import numpy as np

    from compare.embed import EMBED_BATCH, embed_texts

    class Fake:
        id = "fake"

        def encode(self, texts):
            return np.ones((len(texts), 4), dtype=np.float32)

    seen = []
    texts = [f"claim {k}" for k in range(EMBED_BATCH + 5)]
    embed_texts(texts, "e5", tmp_path, lambda spec: Fake(), progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, len(texts)) and seen[-1] == (len(texts), len(texts)) and len(seen) == 3
    seen.clear()
    embed_texts(texts, "e5", tmp_path, lambda spec: Fake(), progress=lambda done, total: seen.append((done, total)))
    assert seen == []  # all from the cache: no model work, no bar


def test_urls_and_mentions_from_articles_are_inert_in_markdown():
    from compare.render.markdown import esc

    out = esc("Volgens @ChrisNagus (zie https://example.com/a_b?x=1) en www.lohud.com, mail d@krant.nl, #12.")
    assert "`@ChrisNagus`" in out and "`https://example.com/a_b?x=1`" in out and "`www.lohud.com`" in out
    assert "`d@krant.nl`" in out and "`#12`" in out
    # nothing outside a code span can become a link or a mention
    outside = re.sub(r"`[^`]*`", "", out)
    assert "@" not in outside and "://" not in outside and "www." not in outside
    assert esc("[x](javascript:alert(1))").startswith("\\[x\\]")


def test_html_opens_on_conflicts_with_each_source_in_its_language(seeds_report):
    from compare.render.html import render_html

    report, _ = seeds_report
    page = render_html(report)
    assert '<html lang="en">' in page
    assert re.search(r'<body class="only-conflict">', page)
    assert re.search(r'<button data-f="conflict" class="on">', page)
    data = json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1))
    assert {s["language"] for s in data["sources"]} == {s.language for s in report.sources}
    assert all(s["body_start"] == src.body_start for s, src in zip(data["sources"], report.sources))
    assert "col.lang = s.language" in page and "let pos = s.body_start" in page


def test_html_timeline_is_wide_enough_for_every_label(seeds_report):
    from compare.render.html import _svg_timeline

    report, _ = seeds_report
    svg = _svg_timeline(report)
    if "<svg" not in svg:
        pytest.skip("no dated event shared by two seed sources")
    width = float(re.search(r'<svg[^>]* width="(\d+)"', svg).group(1))
    for x, label in re.findall(r'<text x="([\d.]+)"[^>]*>(.*?)</text>', svg):
        assert float(x) + 7 * len(label) <= width


def test_parquet_works_after_the_makefile_install(tmp_path, cache_dir):
    pytest.importorskip("pyarrow", reason="pyarrow comes with the 'tables' extra that make installs")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"pip install -q -e '\.\[[^\]]*tables[^\]]*\]'", makefile)
    r = runner.invoke(app, ["report", str(SEEDS), "--output", str(tmp_path / "r.md"), "--quiet", "--parquet", str(tmp_path / "pq")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "pq" / "findings.parquet").exists()
