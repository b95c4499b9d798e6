"""The review gate on a draft written for the purpose and on the seeds themselves."""
import tomllib

import pytest
from typer.testing import CliRunner

from compare.cli import app

from conftest import SEEDS

runner = CliRunner()
DRAFT = SEEDS.parent / "tests" / "data" / "draft_agrees.txt"


def test_draft_that_agrees_with_the_seeds_passes(cache_dir):
    r = runner.invoke(app, ["check", str(DRAFT), "--against", str(SEEDS)])
    assert r.exit_code == 0, r.output
    assert "no unaccepted contradiction" in r.output and "0 contradicted" in r.output


def test_one_changed_figure_fails_and_quotes_both_values(tmp_path, cache_dir):
    changed = tmp_path / "draft.txt"
    changed.write_text(DRAFT.read_text(encoding="utf-8").replace("vier vrouwelijke", "zes vrouwelijke"), encoding="utf-8")
    r = runner.invoke(app, ["check", str(changed), "--against", str(SEEDS)])
    assert r.exit_code == 1
    assert "zes vrouwelijke ambtenaren" in r.output and "Vier vrouwelijke ambtenaren" in r.output


def test_seed_against_other_seeds_reports_real_conflicts_and_passes_once_accepted(tmp_path, cache_dir):
    seed = next(SEEDS.glob("001_*.txt"))
    check_json = tmp_path / "check.json"
    r = runner.invoke(app, ["check", str(seed), "--against", str(SEEDS), "--json", str(check_json)])
    assert r.exit_code == 1
    assert "gemeentedirecteur" in r.output  # the gold's core conflict: who received the 2019 signal
    fingerprints = [line.split("`")[1] for line in r.output.splitlines() if "fingerprint `" in line]
    accept = tmp_path / "accept.toml"
    for fp in fingerprints:
        a = runner.invoke(app, ["accept", fp, "--reason", "checked: 001 names another official", "--by", "desk",
                                "--file", str(accept), "--report", str(check_json)])
        assert a.exit_code == 0, a.output
    data = tomllib.loads(accept.read_text(encoding="utf-8"))
    assert {e["fingerprint"] for e in data["accepted"]} == set(fingerprints)
    r = runner.invoke(app, ["check", str(seed), "--against", str(SEEDS), "--accept", str(accept)])
    assert r.exit_code == 0, r.output
    assert "accepted" in r.output


def test_report_fail_on_conflict_respects_accept_file(tmp_path, cache_dir):
    out = tmp_path / "r.md"
    r = runner.invoke(app, ["report", str(SEEDS), "--output", str(out), "--quiet", "--fail-on", "conflict"])
    assert r.exit_code == 1
    import json

    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    accept = tmp_path / "accept.toml"
    # the aligned groups' findings and the fact sheet's (top level)
    for f in [f for g in data["groups"] for f in g["findings"]] + data.get("findings", []):
        if f["severity"] == "conflict":
            runner.invoke(app, ["accept", f["fingerprint"], "--reason", "known", "--by", "desk", "--file", str(accept),
                                "--report", str(out.with_suffix(".json"))])
    r = runner.invoke(app, ["report", str(SEEDS), "--output", str(out), "--quiet", "--fail-on", "conflict", "--accept", str(accept)])
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("content", ["[[accepted]]\nfingerprint = 1\n", "not toml at all = = ="])
def test_malformed_accept_file_is_exit_2(tmp_path, content, cache_dir):
    accept = tmp_path / "a.toml"
    accept.write_text(content, encoding="utf-8")
    r = runner.invoke(app, ["check", str(DRAFT), "--against", str(SEEDS), "--accept", str(accept)])
    assert r.exit_code == 2
    assert "accept file" in r.output or "needs a fingerprint" in r.output


def test_unsupported_claims_fail_when_asked(tmp_path, cache_dir):
    draft = tmp_path / "d.txt"
    draft.write_text("De wethouder opende gisteren een nieuwe brug over het IJ voor fietsers en voetgangers.\n", encoding="utf-8")
    r = runner.invoke(app, ["check", str(draft), "--against", str(SEEDS), "--fail-on", "unsupported"])
    assert r.exit_code == 1 and "1 unsupported" in r.output


def test_a_draft_stating_what_a_source_denies_is_contradicted(tmp_path, cache_dir):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.md").write_text(
        "---\npublished: 2019-04-12\ntitle: \"Vliegtuigje in boom\"\n---\n\n"
        "De twee inzittenden van het vliegtuigje waren bij het ongeluk niet gewond geraakt, vertelt de buurman. "
        "Ja, ze zaten wel onder de benzine, geen kerosine, benzine. Ze waren heel rustig en hebben met de "
        "mensen van de brandweer zitten babbelen.\n", encoding="utf-8")
    (sources / "b.md").write_text(
        "---\npublished: 2019-04-12\ntitle: \"Vliegtuigje in boom\"\n---\n\n"
        "Een klein vliegtuigje is zaterdag in een boom terechtgekomen. De brandweer heeft de twee inzittenden "
        "na anderhalf uur uit het toestel gehaald. Ze waren niet gewond.\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("---\npublished: 2019-04-12\ntitle: \"Vliegtuigje\"\n---\n\n"
                     "Een klein vliegtuigje is zaterdag in een boom terechtgekomen. Een van de inzittenden had kerosine "
                     "over zich heen gekregen. De brandweer haalde de twee na anderhalf uur uit het toestel.\n",
                     encoding="utf-8")
    r = runner.invoke(app, ["check", str(draft), "--against", str(sources)])
    assert r.exit_code == 1, r.output
    assert "geen kerosine" in r.output and "kerosine" in r.output


def _sources_and_draft(tmp_path, published: str, sources: dict[str, str], draft_text: str):
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, text in sources.items():
        (folder / f"{name}.md").write_text(f"---\npublished: {published}\ntitle: \"{name}\"\n---\n\n{text}\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(f"---\npublished: {published}\ntitle: \"draft\"\n---\n\n{draft_text}\n", encoding="utf-8")
    return draft, folder


def _check(draft, folder):
    return runner.invoke(app, ["check", str(draft), "--against", str(folder)])


def test_a_weekday_the_calendar_puts_on_another_day_is_contradicted(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2019-04-02", {
        "a": "Maar daar kwam op zondag 11 november 2018 plotsklaps een einde aan. Sanderink belde haar die dag op.",
        "b": "Op 11 november vorig jaar kreeg Van Egten een telefoontje van Sanderink."},
        "Op zaterdag 11 november 2018 belde Sanderink haar onverwacht op.")
    r = _check(draft, folder)
    assert r.exit_code == 1, r.output
    assert "Weekday differs" in r.output and "zondag 11 november 2018" in r.output and "is a Sunday" in r.output
    # the right weekday passes
    draft.write_text(draft.read_text(encoding="utf-8").replace("zaterdag", "zondag"), encoding="utf-8")
    assert "Weekday differs" not in _check(draft, folder).output


def test_an_office_the_sources_give_the_person_otherwise_is_contradicted(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2019-03-01", {
        "a": "Op deze manier zijn er alleen maar verliezers, verklaarde burgemeester Jan Seton van de gemeente Borger-Odoorn.",
        "b": "Burgemeester Jan Seton van Borger-Odoorn noemt de dreigementen laf. Topman Wim Wolters zegt dat het park doorgaat."},
        "Wethouder Jan Seton van Borger-Odoorn noemt de dreigementen laf. Directeur Wim Wolters zegt dat het park doorgaat.")
    r = _check(draft, folder)
    assert r.exit_code == 1, r.output
    roles = [line for line in r.output.splitlines() if "Role differs" in line]
    assert any("Wethouder Jan Seton" in line and "urgemeester Jan Seton" in line for line in roles), r.output
    # "topman" and "directeur" may be one job told in other words: no contradiction
    assert not any("Wolters" in line for line in roles), r.output


def test_a_name_in_the_office_the_sources_give_another_person_is_contradicted(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2013-11-12", {
        "a": "Police Commissioner Ray Kelly said the gun was bought in upstate New York in 2006.",
        "b": "Kelly said the gunman was upset after he was thrown out of the band."},
        "Police Commissioner Bill Bratton said the gun was bought in upstate New York in 2006.")
    r = _check(draft, folder)
    assert r.exit_code == 1, r.output
    assert "Name differs" in r.output and "Ray Kelly" in r.output


def test_a_count_from_shops_is_no_part_of_them(tmp_path, cache_dir):
    # "115 producten van dertien supermarkten": the products come from the shops; "van" is no partitive
    draft, folder = _sources_and_draft(tmp_path, "2019-02-20", {
        "a": "Voor het onderzoek werden 115 producten van dertien gewone supermarkten en vier biowinkels vergeleken.",
        "b": "De Consumentenbond vergeleek 115 producten van dertien supermarkten en vier biowinkels."},
        "De bond vergeleek 150 producten bij dertien gewone supermarkten en vier biowinkels.")
    r = _check(draft, folder)
    assert r.exit_code == 1, r.output
    assert "150 producten" in r.output and "115 producten" in r.output


def test_the_day_of_the_incident_against_every_source(tmp_path, cache_dir):
    sources = {"a": "The Sullivan County Sheriff's Office is investigating a triple homicide that occurred Saturday afternoon in Bristol.",
               "b": "When officers responded to the scene Saturday evening, two women were found dead in the kitchen."}
    draft, folder = _sources_and_draft(tmp_path, "2015-08-31", sources, "The shooting happened at about 5:45 p.m. on Friday.")
    r = _check(draft, folder)
    assert r.exit_code == 1, r.output
    assert "Day of the incident differs" in r.output and "Friday" in r.output
    # a night told on either side of midnight is one night
    other = tmp_path / "other"
    other.mkdir()
    draft, folder = _sources_and_draft(other, "2015-08-31", {
        "a": "The shooting happened late Saturday night outside a bar on Main Street.",
        "b": "Police said the shooting on Main Street happened early Sunday."},
        "The shooting on Main Street happened late Saturday night, police said.")
    assert "Day of the incident differs" not in _check(draft, folder).output


def test_a_day_ahead_and_a_day_past_are_two_moments(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2015-08-31", {
        "a": "Judge Kline Lauderback quadrupled Robert Seth Denton’s bond to $1 million and set another hearing for next week.",
        "b": "His bond was set at $1 million."},
        "On Monday, Judge Kline Lauderback quadrupled his bond to $1 million.")
    r = _check(draft, folder)
    assert "Date differs" not in r.output, r.output


def test_where_a_named_person_is_from_is_checked(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2019-03-01", {
        "a": "Ben Timmermans, directeur van een aannemersbedrijf uit Nieuw-Buinen, kreeg een week de tijd.",
        "b": "Het dreigement staat in een brief die wegenbouwer Ben Timmermans uit Nieuw-Buinen in zijn brievenbus vond."},
        "Ben Timmermans, aannemer uit het Drentse Emmen, kreeg een week de tijd.")
    r = _check(draft, folder)
    assert r.exit_code == 1, r.output
    assert "Emmen" in r.output and "Nieuw-Buinen" in r.output


def test_of_two_values_the_nearest_is_set_against_the_one_a_source_gives(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2019-02-20", {
        "a": "Wie een pak halfvolle melk van Campina koopt bij Hoogvliet is 1,21 euro kwijt, terwijl de biologische "
             "versie van Bio+ in dezelfde winkel 1,02 euro kost.",
        "b": "Halfvolle melk van Campina kost bij Hoogvliet 1,21 euro; de biologische versie van Bio+ kost er 1,02 euro."},
        "Een pak halfvolle melk van Campina kost bij Hoogvliet 1,21 euro, de biologische melk van Bio+ in dezelfde winkel 1,12 euro.")
    r = _check(draft, folder)
    assert r.exit_code == 1, r.output
    differs = [line for line in r.output.splitlines() if "Amount differs" in line]
    assert differs and all("1,12 euro" in line and "1,02 euro" in line for line in differs), r.output


def test_an_age_of_something_the_draft_does_not_name_is_no_contradiction(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2015-09-10", {
        "a": "Surratt’s testimony about the death of his dog helped persuade Judge Lawton McIntosh to deny bail for "
             "Martavious Craig, one of the people accused of killing Hyco, the 7-year-old German shepherd. "
             "Craig, 18, is from Seneca and is the youngest person charged in the case.",
        "b": "A judge denied bail for Martavious Craig, 18, of Seneca."},
        "Judge Lawton McIntosh has denied bail to Craig, an 18-year-old from Seneca who is charged in the killing of Hyco.")
    r = _check(draft, folder)
    assert "Age differs" not in r.output, r.output
    # the wrong age for Craig is still contradicted
    draft.write_text(draft.read_text(encoding="utf-8") + "Craig, 19, is the youngest person charged in the case.\n", encoding="utf-8")
    assert "Age differs" in _check(draft, folder).output


def test_another_name_before_the_same_apposition_is_contradicted(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2019-04-10", {
        "a": "Op de publieke tribune zat rechts Elze, de moeder van Anne Faber.",
        "b": "Het debat werd gevolgd door Elze, de moeder van Anne Faber, en door vrienden van Anne."},
        "Op de publieke tribune volgde onder anderen Marieke, de moeder van Anne Faber, het debat.")
    r = _check(draft, folder)
    assert r.exit_code == 1, r.output
    assert "Name differs" in r.output and "Marieke" in r.output and "Elze" in r.output


def test_initials_of_a_body_the_sources_name_in_full_and_a_figure_without_its_unit(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2018-03-08", {
        "a": "Volgens het Centraal Bureau voor de Statistiek verdienden vrouwen in 2016 bij de overheid 8 procent minder. "
             "De gemeente leent de club vijf miljoen euro voor de velden en negen miljoen voor het stadion.",
        "b": "Het Centraal Bureau voor de Statistiek meldt dat vrouwen in 2016 bij de overheid 8 procent minder verdienden."},
        "Het CBS becijferde dat vrouwen in 2016 bij de overheid 8 procent minder verdienden. "
        "Daarnaast leent de gemeente de club negen miljoen euro voor het stadion.")
    r = _check(draft, folder)
    assert r.exit_code == 0, r.output


def test_a_role_written_with_or_without_a_hyphen_is_one_word(tmp_path, cache_dir):
    draft, folder = _sources_and_draft(tmp_path, "2019-04-01", {
        "a": "Loggen wil eerst praten met GroenLinksleider Zita Pels over de coalitie.",
        "b": "GroenLinksleider Zita Pels neemt de formatie over."},
        "Loggen wil eerst praten met GroenLinks-leider Zita Pels over de coalitie.")
    r = _check(draft, folder)
    assert "Name differs" not in r.output, r.output
