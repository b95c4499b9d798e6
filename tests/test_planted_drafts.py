"""The review gate on drafts with planted errors: short articles written in our own words
from real stories in ../shared/corpora, each with three facts changed.

- tests/data/drafts/: six drafts (three Dutch, three English), written before the gate's
  rules were changed for them.
- tests/data/drafts-heldout/: eight more (four Dutch, four English) on other stories,
  written later by someone who had not read the gate's code. The gate as it was then
  contradicted 12 of their 24 planted errors and 2 of 82 faithful sentences; the general
  rules their misses showed (README, "The gate on planted errors") were added after.
- tests/data/drafts-unseen/: eight more, written the same way after those rules. The gate
  contradicted 9 of their 24 planted errors and 1 of 68 faithful sentences when first run:
  the fairest figure we have for drafts nobody has read.
- tests/data/drafts-unseen2/: eight more after the rules the unseen drafts showed: 14 of 24
  and 2 of 67 on the first run.
- tests/data/drafts-unseen3/: eight more after those: 10 of 24 and 1 of 66 on the first run.

The figures are reported as they come (the issue's targets: at least 80% of planted errors
contradicted, at most 5% of faithful sentences)."""
import json
import re
from pathlib import Path

import pytest

from compare.planted import KINDS, score_drafts, totals

DATA = Path(__file__).resolve().parent / "data"
FOLDERS = [DATA / "drafts", DATA / "drafts-heldout", DATA / "drafts-unseen", DATA / "drafts-unseen2",
           DATA / "drafts-unseen3"]
CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
SIDECARS = sorted(p for folder in FOLDERS for p in folder.glob("*.planted.json"))


def _front_matter(text: str) -> dict[str, str]:
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    return dict(line.split(": ", 1) for line in m.group(1).splitlines()) if m else {}


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", body.strip()) if s.strip()]


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: p.name.split(".")[0])
def test_each_draft_is_what_the_issue_asks(sidecar):
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    draft = sidecar.with_name(sidecar.name.replace(".planted.json", ".draft.md")).read_text(encoding="utf-8")
    fm = _front_matter(draft)
    assert fm.get("sources", "").startswith("../../../../shared/corpora/") and fm.get("published")
    body = draft.split("\n---\n", 1)[1]
    assert 8 <= len(_sentences(body)) <= 14
    assert len(data["planted"]) == 3
    for p in data["planted"]:
        assert p["kind"] in KINDS
        assert body.count(p["quote"]) == 1, p["quote"]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_dutch_and_english_drafts_in_each_folder(folder):
    languages = [json.loads(p.read_text(encoding="utf-8"))["language"] for p in folder.glob("*.planted.json")]
    assert languages.count("nl") >= 3 and languages.count("en") >= 3


@pytest.fixture(scope="module", params=FOLDERS, ids=lambda p: p.name)
def scores(request, cache_dir):
    if not CORPORA.is_dir():
        pytest.skip(f"{CORPORA} is absent: the planted drafts are checked against the corpora's stories")
    from compare.pipeline import Options

    found, missing = score_drafts(request.param, Options(cache_dir=cache_dir))
    if missing:
        pytest.skip(f"sources of {', '.join(missing)} are absent from {CORPORA}")
    return request.param.name, found


# Floors that only catch a collapse, per folder: the issue's target is 0.80 (README: the
# figures as measured). The first two folders' misses were read and their general causes
# fixed; the unseen drafts' figure is what a desk may expect of drafts nobody has read.
FLOORS = {"drafts": 2 / 3, "drafts-heldout": 2 / 3, "drafts-unseen": 0.4, "drafts-unseen2": 0.4,
          "drafts-unseen3": 0.4}


def test_planted_errors_are_contradicted_and_faithful_sentences_are_not(scores):
    folder, scores = scores
    t = totals(scores)
    hit, planted = t["planted_contradicted"]
    false, faithful = t["faithful_contradicted"]
    lines = [f"planted errors contradicted: {hit}/{planted} = {hit / planted:.2f} (target 0.80)",
             f"faithful sentences contradicted: {false}/{faithful} = {false / faithful:.3f} (target at most 0.05)"]
    for s in scores:
        for kind, quote, ok in s.planted:
            lines.append(f"  {s.story}: {kind} {quote!r} {'contradicted' if ok else 'MISSED'}")
        lines += [f"  {s.story}: false alarm: {m}" for m in s.false_alarms]
    report = "\n".join(lines)
    print(report)
    assert false / faithful <= 0.05, report
    assert hit / planted >= FLOORS[folder], report
    if not folder.startswith("drafts-unseen"):
        # every planted draft fails the gate: each has at least one of its errors caught
        assert all(any(ok for _, _, ok in s.planted) for s in scores), report
