from pathlib import Path

import pytest

from compare.claims import extract_claims
from compare.ingest import load_sources, read_source
from compare.model import InputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(tmp_path, name, content, mode="w"):
    p = tmp_path / name
    if mode == "wb":
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_publication_dates_from_token_dateline_and_none():
    sources = {s.id[:3]: s for s in load_sources([str(SEEDS)])}
    assert sources["000"].published == "2021-07" and sources["000"].published_from == "date token"
    assert sources["002"].published == "2021-07-05" and sources["002"].published_from == "dateline"
    assert sources["001"].published is None


def test_teasers_after_end_marker_are_boilerplate_and_not_claims():
    s = read_source(next(SEEDS.glob("002_*.txt")))
    claims = extract_claims(s)
    assert not any("Zürich" in c.text or "aardgasvrij" in c.text for c in claims)
    assert any(seg.reason == "end marker" for seg in s.segments)
    # the repeated headline and photo credit are marked too, not silently dropped
    assert any(seg.reason == "repeated line" for seg in s.segments)


def test_claim_spans_point_into_the_text_exactly():
    for s in load_sources([str(SEEDS)]):
        for c in extract_claims(s):
            assert s.text[c.start : c.end] == c.text
            assert not c.text.startswith("date ")


def test_front_matter_gives_title_outlet_and_date(tmp_path):
    p = write(tmp_path, "a.md", '---\nsource: example.com\npublished: 2016-03-02\ntitle: "Man shot"\n---\n\nA man was shot on Monday. Police said he was 19.\n')
    s = read_source(p)
    assert (s.outlet, s.published, s.title, s.language) == ("example.com", "2016-03-02", "Man shot", "en")
    assert s.text[s.body_start:].strip().startswith("A man")


def test_malformed_front_matter_is_a_clear_error(tmp_path):
    p = write(tmp_path, "a.md", "---\ntitle: x\nthis line has no colon\n---\nText of the article.\n")
    with pytest.raises(InputError, match="malformed front matter"):
        read_source(p)


@pytest.mark.parametrize("content,match", [
    ("", "empty"), ("   \n\n", "empty"), (b"\x00\x01\x02binary", "binary"), ("caf\xe9 au lait".encode("latin-1"), "not UTF-8"),
])
def test_bad_files_are_refused(tmp_path, content, match):
    p = write(tmp_path, "bad.txt", content, "wb" if isinstance(content, bytes) else "w")
    with pytest.raises(InputError, match=match):
        read_source(p)


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_sources([str(tmp_path / "nope")])
    with pytest.raises(InputError, match="holds no articles"):
        load_sources([str(tmp_path)])


def test_bom_and_crlf_keep_offsets_true(tmp_path):
    p = write(tmp_path, "a.txt", "\ufeffDe wethouder is maandag opgestapt.\r\nHij had vier klachten.\r\n")
    s = read_source(p)
    claims = extract_claims(s)
    assert [c.text for c in claims] == ["De wethouder is maandag opgestapt.", "Hij had vier klachten."]
    for c in claims:
        assert s.text[c.start : c.end] == c.text


def _claims_of(tmp_path, text):
    return [c.text for c in extract_claims(read_source(write(tmp_path, "x.txt", text)))]


def test_dutch_apposition_and_relative_clause_are_split(tmp_path):
    got = _claims_of(tmp_path, "Ivens, sinds 2014 wethouder in de hoofdstad, schrijft dat de burgemeester hem heeft ingelicht.\n")
    assert got == ["Ivens, sinds 2014 wethouder in de hoofdstad,", "schrijft dat de burgemeester hem heeft ingelicht."]
    got = _claims_of(tmp_path, "Ivens informeerde Erik Flentge, die op dat moment nog niets wist van het onderzoek.\n")
    assert got == ["Ivens informeerde Erik Flentge,", "die op dat moment nog niets wist van het onderzoek."]


def test_quotes_and_abbreviations_are_not_split(tmp_path):
    got = _claims_of(tmp_path, "„Hij (Ivens, red.) geeft aan dat hij het begrijpt, maar het is laat.” Dat zei ze.\n")
    assert got == ["„Hij (Ivens, red.) geeft aan dat hij het begrijpt, maar het is laat.”", "Dat zei ze."]


def test_english_sentences_and_contrast_split(tmp_path):
    got = _claims_of(tmp_path, "Police said two men were arrested, but a third suspect fled. Dr. Smith treated the victim.\n")
    assert got == ["Police said two men were arrested,", "but a third suspect fled.", "Dr. Smith treated the victim."]


@pytest.mark.parametrize("text,expected", [
    ("De wethouder is maandag per direct opgestapt na klachten van meerdere ambtenaren.\n",
     ["De wethouder is maandag per direct opgestapt", "na klachten van meerdere ambtenaren."]),
    ("The suspect was arrested after a shooting at a bar on Main Street.\n",
     ["The suspect was arrested", "after a shooting at a bar on Main Street."]),
    ("Hij werd gearresteerd wegens herhaald geweld tegen agenten.\n",
     ["Hij werd gearresteerd", "wegens herhaald geweld tegen agenten."]),
])
def test_reason_after_an_event_is_a_claim(tmp_path, text, expected):
    # an event and the reason or occasion after it are two facts, which sources tell apart
    assert _claims_of(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    "Na de verkiezingen ging hij met vakantie naar Spanje.\n",  # "na" not after a finished event
    "Zij kwam na afloop van de vergadering naar buiten.\n",  # "kwam" is no participle
    "He left after the meeting.\n",  # too short on both sides to be two claims
    "„Ik ben opgestapt na klachten van meerdere collega's,” zei hij.\n",  # inside a quote
])
def test_after_is_not_split_without_a_finished_event(tmp_path, text):
    assert _claims_of(tmp_path, text) == [text.strip()]


def test_saved_html_page_is_read_as_text(tmp_path):
    page = ("<html><head><title>Wethouder stapt op</title><script>var x = '<p>nee</p>';</script></head>"
            "<body><h1>Wethouder stapt op</h1><p>De wethouder is maandag opgestapt na vier klachten.</p>"
            "<p>Hij had het college &amp; de raad ingelicht.</p></body></html>")
    s = read_source(write(tmp_path, "a.html", page))
    claims = [c.text for c in extract_claims(s)]
    assert s.title == "Wethouder stapt op"
    # the reason after the event is a claim of its own (see test_reason_after_an_event_is_a_claim)
    assert claims == ["De wethouder is maandag opgestapt", "na vier klachten.", "Hij had het college & de raad ingelicht."]


def test_sentence_splits_are_kept_on_disk_beside_the_embeddings(tmp_path, monkeypatch):
    """A second run reads the split from the cache; a changed text misses it; a corrupt or
    foreign entry is ignored (split anew and rewritten); no cache folder means no files."""
    import dataclasses

    import compare.claims as claims_module
    from compare.claims import SentenceCache, split_sentences

    source = read_source(next(SEEDS.glob("000_*.txt")))
    expected = [(s.start, s.end) for s in claims_module._split(source)]
    splits = []
    real_split = claims_module._split

    def counting(src):
        splits.append(src.text)
        return real_split(src)

    monkeypatch.setattr(claims_module, "_split", counting)

    def fresh(src, cache):  # a new run: nothing split in this process yet
        monkeypatch.setattr(claims_module, "_SPLIT", {})
        return [(s.start, s.end) for s in split_sentences(src, cache)]

    cache = SentenceCache(tmp_path)
    assert fresh(source, cache) == expected and len(splits) == 1
    entries = list((tmp_path / "sentences").rglob("*.json"))
    assert len(entries) == 1 and not list((tmp_path / "sentences").rglob("*.tmp"))
    assert fresh(source, SentenceCache(tmp_path)) == expected and len(splits) == 1  # read, not split

    changed = dataclasses.replace(source, text=source.text.replace("de", "het", 1))
    fresh(changed, cache)
    assert len(splits) == 2 and len(list((tmp_path / "sentences").rglob("*.json"))) == 2

    for garbage in (b"\x00not json", b"[[0, 99999999]]", b'{"a": 1}', b"[[5, 3]]", b"[]"):
        entries[0].write_bytes(garbage)
        assert fresh(source, cache) == expected
        assert entries[0].read_bytes() not in (garbage,)  # rewritten with the true split
    assert len(splits) == 7

    off = tmp_path / "off"
    assert fresh(source, SentenceCache(None)) == expected
    assert fresh(source, None) == expected and not off.exists()
    assert extract_claims(source, SentenceCache(tmp_path)) == extract_claims(source)


def test_no_cache_writes_no_sentence_splits_or_facts(tmp_path, monkeypatch):
    import compare.claims as claims_module
    from compare.pipeline import Options, prepare, read

    class Fake:
        def encode(self, texts):
            import numpy as np
            return np.ones((len(texts), 4), dtype=np.float32)

    monkeypatch.setattr(claims_module, "_SPLIT", {})
    options = Options(cache_dir=tmp_path / "c", no_cache=True, embedder_factory=lambda spec: Fake())
    prepare(read([str(SEEDS)], options), options)
    assert not (tmp_path / "c").exists()
    monkeypatch.setattr(claims_module, "_SPLIT", {})
    options = Options(cache_dir=tmp_path / "c", embedder_factory=lambda spec: Fake())
    prepare(read([str(SEEDS)], options), options)
    assert len(list((tmp_path / "c" / "sentences").rglob("*.json"))) == len(list(SEEDS.iterdir()))
    assert len(list((tmp_path / "c" / "facts").rglob("*.json"))) == len(list(SEEDS.iterdir()))


def test_claims_cut_from_the_sentences_are_kept_on_disk(tmp_path, monkeypatch):
    import compare.claims as claims_module
    from compare.claims import SentenceCache

    source = read_source(next(SEEDS.glob("001_*.txt")))
    plain = extract_claims(source)
    assert extract_claims(source, SentenceCache(tmp_path)) == plain
    entry = next((tmp_path / "claims").rglob("*.json"))

    def refuse(*args):
        raise AssertionError("split again")

    monkeypatch.setattr(claims_module, "split_atomic", refuse)
    assert extract_claims(source, SentenceCache(tmp_path)) == plain  # read back, not cut again
    for garbage in (b"{", b"[[1, 0, 0]]", b"[[0, 5, 99999]]", b'[["a", 1, 0]]'):
        entry.write_bytes(garbage)
        with pytest.raises(AssertionError, match="split again"):
            extract_claims(source, SentenceCache(tmp_path))
