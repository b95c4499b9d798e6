import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "seeds.gold.json"


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("embed-cache")
    os.environ["COMPARE_CACHE"] = str(d)
    return d


@pytest.fixture(scope="session")
def seeds_report(cache_dir):
    from compare.pipeline import Options, run
    from compare.render.json import report_to_dict

    report = run([str(SEEDS)], Options(cache_dir=cache_dir))
    return report, report_to_dict(report)


@pytest.fixture(scope="session")
def seed_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}


@pytest.fixture(scope="session")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))
