"""The gate measured on drafts with planted errors (tests/data/drafts/).

Each ``<story>.draft.md`` is a short article written in our own words from the story's
sources in ../shared/corpora (named in its front matter, ``sources: …``), with a few facts
deliberately changed; its sidecar ``<story>.planted.json`` lists each planted error's
quote in the draft and its kind. Two figures:

- planted errors contradicted: the draft claim holding the quote is *contradicted* by a
  finding whose draft span overlaps the quote (a contradiction for another reason does
  not count);
- faithful sentences contradicted: sentences without a planted error that the gate
  contradicts anyway (false alarms).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .model import InputError

KINDS = ("count", "name", "weekday", "date", "age", "amount", "place", "role")


@dataclass
class StoryScore:
    story: str
    planted: list[tuple[str, str, bool]] = field(default_factory=list)  # (kind, quote, contradicted)
    faithful: int = 0  # sentences without a planted error
    false_sentences: int = 0  # of those, contradicted
    false_alarms: list[str] = field(default_factory=list)  # messages of the findings on them


def load_planted(path: Path) -> dict:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data.get("planted"), list) or not data["planted"]:
        raise InputError(f"{path}: needs a non-empty 'planted' list")
    for p in data["planted"]:
        if not isinstance(p.get("quote"), str) or p.get("kind") not in KINDS:
            raise InputError(f"{path}: each planted error needs a quote and a kind ({', '.join(KINDS)})")
    return data


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score_story(result, planted: list[dict]) -> StoryScore:
    """Figures for one checked draft (a gate.CheckResult) and its planted errors."""
    text = result.draft.text
    score = StoryScore(result.draft.id)
    planted_sentences = set()
    for p in planted:
        a = text.find(p["quote"])
        if a < 0:
            raise InputError(f"{result.draft.path}: planted quote {p['quote']!r} is not in the draft")
        b = a + len(p["quote"])
        hit = False
        for v in result.verdicts:
            c = v.claim
            if not _overlaps(c.start, c.end, a, b):
                continue
            planted_sentences.add(c.sentence)
            for f in v.findings:
                span = f.spans.get(c.id, "")
                at = c.text.find(span) if span else -1
                if at >= 0 and _overlaps(c.start + at, c.start + at + len(span), a, b):
                    hit = True
        score.planted.append((p["kind"], p["quote"], hit))
    sentences: dict[int, list] = {}
    for v in result.verdicts:
        sentences.setdefault(v.claim.sentence, []).append(v)
    for s, vs in sorted(sentences.items()):
        if s in planted_sentences:
            continue
        score.faithful += 1
        if any(v.verdict == "contradicted" for v in vs):
            score.false_sentences += 1
            score.false_alarms += [f.message for v in vs for f in v.findings]
    return score


def score_drafts(folder: Path, options) -> tuple[list[StoryScore], list[str]]:
    """Every draft with a sidecar in ``folder`` whose sources exist; returns the scores and
    the stories left out because their sources are absent."""
    from .gate import check, sources_for

    scores, missing = [], []
    for sidecar in sorted(Path(folder).glob("*.planted.json")):
        story = sidecar.name[: -len(".planted.json")]
        draft = sidecar.with_name(f"{story}.draft.md")
        data = load_planted(sidecar)
        try:
            sources = sources_for(draft)
        except InputError:
            missing.append(story)
            continue
        scores.append(score_story(check(str(draft), sources, options), data["planted"]))
    return scores, missing


def totals(scores: list[StoryScore]) -> dict[str, tuple[int, int]]:
    """(count, out of) for both figures, pooled over the stories."""
    return {
        "planted_contradicted": (sum(hit for s in scores for _, _, hit in s.planted), sum(len(s.planted) for s in scores)),
        "faithful_contradicted": (sum(s.false_sentences for s in scores), sum(s.faithful for s in scores)),
    }
