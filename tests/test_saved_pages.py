"""Saved web pages (.html): the article text as trafilatura extracts it (compare/ingest.py
article_page), with the page's title and date; the page in tests/data/pages is hand-written."""
from pathlib import Path

from compare.claims import extract_claims
from compare.ingest import body_stretches, read_source

PAGE = Path(__file__).parent / "data" / "pages" / "brug-dicht.html"

# the article's paragraphs, as the page holds them (entities decoded)
BODY = [
    "De brug over de Vaart in Oostwijk gaat vanaf maandag drie maanden dicht voor al het verkeer. "
    "Inspecteurs vonden vorige week scheuren in twee pijlers, meldt de gemeente.",
    "Volgens wethouder Anouk Verbeek is de brug niet direct onveilig. ,,We nemen geen enkel risico met een brug "
    "waar dagelijks vierduizend auto's overheen rijden,'' zei ze donderdag.",
    "Automobilisten moeten omrijden via de Noorderweg, wat volgens de gemeente ongeveer tien minuten extra kost. "
    "Fietsers en voetgangers kunnen gebruikmaken van een tijdelijke pont die elk kwartier vaart.",
    "De reparatie kost naar schatting 1,2 miljoen euro. De gemeenteraad moet het geld nog vrijmaken; "
    "een besluit wordt op 25 mei verwacht.",
    "Ondernemers aan de Kade maken zich zorgen over de bereikbaarheid van hun winkels. ,,In de zomer verdienen "
    "wij het meeste geld,'' zegt bakker Ruud Hofman. ,,Drie maanden zonder brug kunnen we eigenlijk niet hebben.''",
    "De brug werd in 1968 gebouwd en is in 2009 voor het laatst grondig opgeknapt.",
]
# cookie banner, byline, caption and credit, the inline "Lees ook" box, share buttons,
# newsletter box, related stories and their teasers, comments, footer
FURNITURE = ["cookies", "Lotte Smeets", "gezien vanaf de Kade", "Mila de Groot", "Lees ook", "pontje",
             "Delen op Facebook", "Blijf op de hoogte", "in je mailbox", "Weekmarkt", "andere kant van het spoor",
             "reünie", "Schuurbrand", "Reacties", "jaren geleden al", "prima oplossing", "Alle rechten"]


def _body(source) -> str:
    return "\n".join(source.text[a:b] for a, b in body_stretches(source.text, source.segments, source.body_start))


def test_saved_page_yields_the_article_and_no_site_furniture():
    s = read_source(PAGE)
    body = _body(s)
    # every paragraph, also those after the "Lees ook" box in the middle of the article
    for paragraph in BODY:
        assert paragraph in body, paragraph
    for furniture in FURNITURE:
        assert furniture not in body, furniture
    claims = extract_claims(s)
    assert any("1,2 miljoen euro" in c.text for c in claims)
    for c in claims:
        assert s.text[c.start:c.end] == c.text  # offsets point into the source's text
        assert any(c.text in paragraph for paragraph in BODY), c.text  # no claim from furniture


def test_saved_page_title_and_date_come_from_its_markup():
    s = read_source(PAGE)
    assert s.title == "Brug over de Vaart drie maanden dicht na vondst van scheuren"  # without the site's name
    assert (s.published, s.published_from) == ("2023-05-12", "page metadata")


def test_saved_page_date_is_never_guessed_from_its_text(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<html><head><title>Schietpartij</title></head><body><article>"
                    "<p>Op 2 augustus 2015 opende een man het vuur op een groep mensen, zei de politie.</p>"
                    "<p>De gewonden werden naar het ziekenhuis gebracht.</p></article></body></html>", encoding="utf-8")
    s = read_source(page)
    assert s.published is None and s.published_from is None
    assert "De gewonden werden naar het ziekenhuis gebracht." in s.text


def test_page_trafilatura_cannot_read_is_read_by_our_own_reader(tmp_path):
    # nesting deeper than lxml parses: trafilatura returns nothing, the page's text is still read
    page = tmp_path / "deep.html"
    page.write_text("<div>" * 3000 + "<p>De wethouder is maandag opgestapt na vier klachten.</p>" + "</div>" * 3000,
                    encoding="utf-8")
    s = read_source(page)
    assert [c.text for c in extract_claims(s)] == ["De wethouder is maandag opgestapt", "na vier klachten."]
