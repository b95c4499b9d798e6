"""The review gate on drafts with planted errors (tests/data/drafts/): six short articles
written in our own words from real stories in ../shared/corpora (three Dutch, three
English), each with three facts changed. Written before the gate's rules were changed for
them; the figures are reported as they come (the issue's targets: at least 80% of planted
errors contradicted, at most 5% of faithful sentences)."""
import json
import re
from pathlib import Path

import pytest

from compare.planted import KINDS, score_drafts, totals

DRAFTS = Path(__file__).resolve().parent / "data" / "drafts"
CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
SIDECARS = sorted(DRAFTS.glob("*.planted.json"))


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
    assert 8 <= len(_sentences(body)) <= 12
    assert len(data["planted"]) == 3
    for p in data["planted"]:
        assert p["kind"] in KINDS
        assert body.count(p["quote"]) == 1, p["quote"]


def test_three_dutch_and_three_english_drafts():
    languages = [json.loads(p.read_text(encoding="utf-8"))["language"] for p in SIDECARS]
    assert languages.count("nl") >= 3 and languages.count("en") >= 3


@pytest.fixture(scope="module")
def scores(cache_dir):
    if not CORPORA.is_dir():
        pytest.skip(f"{CORPORA} is absent: the planted drafts are checked against the corpora's stories")
    from compare.pipeline import Options

    found, missing = score_drafts(DRAFTS, Options(cache_dir=cache_dir))
    if missing:
        pytest.skip(f"sources of {', '.join(missing)} are absent from {CORPORA}")
    return found


def test_planted_errors_are_contradicted_and_faithful_sentences_are_not(scores):
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
    # every planted draft fails the gate: each has at least one of its errors caught
    assert all(any(ok for _, _, ok in s.planted) for s in scores), report
    assert false / faithful <= 0.05, report
    # the issue's target is 0.80 (README: the figures as measured; the misses are values the
    # fact extraction does not read or compare). This floor only catches a collapse: on
    # average two of each draft's three planted errors.
    assert hit / planted >= 2 / 3, report
