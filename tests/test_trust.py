"""Groups an editor can trust (issue 14): no boilerplate claims, agreements that state one
fact, other incidents kept apart, and sources that copy each other counted once."""
import json
import re
from pathlib import Path

import pytest

from compare.claims import extract_claims
from compare.copies import find_copies, independent
from compare.incidents import incident_penalty
from compare.ingest import load_sources, read_source
from compare.judge import judge
from compare.model import Claim, DateSpan, Group
from compare.settings import AlignSettings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV_GOLD = Path(__file__).resolve().parent / "data" / "dev-gold"
CORPORA = ROOT.parent / "shared" / "corpora"


def claims_of(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [c.text for c in extract_claims(read_source(p))]


# -- boilerplate: segments, not claims ------------------------------------------------------

def test_english_captions_credits_promotions_and_datelines_are_no_claims(tmp_path):
    page = "\n\n".join([
        "× Man shot outside bar in Albany",
        "ALBANY, NY (NEWS10) – Police are investigating a shooting at a bar on Central Avenue.",
        "The main entrance is taped off after the shooting. (Photo: WKRN)",
        "Wordsworth was found unconscious in her bedroom. (Facebook)",
        "Joseph Brown (right) gets a hug from his brother as he is released.",
        "(Photo: Getty Images)",
        "LIKE THE PRESS-TELEGRAM ON FACEBOOK Like Long Beach news? Like us on Facebook!",
        "Download the KFVS News app: iPhone | Android",
        "RELATED: Family, friends, community show support for deputy",
        "Gov. John Bel Edwards said the state would help the families of the officers.",
        "Fellow officers Cpl. Montrell Jackson, 32, and Officer Matthew Gerald, 41, were killed.",
        "Police said the suspect was arrested on Monday. Anyone wishing to remain anonymous may call 1-800-222-TIPS.",
        "— FOX25 News Boston (@fox25news) June 8, 2016",
        "Copyright 2016 WAFB. All rights reserved.",
    ]) + "\n"
    claims = claims_of(tmp_path, "a.txt", page)
    assert claims == [
        "Police are investigating a shooting at a bar on Central Avenue.",
        "Gov. John Bel Edwards said the state would help the families of the officers.",
        "Fellow officers Cpl. Montrell Jackson, 32, and Officer Matthew Gerald, 41, were killed.",
        "Police said the suspect was arrested on Monday.",
    ]


def test_dutch_datelines_intertitles_and_abbreviations_are_no_claims(tmp_path):
    # DPG's export: one paragraph, intertitles glued between sentences
    body = ("Rotterdam De politie heeft atletiektrainer Jerry M. aangehouden op verdenking van ontucht. "
            "Volgens dhr. Jansen is het onderzoek nog niet afgerond. "
            "Er waren o.a. twee agenten bij de aanhouding aanwezig. "
            "Hij ontkent dat hij onschuldig is. Onschuld Gisteren publiceerde een opiniemaker nieuwe documenten. "
            "Enige opluchting 'Die uitspraak geeft hem een zekere opluchting', zegt de advocaat.")
    text = "---\ntitle: Trainer aangehouden\n---\n\n# Trainer aangehouden\n\n" + body + "\n\nSchrijf je in voor onze nieuwsbrief\n"
    claims = claims_of(tmp_path, "a.md", text)
    assert claims[0] == "De politie heeft atletiektrainer Jerry M. aangehouden op verdenking van ontucht."
    assert "Volgens dhr. Jansen is het onderzoek nog niet afgerond." in claims
    assert "Er waren o.a. twee agenten bij de aanhouding aanwezig." in claims
    assert "Gisteren publiceerde een opiniemaker nieuwe documenten." in claims
    assert not any(c.startswith(("Onschuld", "Enige opluchting", "Rotterdam", "#")) or "nieuwsbrief" in c for c in claims)


def test_ordinary_sentences_are_kept(tmp_path):
    text = ("The family wrote on Facebook that they were grateful for the support.\n\n"
            "When Belford walked into the lobby, he shot her. Laura “Beth” Mulford, a friend, turned to run.\n\n"
            "Bart De Wever zei dat hij het voorstel steunt. Volgens Die Zeit is dat niet waar.\n")
    claims = claims_of(tmp_path, "a.txt", text)
    assert "The family wrote on Facebook that they were grateful for the support." in claims
    assert any(c.startswith("Laura “Beth” Mulford") for c in claims)
    assert any(c.startswith("Bart De Wever") for c in claims) and any(c.startswith("Volgens Die Zeit") for c in claims)


def test_saved_page_captions_menus_and_buttons_are_no_claims(tmp_path):
    page = ("<html><head><title>Shooting</title></head><body><nav><a href='/'>Home</a> <a>Crime news today</a></nav>"
            "<article><p>GOODLETTSVILLE, Tenn. (WKRN) – Police said a boy, 5, was shot by his brother.</p>"
            "<figure><img src=x><figcaption>The house where the boy was shot on Saturday evening</figcaption></figure>"
            "<p>Det. Sgt. Mike Smith said the gun belonged to the father. <button>Share this story</button></p></article>"
            "<footer>Sign up for our daily headlines and breaking news alerts in your inbox</footer></body></html>")
    claims = claims_of(tmp_path, "a.html", page)
    assert claims == ["Police said a boy, 5, was shot by his brother.",
                      "Det. Sgt. Mike Smith said the gun belonged to the father."]


def _boilerplate_claims(gold: dict, claims: list[Claim], texts: dict[str, str]) -> int:
    """Claims whose words lie at least half inside the gold's boilerplate quotes (a claim that
    only starts with a glued intertitle is a claim; one that is mostly a caption is not)."""
    spans = []
    for b in gold["boilerplate"]:
        i = texts[b["source"]].find(b["quote"])
        assert i >= 0, b
        spans.append((b["source"], i, i + len(b["quote"])))
    bad = 0
    for c in claims:
        words = [(c.start + m.start(), c.start + m.end()) for m in re.finditer(r"\w+", c.text)]
        inside = sum(any(s == c.source and a <= w0 and w1 <= b for s, a, b in spans) for w0, w1 in words)
        bad += bool(words) and inside * 2 >= len(words)
    return bad


def _dev_golds() -> list[tuple[dict, Path]]:
    out = []
    for gp in sorted(DEV_GOLD.glob("*.gold.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        folder = ROOT / gold["corpus"]
        if folder.is_dir():
            out.append((gold, folder))
    if len(out) < 10:
        pytest.skip(f"fewer than 10 development stories in {CORPORA}: they are read from there, never copied here")
    return out


def test_boilerplate_claims_are_at_most_one_percent_on_development_stories():
    from compare.evaluate import story_texts

    total = bad = 0
    for gold, folder in _dev_golds():
        sources = load_sources(sorted(str(p) for p in folder.iterdir() if p.stem in gold["sources"]))
        claims = [c for s in sources for c in extract_claims(s)]
        total += len(claims)
        bad += _boilerplate_claims(gold, claims, story_texts(gold, folder))
    assert total >= 500
    assert bad <= 0.01 * total, f"{bad} boilerplate claims of {total}"


@pytest.fixture(scope="module")
def dev_counts(cache_dir):
    from compare.evaluate import score_stories
    from compare.pipeline import Options

    _dev_golds()
    counts, _ = score_stories(sorted(DEV_GOLD.glob("*.gold.json")), ROOT, Options(cache_dir=cache_dir))
    return counts


def test_agreements_state_one_fact_on_development_stories(dev_counts):
    from compare.evaluate import ratio

    pooled = [sum(c["agree_precision"][k] for c in dev_counts.values()) for k in (0, 1)]
    assert pooled[1] >= 10  # enough agreements to judge
    assert ratio((pooled[0], pooled[1], 1.0)) >= 0.85


# -- agreement means the same fact ----------------------------------------------------------

def _claim(cid, text):
    return Claim(id=cid, source=cid.split("#")[0], start=0, end=len(text), text=text, sentence=0)


def test_a_group_is_an_agreement_only_when_every_two_sources_state_the_same_fact():
    a, b, c = _claim("a#0", "Ivens trad maandag af."), _claim("b#0", "Ivens is maandag afgetreden."), _claim("c#0", "De SP zoekt een opvolger.")
    claims = {x.id: x for x in (a, b, c)}
    strong = {frozenset(("a#0", "b#0"))}
    groups = [Group(id="G1", claims=["a#0", "b#0"], status=""), Group(id="G2", claims=["a#0", "b#0", "c#0"], status="")]
    judge(groups, claims, lambda x, y: frozenset((x.id, y.id)) in strong)
    assert [g.status for g in groups] == ["agree", "related"]


def test_reports_show_every_member_of_an_agreement_and_a_related_status(seeds_report):
    from compare.render.markdown import render_markdown

    report, data = seeds_report
    statuses = {g["status"] for g in data["groups"]}
    assert statuses <= {"agree", "compatible", "conflict", "related", "unique"} and "related" in statuses
    md = render_markdown(report)
    agreements = md.split("## Agreements", 1)[1].split("\n## ", 1)[0]
    related = md.split("## Loosely related", 1)[1].split("\n## ", 1)[0]
    by_id = {c.id: c for c in report.claims}
    for g in data["groups"]:
        section = agreements if g["status"] in ("agree", "compatible") else related if g["status"] == "related" else None
        if section is None:
            continue
        entry = section.split(f"**{g['id']}**", 1)[1].split("\n- **", 1)[0]
        for cid in g["claims"]:
            c = by_id[cid]
            line = next(s for s in report.sources if s.id == c.source).text.count("\n", 0, c.start) + 1
            assert f"{c.source.split('_')[0]}:L{line}" in entry, (g["id"], cid)


# -- incidents apart ------------------------------------------------------------------------

def _dated(cid, text, iso):
    c = _claim(cid, text)
    c.facts = [DateSpan(text=iso, start=0, end=1, value=iso, precision="day" if len(iso) == 10 else "year",
                        ranges=[(iso, iso)] if len(iso) == 10 else [(f"{iso}-01-01", f"{iso}-12-31")])]
    return c


def test_a_roundups_earlier_incident_is_kept_apart_from_the_story():
    claims = [
        _dated("a#0", "Een vliegtuigje kwam maandag neer in een boom bij Hilversum.", "2019-04-08"),
        _dated("a#1", "In 1998 bleef in Arnhem een zweefvliegtuig in een boom hangen.", "1998"),
        _claim("a#2", "Ook toen bleef de piloot ongedeerd."),
        _claim("a#3", "De brandweer haalde de inzittenden uit het toestel."),
        _dated("b#0", "Maandag is een vliegtuigje in een boom bij Hilversum terechtgekomen.", "2019-04-08"),
        _claim("b#1", "De piloot bleef ongedeerd."),
    ]
    penalty = incident_penalty(claims, AlignSettings())
    assert penalty[1, 4] > 0 and penalty[1, 5] > 0  # 1998 against the story, dated or not
    assert penalty[2, 5] > 0  # "Ook toen …" goes on about 1998
    assert penalty[3, 5] == 0 and penalty[0, 4] == 0  # the story's own claims are not touched


def test_a_storys_own_history_is_not_another_incident():
    # the warnings two years before a resignation are the same case, told by both sources
    claims = [
        _dated("a#0", "De wethouder trad maandag af na klachten.", "2021-07-05"),
        _dated("a#1", "In 2019 was hij al gewaarschuwd door de burgemeester.", "2019"),
        _dated("b#0", "De wethouder is maandag opgestapt.", "2021-07-05"),
        _claim("b#1", "Hij was eerder al gewaarschuwd."),
    ]
    assert not incident_penalty(claims, AlignSettings()).any()


# -- independent sources --------------------------------------------------------------------

def test_seeds_001_and_002_share_text_and_no_other_pair_does():
    relations = find_copies(load_sources([str(SEEDS)]))
    assert [tuple(s.split("_")[0] for s in r.sources) for r in relations] == [("001", "002")]
    assert relations[0].sentences >= 1 and relations[0].copy is None  # 001 has no date: no direction


def test_copies_on_development_stories_are_the_golds():
    found, expected = set(), set()
    for gold, folder in _dev_golds():
        sources = load_sources(sorted(str(p) for p in folder.iterdir() if p.stem in gold["sources"]))
        found |= {(folder.name, *sorted(r.sources)) for r in find_copies(sources)}
        expected |= {(folder.name, *sorted(c["sources"])) for c in gold.get("copies", [])}
    assert expected and found == expected


def _article(tmp_path, name, date, body):
    p = tmp_path / name
    p.write_text(f"---\npublished: {date}\n---\n\n{body}\n", encoding="utf-8")
    return p


WIRE = ("Police in Goodlettsville have determined that a five-year-old boy who died over the weekend was shot "
        "by an older sibling. The shooting happened at an apartment complex in the 400 block of Moss Trail "
        "around half past five on Saturday. The boy was taken to a children's hospital where he later died "
        "of his injuries. Investigators have not said whether anyone will face charges in the case.")
OWN = ("A young boy has died after he was shot in a Goodlettsville apartment, officers said on Sunday. Detectives "
       "said the gun was found in a bedroom and that the family is cooperating with them. Neighbours described "
       "the family as quiet and friendly.")


def test_a_later_copy_is_named_and_agreements_count_it_once(tmp_path, cache_dir):
    from compare.pipeline import Options, run
    from compare.render.json import report_to_dict
    from compare.render.markdown import render_markdown

    folder = tmp_path / "event"
    folder.mkdir()
    _article(folder, "a.md", "2015-03-22", WIRE)
    _article(folder, "b.md", "2015-03-23", "Courtesy of WKRN\n\n" + WIRE)
    _article(folder, "c.md", "2015-03-23", OWN)
    report = run([str(folder)], Options(cache_dir=cache_dir))
    data = report_to_dict(report)
    assert data["copies"] == [{"sources": ["a", "b"], "share": {"a": 1.0, "b": 1.0}, "sentences": 4,
                               "earlier": "a", "copy": "b"}]
    md = render_markdown(report)
    assert "copies 100% of a" in md and "copied by b" in md
    # a group holding the wire text of a and b counts them as one source
    shared = [g for g in data["groups"] if {c.split("#")[0] for c in g["claims"]} == {"a", "b"}]
    assert shared and all(g["independent"] == 1 for g in shared)
    if any(g["status"] in ("agree", "compatible") for g in shared):
        assert "2 sources, 1 independent" in md


def test_independent_sources_of_claims_that_only_share_a_quote_count_twice():
    a, b = _claim("a#0", "“We will find who did this,” the chief said on Sunday."), _claim("b#0", "“We will find who did this,” the chief told reporters.")
    assert independent([a, b], []) == 2  # no copy relation between the sources
