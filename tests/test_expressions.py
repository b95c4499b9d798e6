"""Table-driven: Dutch and English expressions with their expected normalised values.
Together with tests/test_facts.py these are well over 120 expressions, half of each language."""
import pytest

from compare.facts.dates import extract_dates
from compare.facts.numbers import extract_numbers

# text, language, publication date, expected value, precision, modifier
MORE_DATES = [
    ("op 1 januari 2022", "nl", None, "2022-01-01", "day", None),
    ("31 december 2020", "nl", None, "2020-12-31", "day", None),
    ("op 3 maart", "nl", "2021-07", "2021-03-03", "day", None),
    ("zaterdag 2 oktober", "nl", "2021-10-05", "2021-10-02", "day", None),
    ("in juni 2019", "nl", None, "2019-06", "month", None),
    ("vorige week", "nl", "2021-07-07", "2021-W26", "week", None),
    ("volgende maand", "nl", "2021-07-05", "2021-08", "month", None),
    ("vorig jaar", "nl", "2021-07", "2020", "year", None),
    ("dit jaar", "nl", "2021-07", "2021", "year", None),
    ("volgend jaar", "nl", "2021-07", "2022", "year", None),
    ("eind dit jaar", "nl", "2021-07", "2021", "year", "end"),
    ("half juli", "nl", "2021-08-02", "2021-07", "month", "mid"),
    ("eind juni", "nl", "2021-07-05", "2021-06", "month", "end"),
    ("begin 2021", "nl", None, "2021", "year", "begin"),
    ("in het voorjaar van 2019", "nl", None, "2019-03/2019-06", "season", None),
    ("afgelopen zomer", "nl", "2021-10", "2021-06/2021-09", "season", None),
    ("gisteren", "nl", "2021-07-05", "2021-07-04", "day", None),
    ("eergisteren", "nl", "2021-07-05", "2021-07-03", "day", None),
    ("vandaag", "nl", "2021-07-05", "2021-07-05", "day", None),
    ("afgelopen vrijdag", "nl", "2021-07-05", "2021-07-02", "day", None),
    ("twee weken geleden", "nl", "2021-07-15", "2021-07-01", "day", None),
    ("drie maanden geleden", "nl", "2021-07", "2021-04", "month", None),
    ("voor 2010", "nl", None, "2010", "year", "before"),
    ("na 2015", "nl", None, "2015", "year", "after"),
    ("5-7-2021", "nl", None, "2021-07-05", "day", None),
    ("July 4, 2016", "en", None, "2016-07-04", "day", None),
    ("on March 3", "en", "2016-05-01", "2016-03-03", "day", None),
    ("Friday, Oct. 2", "en", "2015-10-05", "2015-10-02", "day", None),
    ("in June 2019", "en", None, "2019-06", "month", None),
    ("last week", "en", "2021-07-07", "2021-W26", "week", None),
    ("next month", "en", "2021-07-05", "2021-08", "month", None),
    ("last year", "en", "2021-07", "2020", "year", None),
    ("this year", "en", "2021-07", "2021", "year", None),
    ("early 2021", "en", None, "2021", "year", "begin"),
    ("late 2020", "en", None, "2020", "year", "end"),
    ("mid-July", "en", "2021-08-02", "2021-07", "month", "mid"),
    ("in the spring of 2019", "en", None, "2019-03/2019-06", "season", None),
    ("last summer", "en", "2021-10", "2020-06/2020-09", "season", None),
    ("today", "en", "2016-03-02", "2016-03-02", "day", None),
    ("tomorrow", "en", "2016-03-02", "2016-03-03", "day", None),
    ("last Friday", "en", "2016-03-02", "2016-02-26", "day", None),
    ("two weeks ago", "en", "2016-03-15", "2016-03-01", "day", None),
    ("since 2014", "en", None, "2014", "year", "since"),
    ("before 2010", "en", None, "2010", "year", "before"),
    ("7/4/2016", "en", None, "2016-07-04", "day", None),
    ("later this year", "en", "2021-07", "2021", "year", "after"),
]


@pytest.mark.parametrize("text,lang,published,value,precision,modifier", MORE_DATES)
def test_more_dates(text, lang, published, value, precision, modifier):
    facts = extract_dates(text, 0, published, lang)
    assert facts, f"no date in {text!r}"
    f = facts[0]
    assert (f.value, f.precision, f.modifier) == (value, precision, modifier)


MORE_NUMBERS = [
    ("ten minste 12 slachtoffers", "nl", "count", 12, "slachtoffer", "at_least"),
    ("meer dan 200 woningen", "nl", "count", 200, "woning", "more_than"),
    ("ongeveer 50 agenten", "nl", "count", 50, "agent", "about"),
    ("zo'n dertig demonstranten", "nl", "count", 30, "demonstrant", "about"),
    ("circa 1.500 bezoekers", "nl", "count", 1500, "bezoeker", "about"),
    ("maximaal vier jaar", "nl", "duration", 4, "jaar", "at_most"),
    ("hooguit 10 procent", "nl", "percent", 10, "%", "at_most"),
    ("1,5 miljard euro", "nl", "money", 1500000000, "EUR", None),
    ("2,3 procent", "nl", "percent", 2.3, "%", None),
    ("veertig minuten", "nl", "duration", 40, "minuut", None),
    ("honderd meter", "nl", "count", 100, "meter", None),
    ("driehonderd bezoekers", "nl", "count", 300, "bezoeker", None),
    ("vijfenveertig jaar", "nl", "duration", 45, "jaar", None),
    ("een 25-jarige ambtenaar", "nl", "age", 25, "jaar", None),
    ("20 tot 27 jaar", "nl", "duration", {"low": 20, "high": 27}, "jaar", None),
    ("twee derde van de kiezers", "nl", "number", 2 / 3, None, None),
    ("€ 800 per maand", "nl", "money", 800, "EUR", None),
    ("drie weken", "nl", "duration", 3, "week", None),
    ("zeventien slachtoffers", "nl", "count", 17, "slachtoffer", None),
    ("minder dan 5 dagen", "nl", "duration", 5, "dag", "less_than"),
    ("nearly 40 people", "en", "count", 40, "people", "nearly"),
    ("up to 10 years", "en", "duration", 10, "year", "at_most"),
    ("approximately 300 residents", "en", "count", 300, "resident", "about"),
    ("fewer than 20 officers", "en", "count", 20, "officer", "less_than"),
    ("$1,200", "en", "money", 1200, "USD", None),
    ("£3 million", "en", "money", 3000000, "GBP", None),
    ("25 percent", "en", "percent", 25, "%", None),
    ("forty-five minutes", "en", "duration", 45, "minute", None),
    ("two hours", "en", "duration", 2, "hour", None),
    ("a 17-year-old boy", "en", "age", 17, "year", None),
    ("aged 34", "en", "age", 34, "year", None),
    ("between 10 and 20 shots", "en", "count", {"low": 10, "high": 20}, "shot", None),
    ("12 victims", "en", "count", 12, "victim", None),
    ("seven suspects", "en", "count", 7, "suspect", None),
    ("1.5 million dollars", "en", "money", 1500000, "USD", None),
    ("about 2,000 students", "en", "count", 2000, "student", "about"),
    ("eleven children", "en", "count", 11, "child", None),
    ("ninety days", "en", "duration", 90, "day", None),
    ("30 years old", "en", "age", 30, "year", None),
    ("one woman was injured", "en", "count", 1, "woman", None),
]


@pytest.mark.parametrize("text,lang,kind,value,unit,qualifier", MORE_NUMBERS)
def test_more_numbers(text, lang, kind, value, unit, qualifier):
    facts = [f for f in extract_numbers(text, 0, lang) if f.kind != "ordinal"]
    assert facts, f"no number in {text!r}"
    f = facts[0]
    got = f.json_value() if not isinstance(f.json_value(), float) else round(f.json_value(), 3)
    want = value if not isinstance(value, float) else round(value, 3)
    assert (f.kind, got, f.unit, f.qualifier) == (kind, want, unit, qualifier)


@pytest.mark.parametrize("text,lang", [
    ("Een van de agenten raakte gewond.", "nl"),
    ("Hij kreeg een boete.", "nl"),
    ("Zij had één doel: de waarheid.", "nl"),  # "één" with a noun is a count; see below
    ("It was one of those days.", "en"),
    ("No one was hurt.", "en"),
    ("They met in the 1990s.", "en"),
])
def test_more_tricky_sentences(text, lang):
    facts = [f for f in extract_numbers(text, 0, lang) if f.kind in ("count", "number") and f.value != 1]
    assert facts == []


def test_weekday_with_day_and_month_fixes_the_year():
    (f,) = extract_dates("on Saturday, Sept. 12", 0, "2016-09-14", "en")
    assert f.value == "2015-09-12"  # 12 September was a Saturday in 2015, not in 2016


def test_saturday_night_reaches_into_sunday():
    (sat,) = extract_dates("Saturday night", 0, "2015-04-20", "en")
    (sun,) = extract_dates("Sunday morning", 0, "2015-04-20", "en")
    assert sat.ranges[0][1] >= sun.ranges[0][0]


def test_street_block_is_an_address_not_a_count():
    assert extract_numbers("in the 600 block of Main Street", 0, "en") == []


@pytest.mark.parametrize("text", ["the shooting broke out about 2 p.m. on Main Street", "a vigil at 6 pm Sunday"])
def test_time_of_day_is_not_a_count(text):
    # GVC: "about 2 p.m." and "6 p.m." were once read as counts of "p" and reported as a conflict
    assert [f for f in extract_numbers(text, 0, "en") if f.kind in ("count", "number")] == []


KNOWLEDGE = [
    # text, language, actor, polarity
    ("Erik Flentge wist niets van het onderzoek.", "nl", "Erik Flentge", "negative"),
    ("Erik Flentge wist van het onderzoek.", "nl", "Erik Flentge", "positive"),
    ("Erik Flentge was zich niet bewust van de klachten.", "nl", "Erik Flentge", "negative"),
    ("Burgemeester Anna de Wit heeft Erik Flentge op de hoogte gesteld.", "nl", "Erik Flentge", "positive"),
    ("Erik Flentge werd gewaarschuwd door burgemeester Anna de Wit.", "nl", "Erik Flentge", "positive"),
    ("Burgemeester Anna de Wit informeerde Erik Flentge over de zaak.", "nl", "Erik Flentge", "positive"),
    ("De klachten kwamen binnen bij burgemeester Anna de Wit.", "nl", "Anna de Wit", "positive"),
    ("Erik Flentge was niet op de hoogte van de meldingen.", "nl", "Erik Flentge", "negative"),
    ("Mayor John Smith knew about the complaints.", "en", "John Smith", "positive"),
    ("Mayor John Smith did not know about the complaints.", "en", "John Smith", "negative"),
    ("Mayor John Smith was unaware of the investigation.", "en", "John Smith", "negative"),
    ("Mayor John Smith was told about the shooting on Monday.", "en", "John Smith", "positive"),
    ("Mayor John Smith had been warned by Chief Mary Jones.", "en", "John Smith", "positive"),
    ("Chief Mary Jones informed Mayor John Smith of the arrest.", "en", "John Smith", "positive"),
]


@pytest.mark.parametrize("text,lang,actor,polarity", KNOWLEDGE)
def test_knowledge_statements(tmp_path, text, lang, actor, polarity):
    from compare.claims import extract_claims
    from compare.facts import extract_all
    from compare.ingest import read_source

    p = tmp_path / "a.txt"
    p.write_text(text + "\n", encoding="utf-8")
    s = read_source(p)
    claims = extract_claims(s)
    extract_all([s], {s.id: claims})
    got = [(f.actor, f.polarity) for c in claims for f in c.facts if f.kind == "knowledge"]
    assert (actor, polarity) in got


ENGLISH_MORE = [
    ("on Sept. 12, 2015", "en", None, "2015-09-12", "day", None),
    ("Dec. 25", "en", "2016-01-03", "2015-12-25", "day", None),
    ("in January", "en", "2016-03-01", "2016-01", "month", None),
    ("since March", "en", "2016-05-01", "2016-03", "month", "since"),
    ("in the winter of 2014", "en", None, "2014-12/2015-03", "season", None),
    ("this summer", "en", "2016-08-01", "2016-06/2016-09", "season", None),
    ("next week", "en", "2021-07-07", "2021-W28", "week", None),
    ("three months ago", "en", "2021-07", "2021-04", "month", None),
    ("in 2012", "en", None, "2012", "year", None),
    ("after 2015", "en", None, "2015", "year", "after"),
]


@pytest.mark.parametrize("text,lang,published,value,precision,modifier", ENGLISH_MORE)
def test_english_dates_more(text, lang, published, value, precision, modifier):
    f = extract_dates(text, 0, published, lang)[0]
    assert (f.value, f.precision, f.modifier) == (value, precision, modifier)


ENGLISH_NUMBERS_MORE = [
    ("more than 100 rounds", "en", "count", 100, "round", "more_than"),
    ("nearly 2,500 residents", "en", "count", 2500, "resident", "nearly"),
    ("a $10,000 reward", "en", "money", 10000, "USD", None),
    ("six months", "en", "duration", 6, "month", None),
    ("fifteen officers", "en", "count", 15, "officer", None),
    ("at most 3 suspects", "en", "count", 3, "suspect", "at_most"),
    ("roughly 40 percent", "en", "percent", 40, "%", "about"),
    ("half a million dollars", "en", "money", 500000, "USD", None),
    ("two dozen officers", "en", "count", 24, "officer", None),
    ("eight shots", "en", "count", 8, "shot", None),
]


@pytest.mark.parametrize("text,lang,kind,value,unit,qualifier", ENGLISH_NUMBERS_MORE)
def test_english_numbers_more(text, lang, kind, value, unit, qualifier):
    f = [f for f in extract_numbers(text, 0, lang) if f.kind != "ordinal"][0]
    assert (f.kind, f.json_value(), f.unit, f.qualifier) == (kind, value, unit, qualifier)


# A day or month a few weeks after publication, without a year, is upcoming (settings.facts.upcoming_days)
UPCOMING = [
    ("dat hij nog voor 28 april zijn functie neerlegt", "nl", "2019-04-02", "2019-04-28", "before"),
    ("Uiterlijk 1 mei moet hij een verklaring sturen.", "nl", "2019-04-04", "2019-05-01", "by"),
    ("He's due back in court on May 29.", "en", "2013-03-30", "2013-05-29", None),
    ("Brown is due back in court in May.", "en", "2013-03-31", "2013-05", None),
    ("His preliminary hearing was scheduled for January 25.", "en", "2016-01-20", "2016-01-25", None),
    # a bare month in the past tense is last year's; a day far ahead is last year's too
    ("In January, he was booked on felony evading arrest.", "en", "2016-11-18", "2016-01", None),
    ("Op 28 april werd hij benoemd.", "nl", "2019-08-02", "2019-04-28", None),
    ("Op 28 september werd hij benoemd.", "nl", "2019-04-02", "2018-09-28", None),
]


@pytest.mark.parametrize("text,lang,published,value,modifier", UPCOMING)
def test_a_date_shortly_ahead_is_upcoming(text, lang, published, value, modifier):
    (f,) = extract_dates(text, 0, published, lang)
    assert (f.value, f.modifier) == (value, modifier)


def test_a_bound_day_allows_only_the_days_before_or_after_it():
    (before,) = extract_dates("nog voor 28 april", 0, "2019-04-02", "nl")
    (on,) = extract_dates("op 28 april", 0, "2019-04-02", "nl")
    (by,) = extract_dates("uiterlijk 28 april", 0, "2019-04-02", "nl")
    assert before.text == "nog voor 28 april" and before.ranges[-1][1] == "2019-04-27"
    assert before.compatible(on).outcome == "conflict" and by.compatible(on).outcome == "agree" or by.compatible(on).outcome == "compatible"
    # a bare Dutch "voor" is also "for"; a day that names an event is no bound
    assert extract_dates("de deadline voor 28 april", 0, "2019-04-02", "nl")[0].modifier is None
    assert extract_dates("after the May 3 shooting", 0, "2019-06-01", "en")[0].modifier is None
    assert extract_dates("after May 3's shooting", 0, "2019-06-01", "en")[0].modifier is None


def test_a_capitalised_article_is_nobody_s_name():
    (f,) = [f for f in extract_numbers("The 34-year-old was charged with assault.", 0, "en") if f.kind == "age"]
    assert f.value == 34 and f.of_whom is None
    (f,) = [f for f in extract_numbers("De 36-jarige werd aangehouden.", 0, "nl") if f.kind == "age"]
    assert f.value == 36 and f.of_whom is None
    (f,) = [f for f in extract_numbers("Douglas Trey Winslow, 17, died.", 0, "en") if f.kind == "age"]
    assert f.of_whom == "Douglas Trey Winslow"


def test_a_day_of_that_year_is_not_read_against_the_publication_date():
    (f,) = extract_dates("Op 28 maart van dat jaar zou de klok voor het laatst vooruit worden gezet.", 0, "2019-03-05", "nl")
    assert not f.resolved and f.value is None
    (f,) = extract_dates("He was arrested on March 3 of that year.", 0, "2019-03-05", "en")
    assert not f.resolved


@pytest.mark.parametrize("text,lang,published,value", [
    ("Zo wil de groep zondag flyeren bij de kerk.", "nl", "2019-03-08", "2019-03-10"),  # wants to: ahead
    ("De stafchef riep Bouteflika gisteravond op te vertrekken.", "nl", "2019-04-03", "2019-04-02"),
    ("De Kamer debatteert vanavond over de aandelenkoop.", "nl", "2019-03-06", "2019-03-06"),
    ("Dat muntje stamt uit 1543.", "nl", "2019-04-04", "1543"),
    ("Police say he won’t be able to get them back until Monday.", "en", "2016-11-24", "2016-11-28"),
    ("Classes are set to resume Wednesday after the shooting.", "en", "2016-10-18", "2016-10-19"),
    ("WMBF News spoke with the Mayor on Monday; the city has plans to change the rules.", "en", "2014-05-25", "2014-05-19"),
])
def test_deictic_days_and_future_intent(text, lang, published, value):
    (f,) = extract_dates(text, 0, published, lang)
    assert f.value == value


def test_a_street_type_written_small_names_a_street_only_after_a_number():
    from compare.facts.places import extract_places

    assert extract_places("Either way, the bar will stay closed.", 0, "en") == []
    assert extract_places("He faces a judge in Davidson County court on Monday.", 0, "en") == []
    (p,) = extract_places("It happened at 77 Central Ave. in Albany.", 0, "en")
    assert (p.street, p.number) == ("Central", "77")
    (p,) = extract_places("Police were called to the 100 block of Clinton avenue.", 0, "en")
    assert p.street == "Clinton" and (p.low, p.high) == (100, 199)
