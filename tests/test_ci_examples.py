"""The shipped CI workflow and pre-commit hook run `compare check`; run the same command."""
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_hook_runs_the_check_command(cache_dir):
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["entry"] == "compare check"
    cmd = [sys.executable, "-m", "compare", *hook["entry"].split()[1:], str(ROOT / "tests/data/draft_agrees.txt"), "--against", str(ROOT / "seeds")]
    assert subprocess.run(cmd, capture_output=True, text=True).returncode == 0


def test_workflow_runs_compare_check():
    wf = yaml.safe_load((ROOT / "examples/github-workflows/compare-check.yml").read_text(encoding="utf-8"))
    steps = " ".join(str(s.get("run", "")) for s in wf["jobs"]["check"]["steps"])
    assert "compare check" in steps and "--accept compare-accept.toml" in steps
