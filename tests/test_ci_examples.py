"""The shipped CI workflow and pre-commit hook, run as a newsroom would run them: the
workflow's shell steps on a shallow clone of a scratch repository, the hook through
pre-commit itself. A draft that contradicts its sources fails; a faithful one passes."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SCRIPT = ROOT / "examples/github-workflows/compare-check.sh"
FAITHFUL = (ROOT / "tests/data/draft_agrees.txt").read_text(encoding="utf-8")
CONTRADICTED = FAITHFUL.replace("vier vrouwelijke", "zes vrouwelijke")
BIN = Path(sys.executable).parent  # the venv's bin: `compare` is installed there


def git(cwd: Path, *args: str) -> str:
    r = subprocess.run(["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org",
                        "-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always", *args],
                       cwd=cwd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def with_front_matter(text: str, sources: str) -> str:
    return f"---\ntitle: Ivens treedt af\nsources: {sources}\n---\n\n{text}"


def newsroom(tmp_path: Path, draft_text: str) -> Path:
    """An origin with the event's sources on main and a branch adding a draft; returns the
    origin's bare repository."""
    work = tmp_path / "work"
    (work / "sources/ivens").mkdir(parents=True)
    git(work, "init", "-q")
    for f in SEEDS.iterdir():
        shutil.copy(f, work / "sources/ivens" / f.name)
    git(work, "add", "-A")
    git(work, "commit", "-qm", "sources of the Ivens story")
    git(work, "checkout", "-qb", "draft-ivens")
    (work / "drafts/ivens").mkdir(parents=True)
    (work / "drafts/ivens/ivens.md").write_text(with_front_matter(draft_text, "../../sources/ivens"), encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-qm", "draft")
    git(tmp_path, "clone", "-q", "--bare", str(work), str(tmp_path / "origin.git"))
    return tmp_path / "origin.git"


def run_workflow(tmp_path: Path, origin: Path, path_env: str) -> tuple[subprocess.CompletedProcess, Path]:
    # actions/checkout's default: a shallow clone of the pull request's head
    ci = tmp_path / "ci"
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "draft-ivens", origin.as_uri(), str(ci))
    assert git(ci, "rev-parse", "--is-shallow-repository").strip() == "true"
    summary = tmp_path / "step-summary.md"
    env = {**os.environ, "PATH": path_env, "BASE_REF": "main", "GITHUB_STEP_SUMMARY": str(summary),
           "OUT_DIR": str(tmp_path / "out"), "GIT_CONFIG_COUNT": "1",
           "GIT_CONFIG_KEY_0": "protocol.file.allow", "GIT_CONFIG_VALUE_0": "always"}
    r = subprocess.run(["bash", str(SCRIPT)], cwd=ci, env=env, capture_output=True, text=True)
    return r, summary


def test_workflow_calls_its_script_with_history_and_installs_from_a_repository():
    wf = yaml.safe_load((ROOT / "examples/github-workflows/compare-check.yml").read_text(encoding="utf-8"))
    steps = wf["jobs"]["check"]["steps"]
    checkout = next(s for s in steps if str(s.get("uses", "")).startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    runs = " ".join(str(s.get("run", "")) for s in steps)
    assert "compare-check.sh" in runs and "gh pr comment" in runs
    install = wf["jobs"]["check"]["env"]["COMPARE_INSTALL"]
    assert "git+" in install  # the index's 'compare' is another package


def test_workflow_fails_on_a_contradicted_draft_in_a_shallow_clone(tmp_path, cache_dir):
    r, summary = run_workflow(tmp_path, newsroom(tmp_path, CONTRADICTED), f"{BIN}{os.pathsep}{os.environ['PATH']}")
    assert r.returncode == 1, r.stdout + r.stderr
    posted = summary.read_text(encoding="utf-8")
    assert "contradicts its sources" in posted and "zes vrouwelijke" in posted
    assert (tmp_path / "out/comment.md").read_text(encoding="utf-8") == posted
    assert (tmp_path / "out/1.json").exists()


def test_workflow_passes_a_faithful_draft(tmp_path, cache_dir):
    r, summary = run_workflow(tmp_path, newsroom(tmp_path, FAITHFUL), f"{BIN}{os.pathsep}{os.environ['PATH']}")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no unaccepted contradiction" in summary.read_text(encoding="utf-8")


def test_workflow_fails_closed_without_the_compare_command(tmp_path):
    path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if not (Path(p) / "compare").exists())
    r, summary = run_workflow(tmp_path, newsroom(tmp_path, FAITHFUL), path)
    assert r.returncode == 1
    assert "could not run" in summary.read_text(encoding="utf-8")


def test_workflow_fails_closed_on_a_draft_it_cannot_check(tmp_path, cache_dir):
    origin = newsroom(tmp_path, FAITHFUL)
    work = tmp_path / "work"
    (work / "drafts/ivens/broken.md").write_text(with_front_matter("Een zin.", "../../sources/nowhere"), encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-qm", "a draft naming sources that do not exist")
    git(work, "push", "-q", str(origin), "draft-ivens")
    r, summary = run_workflow(tmp_path, origin, f"{BIN}{os.pathsep}{os.environ['PATH']}")
    assert r.returncode == 1
    posted = summary.read_text(encoding="utf-8")
    assert "could not be checked" in posted and "no unaccepted contradiction" in posted


# -- the pre-commit hook, through pre-commit itself -------------------------------------

@pytest.fixture(scope="session")
def tool_repo(tmp_path_factory):
    """This repository's working tree as one commit, so that every pre-commit run of the
    session installs the hook's environment once."""
    pytest.importorskip("pre_commit", reason="pre-commit is in the test extra: pip install -e '.[test]'")
    repo = tmp_path_factory.mktemp("tool") / "compare"
    git(repo.parent, "clone", "-q", str(ROOT), str(repo))
    listed = git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            (repo / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, repo / rel)
        elif (repo / rel).exists():
            (repo / rel).unlink()
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "working tree", "--allow-empty")
    home = tmp_path_factory.mktemp("pre-commit-home")
    return repo, git(repo, "rev-parse", "HEAD").strip(), home


def run_hook(tmp_path: Path, tool_repo, drafts: dict[str, str]) -> subprocess.CompletedProcess:
    """A newsroom repository with per-event source folders and several drafts staged at once."""
    repo, rev, home = tool_repo
    news = tmp_path / "newsroom"
    (news / "sources/ivens").mkdir(parents=True)
    git(news, "init", "-q")
    for f in SEEDS.iterdir():
        shutil.copy(f, news / "sources/ivens" / f.name)
    # a second event whose draft sits beside its sources
    (news / "events/ivens-bis").mkdir(parents=True)
    for f in SEEDS.iterdir():
        shutil.copy(f, news / "events/ivens-bis" / f.name)
    for rel, text in drafts.items():
        (news / rel).parent.mkdir(parents=True, exist_ok=True)
        (news / rel).write_text(text, encoding="utf-8")
    git(news, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(repo), "compare-check", "--ref", rev,
                           "--verbose"], cwd=news, env=env, capture_output=True, text=True)


def test_pre_commit_hook_passes_faithful_drafts_of_two_events(tmp_path, tool_repo, cache_dir):
    r = run_hook(tmp_path, tool_repo, {
        "drafts/ivens/ivens.md": with_front_matter(FAITHFUL, "../../sources/ivens"),
        "events/ivens-bis/ivens.draft.md": FAITHFUL,
    })
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count("no unaccepted contradiction") == 2, r.stdout


def test_pre_commit_hook_fails_when_one_of_two_drafts_contradicts_its_sources(tmp_path, tool_repo, cache_dir):
    r = run_hook(tmp_path, tool_repo, {
        "drafts/ivens/ivens.md": with_front_matter(FAITHFUL, "../../sources/ivens"),
        "events/ivens-bis/ivens.draft.md": CONTRADICTED,
    })
    assert r.returncode == 1, r.stdout + r.stderr
    assert "zes vrouwelijke" in r.stdout and "no unaccepted contradiction" in r.stdout
