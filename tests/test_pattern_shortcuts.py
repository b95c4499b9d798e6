"""Shortcuts taken for speed find exactly what the plain regular expression they replace finds."""
import re

import pytest

from compare import lang
from compare.facts.people import _bounded, _spoken
from compare.facts.persons import _PLURAL_FORMS
from compare.paraphrase import _compiled, _frames_with

TEXTS = [
    "Smith said the car was red. Police said Smith, 41, was not hurt.",
    "According to  the  police, Smith said nothing; says the big old Smith.",
    "according to the big Smith, said Jones-Smith and _Smith and Smith_.",
    "Zegt burgemeester Quist: 'nee'. Aldus de heer Quist, en Quist zei niets.",
    "aa aaa aa-aa said aa, aa said. SAID SMITH",
    "",
]
WORDS = ["Smith", "smith", "Quist", "aa", "Jones", "the", "Said"]


def _spoken_by_regex(text: str, word: str, pack) -> bool:
    say = lang.alternation([v for v in (*pack.saying_verbs, *pack.speaker_after) if v not in _PLURAL_FORMS])
    w = re.escape(word)
    return bool(re.search(rf"\b{w},?\s+{say}\b|\b{say}\s+(?:\w+\s+){{0,2}}?{w}\b", text, re.I))


@pytest.mark.parametrize("code", ["en", "nl", None])
def test_spoken_finds_what_the_regex_finds(code):
    pack = lang.rules_for(code)
    for text in TEXTS:
        for word in WORDS:
            assert _spoken(text, word, pack) == _spoken_by_regex(text, word, pack), (text, word)


def test_bounded_finds_what_the_regex_finds():
    for text in TEXTS:
        for word in WORDS + ["a", "Smith,"]:
            expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
            assert list(_bounded(text, word)) == expected, (text, word)


def test_frames_of_several_packs_are_one_scan_of_all_their_phrasings():
    packs = tuple(lang.packs())
    assert len(packs) > 1
    texts = ["The mayor resigned on Monday.", "Hij is per direct opgestapt.", "Police arrested two men after the shooting.",
             "De verdachte werd opgepakt en aangehouden.", "Nothing happened."]
    for text in texts:
        one_scan = frozenset(f"@{frame}" for frame, pattern in _compiled(packs).items() if pattern.search(text))
        assert _frames_with(text, packs) == one_scan


def test_plain_cli_values_are_what_typers_own_coercion_gives():
    import typer.main
    from typer._coercion import build_runtime_param

    from compare.cli import _PlainValues, app

    command = typer.main.get_command(app).commands["report"]
    ctx = command.make_context("report", ["x"])
    values = {"paths": [("a", "b/c"), ("x",)], "output": ["out.md", "-", "dir/r.md"], "model": ["e5", "st:x"],
              "date": [("a=2019",), ()], "max_sources": ["5", "1", 7]}
    for param in command.params:
        for value in values.get(param.name, []):
            plain = _PlainValues(parameter_info=param.type_descriptor.parameter_info, annotation=param.type_descriptor.annotation)
            own = build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)
            got = plain._coerce_value(value, param=param, ctx=ctx)
            assert (type(got), got) == (type(own), own), (param.name, value)


def _claim_texts():
    from compare.ingest import load_sources

    from conftest import SEEDS

    out = list(TEXTS)
    for s in load_sources([str(SEEDS)]):
        out += [t for t in re.split(r"(?<=[.!?])\s+|\n", s.text) if t.strip()]
    # characters re.IGNORECASE takes for others: dotted and dotless i, long s, the Kelvin sign
    out += ["İS UNCLEAR", "ſtill unknown", "he \u212aNEW it", "Unaware", "niet bewuſt", "WİST", "KNOWN", "was ARREſTED", "a SHOOTİNG"]
    return out


@pytest.mark.parametrize("kind", ["knowledge", "frames"])
def test_prefilter_never_skips_a_pattern_that_matches(kind):
    """Every knowledge pattern and event frame of every pack, on the seed sentences and on
    texts whose letters re matches case-insensitively by class: a pattern that matches is
    always a candidate."""
    from compare.triggers import Prefilter

    if kind == "knowledge":
        patterns = [re.compile(p, re.I) for code in ("en", "nl") for p, _, _ in lang.pack_for(code).knowledge_patterns]
    else:
        patterns = [p for code in ("en", "nl") for p in _compiled((lang.pack_for(code),)).values()]
    prefilter = Prefilter(patterns)
    skipped = 0
    for text in _claim_texts():
        maybe = prefilter.candidates(text)
        skipped += len(patterns) - len(maybe)
        for i, p in enumerate(patterns):
            if p.search(text):
                assert i in maybe, (p.pattern, text)
    assert skipped > 0  # and it does skip


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\bknew\b|\bknows\b", re.I, {"knew", "knows"}),
    (r"\b(?:knew|knows|know)\b", 0, {"knew", "know"}),  # re factors "kn" out: read back whole; "knows" holds "know"
    (r"(?:went|go)\s+to\s+(?=(?:the\s+)?(?:police|authorities)\b)", re.I, {"police", "authorities"}),
    (r"remains?\s+unclear", re.I, {"unclear"}),
    (r"[’']s\s+\w+", 0, {"’s", "'s"}),
    (r"\w+\s+\d+", re.I, None),  # no fixed string in every match: always runs
    (r"a|\w+", 0, None),
    (r"(?:x|)y", 0, {"y"}),
])
def test_required_strings_of_a_pattern(pattern, flags, expected):
    from compare.triggers import fold, required

    assert required(pattern, flags) == (frozenset(fold(s) for s in expected) if expected is not None else None)


def test_fold_is_the_case_classes_of_re():
    from compare.triggers import fold

    for a, b in [("S", "ſ"), ("i", "ı"), ("İ", "i"), ("k", "\u212a"), ("µ", "μ"), ("É", "é")]:
        assert bool(re.fullmatch(re.escape(a), b, re.I)) == (fold(a) == fold(b)), (a, b)
    assert fold("ß") != fold("s") and not re.fullmatch("ß", "s", re.I)


@pytest.mark.parametrize("code", ["en", "nl"])
def test_date_word_classes_by_strings_are_the_alternations(code):
    """dates.run tells whether a claim holds a word class by its folded strings: the same
    answer as the class's case-insensitive alternation, on every text."""
    from compare.facts.dates import _need_strings, _needs
    from compare.triggers import fold

    pack = lang.pack_for(code)
    strings = _need_strings(pack)
    texts = _claim_texts() + ["MAANDAG", "ſeptember", "Dİnsdag", "last \u212aNIGHT", "ZOMER", "jul.", "Mei"]
    for k, pattern in _needs(pack).items():
        for text in texts:
            by_strings = any(s in fold(text) for s in strings[k]) if strings[k] is not None else None
            if by_strings is not None:
                assert by_strings == (pattern.search(text) is not None), (k, text)
