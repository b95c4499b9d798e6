"""Alignment signals that do not come from the embedding model: event frames told in other
words (compare/paraphrase.py) and how much a shared frame counts."""
import numpy as np
import pytest

from compare.settings import AlignSettings
from compare.align import _rare_shared, align, evidence_matrix
from compare.model import Claim
from compare.paraphrase import frames


@pytest.mark.parametrize("a,b,frame", [
    ("Hij legt zijn functie onmiddellijk neer.", "De wethouder is maandag per direct opgestapt", "@resign"),
    ("Op 5 juli maakte hij bekend dat hij per direct aftrad", "The minister resigned on Monday", "@resign"),
    ("She stepped down last week", "Hij treedt per direct af als voorzitter", "@resign"),
    ("wethouder Ivens heeft haar nooit aangeraakt", "De klachten hebben geen betrekking op fysiek contact", "@touch"),
    ("Police arrested two men on Sunday", "Twee mannen zijn zondag aangehouden", "@arrest"),
    ("De politie arresteerde de verdachte", "Hij werd gisteren gearresteerd", "@arrest"),
    ("Three people were killed in the shooting", "Bij de schietpartij kwamen drie mensen om het leven", "@die"),
    ("het vorige maand afgeronde onderzoek", "een onderzoek dat 18 juni werd afgesloten", "@conclude"),
    ("Ivens was al eerder gewaarschuwd", "Zij spraken hem er achtereenvolgens op aan.", "@warn"),
])
def test_one_event_told_in_other_words_shares_a_frame(a, b, frame):
    assert frame in frames(a) and frame in frames(b)


@pytest.mark.parametrize("text", [
    "Rond de middag was het druk in de stad.",  # "rond" is not "afgerond"
    "De gemeente meldt dat de wachtlijst langer wordt.",  # "meldt" is no complaint
    "The council met on Tuesday to discuss the budget.",
    "Hij stapte in de auto en reed weg.",  # "stapte in", not "stapte op"
    "They bought a brand new car.",  # English "brand" is no Dutch fire
    "The family asked people to keep in touch.",
    "The city commission met on Tuesday.",
])
def test_ordinary_sentences_have_no_frame(text):
    assert frames(text) == set()


def test_fired_is_a_gun_not_a_dismissal():
    assert frames("The gunman fired three shots") == {"@shoot"}
    assert "@dismiss" in frames("She was fired from her job at the bank")


def test_a_frame_every_claim_shares_counts_for_nothing():
    rows = [{"@die"}] * 8 + [{"@resign"}, {"@resign"}, set()]
    shared = _rare_shared(rows)
    assert shared[0, 1] < 0.2  # in a story about a death, "died" says little
    assert shared[8, 9] == pytest.approx(1.0)  # two claims alone about resigning
    assert shared[0, 10] == 0.0 and shared[0, 8] == 0.0


def _claim(source, n, text):
    return Claim(id=f"{source}#{n}", source=source, start=0, end=len(text), text=text, sentence=n)


def test_a_rare_shared_frame_is_evidence_of_the_same_thing():
    # Every claim gets the same vector: only words, facts and frames tell pairs apart.
    claims = [
        _claim("a", 0, "De burgemeester opende het nieuwe zwembad."),
        _claim("a", 1, "Hij legt zijn functie onmiddellijk neer."),
        _claim("a", 2, "Het weer was zonnig en warm."),
        _claim("b", 0, "De wethouder is maandag per direct opgestapt."),
        _claim("b", 1, "Het stadhuis krijgt een nieuw dak."),
        _claim("b", 2, "De markt verhuist naar het plein."),
    ]
    vectors = np.ones((len(claims), 8), dtype=np.float32) / np.sqrt(8)
    same_thing, same_fact = evidence_matrix(claims, vectors, AlignSettings(frame_weight=0.15))
    assert same_thing[1, 3] == pytest.approx(same_fact[1, 3] + 0.15)  # the only two resigning claims
    others = [(i, j) for i in range(3) for j in range(3, 6) if (i, j) != (1, 3)]
    assert all(same_thing[i, j] == same_fact[i, j] for i, j in others)
    assert same_thing[1, 3] > max(same_thing[i, j] for i, j in others)


def test_verdicts_read_evidence_without_frames():
    # a shared frame says "same kind of event", not "same moment": the evidence verdicts
    # read (returned by align) does not include it
    claims = [_claim("a", 0, "He was killed on Sunday."), _claim("b", 0, "A man died on Monday."),
              _claim("a", 1, "The weather was fine."), _claim("b", 1, "Schools reopen next week.")]
    vectors = np.eye(4, 8, dtype=np.float32)
    _, with_frames = align(claims, vectors, AlignSettings(frame_weight=0.5))
    _, without = align(claims, vectors, AlignSettings(frame_weight=0.0))
    assert with_frames[0, 1] == pytest.approx(without[0, 1])


def test_an_open_date_bound_is_no_crash_in_the_incident_check():
    import datetime as dt

    from compare.incidents import _near

    before = [(dt.date.min, dt.date(2019, 4, 27))]
    after = [(dt.date(2019, 5, 4), dt.date.max)]
    day = [(dt.date(2019, 4, 2), dt.date(2019, 4, 2))]
    week = dt.timedelta(days=7)
    assert _near(before, day, week) and _near(day, before, week)
    assert not _near(after, day, week) and _near(after, [(dt.date(2019, 5, 8), dt.date(2019, 5, 8))], week)
