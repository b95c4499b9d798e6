"""The People line on the development gold (tests/data/dev-gold, stories from ../shared/corpora):
precision of the names it lists, judged against each story's hand-labelled ``people`` and
``not_people``.

How a name is judged: it is right when every word of it is a word of one labelled person's
name (or of a labelled variant form of it), case and diacritics aside and one letter of slack
per word ("Trump" for "Donald Trump", "Gaed Salah" as the text writes "Ahmed Gaïd Salah");
anything else is wrong: a name in ``not_people`` (a byline, a photo credit, a place, a
Facebook page), a name with a word that is no part of the person's name ("Legerleider Ahmed
Gaïd Salah"), or a name no label mentions.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "tests" / "data" / "dev-gold").glob("*.gold.json"))


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in word if not unicodedata.combining(c)).strip(".,")


def _close(a: str, b: str) -> bool:
    from rapidfuzz.distance import DamerauLevenshtein

    return a == b or (min(len(a), len(b)) >= 4 and DamerauLevenshtein.distance(a, b) <= 1)


def judge(name: str, gold: dict) -> bool:
    forms = [p["name"] for p in gold.get("people", [])]
    for v in gold.get("name_variants", []):
        forms += list(v.get("forms", {}).values())
    words = [_fold(w) for w in name.split()]
    for form in forms:
        known = [_fold(w) for w in form.split()]
        if all(any(_close(w, k) for k in known) for w in words):
            return True
    return False


def _stories():
    out = []
    for gp in GOLD:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        folder = ROOT / gold["corpus"]
        if folder.is_dir():
            out.append((gp.name.split(".")[0], gold, folder))
    return out


def people_line(folder: Path, gold: dict) -> list[str]:
    from compare.facts import PeopleRegistry
    from compare.ingest import load_sources

    files = sorted(str(p) for p in folder.iterdir() if p.stem in gold["sources"])
    return sorted(PeopleRegistry.build(load_sources(files, {})).people)


def test_people_line_precision_on_development_stories():
    stories = _stories()
    if len(stories) < 10:
        pytest.skip("the development corpora (../shared/corpora) are absent: the People line is judged on them")
    right = listed = 0
    wrong = []
    for name, gold, folder in stories:
        for person in people_line(folder, gold):
            listed += 1
            if judge(person, gold):
                right += 1
            else:
                wrong.append(f"{name}: {person}")
    assert listed >= 50, "too few people listed to judge"
    assert right / listed >= 0.95, f"precision {right}/{listed}; wrong: {wrong}"


def test_the_judge_tells_people_from_junk():
    gold = {"people": [{"name": "Ahmed Gaïd Salah"}, {"name": "Donald Trump"}],
            "name_variants": [{"forms": {"b": "Gaed Salah"}}]}
    assert judge("Trump", gold) and judge("Ahmed Gaed Salah", gold)
    assert not judge("Legerleider Ahmed Gaïd Salah", gold)
    assert not judge("Nick Tullier Strong", {"people": [{"name": "Nick Tullier"}]})


def _facts(folder: Path, gold: dict):
    from compare.claims import extract_claims
    from compare.facts import extract_all
    from compare.ingest import load_sources

    files = sorted(str(p) for p in folder.iterdir() if p.stem in gold["sources"])
    sources = load_sources(files, {})
    by_source = {s.id: extract_claims(s) for s in sources}
    registry = extract_all(sources, by_source)
    return sources, by_source, registry


def test_knowledge_recall_on_development_stories():
    """The scorecard's knowledge_recall, without the embeddings it does not need: a gold
    statement is found when a claim holding its anchor states knowledge of that polarity by an
    actor that names the gold's actor ("police" in "police", "Gerald" in "Matthew Gerald")."""
    stories = _stories()
    if len(stories) < 10:
        pytest.skip("the development corpora (../shared/corpora) are absent: knowledge is judged on them")
    found = total = 0
    for name, gold, folder in stories:
        sources, by_source, _ = _facts(folder, gold)
        texts = {s.id: s.text for s in sources}
        for k in gold.get("knowledge", []):
            total += 1
            a = texts[k["anchor"]["source"]].find(k["anchor"]["quote"])
            b = a + len(k["anchor"]["quote"])
            found += any(f.kind == "knowledge" and k["actor"].lower() in str(f.actor).lower() and f.polarity == k["polarity"]
                         for c in by_source[k["anchor"]["source"]] if c.start < b and c.end > a for f in c.facts)
    assert total >= 50 and found / total >= 0.8, f"knowledge recall {found}/{total}"


def test_name_variants_on_development_stories():
    """Every name the gold labels as spelled differently is reported (across sources a
    conflict, within one source a note), and no name finding is between two labelled people."""
    from compare.names import name_findings

    stories = {name: (gold, folder) for name, gold, folder in _stories()}
    if len(stories) < 10:
        pytest.skip("the development corpora (../shared/corpora) are absent: name variants are judged on them")
    expected = {
        "dpg-10772713-10776565": ("conflict", "Gaïd", "Gaed"),
        "gvc-604762": ("conflict", "Veterans", "Veteran"),
        "gvc-412069": ("note", "Teage", "Teague"),
        "dpg-10797593-10801103": ("note", "Moniek", "Monique"),
    }
    for name, (gold, folder) in sorted(stories.items()):
        sources, by_source, registry = _facts(folder, gold)
        findings = name_findings(sources, [c for s in sources for c in by_source[s.id]], registry)
        if name in expected:
            severity, a, b = expected[name]
            assert any(f.severity == severity and a in f.message and b in f.message for f in findings), (name, findings)
        people = [p["name"] for p in gold.get("people", [])]
        for f in findings:
            forms = list(f.values.values())
            hits = {p for p in people for form in forms if any(w in p.split() for w in form.replace(" / ", " ").split())}
            assert len(hits) <= 1, f"{name}: a name finding between two people: {f.message}"
