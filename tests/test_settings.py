"""One Settings object: defaults, a newsroom's overrides in compare.toml or pyproject.toml,
--show-settings, and no threshold left as a literal outside compare/settings.py."""
import ast
import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from compare.model import InputError
from compare.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]


def cli(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "compare", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_defaults_when_no_config_is_found(tmp_path):
    s = load_settings(start=tmp_path)
    assert s.align.group_threshold == Settings().align.group_threshold
    assert s.origin == {}


def test_compare_toml_overrides_and_says_where_from(tmp_path):
    (tmp_path / "compare.toml").write_text("[align]\ngroup_threshold = -0.02\nmax_per_source = 3\n", encoding="utf-8")
    nested = tmp_path / "desk" / "stories"
    nested.mkdir(parents=True)
    s = load_settings(start=nested)  # found from a folder below, as ruff and pytest find theirs
    assert s.align.group_threshold == -0.02 and s.align.max_per_source == 3
    assert s.origin["align.group_threshold"].endswith("compare.toml")
    assert Settings().align.group_threshold != -0.02  # the defaults themselves are untouched


def test_pyproject_tool_compare_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'desk'\n\n[tool.compare.judge]\nabout_high = 1.5\n", encoding="utf-8")
    assert load_settings(start=tmp_path).judge.about_high == 1.5


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / "compare.toml").write_text("[judge]\nabout_high = 1.4\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert load_settings(start=inner).judge.about_high == 1.4


@pytest.mark.parametrize("body,words", [
    ("[align]\ngroup_treshold = 0.1\n", "unknown setting align.group_treshold"),
    ("[aling]\nx = 1\n", "unknown settings section [aling]"),
    ("[align]\nmax_per_source = 2.5\n", "align.max_per_source must be int"),
    ("[align]\ngroup_threshold = 'low'\n", "align.group_threshold must be float"),
    ("[align\n", "not valid TOML"),
])
def test_bad_settings_are_refused_naming_the_key(tmp_path, body, words):
    (tmp_path / "compare.toml").write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=words.replace("[", r"\[").replace("]", r"\]")):
        load_settings(start=tmp_path)


def test_show_settings_prints_values_and_origin(tmp_path):
    (tmp_path / "compare.toml").write_text("[sheet]\nincident_gap_days = 3\n", encoding="utf-8")
    out = cli("report", "x", "--show-settings", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    line = next(l for l in out.stdout.splitlines() if l.startswith("sheet.incident_gap_days"))
    assert " 3 " in line and "compare.toml" in line
    assert any(l.startswith("align.group_threshold") and "(default)" in l for l in out.stdout.splitlines())
    every = {f"{s.name}.{f.name}" for s in dataclasses.fields(Settings()) if s.name != "origin"
             for f in dataclasses.fields(getattr(Settings(), s.name))}
    assert every <= {l.split()[0] for l in out.stdout.splitlines() if l.strip()}


def test_a_bad_settings_file_is_exit_2_with_one_line(tmp_path):
    (tmp_path / "compare.toml").write_text("[align]\nnope = 1\n", encoding="utf-8")
    out = cli("report", str(ROOT / "seeds"), "--output", str(tmp_path / "r.md"), cwd=tmp_path)
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1 and "align.nope" in out.stderr
    assert not (tmp_path / "r.md").exists()


def test_the_report_reads_its_thresholds_from_the_settings(seeds_report, cache_dir):
    """The settings a run is given decide its report: with an impossible bar for "the same
    fact", no group is an agreement, and the Markdown says so."""
    from compare import Options, run
    from compare.render import render_markdown

    strict = Settings()
    strict.align.confident = 99.0
    report = run([str(ROOT / "seeds")], Options(settings=strict, cache_dir=cache_dir))
    assert report.settings is strict
    assert not [g for g in report.groups if g.status == "agree"]
    assert "0 agreements" in render_markdown(report)
    assert "0 agreements" not in render_markdown(seeds_report[0])


# Numbers that are not thresholds: neutral elements and numerical guards.
NOT_THRESHOLDS = {0.0, 1.0, -1.0, 2.0, 0.5, 1e-6, 1e-12, 100.0}


def test_no_threshold_is_a_literal_outside_settings():
    """Every float literal in the package outside settings.py and the language packs is a
    neutral number (0, 1, ½, a guard against dividing by zero); a threshold, weight or share
    lives in Settings with the reason for its value."""
    found = []
    for path in sorted((ROOT / "compare").rglob("*.py")):
        if path.name == "settings.py" or "lang" in path.relative_to(ROOT / "compare").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, float) and node.value not in NOT_THRESHOLDS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value}")
    assert found == []
