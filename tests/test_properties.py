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


_json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(st.text(max_size=8), inner, max_size=5),
        st.dictionaries(st.integers(), inner, max_size=3), st.dictionaries(st.floats(allow_nan=False), inner, max_size=3),
        st.dictionaries(st.booleans(), inner, max_size=2)),
    max_leaves=40)


@given(_json_values)
@settings(max_examples=400, deadline=None)
def test_json_report_text_is_what_json_dumps_writes(value):
    """render.json.dumps writes the JSON report by hand for speed: the same text as json.dumps."""
    from compare.render.json import dumps

    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)


def test_json_dumps_leaves_the_unusual_to_json():
    import pytest

    from compare.render.json import dumps

    class Other:
        pass

    for value in ({"a": Other()}, {1: "x", "b": "y"}):
        with pytest.raises(TypeError):
            dumps(value)
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError):
        dumps(loop)
