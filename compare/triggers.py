"""Literal triggers of regular expressions: a cheap test of which patterns can match a text.

Some stages run tens of patterns over every claim (the language pack's knowledge phrasings),
and almost every pattern matches almost no claim. A pattern whose every match contains one
of a few fixed strings ("knew", "unclear", "told") cannot match a text that contains none
of them, and ``in`` on the text finds that out for a fraction of what a regex search costs.

The strings are read from each pattern itself (``required``), so the patterns stay the one
place the phrasings are written. Texts and strings are compared case-folded by the very
classes ``re.IGNORECASE`` matches by (``fold``), so the test is sound whatever the flags: it
may let a pattern run that then finds nothing, and never skips one that would have matched.
A pattern whose strings cannot be read (no fixed string in every match, or a Python whose
``re`` internals differ) always runs.
"""
from __future__ import annotations

import functools
import re

try:  # re's own parser and case tables: what the engine matches by (private, hence guarded)
    import _sre
    from re import _constants as _c
    from re import _parser
    from re._casefix import _EXTRA_CASES

    _tolower = _sre.unicode_tolower
except (ImportError, AttributeError):  # another Python: every pattern always runs
    _parser = None

# at most this many fixed strings per piece of a pattern: more is no cheap test
_LIMIT = 64


class _Fold(dict):
    """str.translate table: a character → the one character standing for every character
    re.IGNORECASE takes for it (its simple lower case, and the extra cases re knows: "ſ"
    for "s", "ı" for "i", "K" (Kelvin) for "k"), filled in as characters are met."""

    def __missing__(self, code: int) -> int:
        lo = _tolower(code)
        rep = min((lo, *_EXTRA_CASES.get(lo, ())))
        self[code] = rep
        return rep


_FOLD = _Fold() if _parser is not None else None
FOLDS = _FOLD is not None  # False: fold() is not to be used (callers take the long way)


def fold(text: str) -> str:
    """``text`` with each character replaced by its case class's representative."""
    return text.translate(_FOLD)


def _product(a: set[str], b: set[str]) -> set[str] | None:
    out = {x + y for x in a for y in b}
    return out if len(out) <= _LIMIT else None


def _exact(items) -> set[str] | None:
    """Every string a parsed sequence can match, when they are few and fixed; else None."""
    out: set[str] | None = {""}
    for op, av in items:
        s = _exact_item(op, av)
        if s is None:
            return None
        out = _product(out, s)
        if out is None:
            return None
    return out


def _exact_item(op, av) -> set[str] | None:
    if op is _c.LITERAL:
        return {chr(av)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}  # zero-width: \b, ^, look-arounds consume nothing
    if op is _c.SUBPATTERN:
        return _exact(av[3])
    if op is _c.ATOMIC_GROUP:
        return _exact(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            s = _exact(alternative)
            if s is None:
                return None
            out |= s
        return out if len(out) <= _LIMIT else None
    if op is _c.IN:  # a set of single characters only: ['’]
        if all(o is _c.LITERAL for o, _ in av):
            return {chr(a) for _, a in av}
        return None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        s = _exact(sub) if hi <= 3 else None
        if s is None:
            return None
        out, power = set(), {""}
        for k in range(hi + 1):
            if k >= lo:
                out |= power
            power = _product(power, s)
            if power is None:
                return None
        return out if len(out) <= _LIMIT else None
    return None


def _required(items) -> set[str] | None:
    """Non-empty strings one of which every match of a parsed sequence contains, or None.
    Of the candidates (runs of fixed pieces, and what a group, branch or repeat inside needs),
    the one whose shortest string is longest: the rarest, as a rule."""
    candidates: list[set[str]] = []
    run: set[str] = {""}

    def close(run: set[str]) -> None:
        if "" not in run:
            candidates.append(run)

    for op, av in items:
        if op is _c.ASSERT:  # a look-ahead or -behind that must match: its text is there too
            inner = _required(av[1])
            if inner:
                candidates.append(inner)
        s = _exact_item(op, av)
        if s is not None:
            longer = _product(run, s)
            if longer is not None:
                run = longer
            else:
                close(run)
                run = s
            continue
        close(run)
        run = {""}
        inner = None
        if op is _c.SUBPATTERN:
            inner = _required(av[3])
        elif op is _c.ATOMIC_GROUP:
            inner = _required(av)
        elif op is _c.BRANCH:
            alternatives = [_required(a) for a in av[1]]
            inner = set().union(*alternatives) if all(alternatives) else None
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _required(av[2])
        if inner:
            candidates.append(inner)
    close(run)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


@functools.lru_cache(maxsize=1024)
def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains; None when there are
    none to be had (the pattern must always run)."""
    if _parser is None or not isinstance(pattern, str):
        return None
    try:
        found = _required(_parser.parse(pattern, flags))
    except Exception:  # an internal this code does not know: no shortcut, never an error
        return None
    if not found:
        return None
    folded = {fold(s) for s in found}
    # a string that holds another of the set adds nothing to the test: "arrest" finds "arrested"
    return frozenset(s for s in folded if not any(t != s and t in s for t in folded))


class Prefilter:
    """For a list of compiled patterns: the ones that can match a given text."""

    def __init__(self, patterns: list[re.Pattern]) -> None:
        by_string: dict[str, list[int]] = {}
        always = []
        for i, p in enumerate(patterns):
            strings = required(p.pattern, p.flags)
            if not strings:
                always.append(i)
            for s in strings or ():
                by_string.setdefault(s, []).append(i)
        self.always = frozenset(always)
        # grouped by their first two characters, tested once for the group: most groups are
        # not in a given text, and then none of their strings is
        groups: dict[str, list[tuple[str, list[int]]]] = {}
        for string, indices in sorted(by_string.items()):
            groups.setdefault(string[:2], []).append((string, indices))
        self._strings = sorted(groups.items())

    def candidates(self, text: str) -> set[int]:
        """Indices of the patterns that may match ``text``; the others cannot."""
        if not self._strings:  # no pattern has strings to test (or this Python's re is unknown)
            return set(self.always)
        folded = fold(text)
        out = set(self.always)
        for head, strings in self._strings:
            if head in folded:
                for s, indices in strings:
                    if s in folded:
                        out.update(indices)
        return out
