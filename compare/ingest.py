"""Files and folders → Source: the text exactly as decoded, plus metadata.

Nothing is deleted: front matter, date tokens, captions, teasers and other site
furniture are recorded as ``Segment``s so that offsets stay true to the file and
later stages can skip them.
A saved web page (.html) is the exception: its text is the article as trafilatura
extracts it (see ``article_page``), and every offset points into that text.
"""
from __future__ import annotations

import functools
import hashlib
import html
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

from . import lang
from .boilerplate import in_line_segments, line_furniture
from .model import InputError, Segment, Source
from .settings import DEFAULT, LimitSettings

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# The size limit is settings.limits.max_article_bytes (2 MiB); kept here for callers that
# read it from this module.
MAX_BYTES = LimitSettings().max_article_bytes

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# The seeds' scraper writes " date 2021-07 " before the first sentence.
_DATE_TOKEN = re.compile(r"^\s*date (\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*")
# A line that is only a date: "05.07.21", "5-7-2021", "2021-07-05".
_DATELINE = re.compile(r"^\s*(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{2}|\d{4})\s*$|^\s*(\d{4})-(\d{2})-(\d{2})\s*$")

# Lines after which a page holds no more article text (site furniture, teasers), and single
# lines that are furniture. Segments are marked before the language is known: every pack's words.
_END_MARKERS = re.compile(rf"^\s*({lang.alternation(lang.union('end_markers'))})\s*:?\s*$", re.I)
_FURNITURE = re.compile(
    rf"^\s*{lang.alternation(lang.union('caption_labels'))}\s*:|"
    rf"^\s*{lang.alternation(lang.union('caption_openers'))}\s+[^.!?]{{1,60}}$|"
    rf"^\s*(?:{lang.alternation(lang.union('furniture'))}\b|©)",
    re.I,
)
_TEASER_END = re.compile(r"(\.\.\.|…)\s*$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")  # a Markdown heading, whatever its length
_SENTENCE_END = re.compile(r"[.!?:;\"”’')»]\s*$")


def refuse_link_out(path: Path, folder: Path) -> None:
    """Refuse ``path`` when it is a symbolic link whose target lies outside ``folder``: in a
    pull request such a link could point at any file of the CI machine (/etc/passwd, a
    token), and the report, quoted in a public comment, would publish it."""
    if not path.is_symlink():
        return
    target = os.path.realpath(path)
    base = os.path.realpath(folder)
    if os.path.commonpath([target, base]) != base:
        raise InputError(f"{path} is a symbolic link to {target}, outside {folder or '.'}; refused, since in a "
                         f"pull request it could point at any file of the machine (pass --follow-symlinks to read it)")


def collect_paths(paths: list[str], follow_symlinks: bool = False) -> list[Path]:
    """Expand files and folders (their article files, sorted) into a list of files. Unless
    ``follow_symlinks``, a symbolic link that leaves the folder it stands in is refused: an
    article file in a named folder, or a file or folder named itself."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"no such file or folder: {raw}")
        if not follow_symlinks:
            refuse_link_out(p, p.parent)
        if p.is_dir():
            files = sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                raise InputError(f"folder {raw} holds no articles (.txt, .md or .html files)")
            if not follow_symlinks:
                for q in files:
                    refuse_link_out(q, p)
            found.extend(files)
        elif not p.is_file():
            raise InputError(f"{raw} is not a regular file (a device, pipe or socket is never an article)")
        else:
            found.append(p)
    stems: dict[str, Path] = {}
    for f in found:
        if f.stem in stems and stems[f.stem].resolve() != f.resolve():
            raise InputError(f"two sources share the name {f.stem!r}: {stems[f.stem]} and {f}; rename one")
        stems[f.stem] = f
    # the same file named twice is read once
    unique: dict[Path, Path] = {}
    for f in found:
        unique.setdefault(f.resolve(), f)
    return list(unique.values())


def decode(path: Path, data: bytes) -> str:
    # the whole file: a NUL after the first few kB would otherwise reach the reports
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{path} looks like a binary file, not an article (a NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path} is not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            f"convert it first, e.g. iconv -f cp1252 -t utf-8"
        ) from None
    return text


def parse_date_option(value: str) -> tuple[str, str]:
    """'SOURCE=YYYY[-MM[-DD]]' → (source, iso); raises InputError on a bad or impossible date."""
    if "=" not in value:
        raise InputError(f"--date takes SOURCE=YYYY[-MM[-DD]], got {value!r}")
    source, iso = value.split("=", 1)
    return source.strip(), normalise_iso(iso.strip(), f"--date {value}")


def normalise_iso(iso: str, where: str) -> str:
    import datetime as dt

    m = _ISO_DATE.match(iso)
    if not m:
        raise InputError(f"{where}: {iso!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = m.groups()
    try:
        dt.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        raise InputError(f"{where}: {iso!r} is not a real date") from None
    return iso


class _HTMLText(HTMLParser):
    """Visible text of a saved page, one block element a line; scripts and styles dropped."""

    BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "header", "footer"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False
        self._furniture = 0

    # captions, menus, asides, buttons and forms: their text is kept, marked as furniture
    FURNITURE = {"figcaption", "nav", "aside", "footer", "button", "form", "label", "select"}

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag in self.FURNITURE:
            self._furniture += 1
            self.parts.append("\n")
        elif tag == "title":
            self._in_title = True
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.FURNITURE:
            self._furniture = max(0, self._furniture - 1)
            self.parts.append("\n")
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_title:
            self.title += data
            return
        data = data.replace(_OPEN, "").replace(_CLOSE, "")
        self.parts.append(_OPEN + data + _CLOSE if self._furniture else data)


_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks around the text of furniture elements


def html_to_text(raw: str) -> tuple[str, str | None]:
    text, title, _ = html_page(raw)
    return text, title


def html_page(raw: str) -> tuple[str, str | None, list[tuple[int, int]]]:
    """The visible text of a saved page, its title, and the [start, end) spans of the text
    that stood in captions, menus, asides, buttons and forms."""
    parser = _HTMLText()
    parser.feed(raw)
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    text = "\n\n".join(ln for ln in lines if ln.replace(_OPEN, "").replace(_CLOSE, "").strip())
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in re.split(f"({_OPEN}[^{_CLOSE}]*{_CLOSE})", text):
        if piece.startswith(_OPEN):
            piece = piece[1:-1]
            a, b = pos + len(piece) - len(piece.lstrip()), pos + len(piece.rstrip())
            if a < b:
                spans.append((a, b))
        out.append(piece)
        pos += len(piece)
    title = html.unescape(parser.title).strip() or None
    return "".join(out) + "\n", title, spans


@functools.cache
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()  # a copy of its defaults: nothing process-wide changes
    # Under this many characters trafilatura hands a page to its fallback, which glues every
    # text of the page into one line (a caption and a "Share" button inside a sentence): a
    # page of any length goes through its main extractor.
    config.set("DEFAULT", "min_extracted_size", "1")
    return config


def article_page(raw: str) -> tuple[str, str | None, list[tuple[int, int]], str | None]:
    """The article text of a saved page as trafilatura reads it (one paragraph a line; menus,
    captions, bylines, teasers, share buttons, newsletter boxes, comments and footers left
    out), the page's title and date from its markup, and the spans of furniture left in the
    text. The date is never guessed from dates in the text (htmldate's extensive search is
    off). A page in which trafilatura finds no article (nesting too deep for lxml, no text
    blocks) is read by ``html_page``."""
    import trafilatura  # here: only saved pages need it and its lxml, htmldate

    text = trafilatura.extract(raw, include_comments=False, config=_trafilatura_config())
    # max_date fixed: by default htmldate refuses dates after today, so the same page would
    # give another report once its date has passed; the same input must give the same report
    from trafilatura.settings import set_date_params

    date_config = {**set_date_params(False), "max_date": "2999-12-31"}
    meta = trafilatura.extract_metadata(raw, extensive=False, date_config=date_config) if raw.strip() else None
    title, date = (meta.title or None, meta.date or None) if meta else (None, None)
    if not text or not text.strip():
        own_text, own_title, spans = html_page(raw)
        return own_text, title or own_title, spans, date
    return text.strip("\n") + "\n", title, [], date


def _front_matter(text: str, path: Path) -> tuple[dict[str, str], int]:
    """Simple 'key: value' YAML front matter between --- lines; returns (fields, body offset)."""
    start = 1 if text.startswith("\ufeff") else 0
    if not text.startswith("---", start) or text[start + 3 : start + 4] not in ("\n", "\r"):
        return {}, start
    end = re.compile(r"^---[ \t]*\r?$", re.M).search(text, start + 4)
    if not end:
        raise InputError(f"{path}: front matter opened with '---' is never closed")
    fields: dict[str, str] = {}
    for line in text[start + 4 : end.start()].splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if ":" not in line:
            raise InputError(f"{path}: malformed front matter line {line.strip()!r} (expected 'key: value')")
        key, value = line.split(":", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    body = end.end()
    return fields, body


def _date_from_front_matter(value: str, path: Path) -> str | None:
    m = re.match(r"^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)", value)
    if not m:
        return None
    try:
        return normalise_iso(m.group(1), f"{path}: front matter date")
    except InputError:
        return None


def _dateline_iso(line: str) -> str | None:
    import datetime as dt

    m = _DATELINE.match(line)
    if not m:
        return None
    if m.group(4):
        y, mo, d = int(m.group(4)), int(m.group(5)), int(m.group(6))
    else:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if y < 100:
            y += 2000 if y < 70 else 1900
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def detect_language(text: str) -> str:
    """The code of the language pack whose function words the text uses most, or und when no
    pack's words make up 8% of it: counts of frequent words are enough to tell news languages apart."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    hits = {p.code: sum(w in p.detect_words for w in words) for p in lang.packs()}
    best = max(hits, key=lambda code: hits[code], default="und")
    # one word suffices for a one-line article: the words are ones other languages lack
    if best == "und" or hits[best] < DEFAULT.boilerplate.language_share * max(len(words), 1) or hits[best] < 1:
        return "und"
    return best


def _lines(text: str, start: int):
    """(line_start, line_end) for each line from start, end excluding the newline."""
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        yield pos, end
        pos = end + 1


def mark_segments(text: str, body_start: int) -> tuple[list[Segment], str | None]:
    """Classify lines that are not article body. Returns segments and the first heading (a title)."""
    segments: list[Segment] = []
    seen: set[str] = set()
    title = None
    ended = False
    body_seen = False
    for a, b in _lines(text, body_start):
        line = text[a:b]
        stripped = line.strip().rstrip("\r")
        if not stripped:
            continue
        # keep offsets on the visible characters of the line
        a2 = a + (len(line) - len(line.lstrip()))
        b2 = a2 + len(stripped)
        if ended:
            segments.append(Segment(a2, b2, "boilerplate", "after end marker"))
            continue
        if _END_MARKERS.match(stripped):
            segments.append(Segment(a2, b2, "boilerplate", "end marker"))
            ended = True
            continue
        key = re.sub(r"\s+", " ", stripped.lower())
        if key in seen:
            segments.append(Segment(a2, b2, "boilerplate", "repeated line"))
            continue
        seen.add(key)
        if _DATELINE.match(stripped):
            segments.append(Segment(a2, b2, "metadata", "dateline"))
        elif _FURNITURE.match(stripped):
            segments.append(Segment(a2, b2, "boilerplate", "caption or site furniture"))
        elif furniture := line_furniture(stripped):
            segments.append(Segment(a2, b2, "boilerplate", furniture))
        elif _MD_HEADING.match(stripped):
            segments.append(Segment(a2, b2, "heading", "heading"))
            if title is None and not body_seen:
                title = _MD_HEADING.sub("", stripped)
        elif _TEASER_END.search(stripped) and not _SENTENCE_END.search(stripped[:-3] if stripped.endswith("...") else stripped[:-1]):
            segments.append(Segment(a2, b2, "boilerplate", "teaser cut short"))
        elif len(stripped.split()) <= 12 and not _SENTENCE_END.search(stripped):
            segments.append(Segment(a2, b2, "heading", "heading"))
            if title is None and not body_seen:  # a headline stands before the body
                title = stripped
        elif len(stripped.split()) <= 4 and stripped.endswith(":"):
            segments.append(Segment(a2, b2, "heading", "heading"))
        else:
            segments.extend(in_line_segments(text, a2, b2, first_body_line=not body_seen))
            body_seen = True
    return segments, title


def _read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, reading no more than ``limit`` + 1 of them: a huge file (or one that
    grows) is refused without being read into memory, and a pipe or device is never opened."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError(f"{path} is not a regular file (a device, pipe or socket is never an article)")
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
            size = max(len(data), os.fstat(fh.fileno()).st_size)
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from None
    if len(data) > limit:
        mb = 1024 * 1024
        raise InputError(f"{path} is {size / mb:.1f} MB; articles over {limit / mb:.1f} MB are refused "
                         f"(limits.max_article_bytes): split it, or raise the limit with --max-article-bytes")
    return data


def _refuse_long_lines(path: Path, text: str, limit: int) -> None:
    longest = max(map(len, text.split("\n")), default=0)
    if longest > limit:
        k = next(i for i, ln in enumerate(text.split("\n"), start=1) if len(ln) == longest)
        raise InputError(f"{path}: line {k} has {longest:,} characters; lines over {limit:,} are refused "
                         f"(limits.max_line_chars: a claim never crosses a line, and reading one that long "
                         f"takes minutes): add line breaks, or raise the limit with --max-line-chars")


def read_source(path: Path, published_override: str | None = None, limits: LimitSettings | None = None) -> Source:
    limits = limits or LimitSettings()
    data = _read_bounded(path, limits.max_article_bytes)
    text = decode(path, data)
    title = outlet = None
    if path.suffix.lower() in (".html", ".htm"):
        text, title, page_furniture, page_date = article_page(text)
    else:
        page_furniture, page_date = [], None
    if not text.strip():
        raise InputError(f"{path} is empty")
    _refuse_long_lines(path, text, limits.max_line_chars)
    fields, body_start = _front_matter(text, path)
    segments: list[Segment] = [Segment(a, b, "boilerplate", "caption or page furniture") for a, b in page_furniture]
    if body_start > 0 and fields:
        segments.append(Segment(0, body_start, "metadata", "front matter"))
    published = published_from = None
    title = fields.get("title") or title
    outlet = fields.get("source") or fields.get("outlet") or fields.get("publisher")
    for key in ("published", "date"):
        if key in fields:
            published = _date_from_front_matter(fields[key], path)
            published_from = "front matter" if published else None
            break
    token = _DATE_TOKEN.match(text, body_start)
    if token:
        segments.append(Segment(token.start(1) - 5, token.end(1), "metadata", "date token"))
        published = published or token.group(1)
        published_from = published_from or "date token"
        body_start = token.end()
    line_segments, heading_title = mark_segments(text, body_start)
    segments.extend(line_segments)
    if published is None and page_date:
        published = _date_from_front_matter(page_date, path)
        published_from = "page metadata" if published else None
    if published is None:
        for seg in line_segments:
            if seg.reason == "dateline":
                published = _dateline_iso(text[seg.start : seg.end])
                if published:
                    published_from = "dateline"
                    break
    if published_override:
        published, published_from = published_override, "--date"
    segments.sort(key=lambda s: (s.start, s.end))
    body = _body_text(text, segments, body_start)
    if not body.strip():
        raise InputError(f"{path} has no article text (only headings, captions or site furniture)")
    return Source(
        id=path.stem,
        path=str(path),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title or heading_title,
        outlet=outlet,
        published=published,
        published_from=published_from,
        language=detect_language(body),
        body_start=body_start,
        segments=segments,
    )


def body_stretches(text: str, segments: list[Segment], body_start: int):
    """(start, end) of the line-sized stretches of article body: what no segment covers."""
    skip = sorted((seg.start, seg.end) for seg in segments)
    pos = body_start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        # cut the line where a segment covers part of it
        a = pos
        for s0, s1 in skip:
            if s1 <= a or s0 >= end:
                continue
            if s0 > a and text[a:s0].strip():
                yield a, s0
            a = max(a, s1)
        if a < end and text[a:end].strip():
            yield a, end
        pos = end + 1


def _body_text(text: str, segments: list[Segment], body_start: int) -> str:
    return "\n".join(text[a:b] for a, b in body_stretches(text, segments, body_start))


def refuse_many_sources(n: int, limits: LimitSettings) -> None:
    if n > limits.max_sources:
        raise InputError(f"{n} sources; runs over {limits.max_sources} sources are refused (limits.max_sources: "
                         f"every pair of claims is compared): raise the limit with --max-sources")


def load_sources(paths: list[str], dates: dict[str, str] | None = None, limits: LimitSettings | None = None,
                 follow_symlinks: bool = False) -> list[Source]:
    dates = dates or {}
    limits = limits or LimitSettings()
    files = collect_paths(paths, follow_symlinks)
    refuse_many_sources(len(files), limits)
    known = {f.stem for f in files}
    for name in dates:
        if name not in known:
            raise InputError(f"--date names {name!r}, which is not one of the sources ({', '.join(sorted(known))})")
    return [read_source(f, dates.get(f.stem), limits) for f in files]
