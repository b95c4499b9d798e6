"""Every threshold, weight and window of the tool, in one place, each with why it has its value.

A newsroom repository may override any of them, as ruff and pytest are configured: in
``[tool.compare]`` of its ``pyproject.toml`` or in a ``compare.toml`` (which wins when both
are in one folder), found in the working folder or the nearest folder above it::

    # compare.toml                      # pyproject.toml
    [align]                             [tool.compare.align]
    group_threshold = -0.04             group_threshold = -0.04

``compare report --show-settings`` prints the effective values and where each came from.
The pipeline, the gate and the renderers all read the one ``Settings`` they are given.
"""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


class InputError(Exception):
    """Bad input or usage: the CLI prints the message on one line and exits 2."""


@dataclass
class AlignSettings:
    # CSLS discounts claims that resemble everything by their mean cosine to this many
    # nearest claims of other sources; 3 is the usual k and most claims have 2–4 true matches.
    neighbours: int = 3
    # Share of the previous claim's vector mixed into each claim's: "Hij legt zijn functie neer"
    # means what it means after the sentence before it. 0.3 measured best on the seeds (0.2–0.4 flat).
    discourse_context: float = 0.3
    # Average pair evidence two clusters need to be merged. Evidence is relative (CSLS), so 0 is
    # "as alike as a typical near neighbour"; slightly below 0 admits paraphrases.
    group_threshold: float = -0.06
    # Pair evidence above which a date difference is read as a disagreement, not as two moments.
    confident: float = 0.1
    # Mean evidence of a group that the reports present as an agreement; below it, "related".
    coherent: float = 0.0
    # A group may hold a source's claim and one restatement of it, not a whole paragraph.
    max_per_source: int = 2
    # Two claims of one source share a group only when as alike as the closest tenth of
    # cross-source pairs (a restatement, not a neighbouring clause).
    restatement_quantile: float = 0.9
    # Weight of one news event told in other words (paraphrase.py), scaled by its rarity.
    frame_weight: float = 0.15
    # Weights of the non-embedding evidence: shared content words (IDF-weighted), shared word
    # trigrams (near-verbatim quotes) and shared fact values. e5 alone misses paraphrases with
    # the same words and numbers; these were measured on the seeds at 0.25/0.15/0.2.
    word_weight: float = 0.25
    trigram_weight: float = 0.15
    fact_weight: float = 0.2
    # Shared trigrams count up to this many: three shared trigrams already mean a quote.
    trigram_cap: int = 3
    # incidents.py: a claim dated more than this many days from the day most sources name tells
    # of another incident (a roundup's earlier case); a week covers "last weekend" and
    # "Tuesday's funeral" of the same story. Such a claim tells of another incident when it tells
    # of the same kind of event as the story (another crash, an earlier arrest) ...
    incident_gap_days: int = 7
    # ... or, whatever it tells of, when dated this many years from it (a crash "in 1998" in a
    # story of 2019); a story's own history (warnings two years before a resignation) is nearer.
    incident_years: int = 3
    # ... and so do the claims right after it that carry no date of their own ("Ook toen
    # bleef de piloot ongedeerd."): the sentence after a dated one usually goes on about it.
    incident_carry: int = 1
    # Evidence subtracted between a claim of another incident and one of the story's: more
    # than any pair of claims scores, so the two never share a group.
    incident_penalty: float = 1.0


@dataclass
class JudgeSettings:
    # "ongeveer 40" admits 32–48: outlets round to the nearest 5 or 10, a fifth either way covers it.
    about_low: float = 0.8
    about_high: float = 1.2
    # "bijna 40" admits 32 up to 40.
    nearly_low: float = 0.8
    # A claim with several dates often tells of several moments; only a gap over a month
    # between them is then read as a disagreement about one moment.
    multi_date_gap_days: int = 31
    # A percentage belongs to the name within this many characters of it ("de AKP met ruim 44
    # procent"): a few words; further away, the name is usually another party's.
    share_name_window: int = 30


@dataclass
class FactSettings:
    # A hedge ("ruim", "at least") belongs to a number when it ends within this many
    # characters before it: two or three words.
    hedge_window: int = 25
    # What a number counts is read from the words after it, up to this many characters.
    counted_window: int = 80
    # A role is read from this many characters before a name ("SP-fractievoorzitter Erik")
    # and after it (", de hoogste ambtelijke baas van de gemeente,").
    role_before_window: int = 40
    role_after_window: int = 60
    # The "about what" of a knowledge statement is cut at this many characters.
    knowledge_about_chars: int = 120
    # "around 3:47 p.m." admits ten minutes either way: reporters round to the quarter hour
    # at most, and two times 15 minutes apart are a difference an editor wants to see.
    time_about_minutes: int = 10
    # "just after noon" / "kort na middernacht": up to half an hour after (or before).
    time_after_minutes: int = 30
    # "before 3:15 a.m." / "after 2 a.m." without "just": up to an hour.
    time_before_after_minutes: int = 60
    # A "he"/"she" refers to a person named at most this many characters before it: a news
    # paragraph or two (600 characters); further back, another person has usually been named.
    antecedent_reach_chars: int = 600
    # The speaker of a quote stands within this many characters after or before it (", said
    # Gov. John Bel Edwards during an appearance on …"): longer is the next sentence.
    quote_speaker_chars: int = 160
    # A noun phrase read as who knew or who said it has at most this many words ("Politie en
    # OM", "the staff at Classics"); a longer run is a clause, not a subject.
    actor_phrase_words: int = 6
    # A day and month without a year ("nog voor 28 april") in an article of 2 April is the
    # coming 28 April, not last year's: a date this many days ahead of publication at most
    # is read as upcoming. Further ahead, the past year is nearer and news tells the past.
    upcoming_days: int = 62


@dataclass
class SheetSettings:
    # A claim dated more than this many days from the main incident's day tells of another
    # incident (a roundup's earlier shooting, a previous case): a week covers "last
    # weekend" and "Tuesday's funeral" of the same story.
    incident_gap_days: int = 7
    # An outcome verb is read within this many characters of the count ("four officers were
    # fatally shot", "killing three"), with at most this many words between.
    outcome_window: int = 45
    outcome_gap_words: int = 3
    # A time of day is the incident's when a word of the incident ("shooting", "happened") is
    # this close: "the shooting happened around 3 a.m." — not "a vigil at 6 p.m. where the
    # shooting occurred", whose time is the vigil's.
    time_event_window: int = 40
    # Two quotes are one quotation given by two sources when they share at least this many
    # words in order, and this share of the shorter quote's words: a sentence, not a phrase
    # ("said it was a tragedy") that many speakers use.
    quote_min_shared_words: int = 6
    quote_shared_share: float = 0.7
    # "one male, and two females" is one group told by sex when the two counts stand this
    # close (a coordinated phrase); further apart they may count two groups.
    group_by_sex_gap: int = 15


@dataclass
class NameSettings:
    # Names spelled differently (names.py). A word shorter than this is never read as another's
    # misspelling: "Jan" / "Jen", "Iran" / "Iraq" are different names, and short words are
    # mostly function words.
    shortest_word: int = 4
    # Letters a name word may be off (Damerau-Levenshtein: a transposition counts one) and still
    # be the same name: one for any word ("Ivens" / "Ievens"), two for a word of eight letters
    # or more ("Garafola" / "Garafalo", "Mohammed" / "Muhammad"), where two slips are still
    # far from another name.
    letters_off_short: int = 1
    letters_off_long: int = 2
    # Two knowledge statements of different sources speak of one thing when their claims share
    # this many content words besides the actor ("onderzoek", "meldingen"): one shared word is
    # chance in a story that is all about one event.
    knowledge_shared_words: int = 2


@dataclass
class GateSettings:
    # A draft sentence may match a source's claim and its restatement.
    candidates_per_source: int = 2


@dataclass
class BoilerplateSettings:
    # boilerplate.py. A caption or credit line is short: a paragraph longer than this many words
    # that ends in "(Facebook)" is article text.
    caption_words: int = 80
    # A line of at most this many words holding a promotion ("Like us on Facebook!") is a widget
    # as a whole; a longer line loses only the promotion's sentence.
    promotion_line_words: int = 15
    # A line of 3 to this many words without a full stop, this share of them capitalised, is a
    # title-case headline ("Police Search For Suspect In Deadly Shooting"); a sentence that
    # names many people ends with a full stop.
    headline_words: int = 15
    headline_capitalised: float = 0.6
    # A text is in a pack's language when that pack's function words (which other languages
    # lack) are at least this share of its words; a news paragraph in Dutch has 15–25%.
    language_share: float = 0.08


@dataclass
class CopySettings:
    # A run of this many words printed by two sources is copied text: independent reports share
    # names and short phrases, and a quote is rarely this long outside quotation marks.
    run_words: int = 8
    # A pair is a copy when shared runs cover this share of either text: one quoted statement is
    # a few percent of an article, a rewritten wire story (one shared base text) about half.
    min_share: float = 0.25
    # ... or when both print this many whole sentences word for word (a sentence counts when
    # shared runs cover ``sentence_share`` of its words): one quoted remark is one sentence, a
    # statement or a wire paragraph taken over whole is several.
    min_sentences: int = 3
    sentence_share: float = 0.8


@dataclass
class LimitSettings:
    """Bounds on the work one run may do: `compare check` runs in CI on files anyone can put
    in a pull request. Each refusal is one line naming the limit and the option that raises
    it (--max-article-bytes, --max-sources, --max-claims, --max-line-chars)."""

    # A news article is a few kB, a long read 100 kB; a multi-megabyte "article" is a dump or
    # a mistake, and embedding it would take many minutes. 2 MiB, as before settings existed.
    max_article_bytes: int = 2 * 1024 * 1024
    # An event is told by a handful of outlets (the development corpora: 2-5 per story); 100
    # is a wire roundup with room to spare. Every pair of claims is compared, so sources
    # times claims bound the run.
    max_sources: int = 100
    # Alignment holds a dozen claims-by-claims matrices: 5000 claims take ~1.5 GB and ~20 s
    # (measured with a fake embedder), 100 sources of 50 claims each. Beyond it memory, not
    # time, gives out first.
    max_claims: int = 5000
    # Claims never cross a line, and reading facts is quadratic in the length of one claim:
    # a line of 20,000 characters without a sentence end takes ~1 s. The longest line in the
    # development corpora is 7,200 characters (a whole article on one line).
    max_line_chars: int = 20_000
    # The Markdown shows this many conflicts in full (quotes, links); the rest are counted
    # and left to the JSON. An editor reads a few dozen; thousands mean the articles are not
    # about one event, and would make a report of hundreds of MB.
    max_conflicts_shown: int = 200
    # A claim is quoted in the Markdown up to this many characters, the rest elided with
    # "…" (the line link and the JSON keep it whole): a news sentence is 100-300 characters.
    max_quote_chars: int = 600


@dataclass
class Settings:
    align: AlignSettings = field(default_factory=AlignSettings)
    judge: JudgeSettings = field(default_factory=JudgeSettings)
    facts: FactSettings = field(default_factory=FactSettings)
    sheet: SheetSettings = field(default_factory=SheetSettings)
    gate: GateSettings = field(default_factory=GateSettings)
    names: NameSettings = field(default_factory=NameSettings)
    limits: LimitSettings = field(default_factory=LimitSettings)
    copies: CopySettings = field(default_factory=CopySettings)
    boilerplate: BoilerplateSettings = field(default_factory=BoilerplateSettings)
    # "section.name" → the file that set it; absent keys are defaults
    origin: dict[str, str] = field(default_factory=dict, compare=False)

    def describe(self) -> list[tuple[str, object, str]]:
        """(key, value, where it came from) for every setting, in a stable order."""
        rows = []
        for section in dataclasses.fields(self):
            if section.name == "origin":
                continue
            for f in dataclasses.fields(getattr(self, section.name)):
                key = f"{section.name}.{f.name}"
                rows.append((key, getattr(getattr(self, section.name), f.name), self.origin.get(key, "default")))
        return rows


DEFAULT = Settings()

CONFIG_FILES = ("compare.toml", "pyproject.toml")


def find_config(start: Path | None = None) -> tuple[Path, dict] | None:
    """The nearest compare.toml, or pyproject.toml with a [tool.compare] table, from
    ``start`` upwards; with its compare table."""
    here = (start or Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        for name in CONFIG_FILES:
            path = folder / name
            if not path.is_file():
                continue
            data = _read_toml(path)
            if name == "compare.toml":
                return path, data
            table = data.get("tool", {}).get("compare")
            if table is not None:
                return path, table
    return None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path} is not valid TOML: {err}") from None


def load_settings(config: Path | None = None, start: Path | None = None) -> Settings:
    """Defaults, overridden by ``config`` if given, else by the nearest config file."""
    if config is not None:
        if not Path(config).is_file():
            raise InputError(f"no such settings file: {config}")
        data = _read_toml(Path(config))
        if Path(config).name == "pyproject.toml":
            data = data.get("tool", {}).get("compare", {})
        found = (Path(config), data)
    else:
        found = find_config(start)
    settings = Settings()
    if found:
        apply(settings, found[1], str(found[0]))
    return settings


def apply(settings: Settings, table: dict, origin: str) -> Settings:
    """Set the values of ``table`` ({section: {name: value}}), refusing unknown names and
    values of the wrong type with one line naming them."""
    sections = {f.name for f in dataclasses.fields(settings) if f.name != "origin"}
    for section, values in table.items():
        if section not in sections:
            raise InputError(f"{origin}: unknown settings section [{section}] (known: {', '.join(sorted(sections))})")
        if not isinstance(values, dict):
            raise InputError(f"{origin}: [{section}] must be a table of settings")
        target = getattr(settings, section)
        known = {f.name: f for f in dataclasses.fields(target)}
        for name, value in values.items():
            if name not in known:
                raise InputError(f"{origin}: unknown setting {section}.{name}")
            default = getattr(target, name)
            if isinstance(default, bool) or isinstance(value, bool):
                ok = isinstance(value, bool) and isinstance(default, bool)
            elif isinstance(default, int) and not isinstance(default, bool):
                ok = isinstance(value, int)
            else:
                ok = isinstance(value, (int, float))
                value = float(value) if ok else value
            if not ok:
                raise InputError(f"{origin}: {section}.{name} must be {type(default).__name__}, got {value!r}")
            setattr(target, name, value)
            settings.origin[f"{section}.{name}"] = origin
    return settings
