"""Who: people and their names, who said it, who knew what — on short hand-written texts in
both languages (the development gold is judged in test_people_dev.py)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from compare.claims import extract_claims
from compare.cli import app
from compare.facts import PeopleRegistry, extract_all
from compare.ingest import read_source
from compare.names import knowledge_findings, name_findings, variant

runner = CliRunner()


def _read(tmp_path, text: str, name: str = "a.txt"):
    p = tmp_path / name
    p.write_text(text + "\n", encoding="utf-8")
    return read_source(p)


def _run(tmp_path, *texts: str):
    """Sources, their claims (in order) and the run's people, as the pipeline reads them."""
    sources = [_read(tmp_path, t, f"{chr(97 + k)}.txt") for k, t in enumerate(texts)]
    by_source = {s.id: extract_claims(s) for s in sources}
    registry = extract_all(sources, by_source)
    return sources, [c for s in sources for c in by_source[s.id]], registry


def _knowledge(tmp_path, text: str):
    _, claims, _ = _run(tmp_path, text)
    # the actor as the text names it: "Police" at a sentence's start is the police
    return [(f.actor.lower(), f.polarity) for c in claims for f in c.facts if f.kind == "knowledge"]


# -- who knew what, in the general constructions of both languages -------------------------

KNOWLEDGE = [
    ("The chief said he did not know how many officers were there.", "chief", "negative"),
    ("Neighbours said they had heard nothing.", "Neighbours", "negative"),
    ("Police said two men were shot on Main Street. No motive was immediately known.", "police", "negative"),
    ("A council member who was briefed by the police said the shooting was gang-related.", "council member", "positive"),
    ("John Smith found out on social media that his son had been shot.", "John Smith", "positive"),
    ("“We don't know yet what happened,” the sheriff said.", "sheriff", "negative"),
    ("Police say they were alerted to a shooting at 12:03 a.m.", "Police", "positive"),
    ("Witnesses told deputies that the rifle went off.", "deputies", "positive"),
    ("Police said the child was unfamiliar with how the laser worked.", "child", "negative"),
    ("No one in the shop knew the man.", "No one in the shop", "negative"),
    ("De wethouder zegt op de hoogte te zijn van de klachten.", "wethouder", "positive"),
    ("De raad was niet ingelicht over de afspraak.", "raad", "negative"),
    ("De moeder kreeg te horen dat haar zoon was aangehouden.", "moeder", "positive"),
    ("Volgens de politie is het motief nog onduidelijk.", "politie", "negative"),
    ("Door de bestanden te kraken, ontdekte de verdediging dat passages waren verwijderd.", "verdediging", "positive"),
    ("De Hond: ,,Politie en OM hadden waarschijnlijk geen idee dat dit materiaal op de cd-rom stond.''",
     "Politie en OM", "negative"),
    ("Burgemeester Pauline Krikke schreef gisteren aan de gemeenteraad dat de bedragen verkeerd waren ingelezen.",
     "gemeenteraad", "positive"),
]


@pytest.mark.parametrize("text,actor,polarity", KNOWLEDGE)
def test_knowledge_in_general_constructions(tmp_path, text, actor, polarity):
    assert (actor.lower(), polarity) in _knowledge(tmp_path, text)


def test_a_quote_is_known_by_its_speaker_across_sentences(tmp_path):
    text = ("Investigators believe that Long acted alone. \"At this point we know he was the only shooter,\" "
            "Edwards said. \"At this point we don't have enough information to say that he did.\"")
    _, claims, _ = _run(tmp_path, "Gov. John Bel Edwards spoke on Sunday.\n\n" + text)
    got = [(f.actor, f.polarity, f.actor_from) for c in claims for f in c.facts if f.kind == "knowledge"]
    assert ("John Bel Edwards", "positive", "speaker") in got
    assert ("John Bel Edwards", "negative", "speaker") in got


def test_an_unnamed_not_knowing_says_it_was_not_named(tmp_path):
    # the motive "not immediately clear" to no one the sentence names: the body the source quotes
    _, claims, _ = _run(tmp_path, "A man was shot on Friday, police said. The motive was not immediately clear.")
    (f,) = [f for c in claims for f in c.facts if f.kind == "knowledge"]
    assert (f.actor, f.polarity) == ("police", "negative") and f.actor_from in ("source", "investigators")


def test_managing_to_and_announcing_are_no_knowing(tmp_path):
    assert _knowledge(tmp_path, "Toch wisten twee inzittenden hun ongeluk te overleven.") == []
    assert _knowledge(tmp_path, "De gemeente liet weten dat het onderzoek is afgerond.") == []
    assert _knowledge(tmp_path, "De foto's laten zien dat er vingerafdrukken op het mes zaten.") == []


def test_one_actor_knowing_and_not_knowing_in_two_sources_is_a_knowledge_conflict(tmp_path):
    sources, claims, _ = _run(
        tmp_path,
        "Wethouder Jan de Vries was niet ingelicht over de afspraak met de projectontwikkelaar.",
        "Wethouder Jan de Vries was al in maart ingelicht over de afspraak met de projectontwikkelaar.")
    (f,) = knowledge_findings(sources, claims)
    assert f.kind == "knowledge" and f.severity == "conflict"
    assert "Jan de Vries" in f.message and len({c.split("#")[0] for c in f.claims}) == 2
    # about another thing: no conflict
    sources, claims, _ = _run(tmp_path, "Wethouder Jan de Vries was niet ingelicht over de afspraak.",
                              "Wethouder Jan de Vries was ingelicht over de begroting van volgend jaar.")
    assert knowledge_findings(sources, claims) == []


# -- who said it ---------------------------------------------------------------------------

ATTRIBUTIONS = [
    ("Police said the child was unfamiliar with the gun.", "Police said the child", "Police", False),
    ("The victim was 17, police said.", "The victim was 17", "police", False),
    ("“I don’t know what went wrong,” Victoria Johnson said.", "I don’t know", "Victoria Johnson", True),
    ("Volgens de politie was de man onder invloed.", "was de man", "politie", False),
    ("„Ik wist er niets van”, zegt wethouder Laurens Ivens.", "Ik wist", "Laurens Ivens", True),
    ("Dat zegt opiniemaker Maurice de Hond.", "Dat zegt", "Maurice de Hond", False),
]


@pytest.mark.parametrize("text,inside,speaker,quoted", ATTRIBUTIONS)
def test_each_claim_carries_who_says_it(tmp_path, text, inside, speaker, quoted):
    _, claims, _ = _run(tmp_path, text)
    c = next(c for c in claims if inside in c.text)
    assert c.attribution is not None and c.attribution.speaker == speaker and c.attribution.quoted == quoted
    assert c.attribution.text in text  # as written, at its span


def test_a_spokesperson_speaks_for_a_body(tmp_path):
    _, claims, _ = _run(tmp_path, "'Het toestel leek stabiel', aldus woordvoerder Maarten Steinkamp van de brandweer.")
    a = claims[0].attribution
    assert (a.speaker, a.org) == ("Maarten Steinkamp", "brandweer")


# -- people --------------------------------------------------------------------------------

def _people(tmp_path, text: str) -> dict:
    return PeopleRegistry.build([_read(tmp_path, text)]).people


def test_people_are_names_not_credits_pages_or_placeholders(tmp_path):
    people = _people(tmp_path, (
        "By Laura Bult\n\nDeputy Nick Tullier was critically wounded, said Sheriff Sid Gautreaux. A Facebook page, "
        "Nick Tullier Strong, collects messages. Officer Matthew Gerald's funeral is on Friday.\n\nA third victim, a "
        "John Doe, was taken to a hospital. Police spokesman Cpl. L’Jean McKneely said the shooter was dead. The "
        "scene on Sunday, Nov 24, 2016, in Albany, N.Y. (Cindy Schultz / Times Union) Police are investigating."))
    assert {"Nick Tullier", "Sid Gautreaux", "Matthew Gerald", "L’Jean McKneely"} <= set(people)
    assert not {"Laura Bult", "Nick Tullier Strong", "John Doe", "Cindy Schultz"} & set(people)
    assert "corporal" in people["L’Jean McKneely"].roles


def test_dutch_people_roles_scope_and_anonymised_suspects(tmp_path):
    text = ("De politie heeft atletiektrainer Jerry M. aangehouden. M. zou meisjes hebben misbruikt, meldt het OM. "
            "Pieke de Zwart, algemeen directeur van de Atletiekunie, is geschrokken. Vicepremier Hugo de Jonge en "
            "oud-premier Jan Peter Balkenende reageerden. Volgens Van der Staaij is het een schande.")
    sources, claims, registry = _run(tmp_path, "Kamerlid Kees van der Staaij zegt dit.\n\n" + text)
    people = registry.people
    assert people["Pieke de Zwart"].roles == ["directeur"] and people["Pieke de Zwart"].orgs == ["Atletiekunie"]
    assert people["Hugo de Jonge"].roles == ["vicepremier"]  # not the premier
    assert "Jerry M." in people
    mentions = [(f.text, f.value) for c in claims for f in c.facts if f.kind == "person"]
    assert ("M.", "Jerry M.") in mentions  # the initial alone is the same suspect
    assert any(v == "Kees van der Staaij" and "Van der Staaij" in t for t, v in mentions)


# -- names spelled differently -------------------------------------------------------------

@pytest.mark.parametrize("a,b", [("Kowalski", "Kowalsky"), ("Katherine", "Catherine"), ("Mohammed", "Muhammad"),
                                 ("Geert", "Gert"), ("Garafola", "Garafalo"), ("Ivens", "Ievens"), ("Gaïd", "Gaed")])
def test_spelling_variants(a, b):
    assert variant(a, b)


@pytest.mark.parametrize("a,b", [("Gaïd", "Gaid"), ("John’s", "Johns"), ("Smith", "Jones"), ("CDA", "CDU"),
                                 ("Jan", "Jen")])
def test_not_spelling_variants(a, b):
    assert not variant(a, b)


def test_a_name_spelled_differently_across_sources_is_a_conflict_saying_who_writes_what(tmp_path):
    sources, claims, registry = _run(
        tmp_path,
        "Legerleider Ahmed Gaïd Salah schaarde zich achter de demonstranten. Gaïd Salah eiste het vertrek van de president.",
        "Luitenant-generaal Ahmed Gaed Salah wilde met zijn eis de onrust bezweren, aldus Gaed Salah.")
    (f,) = [f for f in name_findings(sources, claims, registry) if f.severity == "conflict"]
    assert f.kind == "name" and "Gaïd Salah" in f.values["a"] and "Gaed Salah" in f.values["b"]
    assert "a writes" in f.message and "b writes" in f.message


def test_different_people_who_share_a_surname_are_no_variant(tmp_path):
    sources, claims, registry = _run(
        tmp_path,
        "Ariyanna Smith, 3, was shot in a car. Her mother, Dineshia Smith, said the man flagged them down.",
        "Takerehara Smith, a cousin, said the family was praying. Neighbour Elisha Rushing said she heard shots.")
    assert name_findings(sources, claims, registry) == []


def test_one_source_writing_a_name_two_ways_gets_a_note(tmp_path):
    sources, claims, registry = _run(
        tmp_path, "Wilta's mother Miatta Teage, 39, was inconsolable. Teague knew that her daughter had a sleepover.")
    notes = name_findings(sources, claims, registry)
    assert [(f.severity, f.kind) for f in notes] == [("note", "name")]
    assert "Teage" in notes[0].message and "Teague" in notes[0].message


# -- the gate: a draft's misspelled name is contradicted with the sources' spelling ---------

@pytest.mark.parametrize("sources,draft,wrong,right", [
    (["De Amsterdamse wethouder Laurens Ivens is maandag opgestapt na klachten over zijn gedrag.",
      "Wethouder Ivens legt per direct zijn functie neer. Volgens Ivens waren de klachten terecht."],
     "Ievens zegt dat de klachten terecht waren. Wethouder Ievens is maandag opgestapt.", "Ievens", "Ivens"),
    (["Deputy Brad Garafola of the East Baton Rouge Parish Sheriff's Office was killed on Sunday.",
      "Sheriff's Deputy Brad Garafola, 45, died at the scene. Garafola had served for 24 years."],
     "Garafalo had served for 24 years. Deputy Brad Garafalo, 45, was killed on Sunday.", "Garafalo", "Garafola"),
])
def test_gate_contradicts_a_misspelled_name(tmp_path, cache_dir, sources, draft, wrong, right):
    paths = []
    for k, text in enumerate(sources):
        p = tmp_path / f"source{k}.txt"
        p.write_text(text + "\n", encoding="utf-8")
        paths += ["--against", str(p)]
    d = tmp_path / "draft.txt"
    d.write_text(draft + "\n", encoding="utf-8")
    r = runner.invoke(app, ["check", str(d), *paths])
    assert r.exit_code == 1, r.output
    assert "contradicted" in r.output and wrong in r.output and right in r.output
    # every sentence that misspells the name is contradicted, not only the one a source aligns with
    assert "2 contradicted" in r.output, r.output


def test_a_role_after_a_copula_or_as_and_a_descriptor_before_a_given_name(tmp_path):
    people = _people(tmp_path, (
        "Het hoofdkantoor staat in het Deense Herning, waar Stefaan Florquin als ceo de scepter zwaait. "
        "Oprichter van het bedrijf is de Deen Dennis Andersen, die nog altijd bij het bedrijf betrokken is."))
    assert people["Stefaan Florquin"].roles == ["ceo"]
    assert people["Dennis Andersen"].roles == ["oprichter"] and "Deen Dennis Andersen" not in people
    people = _people(tmp_path, "The husband has been identified as firefighter Steven Dolan and the wife is Brenda Dolan.")
    assert "wife" in people["Brenda Dolan"].roles
    # a copula after a word that is no role gives none
    assert _people(tmp_path, "De winnaar is Jan Jansen, zei de jury.")["Jan Jansen"].roles == []
