"""Property-based tests: for any text, spans are true to the text and nothing raises."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.claims import extract_claims
from compare.facts import extract_all
from compare.ingest import read_source
from compare.model import InputError

WORDS = ["De", "wethouder", "Laurens", "Ivens", "is", "maandag", "5", "juli", "2021", "opgestapt", "na", "vier",
         "formele", "klachten", ",", ".", "„", "”", "‘", "’", "the", "mayor", "said", "three", "people", "were",
         "shot", "on", "Saturday", "night", "Foto:", "Trefwoorden:", "\n", "\n\n", "—", "(41)", "€", "1.000",
         "1,5", "miljoen", "ruim", "minstens", "at", "least", "sinds", "2014", "burgemeester", "Femke", "Halsema",
         "wist", "niets", "van", ";", "maar", "die", "dat", "\u00a0", "\r\n", "date", "2021-07", "...", "—", ":"]

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join),
    st.text(min_size=1, max_size=300),
)


def _analyse(tmp_path, text):
    p = tmp_path / "x.txt"
    p.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        source = read_source(p)
    except InputError:
        return None, []
    claims = extract_claims(source)
    extract_all([source], {source.id: claims})
    return source, claims


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_spans_lie_inside_the_text_and_inside_their_claim(tmp_path, text):
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return
    source, claims = _analyse(tmp_path, text)
    if source is None:
        return
    skipped = [(s.start, s.end) for s in source.segments if s.kind != "metadata" or s.reason != "date token"]
    prev_end = 0
    for c in claims:
        assert 0 <= c.start < c.end <= len(source.text)
        assert source.text[c.start : c.end] == c.text
        assert c.start >= prev_end  # claims never overlap: nothing is read twice
        prev_end = c.end
        assert not any(a < c.end and c.start < b for a, b in skipped if b - a > 0 and source.text[a:b].strip())
        for f in c.facts:
            assert c.start <= f.start <= f.end <= c.end
            assert source.text[f.start : f.end] == f.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_claims_and_facts_are_deterministic(tmp_path, text):
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return
    from compare.render.json import fact_to_dict

    def dump():
        _, claims = _analyse(tmp_path, text)
        return json.dumps([[c.id, c.start, c.end, [fact_to_dict(f) for f in c.facts]] for c in claims], sort_keys=True, default=str)

    assert dump() == dump()
