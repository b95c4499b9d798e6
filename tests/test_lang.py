"""Language packs: one per language, the same fields filled, and no Dutch read into other languages."""
import pytest

from compare import lang
from compare.claims import extract_claims
from compare.facts import extract_all
from compare.facts.dates import extract_dates
from compare.facts.numbers import extract_numbers
from compare.ingest import detect_language, read_source
from compare.lang import NEUTRAL, OPTIONAL, LanguagePack, filled, pack_for
from compare.lang.en import EN
from compare.lang.nl import NL
from compare.paraphrase import frames

GERMAN = ("Der Bürgermeister ist am Montag zurückgetreten. Die Stadt hat vier Beschwerden bekommen, "
          "die acht Mitarbeiter eingereicht haben, und zahlte 1.500 Euro an einen Anwalt. "
          "Der Rat war überrascht, aber die Partei will in zwei Wochen einen Nachfolger bestimmen.\n")


def test_packs_are_found_by_their_code():
    assert pack_for("nl") is NL and pack_for("en") is EN
    assert {p.code for p in lang.packs()} >= {"nl", "en"}


@pytest.mark.parametrize("code", ["de", "fr", "und", "", None])
def test_a_language_without_a_pack_gets_none_and_the_neutral_rules(code):
    assert pack_for(code) is None
    assert lang.rules_for(code) is NEUTRAL
    assert filled(NEUTRAL) == set()


def test_every_pack_fills_the_same_fields():
    required = filled(NL) | filled(EN)
    for pack in lang.packs():
        assert required - OPTIONAL <= filled(pack), pack.code


@pytest.mark.parametrize("text,code", [
    ("Hij stapte maandag op na klachten van medewerkers.", "nl"),
    ("He resigned on Monday after complaints from staff.", "en"),
    (GERMAN, "und"),
])
def test_language_detection(text, code):
    assert detect_language(text) == code


def test_a_german_article_gets_no_dutch_facts(tmp_path):
    p = tmp_path / "de.txt"
    p.write_text(GERMAN, encoding="utf-8")
    s = read_source(p)
    assert s.language == "und"
    claims = extract_claims(s)
    extract_all([s], {s.id: claims})
    facts = [f for c in claims for f in c.facts]
    # Dutch would read "vier", "acht", "zwei" … as numbers and "die" as a relative clause
    assert not [f for f in facts if f.kind in ("count", "number", "duration") and not f.text[0].isdigit()]
    assert not any(c.text.startswith("die ") for c in claims)
    # digits are read in any language
    assert [f.text for f in facts if f.kind in ("count", "number")] == ["1.500"]


def test_no_dutch_or_english_words_without_a_pack():
    assert extract_numbers("vier klachten, four complaints", 0, "de") == []
    assert extract_dates("maandag 5 juli, Monday, July 5", 0, "2021-07-10", "de") == []
    assert [f.value for f in extract_dates("2021-07-05", 0, None, "de")] == ["2021-07-05"]
    assert frames("Hij is per direct opgestapt; he resigned", "de") == set()
    assert frames("Hij is per direct opgestapt", "nl") == {"@resign"}


def test_a_pack_reads_only_its_own_words():
    assert extract_numbers("four complaints", 0, "nl") == []
    assert [f.value for f in extract_numbers("vier klachten", 0, "nl")] == [4]
    assert extract_dates("maandag", 0, "2021-07-10", "en") == []


@pytest.mark.parametrize("text,counted", [
    ("One woman was injured.", "woman"),
    ("He fired one round into the air.", "round"),
    ("No one knows.", None),
    ("It was one of those days.", None),
    ("She was the one who called.", None),
])
def test_one_is_a_count_only_before_what_it_counts(text, counted):
    # the general rule that replaced a list of fifteen nouns "one" could count
    got = [f.unit for f in extract_numbers(text, 0, "en") if f.kind == "count"]
    assert got == ([counted] if counted else [])


def test_stop_and_weekday_words_come_from_the_packs():
    from compare import align, judge

    assert align._STOP == lang.union("stop_words")
    assert {"maandag", "monday"} <= {m.group().lower() for m in judge._WEEKDAY_RE.finditer("maandag Monday")}


def test_a_new_language_is_one_pack(monkeypatch):
    lang.packs()  # the modules of compare/lang are loaded before the fake one is added
    xx = LanguagePack(
        code="xx", name="Fake",
        detect_words=frozenset({"el", "la", "los"}),
        months={"marzo": 3}, month_names=("marzo",), weekdays={"lunes": 0},
        units={"uno": 1, "dos": 2, "tres": 3}, stop_words=frozenset({"el", "la", "los", "de"}),
        hedges={"unos": "about"}, decimal_mark=",",
    )
    monkeypatch.setitem(lang._REGISTRY, "xx", xx)
    assert pack_for("xx") is xx
    assert detect_language("el perro y la casa de los tres gatos") == "xx"
    (f,) = extract_numbers("unos tres gatos", 0, "xx")
    assert (f.kind, f.value, f.unit, f.qualifier) == ("count", 3, "gatos", "about")
    assert [f.value for f in extract_dates("el 5 marzo 2021", 0, None, "xx")] == ["2021-03-05"]
    assert extract_numbers("vier klachten", 0, "xx") == []
