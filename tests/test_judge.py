"""Verdicts on pairs of claims written for the purpose, Dutch and English."""
from compare.facts.dates import extract_dates
from compare.facts.numbers import extract_numbers
from compare.judge import compare_claims
from compare.model import Claim


def claim(cid, source, text, published="2021-07", lang="nl"):
    c = Claim(id=cid, source=source, start=0, end=len(text), text=text, sentence=0)
    dates = extract_dates(text, 0, published, lang)
    c.facts = dates + extract_numbers(text, 0, lang, skip=[(f.start, f.end) for f in dates])
    return c


def kinds(a, b, severity="conflict", lang="nl"):
    pair = claim("a#1", "a", a, lang=lang), claim("b#1", "b", b, lang=lang)
    return sorted(f.kind for f in compare_claims(*pair) if f.severity == severity)


def test_hedged_count_is_compatible():
    assert kinds("Er waren minstens vier formele klachten.", "Er waren vier formele klachten.") == []


def test_rounded_duration_is_compatible():
    assert kinds("Hij was ruim vijftien jaar actief.", "Hij was 15 jaar actief.") == []


def test_different_counts_conflict_and_quote_both_values():
    (f,) = [f for f in compare_claims(claim("a#1", "a", "Vier vrouwelijke ambtenaren dienden een klacht in."),
                                      claim("b#1", "b", "Zes vrouwelijke ambtenaren dienden een klacht in."))
            if f.severity == "conflict"]
    assert f.kind == "count" and f.values == {"a": "Vier vrouwelijke ambtenaren", "b": "Zes vrouwelijke ambtenaren"}
    assert "Count differs" in f.message and f.fingerprint.startswith("sha1-")


def test_precision_is_not_a_conflict():
    assert kinds("In 2020 kwamen vijf signalen binnen.", "In het najaar van 2020 kwamen vijf signalen binnen.") == []


def test_range_containing_value_is_compatible():
    assert kinds("Huren tussen 800 tot 1.000 euro per maand.", "Huren van 900 euro per maand.") == []


def test_weekday_and_part_of_day_are_compatible():
    assert kinds("The man was shot on Saturday.", "The man was shot on Saturday night.", lang="en") == []


def test_dates_that_cannot_overlap_conflict():
    assert kinds("Hij werd in 2019 gewaarschuwd.", "Hij werd vorige maand gewaarschuwd.") == ["date"]


def test_english_counts_conflict():
    assert kinds("Police said three people were injured.", "Police said five people were injured.", lang="en") == ["count"]


def test_fingerprint_is_stable_across_edits_elsewhere():
    a1 = compare_claims(claim("a#1", "a", "Vier ambtenaren klaagden."), claim("b#1", "b", "Zes ambtenaren klaagden."))
    a2 = compare_claims(claim("a#7", "a", "Volgens de krant: vier ambtenaren klaagden."), claim("b#3", "b", "Zes ambtenaren klaagden."))
    assert a1[0].fingerprint == a2[0].fingerprint


def test_ages_of_different_people_are_not_a_conflict():
    a = "A 23-year-old man and a 30-year-old man were taken to the hospital."
    b = "A 23-year-old man with a leg wound and a 30-year-old man were both taken to hospital."
    assert kinds(a, b, lang="en") == []
    assert kinds("The victim, 17-year-old Douglas Winslow, died.", "Police charged 22-year-old Rodney Patrick.", lang="en") == []


def test_age_of_the_same_person_differs():
    assert kinds("The victim, 17-year-old Douglas Winslow, died.", "The victim, 18-year-old Douglas Winslow, died.", lang="en") == ["age"]


def test_referentless_counts_are_not_compared():
    assert kinds("Four others were killed.", "Three other people were killed.", lang="en") == []


def test_before_a_day_against_on_that_day_conflicts():
    a = claim("a#1", "a", "Bouteflika heeft maandag laten weten dat hij nog voor 28 april zijn functie neerlegt.", "2019-04-02")
    b = claim("b#1", "b", "Bouteflika kondigde maandag al aan dat hij op 28 april zou vertrekken.", "2019-04-03")
    (f,) = [f for f in compare_claims(a, b) if f.severity == "conflict"]
    assert f.kind == "date" and "nog voor 28 april" in f.message
    c = claim("c#1", "c", "Bouteflika zei maandag dat hij uiterlijk 28 april vertrekt.", "2019-04-02")
    assert [f for f in compare_claims(c, b) if f.severity == "conflict"] == []


def test_the_same_period_named_twice_is_one_moment():
    a = claim("a#1", "a", "Hij had eerder deze maand laten weten dat hij niet meedoet aan de verkiezingen in april.", "2019-04-02")
    b = claim("b#1", "b", "Hij besloot vorige maand af te zien van de verkiezingen.", "2019-04-03")
    assert [f.kind for f in compare_claims(a, b) if f.severity == "conflict"] == ["date"]


def test_an_indefinite_article_counts_one_against_a_number_of_the_same_noun():
    a = claim("a#1", "a", "Bij een aanhouding door de politie werden dat weekend twee boa's neergehaald.")
    b = claim("b#1", "b", "Bij een aanhouding van de politie is tijdens het afzetten van de locatie een boa neergehaald.")
    (f,) = [f for f in compare_claims(a, b) if f.severity == "conflict"]
    assert f.kind == "count" and f.values == {"a": "twee boa's", "b": "een boa"}
    # other nouns, or an article before a noun no number counts, say nothing
    assert kinds("Twee boa's werden neergehaald.", "Een agent werd neergehaald.") == []
    assert kinds("Two men were shot on Friday.", "A woman was shot on Friday.", lang="en") == []
    assert kinds("Two men were shot on Friday.", "A man was shot on Friday.", lang="en") == ["count"]
    # only between claims aligned confidently: loosely related claims may count other people
    loose = compare_claims(claim("a#1", "a", "Two men were shot on Friday.", lang="en"),
                           claim("b#1", "b", "A man was shot on Friday.", lang="en"), confident=False)
    assert [f for f in loose if f.kind == "count"] == []


def test_counts_that_mark_a_point_in_a_run_are_not_compared():
    assert kinds("Het gaat erom dat we na 34 duels bovenaan staan.", "Ajax stond twee punten achter, na 27 duels.") == []
    assert kinds("After 12 games the team led the league.", "After 20 games the team was second.", lang="en") == []
    assert kinds("Ajax won 34 duels.", "Ajax won 27 duels.") == ["count"]


def _timed(cid, source, text, lang="nl"):
    from compare.facts.times import extract_times

    c = claim(cid, source, text, "2019-04-10", lang)
    c.facts += extract_times(text, 0, lang)
    return c


def test_times_of_day_in_confidently_aligned_claims():
    a = _timed("a#1", "a", "Om 18.00 uur komen de leiders van de lidstaten bij elkaar in Brussel.")
    b = _timed("b#1", "b", "Om 20.00 uur komen de leiders van de lidstaten bij elkaar in Brussel.")
    (f,) = [f for f in compare_claims(a, b) if f.severity == "conflict"]
    assert f.kind == "time" and f.values == {"a": "18.00 uur", "b": "20.00 uur"}
    assert [f for f in compare_claims(a, b, confident=False) if f.kind == "time"] == []
    # "vanavond" holds 20.00; an article's timestamp is no event's time
    c = _timed("c#1", "c", "De leiders van de lidstaten komen vanavond bij elkaar in Brussel.")
    assert [f.severity for f in compare_claims(b, c) if f.kind == "time"] == ["note"]
    d = _timed("d#1", "d", "UPDATE @ 5:30 p.m.: Police released footage of the chase.", "en")
    e = _timed("e#1", "e", "Police released footage of the chase early in the morning.", "en")
    assert [f for f in compare_claims(d, e) if f.kind == "time"] == []


def test_dates_of_an_event_that_happens_once_are_compared_in_loosely_aligned_claims():
    a = claim("a#1", "a", "Hij had eerder deze maand al laten weten dat hij niet zou meedoen aan de verkiezingen.", "2019-04-02")
    b = claim("b#1", "b", "Na massale protesten besloot hij vorige maand af te zien van een nieuwe termijn.", "2019-04-03")
    assert [f.kind for f in compare_claims(a, b, confident=False) if f.severity == "conflict"] == ["date"]
    c = claim("c#1", "c", "In March the senator withdrew from the race for another term.", "2019-06-02", "en")
    d = claim("d#1", "d", "The senator dropped out of the race in May, weeks after the scandal.", "2019-06-02", "en")
    assert [f.kind for f in compare_claims(c, d, confident=False) if f.severity == "conflict"] == ["date"]
    # other events, loosely aligned: the dates may tell of two moments
    e = claim("e#1", "e", "De politie hield vorige maand een verdachte aan.", "2019-04-03")
    f = claim("f#1", "f", "Eerder deze maand hield de politie een man aan.", "2019-04-02")
    assert [x for x in compare_claims(e, f, confident=False) if x.severity == "conflict"] == []


def test_people_counted_with_no_outcome_are_not_compared():
    a = "One man inside the bar when the shooting happened says he heard bullets ring out."
    b = "The two men and one woman were standing near Hill when the shots were fired."
    assert kinds(a, b, lang="en") == []
    assert kinds("Two men were shot on Friday.", "Three men were shot on Friday.", lang="en") == ["count"]


def test_two_wholes_of_a_partitive_are_compared_a_whole_and_a_plain_count_are_not():
    assert kinds("The triple homicide was one of seven shootings in Myrtle Beach.",
                 "This triple homicide is one of five shootings in Myrtle Beach.", lang="en") == ["count"]
    assert kinds("Two of the five victims died in hospital.", "Three victims died in hospital.", lang="en") == []


def test_ages_in_loosely_aligned_claims_compared_only_for_the_same_particular_word():
    def loose(a, b, lang):
        pair = claim("a#1", "a", a, lang=lang), claim("b#1", "b", b, lang=lang)
        return sorted(f.kind for f in compare_claims(*pair, confident=False) if f.severity == "conflict")

    assert loose("De 32-jarige Duitser nam na afloop de schuld op zich.",
                 "Het oogt kolderiek hoe de 30-jarige Duitser zijn eigen doelman passeert.", "nl") == ["age"]
    # "a man" in one claim and "a man" in another are often two men
    assert loose("A 24-year-old man was arrested.", "A 30-year-old man was shot in the leg.", "en") == []


def test_two_rounded_figures_conflict_when_neither_is_about_the_other():
    assert kinds("De heffingen treffen ongeveer 15 miljard dollar aan producten.",
                 "De heffingen treffen zo'n 11 miljard dollar aan producten.") == ["money"]
    assert kinds("De heffingen treffen ongeveer 11 miljard dollar aan producten.",
                 "De heffingen treffen zo'n 10 miljard dollar aan producten.") == []


def test_a_count_owned_by_a_name_is_compared_with_one_whose_subject_is_he_or_she():
    assert kinds("Dekker had het verlof van 31 gedetineerden al ingetrokken.",
                 "Hij trok vorige week het verlof in van 21 gedetineerden.") == ["count"]
    # a count another claim gives no owner and no "hij" stays apart: other teams
    assert kinds("Het grote FC Twente traint, net als de twee hoogste jeugdteams, nog in Hengelo.",
                 "Momenteel trainen zes jeugdteams van de profclub al in Enschede.") == []


def test_two_lower_bounds_conflict_when_neither_figure_is_about_the_other():
    assert kinds("Bedrijven met minstens honderd werknemers moeten het aantonen.",
                 "Bedrijven met minimaal vijftig werknemers moeten het aantonen.") == ["count"]
    assert kinds("De club betaalt ruim 190.000 euro huur.", "De club betaalt ruim 182.000 euro huur.") == []


def test_two_nights_named_by_other_weekdays_differ_a_night_across_midnight_does_not():
    def dated(a, b):
        pair = (claim("a#1", "a", a, published="2016-03-04", lang="en"), claim("b#1", "b", b, published="2016-03-04", lang="en"))
        return sorted(f.kind for f in compare_claims(*pair) if f.severity == "conflict")

    assert dated("A 6-year-old girl died Monday night after shooting herself.",
                 "A 6-year-old girl shot and killed herself Tuesday night.") == ["date"]
    assert dated("A deputy shot a 17-year-old boy late Sunday near Villa Park.",
                 "A deputy shot a teenage boy early Monday near Villa Park.") == []
