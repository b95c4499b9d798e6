import json
import shutil

from typer.testing import CliRunner

from compare.cli import app

from conftest import SEEDS

runner = CliRunner()


def _events(tmp_path):
    root = tmp_path / "events"
    for name, seeds in {"resign": ["000", "002"], "warnings": ["001", "003"], "broken": ["004"]}.items():
        (root / name).mkdir(parents=True)
        for s in seeds:
            shutil.copy(next(SEEDS.glob(f"{s}_*.txt")), root / name)
    return root


def test_batch_reports_ranks_and_restarts(tmp_path, cache_dir):
    root, out = _events(tmp_path), tmp_path / "out"
    r = runner.invoke(app, ["batch", str(root), "--output", str(out), "--jobs", "2", "--quiet"])
    assert r.exit_code == 0, r.output
    assert "2 compared, 0 unchanged, 1 failed" in r.output
    assert (out / "resign.md").exists() and (out / "warnings.json").exists()
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))["events"]
    assert index[-1]["event"] == "broken" and index[-1]["status"] == "error"
    conflicts = [e["conflicts"] for e in index if e["status"] == "done"]
    assert conflicts == sorted(conflicts, reverse=True)
    # unchanged events are skipped; a changed article is compared again
    r = runner.invoke(app, ["batch", str(root), "--output", str(out), "--quiet"])
    assert "0 compared, 2 unchanged" in r.output
    f = next((root / "resign").glob("000_*.txt"))
    f.write_text(f.read_text(encoding="utf-8") + "\nDe SP reageerde nog niet op de vragen.\n", encoding="utf-8")
    r = runner.invoke(app, ["batch", str(root), "--output", str(out), "--quiet"])
    assert "1 compared, 1 unchanged" in r.output


def test_batch_on_a_file_is_exit_2(tmp_path):
    r = runner.invoke(app, ["batch", str(next(SEEDS.glob("000_*.txt")))])
    assert r.exit_code == 2 and "not a folder" in r.output
