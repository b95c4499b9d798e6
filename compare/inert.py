"""Text from articles and file names made inert wherever the tool writes it.

An article's author controls its text and, in a pull request, its file name; what the tool
writes from them must not become a spreadsheet formula, live HTML, a broken table, a
reversed line or a terminal escape. Every function here maps one character to one
character where it can, so that lengths (and offsets into the source) stay true.
"""
from __future__ import annotations

import re
from urllib.parse import quote

# Controls with no visible form: C0 (tab, newline and carriage return are whitespace and
# are kept where a format allows them), DEL and C1.
_C0 = {i: 0x2400 + i for i in range(0x20)}  # ␀ … ␟: Unicode's "control pictures"
_C0[0x7F] = 0x2421  # ␡
_C1 = {i: 0xFFFD for i in range(0x80, 0xA0)}
# Bidirectional embeddings, overrides, isolates and marks: U+202E turns "exe.txt" into
# "txt.exe" on screen. Shown as U+FFFD, the sign that something was there.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = {ord(ch): 0xFFFD for ch in BIDI}
# Invisible characters a number or a word may hide behind: zero-width space, joiners, word
# joiner, the invisible operators, a BOM inside a text, the soft hyphen.
ZERO_WIDTH = "\u00ad\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"

_VISIBLE = {**_C0, **_C1, **_BIDI}
for _ws in "\t\n\r":
    del _VISIBLE[ord(_ws)]
_ONE_LINE = {**_C0, **_C1, **_BIDI}


def visible(text: str) -> str:
    """Controls and bidirectional overrides shown as visible signs, one for one; tabs and
    line ends kept."""
    return text.translate(_VISIBLE)


def one_line(text: str) -> str:
    """A message for stderr or a table cell: every control, line ends included, shown as a
    visible sign, so that a file name cannot add a line or send a terminal escape."""
    return text.translate(_ONE_LINE)


# OWASP's rule for CSV injection: a cell a spreadsheet would read as a formula starts with
# one of these; a leading apostrophe makes it text in every spreadsheet program.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A table cell that no spreadsheet runs as a formula: strings starting with =, +, -,
    @, tab or carriage return get a leading apostrophe; controls are made visible. Other
    values (numbers, None) are returned as they are."""
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return visible(value)


def url_path(path: str) -> str:
    """A path as a Markdown link target: percent-encoded, so that no space, parenthesis,
    bracket, angle bracket, pipe or quote in a file name can end the link or the table."""
    return quote(path, safe="/")


_NUMBER_INVISIBLE = re.compile(f"(?<=\\d)[{ZERO_WIDTH}{BIDI}]+(?=[\\d\\s.,])|(?<=[\\d.,\\s])[{ZERO_WIDTH}{BIDI}]+(?=\\d)")


def strip_in_numbers(text: str) -> tuple[str, list[int]] | None:
    """``text`` without the invisible characters that stand inside or beside a number
    ("12\u200b000" → "12000"), with the original offset of every character of the result
    (and of its end); None when there are none, the usual case."""
    if not any(ch in text for ch in ZERO_WIDTH + BIDI):
        return None
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _NUMBER_INVISIBLE.finditer(text):
        out.append(text[pos : m.start()])
        where.extend(range(pos, m.start()))
        pos = m.end()
    if pos == 0:
        return None
    out.append(text[pos:])
    where.extend(range(pos, len(text)))
    where.append(len(text))
    return "".join(out), where


def remap_spans(facts: list, where: list[int], base: int, source_text: str) -> None:
    """Facts read from strip_in_numbers' text (offsets from 0) put back on the source: their
    spans shifted through ``where`` by ``base`` (the claim's start), their text the source's
    own, invisible characters included."""
    for f in facts:
        start = base + where[f.start]
        end = base + (where[f.end - 1] + 1 if f.end > f.start else where[f.start])
        f.start, f.end, f.text = start, end, source_text[start:end]
