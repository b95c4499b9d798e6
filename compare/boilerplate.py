"""Site furniture inside the lines of an article: what ingest records as segments, not claims.

ingest.py classifies whole lines by their opening (``Foto: …``, ``Lees ook``, a heading);
this module reads the rest of a line:

- photo captions: a credit in parentheses after the last sentence ("… outside. (Laura Bult)",
  "(Photo: WKRN)", "(Published Wednesday, June 8, 2016)"), a position in a photo ("Joseph
  Brown (right) gets a hug …"), a line that is only a credit;
- promotions, social links and embeds ("Like us on Facebook!", "Buy this photo", "Download
  the … app", "Read or Share this story", an embedded tweet's ``pic.twitter.com`` or
  "— Name (@handle) June 8, 2016"), a pop-up's "×";
- a place dateline opening a line ("ALBANY, NY (NEWS10) –", "NEW YORK (AP) —",
  "LONG BEACH >>", "steun - " before the first sentence of a one-paragraph export);
- an intertitle glued between two sentences of a one-paragraph body ("… onschuldig is.
  Onschuld Gisteren publiceerde …", "Rotterdam De politie heeft …"): a short capitalised
  phrase without a verb, then a capitalised sentence opener. Dutch and English put the finite
  verb (lower case) right after a sentence's first phrase, so a capitalised "Hij", "Volgens"
  or "De politie" there starts a new sentence and the phrase before it stands alone.

Words come from every language pack (ingest runs before the language is known).
"""
from __future__ import annotations

import re

from . import lang
from .model import Segment
from .settings import DEFAULT, BoilerplateSettings


def _union(name: str) -> list[str]:
    return sorted(lang.union(name))


def _alt(name: str) -> str:
    return lang.alternation(_union(name))


def _capitalised(words) -> str:
    return lang.alternation(sorted({w[:1].upper() + w[1:] for w in words}))


# a line that opens with "Related:", "Lees ook:" and goes on: a link to another article
_LABEL = re.compile(rf"^\s*{_alt('furniture_labels')}\s*:", re.I)
# promotions and site furniture wherever they stand in a line
_PROMOTION = re.compile(rf"(?<!\w){_alt('promotions')}(?!\w)", re.I)
# a standing appeal for tips ("call Crime Stoppers at …"): its sentence, not the line, since the
# line may name the investigating police first
_APPEAL = re.compile(rf"(?<!\w){_alt('appeals')}(?!\w)", re.I)
_SENTENCE = re.compile(r"\S.*?(?:[.!?][\"'”’)]*(?=\s|$)|$)")
# "(Photo: WKRN)", "(Foto: ANP)" anywhere in a line
_LABELLED_CREDIT = re.compile(rf"\(\s*{_alt('caption_labels')}\s*:[^()]{{1,80}}\)", re.I)
# "(Laura Bult)", "(Facebook)", "(Published Wednesday, June 8, 2016)" after the last sentence
_CREDIT_TAIL = re.compile(r"[.!?\"”’']\s*\((?=[A-Z])[^()]{1,60}\)\s*$")
_CREDIT_ONLY = re.compile(r"^\([^()]{1,60}\)$")
_POSITION = re.compile(rf"\(\s*{_alt('caption_positions')}\s*\)", re.I)
# an embedded tweet: its picture link or its signature "— Name (@handle) June 8, 2016"
# An embedded post: a photo post ("pic.twitter.com/…") is a caption as a whole; a text post
# keeps its words (it quotes someone) and only its signature "— Name (@handle) June 8, 2016" is furniture.
_PHOTO_POST = re.compile(r"pic\.twitter\.com/")
_POST_SIGNATURE = re.compile(r"\s*[—–-]+\s*[^—–()]{1,60}\(@\w{1,15}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
_CLOSE_BUTTON = re.compile(r"^[×✕]\s")
# "Police Search For Suspect In Deadly Shooting", "BPD Head on Death of Teen: 'Too Many Guns'":
# a headline in title case (most words capitalised), without a full stop
_NO_FULL_STOP = re.compile(r"[^.!?][\"'”’)]*$")

# "ALBANY, NY (NEWS10) –", "GOODLETTSVILLE, Tenn. (WKRN) –", "NEW YORK (AP) —", "LONG BEACH >>",
# "MEMPHIS, Tenn. (AP) ": a place in capitals, a state or borough, an agency, then a dash
_PLACE = r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_REGION = r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
_AGENCY = r"\s*\([A-Za-z0-9 .&/-]{1,30}\)"
_DASH = r"\s*(?:--|[-–—]|>>)"
_PLACE_DATELINE = re.compile(rf"^{_PLACE}{_REGION}(?:{_AGENCY}(?:{_DASH})?|{_DASH})\s+(?=\S)")
# before the first sentence of a body: up to three words and a dash ("steun - De premier …")
_LEAD_DATELINE = re.compile(r"^[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){0,2}\s+[-–—]\s+(?=[A-Z„“\"'‘])")

_STOP = {w.lower() for w in lang.union("stop_words") | set(lang.union("sentence_openers"))}
# a sentence opener in capitals, or a determiner in capitals before a lower-case word, or a quote
_OPENER = (rf"(?:{_capitalised(lang.union('sentence_openers'))}\s"
           rf"|{_capitalised(lang.union('definite_articles') | lang.union('articles'))}\s+[a-zà-ÿ]"
           # a quote opens the sentence; a nickname ("Laura “Beth” Mulford") is no quote
           r"|(?:[\"'„“‘]|,,)[A-Z](?![\w'’-]*(?:\s+[\w'’-]+)?[\"'”’]\s+[A-Z]))")
_GLUED_HEAD = re.compile(rf"(?P<head>[A-Z][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){{0,2}}?)\s+(?={_OPENER})")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]{0,2}\s+")


def _promotion_block(line: str, settings: BoilerplateSettings) -> bool:
    """Whether a line holding a promotion is furniture as a whole: a short line, a single
    sentence, or a block of several promotions (a photo gallery's "Caption Close … Buy photo …
    Back to Gallery"); otherwise only the promotion's sentence is (``in_line_segments``)."""
    return (len(line.split()) <= settings.promotion_line_words or len(_SENTENCE.findall(line)) < 2
            or len(_PROMOTION.findall(line)) >= 2)


def line_furniture(line: str, settings: BoilerplateSettings | None = None) -> str | None:
    """Why a whole line is no article text, or None."""
    settings = settings or DEFAULT.boilerplate
    if _CLOSE_BUTTON.match(line):
        return "pop-up"
    if _PHOTO_POST.search(line) or _POST_SIGNATURE.match(line):
        return "embedded post"
    if _LABEL.match(line):
        return "link to another article"
    if _PROMOTION.search(line) and _promotion_block(line, settings):
        return "promotion or site furniture"
    words = line.split()
    if (3 <= len(words) <= settings.headline_words and _NO_FULL_STOP.search(line)
            and sum(w[:1].isupper() for w in words) >= settings.headline_capitalised * len(words)):
        return "headline"
    if len(words) <= settings.caption_words and (
            _LABELLED_CREDIT.search(line) or _CREDIT_TAIL.search(line) or _CREDIT_ONLY.match(line)
            or _POSITION.search(line)):
        return "photo caption or credit"
    return None


def in_line_segments(text: str, start: int, end: int, first_body_line: bool) -> list[Segment]:
    """Datelines and glued intertitles inside one body line ``text[start:end]``."""
    line = text[start:end]
    out: list[Segment] = []
    m = _PLACE_DATELINE.match(line) or (_LEAD_DATELINE.match(line) if first_body_line else None)
    if m:
        out.append(Segment(start, start + len(m.group().rstrip()), "metadata", "place dateline"))
    sig = _POST_SIGNATURE.search(line)
    if sig:
        out.append(Segment(start + sig.start(), end, "boilerplate", "embedded post"))
    for s in _SENTENCE.finditer(line):
        if _APPEAL.search(s.group()):
            out.append(Segment(start + s.start(), start + s.end(), "boilerplate", "appeal for tips"))
        elif _PROMOTION.search(s.group()):
            out.append(Segment(start + s.start(), start + s.end(), "boilerplate", "promotion or site furniture"))
    starts = [m.end() if m else 0] + [e.end() for e in _SENTENCE_END.finditer(line)]
    for pos in starts:
        g = _GLUED_HEAD.match(line, pos)
        if not g:
            continue
        words = g.group("head").split()
        if words[0].lower() in _STOP or words[-1].lower() in _STOP:
            continue
        out.append(Segment(start + g.start("head"), start + g.end("head"), "heading",
                           "place dateline" if pos == 0 else "intertitle"))
    return out


# "Gov." "Sgt." "dhr." "o.a." before the cut, or an initial ("Jerry M.") before a lower-case word
_TITLE_END = re.compile(rf"(?<![\w.])(?:{_alt('title_abbreviations')})\.\s*$", re.I)
_INITIAL_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}\s*$")


def cut_after_abbreviation(text: str, prev_start: int, prev_end: int, next_start: int) -> bool:
    """Whether the sentence cut between ``text[prev_start:prev_end]`` and the sentence at
    ``next_start`` is a fragment cut after an abbreviation ("Fellow officers Cpl. | Montrell
    Jackson, 32, …"), on one line: the two pieces are one sentence."""
    if "\n" in text[prev_end:next_start]:
        return False
    before = text[prev_start:prev_end]
    after = text[next_start:next_start + 1]
    if _TITLE_END.search(before):
        return True
    if re.search(r"\w\)\s*$", before):  # "Taya (Wilta) | Wordsworth, 15, …": no sentence ends in a bracket
        return True
    return bool(_INITIAL_END.search(before)) and (after.islower() or after in ")")
