"""Fact extraction on short Dutch and English texts with expected normalised values."""
import re

import pytest

from compare.claims import extract_claims
from compare.facts import extract_all
from compare.facts.dates import extract_dates
from compare.facts.numbers import extract_numbers
from compare.ingest import read_source
from compare.lang.en import EN

DATES = [
    # text, publication date, expected value, precision
    ("is maandag per direct opgestapt", "2021-07", ["2021-07-05", "2021-07-12", "2021-07-19", "2021-07-26"], "day"),
    ("is maandag opgestapt", "2021-07-08", "2021-07-05", "day"),
    ("maandag 5 juli", "2021-07-05", "2021-07-05", "day"),
    ("Op 5 juli 2021 maakte hij bekend", "2021-09", "2021-07-05", "day"),
    ("18 juni werd het afgesloten", "2021-07-05", "2021-06-18", "day"),
    ("05.07.21", None, "2021-07-05", "day"),
    ("het vorige maand afgeronde onderzoek", "2021-07", "2021-06", "month"),
    ("in maart was opgestart", "2021-07", "2021-03", "month"),
    ("begin dit jaar", "2021-07", "2021", "year"),
    ("eind 2020", None, "2020", "year"),
    ("in het najaar van 2020", None, "2020-09/2020-12", "season"),
    ("deze lente", "2021-07", "2021-03/2021-06", "season"),
    ("deze zomer", "2021-10", "2021-06/2021-09", "season"),
    ("Volgend jaar maart", "2021-07", "2022-03", "month"),
    ("over ruim een half jaar", "2021-07", "2022-01", "month"),
    ("sinds 2014 wethouder", None, "2014", "year"),
    ("in 2019", None, "2019", "year"),
    ("medio juli", "2021-08-01", "2021-07", "month"),
    ("on Monday, July 5, 2021", None, "2021-07-05", "day"),
    ("5 July 2021", None, "2021-07-05", "day"),
    ("2021-07-05", None, "2021-07-05", "day"),
    ("last month", "2021-07-05", "2021-06", "month"),
    ("earlier this year", "2021-07", "2021", "year"),
    ("in the fall of 2020", None, "2020-09/2020-12", "season"),
    ("next March", "2021-07-05", "2022-03", "month"),
    ("in May 2020", None, "2020-05", "month"),
    ("on Saturday", "2016-03-02", "2016-02-27", "day"),
    ("yesterday", "2016-03-02", "2016-03-01", "day"),
]


def _language(text: str) -> str:
    """The table's texts are too short to detect: English when a word is one of English's calendar words."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return "en" if words & {*EN.months, *EN.weekdays, *EN.relative, *EN.deictic_days, *EN.seasons} else "nl"


@pytest.mark.parametrize("text,published,value,precision", DATES)
def test_dates(text, published, value, precision):
    facts = extract_dates(text, 0, published, _language(text))
    assert facts, f"no date in {text!r}"
    assert (facts[0].value, facts[0].precision) == (value, precision)
    assert text[facts[0].start : facts[0].end] == facts[0].text


def test_relative_date_without_publication_date_stays_unresolved():
    (f,) = extract_dates("Hij stapte maandag op.", 0, None, "nl")
    assert f.value is None and not f.resolved


def test_modal_may_is_not_a_month():
    assert extract_dates("You may go home now.", 0, "2020-01", "en") == []


NUMBERS = [
    ("naar minstens vier formele klachten", "nl", "count", 4, "klacht", "at_least"),
    ("vijf signalen over de wethouder", "nl", "count", 5, "signaal", None),
    ("twee externe deskundigen", "nl", "count", 2, "deskundig", None),
    ("Ivens, ruim vijftien jaar actief", "nl", "duration", 15, "jaar", "more_than"),
    ("drie ontmoetingen", "nl", "count", 3, "ontmoeting", None),
    ("10.000 middeldure huurwoningen", "nl", "count", 10000, "huurwoning", None),
    ("huren tussen 800 tot 1.000 euro", "nl", "money", {"low": 800, "high": 1000}, "EUR", None),
    ("De 36-jarige Amber", "nl", "age", 36, "jaar", None),
    ("binnen 12 minuten", "nl", "duration", 12, "minuut", "at_most"),
    ("een half jaar", "nl", "duration", 0.5, "jaar", None),
    ("€ 1,5 miljoen", "nl", "money", 1500000, "EUR", None),
    ("3 miljoen euro", "nl", "money", 3000000, "EUR", None),
    ("twintigduizend mensen", "nl", "count", 20000, "mens", None),
    ("tweeëntwintig agenten", "nl", "count", 22, "agent", None),
    ("anderhalf jaar", "nl", "duration", 1.5, "jaar", None),
    ("bijna 30 procent", "nl", "percent", 30, "%", "nearly"),
    ("tussen de 10.000 en 100.000 volt", "nl", "count", {"low": 10000, "high": 100000}, "volt", None),
    ("at least 1,000 people", "en", "count", 1000, "people", "at_least"),
    ("$2.5 million", "en", "money", 2500000, "USD", None),
    ("a 19-year-old woman", "en", "age", 19, "year", None),
    ("John Smith (41) was arrested", "en", "age", 41, "year", None),
    ("a dozen officers", "en", "count", 12, "officer", None),
    ("more than 20 shots", "en", "count", 20, "shot", "more_than"),
    ("about 15%", "en", "percent", 15, "%", "about"),
    ("three victims", "en", "count", 3, "victim", None),
    ("twenty-one years", "en", "duration", 21, "year", None),
    ("one man was killed", "en", "count", 1, "man", None),
]


@pytest.mark.parametrize("text,lang,kind,value,unit,qualifier", NUMBERS)
def test_numbers(text, lang, kind, value, unit, qualifier):
    facts = [f for f in extract_numbers(text, 0, lang) if f.kind != "ordinal"]
    assert facts, f"no number in {text!r}"
    f = facts[0]
    assert (f.kind, f.json_value(), f.unit, f.qualifier) == (kind, value, unit, qualifier)


@pytest.mark.parametrize("text,lang", [
    ("Zin om nog eens een drankje te komen doen?", "nl"),
    ("One of them was never found.", "en"),
    ("Hij maakte zich sterk voor de 40-40-20 regel.", "nl"),
    ("In 2018 en 2019 volgden gesprekken.", "nl"),
    ("Een van de vrouwen zei niets.", "nl"),
    ("The shooting happened at 10:30 p.m.", "en"),
    ("Bel 020-1234567 voor informatie.", "nl"),
])
def test_no_false_numeric_facts(text, lang):
    skip = [(f.start, f.end) for f in extract_dates(text, 0, None, lang)]
    assert [f.text for f in extract_numbers(text, 0, lang, skip=skip) if f.kind != "ordinal"] == []


def _facts(tmp_path, text, name="a.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    s = read_source(p)
    claims = extract_claims(s)
    extract_all([s], {s.id: claims})
    return [f for c in claims for f in c.facts]


def test_a_clause_is_dated_by_its_sentence_but_a_reason_is_not(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("date 2021-07\nDe wethouder is maandag per direct opgestapt na klachten van vier ambtenaren. "
                 "In 2019 sprak Halsema met Ivens, die toen nog niets wist van de meldingen.\n", encoding="utf-8")
    s = read_source(p)
    claims = extract_claims(s)
    extract_all([s], {s.id: claims})
    by_text = {c.text: c for c in claims}
    # the complaints came before the resignation: Monday is not their date
    assert by_text["na klachten van vier ambtenaren."].context == []
    # the relative clause speaks of the same moment as its sentence
    assert [f.value for f in by_text["die toen nog niets wist van de meldingen."].context] == ["2019"]


def test_people_with_roles_and_later_mentions(tmp_path):
    facts = _facts(tmp_path, "Burgemeester Femke Halsema sprak met SP-fractievoorzitter Erik Flentge. Later zei Halsema dat Flentge niets wist.\n")
    people = [(f.value, f.role) for f in facts if f.kind == "person"]
    assert ("Femke Halsema", "burgemeester") in people
    assert ("Erik Flentge", "fractievoorzitter") in people
    assert people.count(("Erik Flentge", "fractievoorzitter")) == 2


def test_knowledge_negative_and_warned_by(tmp_path):
    facts = _facts(tmp_path, "Burgemeester Femke Halsema sprak met SP-fractievoorzitter Erik Flentge. Flentge wist ook niets van de waarschuwingen.\n"
                             "Wethouder Jan de Vries was in 2019 gewaarschuwd door Halsema.\n")
    know = [(f.actor, f.polarity, f.informant) for f in facts if f.kind == "knowledge"]
    assert ("Erik Flentge", "negative", None) in know
    assert ("Jan de Vries", "positive", "Femke Halsema") in know


def test_knowledge_english(tmp_path):
    facts = _facts(tmp_path, "Police Chief John Miller said the officers were not told about the warrant. Mayor Anna Brown knew about the plan.\n")
    know = [(f.actor, f.polarity) for f in facts if f.kind == "knowledge"]
    assert ("Anna Brown", "positive") in know


def test_an_office_of_two_words_is_one_role(tmp_path):
    facts = _facts(tmp_path, "Attorney General Beau Biden urged witnesses to come forward. Chief Justice Myron Steele thanked the police.\n")
    people = {(f.value, f.role) for f in facts if f.kind == "person"}
    assert ("Beau Biden", "attorney general") in people


def test_an_age_after_a_name_that_ends_the_sentence():
    ages = [(f.text, f.value, f.of_whom) for f in extract_numbers("Police identified him as Ali Akbar Mohammed Rafie, 32.", 0, "en")
            if f.kind == "age"]
    assert ages == [("32", 32, "Ali Akbar Mohammed Rafie")]
    # a date's day is no age
    assert not [f for f in extract_numbers("It happened on June, 12.", 0, "en") if f.kind == "age"]


def test_an_adjective_no_suffix_tells_is_skipped_before_the_counted_noun():
    counts = [(f.text, f.unit) for f in extract_numbers("He killed them in four different homes; three young men survived.", 0, "en")
              if f.kind == "count"]
    assert counts == [("four different homes", "home"), ("three young men", "man")]


def test_university_offices_are_roles(tmp_path):
    facts = _facts(tmp_path, "School President Rita Cheng said classes would resume. Chancellor Anna Brown agreed.\n")
    people = {(f.value, f.role) for f in facts if f.kind == "person"}
    assert ("Rita Cheng", "president") in people and ("Anna Brown", "chancellor") in people


def test_a_scale_word_after_a_word_is_a_number_unless_the_word_makes_it_vague():
    def counts(text):
        return [(f.text, f.value) for f in extract_numbers(text, 0, "nl") if f.kind in ("count", "money")]

    assert counts("Het geldt voor bedrijven met minstens honderd werknemers.") == [("minstens honderd werknemers", 100)]
    assert counts("In plaats van een paar honderd euro per persoon kregen ze meer.") == []


def _strictly_equal(a, b) -> bool:
    """Equal with every type the same: 1 is not 1.0, a tuple is not a list."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_strictly_equal(x, y) for x, y in zip(a, b))
    if hasattr(a, "__dict__"):
        return a.__dict__.keys() == b.__dict__.keys() and all(_strictly_equal(a.__dict__[k], b.__dict__[k]) for k in a.__dict__)
    return a == b


def test_facts_of_a_claim_are_kept_on_disk_as_made(tmp_path, monkeypatch):
    """A second run reads each claim's own facts from the cache, exactly as they were made; a
    changed text or publication date misses it; a corrupt or foreign entry is ignored."""
    import dataclasses

    import compare.facts as facts_module
    from compare.claims import extract_claims
    from compare.facts.cache import FactCache
    from compare.ingest import load_sources

    from conftest import SEEDS

    sources = load_sources([str(SEEDS)])
    made = []
    real = facts_module._own_facts

    def counting(claim, source):
        made.append(claim.id)
        return real(claim, source)

    monkeypatch.setattr(facts_module, "_own_facts", counting)

    def run(sources, cache):
        claims = {s.id: extract_claims(s) for s in sources}
        facts_module.extract_all(sources, claims, cache)
        return claims

    fresh = run(sources, None)
    n = len(made)
    first = run(sources, tmp_path)
    assert len(made) == 2 * n and len(list((tmp_path / "facts").rglob("*.json"))) == len(sources)
    again = run(sources, tmp_path)
    assert len(made) == 2 * n  # all read back
    for s in sources:
        for a, b, c in zip(fresh[s.id], first[s.id], again[s.id]):
            assert _strictly_equal(a.facts, b.facts) and _strictly_equal(a.facts, c.facts)
        assert any(c.facts for c in again[s.id])

    one = sources[0]
    for changed in (dataclasses.replace(one, published="1999-01-01"), dataclasses.replace(one, text=one.text + "\nNog 12 mensen.")):
        before = len(made)
        run([changed, *sources[1:]], tmp_path)
        assert len(made) > before
    entries = sorted((tmp_path / "facts").rglob("*.json"))
    claims = extract_claims(one)
    entry = next(p for p in entries if FactCache(tmp_path)._key(one, claims) in p.name)
    good = entry.read_bytes()
    for garbage in (b"\x00", b"[]", b'[["Nope", {}]]', good.replace(b'"start":', b'"start":1', 1),
                    good.replace(b'"DateSpan"', b'"Quantity"', 1), b"{" + good):
        entry.write_bytes(garbage)
        assert FactCache(tmp_path).get(one, claims) is None
    assert FactCache(None).get(one, claims) is None


def test_candidate_names_of_a_source_are_kept_on_disk(tmp_path, monkeypatch):
    """The people registry built from cached candidates is the one built from the texts; a
    changed text misses the cache; a corrupt entry is ignored."""
    import dataclasses

    import compare.facts.people as people_module
    from compare.facts.cache import CandidateCache
    from compare.facts.people import PeopleRegistry
    from compare.ingest import load_sources

    from conftest import SEEDS

    sources = load_sources([str(SEEDS)])
    scanned = []
    real = people_module._candidates

    def counting(s):
        scanned.append(s.id)
        return real(s)

    monkeypatch.setattr(people_module, "_candidates", counting)
    plain = PeopleRegistry.build(sources)
    first = PeopleRegistry.build(sources, CandidateCache(tmp_path))
    again = PeopleRegistry.build(sources, CandidateCache(tmp_path))
    assert len(scanned) == 2 * len(sources)  # the third build read every source from the cache
    assert plain == first == again and plain.people
    for s in sources:
        assert _strictly_equal(real(s), CandidateCache(tmp_path).get(s))
    changed = dataclasses.replace(sources[0], text=sources[0].text + "\nBurgemeester Jan Jansen zei dat.")
    PeopleRegistry.build([changed], CandidateCache(tmp_path))
    assert len(scanned) == 2 * len(sources) + 1
    for entry in (tmp_path / "names").rglob("*.json"):
        entry.write_bytes(b'[["Candidate", {"name": "X"}]]')
    assert all(CandidateCache(tmp_path).get(s) is None for s in sources)
    assert PeopleRegistry.build(sources, CandidateCache(tmp_path)) == plain
