"""The story's fact sheet: every source's value for the same fact, wherever it is said.

Aligned groups compare the claims that resemble each other; a fact is often stated in
different sentences ("officials say 12 died" / "the gunman, who killed 11"). The sheet
places facts in slots keyed by *which incident*, *whom it is about* and *what is measured*,
read from the claim's own words around the value, and compares every source's values in
a slot:

- the time of day of the main incident (a claim that tells of the incident and names one time);
- outcome counts: killed, injured, shot, arrested, charged, taken to hospital, missing, shots
  fired — of the people the number counts ("four officers were killed", "killing three",
  "12 doden");
- the age of each named person, and the party or body each is named with;
- the age of the one arrested or charged when no name stands beside it ("The 34-year-old
  was charged"), unless a source counts several in custody;
- the address on each street;
- quoted speech two sources give in different words (quotes.py);
- a thing one source states and another denies by name ("geen kerosine", denials.py).

Claims dated far from the main incident (a roundup's other shooting, an earlier case) are
another incident and stay out of its slots. Values are compared by their types'
``compatible``; a source conflicts with another only when none of its values in the slot
fits any of the other's. A difference explained by publication time (a later article's
higher death toll or new arrests) is a *development*, not a conflict.
"""
from __future__ import annotations

import datetime as dt
import re

from . import lang
from .denials import denial_slots
from .facts.numbers import indefinite_one
from .facts.times import is_timestamp
from .incidents import story_days
from .judge import fingerprint
from .model import (AGREE, Affiliation, CONFLICT, NOT_COMPARABLE, Age, Claim, DateSpan, Fact, Finding, PersonRef, Place, Quantity, Quotation, Sheet,
                    SheetEntry, Slot, Source, TimeOfDay, short_id, same_subject)
from .paraphrase import INCIDENT_FRAMES, LATER_FRAMES, frame_spans, frames
from .outcomes import outcome_of, tells_of_self_killing
from .quotes import quote_differences
from .settings import DEFAULT, Settings

# The measure of the slots only the review gate reads (model.Sheet.gate_slots).
GATE_ONLY = "day"

# Outcomes whose count only grows as a story develops: a later, higher figure is news, not error.
GROWING = {"killed", "arrested", "charged", "injured", "shot", "hospitalised"}


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None


def _main_streets(claims: list[Claim]) -> set[str]:
    """Streets two or more sources name: where the story happened."""
    named: dict[str, set[str]] = {}
    for c in claims:
        for f in c.facts:
            if isinstance(f, Place):
                named.setdefault(f.street.lower(), set()).add(c.source)
    return {street for street, sources in named.items() if len(sources) >= 2}


def _incident(claim: Claim, main_days: set[dt.date], main_streets: set[str], settings: Settings) -> str:
    """'other' when the claim's own dates all lie far from the main incident's day, or its
    streets are all other than the ones the sources share (a roundup's shooting that day)."""
    streets = {f.street.lower() for f in claim.facts if isinstance(f, Place)}
    if main_streets and streets and not streets & main_streets:
        return "other"
    if not main_days:
        return "main"
    dates = [f for f in claim.facts if isinstance(f, DateSpan) and f.resolved and f.ranges]
    if not dates:
        return "main"
    gap = settings.sheet.incident_gap_days
    mains = sorted(main_days)
    for f in dates:
        for a, b in f.ranges:
            lo, hi = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            # day differences, not shifted dates: an open bound ("nog voor 28 april") runs from
            # date.min, which a shift of a week would take out of range
            if any((lo - m).days <= gap and (m - hi).days <= gap for m in mains):
                return "main"
    return "other"


def _time_of_incident(claim: Claim, time: TimeOfDay | DateSpan, language: str, pack: lang.LanguagePack, settings: Settings) -> bool:
    """Whether a time of day (or a day) is the incident's: a word of the incident ("shooting",
    "happened") close to it, and no word of a timestamp ("UPDATE @ 9:05 p.m.") next to it."""
    a, b = time.start - claim.start, time.end - claim.start
    text, window = claim.text, settings.sheet.time_event_window
    if is_timestamp(text, a, b, pack):
        return False
    spots = [(s, e) for frame, s, e in frame_spans(text, language) if frame in INCIDENT_FRAMES]
    if pack.happening_words:
        spots += [m.span() for m in re.finditer(rf"\b(?:{'|'.join(pack.happening_words)})\b", text, re.I)]
    return any(s - b <= window and a - e <= window for s, e in spots)


def _counted(fact: Quantity, pack: lang.LanguagePack) -> str:
    """Whom a count counts, as a class: a general word for people is "people", anything else
    its own noun ("officers", "agenten"); a number alone counts people."""
    unit = re.sub(r"['’]s?$", "", (fact.unit or "").lower())
    if not unit or unit in pack.people_words:
        return "people"
    return unit


# An abbreviation of a party or body: short, one word, at least two capitals ("VVD", "PvdA",
# "D66", "SP"); a name or an ordinary word is not one.
_ACRONYM = re.compile(r"(?=\w*[A-Z]\w*[A-Z0-9])[A-Z][A-Za-z0-9]{1,5}")


def _party(claim: Claim, f: PersonRef) -> Fact | None:
    """The party or body a person is given by, as an abbreviation: in a compound role
    ("VVD-minister Eric Wiebes") or last in brackets after the name ("minister Wiebes
    (Economische Zaken en Klimaat, PvdA)")."""
    if f.org and _ACRONYM.fullmatch(f.org):
        at = f.text.find(f.org)
        if at >= 0:
            return Affiliation(text=f.org, start=f.start + at, end=f.start + at + len(f.org), claim=claim.id)
    after = claim.text[f.end - claim.start :]
    m = re.match(r"\s*\(([^()]{0,80})\)", after)
    if not m:
        return None
    last = m.group(1).split(",")[-1].strip()
    if not _ACRONYM.fullmatch(last):
        return None
    start = f.end + m.start(1) + m.group(1).rindex(last)
    return Affiliation(text=last, start=start, end=start + len(last), claim=claim.id)


def _age_subject(fact: Age, claims_people: list[PersonRef]) -> str | None:
    """The named person an age describes: its subject resolved through the claim's people."""
    if not fact.of_whom or not fact.of_whom[:1].isupper():
        return None
    words = set(fact.of_whom.split())
    # the person sharing most words with it: "Carey Dean Shriver, 46" is not his father
    # "Darrell Dean Shriver", named first in the same claim
    best = max((p for p in claims_people if p.value and words & set(p.value.split())),
               key=lambda p: (p.value == fact.of_whom, len(words & set(p.value.split()))), default=None)
    return best.value if best else None


def _incidents(claims: list[Claim], settings: Settings) -> dict[str, str]:
    """Each claim's incident. A claim dated weeks later about the people of the main incident
    (the suspect arrested, the victim named at the funeral) is its aftermath, not another
    incident: another incident has other dates, places *and* people."""
    main_days, main_streets = story_days(claims), _main_streets(claims)
    incident = {c.id: _incident(c, main_days, main_streets, settings) for c in claims}
    main_people = {f.value for c in claims if incident[c.id] == "main" for f in c.facts
                   if isinstance(f, PersonRef) and f.value}
    for c in claims:
        named = {f.value for f in c.facts if isinstance(f, PersonRef) and f.value}
        streets = {f.street.lower() for f in c.facts if isinstance(f, Place)}
        if incident[c.id] == "other" and named & main_people and not (streets and not streets & main_streets):
            incident[c.id] = "main"
    return incident


def _slot_facts(claim: Claim, source: Source, incident: str, settings: Settings):
    """(key, label, fact) for each fact of the claim that has a slot."""
    pack = lang.pack_for(source.language) or lang.NEUTRAL
    claim_frames = frames(claim.text, source.language)
    times = [f for f in claim.facts if isinstance(f, TimeOfDay)]
    if len(times) == 1 and not claim_frames & LATER_FRAMES and _time_of_incident(claim, times[0], source.language, pack, settings):
        yield f"{incident}/time/incident", "Time of the incident", incident, times[0]
    days = [f for f in claim.facts if isinstance(f, DateSpan) and f.resolved and f.ranges and f.precision == "day"
            and not f.modifier]
    # one day, or a night told by its two days ("the night of Feb. 26 and the early hours of Feb. 27")
    if days and _within_a_day(days) and not claim_frames & LATER_FRAMES:
        for day in days:
            if _time_of_incident(claim, day, source.language, pack, settings):
                yield f"{incident}/day/incident", "Day of the incident", incident, day
    people = [f for f in claim.facts if isinstance(f, PersonRef)]
    for f in claim.facts:
        if isinstance(f, PersonRef) and f.value:
            party = _party(claim, f)
            if party:
                yield f"{incident}/party/{f.value}", f"Party or body of {f.value}", incident, party
        if isinstance(f, Place):
            yield f"{incident}/place/{f.street.lower()}", f"Address on {f.street}", incident, f
        elif isinstance(f, Age):
            who = _age_subject(f, people)
            if who:
                yield f"{incident}/age/{who}", f"Age of {who}", incident, f
            elif _suspect_age(claim, f, source.language, pack):
                yield f"{incident}/suspect-age/", "Age of the one arrested or charged", incident, f
        elif isinstance(f, Quantity) and f.kind in ("count", "number") and f.interval(settings) is not None:
            outcome = outcome_of(claim, f, settings, pack)
            if outcome:
                counted = _counted(f, pack)
                label = pack.outcome_labels.get(outcome, outcome) if pack.outcome_labels else outcome
                yield f"{incident}/{outcome}/{counted}", f"{label.capitalize()} ({counted})", incident, f
    for sex, f, total in _by_sex(claim, pack, settings):
        yield f"{incident}/sexes-{total}/{sex}", f"{'Men' if sex == 'male' else 'Women'} among the {total}", incident, f


def _by_sex(claim: Claim, pack: lang.LanguagePack, settings: Settings) -> list[tuple[str, Quantity, int]]:
    """How one group the claim names divides by sex, ("male", count, total) and ("female",
    count, total): "one male, and two females", "The two men and one woman", "twee mannen en
    een vrouw". Two sources' groups of the same size are taken to be the same people (the
    three injured); a claim with more than one count of a sex names several groups: none."""
    if not pack.sex_nouns:
        return []
    counts = [(pack.sex_nouns[f.unit], f) for f in claim.facts if isinstance(f, Quantity) and f.kind == "count"
              and f.unit in pack.sex_nouns and f.interval(settings) is not None]
    if len(counts) == 1:  # "two men and a woman": the article counts one of the other sex
        other = "female" if counts[0][0] == "male" else "male"
        for noun in (n for n, sex in pack.sex_nouns.items() if sex == other):
            one = indefinite_one(claim.text, claim.start, noun)
            if one is not None:
                counts.append((other, one))
                break
    if sorted(sex for sex, _ in counts) != ["female", "male"]:
        return []
    (_, x), (_, y) = sorted(counts, key=lambda c: c[1].start)
    if y.start - x.end > settings.sheet.group_by_sex_gap or not all(f.point is not None for _, f in counts):
        return []  # not one coordinated phrase
    total = int(sum(f.point for _, f in counts))
    return [(sex, f, total) for sex, f in counts]


_CUSTODY_FRAMES = ("@arrest", "@charge")
_CUSTODY_OUTCOMES = ("arrested", "charged")


def _suspect_age(claim: Claim, age: Age, language: str, pack: lang.LanguagePack) -> bool:
    """An age without a name that is the subject or the object of an arrest or a charge: "The
    34-year-old was charged", "has charged a 31-year old man", "De 34-jarige man werd
    aangehouden". Not "charged in the death of a 3-year-old" (the victim's)."""
    text, a, b = claim.text, age.start - claim.start, age.end - claim.start
    articles = lang.alternation([*pack.articles, *pack.definite_articles]) if pack.articles else "(?!)"
    for frame, s, e in frame_spans(text, language):
        if frame not in _CUSTODY_FRAMES:
            continue
        if b <= s and re.fullmatch(r"(?:\s+[\w-]+){0,2}\s+", text[b:s]):
            return True
        if a >= e and re.fullmatch(rf"\s+(?:{articles}\s+)?", text[e:a], re.I):
            return True
    return False


def _several_in_custody(slots: dict[str, Slot], settings: Settings) -> bool:
    """Whether a source counts two or more people arrested or charged: then an age without a
    name may be any of them, and two sources' ages are no disagreement."""
    return any(key.split("/")[1] in _CUSTODY_OUTCOMES and isinstance(e.fact, Quantity)
               and (e.fact.interval(settings) or (0, 0))[1] >= 2 for key, slot in slots.items() for e in slot.entries)


def build_sheet(sources: list[Source], claims: list[Claim], settings: Settings = DEFAULT) -> Sheet:
    by_id = {s.id: s for s in sources}
    incidents = _incidents(claims, settings)
    slots: dict[str, Slot] = {}
    for c in claims:
        for key, label, incident, fact in _slot_facts(c, by_id[c.source], incidents[c.id], settings):
            slot = slots.setdefault(key, Slot(id="", key=key, label=label, incident=incident))
            slot.entries.append(SheetEntry(c.source, c.id, fact))
    if _several_in_custody(slots, settings):
        slots = {k: v for k, v in slots.items() if k.split("/")[1] != "suspect-age"}
    gate_slots = [slots.pop(k) for k in sorted(k for k in slots if k.split("/")[1] == GATE_ONLY)]
    published = {s.id: _day(s.published) for s in sources}
    claim_of = {c.id: c for c in claims}
    out = []
    for slot in sorted(slots.values(), key=lambda s: (s.incident != "main", s.key)):
        if len({e.source for e in slot.entries}) < 2:
            slot.status = "single"
        else:
            _judge_slot(slot, published, claim_of)
        out.append(slot)
    out += _quote_slots(sources, claims, settings)
    out += denial_slots(sources, claims)
    order = sorted(out, key=lambda s: ({"conflict": 0, "development": 1}.get(s.status, 2), s.incident != "main", s.key))
    for k, s in enumerate(order, start=1):
        s.id = f"S{k}"
    return Sheet(order, gate_slots=gate_slots)


def _judge_slot(slot: Slot, published: dict[str, dt.date | None], claims: dict[str, Claim]) -> None:
    by_source: dict[str, list[SheetEntry]] = {}
    for e in slot.entries:
        by_source.setdefault(e.source, []).append(e)
    sources = sorted(by_source)
    clashes: list[tuple[SheetEntry, SheetEntry]] = []
    outcomes = set()
    for i, sa in enumerate(sources):
        for sb in sources[i + 1 :]:
            pairs = [(x, y, slot_compare(slot, x, y, claims)) for x in by_source[sa] for y in by_source[sb]]
            pairs = [p for p in pairs if p[2] != NOT_COMPARABLE]
            if not pairs:
                continue
            if all(o == CONFLICT for _, _, o in pairs):
                clashes.append((pairs[0][0], pairs[0][1]))
                outcomes.add(CONFLICT)
            else:
                outcomes.update(o for _, _, o in pairs if o != CONFLICT)
    if not clashes:
        slot.status = "single" if not outcomes else "agree" if outcomes == {AGREE} else "compatible"
        return
    measure = slot.key.split("/")[1]
    developments = [(x, y) for x, y in clashes if _is_development(x, y, measure, published)]
    severity = "note" if len(developments) == len(clashes) else "conflict"
    slot.status = "development" if severity == "note" else "conflict"
    involved = sorted({e.claim for pair in clashes for e in pair})
    values = {}
    for e in slot.entries:
        if e.claim in involved:
            values.setdefault(e.source, []).append(e.fact.text)
    values = {s: ", ".join(dict.fromkeys(v)) for s, v in sorted(values.items())}
    said = "; ".join(f"{short_id(s)} says '{v}'" for s, v in values.items())
    if severity == "note":
        dates = ", ".join(f"{short_id(s)} {published[s]}" for s in values)
        message = f"{slot.label} changed as the story developed ({dates}): {said}"
    else:
        message = f"{slot.label} differs: {said}"
    slot.findings.append(Finding(
        severity=severity, kind="development" if severity == "note" else _kind(slot),
        claims=involved, values=values,
        spans={e.claim: e.fact.text for e in slot.entries if e.claim in involved},
        message=message,
        fingerprint=fingerprint(f"sheet:{slot.key}", sorted((s, v) for s, v in values.items())),
    ))


def _quote_slots(sources: list[Source], claims: list[Claim], settings: Settings) -> list[Slot]:
    """One slot for each quotation two or more sources give in different words."""
    diffs = quote_differences(sources, claims, settings)
    by_id = {c.id: c for c in claims}
    texts = {s.id: s.text for s in sources}
    parent: dict[int, int] = {}

    def root(k: int) -> int:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    quotes = {}
    for d in diffs:
        quotes[id(d.x)], quotes[id(d.y)] = d.x, d.y
        parent[root(id(d.x))] = root(id(d.y))
    slots = []
    for members in _components(quotes, root):
        first = min(members, key=lambda q: (q.source, q.start))
        words = " ".join(first.text.split()[: 6])
        slot = Slot(id="", key=f"main/quote/{first.source}:{first.start}", label=f"Quote “{words} …”", incident="main",
                    status="conflict")
        mine = [d for d in diffs if root(id(d.x)) == root(id(first))]
        held = {}
        for d in mine:  # the claim holding the words that differ, for each quote
            held[id(d.x)], held[id(d.y)] = d.x_claim, d.y_claim
        for q in sorted(members, key=lambda q: (q.source, q.start)):
            claim = by_id[held.get(id(q), q.claim)]
            # the part of the quote inside the claim that holds the differing words: one sentence
            a, b = max(q.start, claim.start), min(q.end, claim.end)
            text = texts[q.source][a:b].strip(" „“”\"‘’«»,.")
            a = texts[q.source].index(text, a) if text else a
            slot.entries.append(SheetEntry(q.source, claim.id, Quotation(text=text, start=a, end=a + len(text), claim=claim.id)))
        said = "; ".join(f"{short_id(d.x.source)} says '{' '.join(d.x_words)}', {short_id(d.y.source)} says '{' '.join(d.y_words)}'"
                         for d in mine)
        values = {e.source: e.fact.text for e in slot.entries}
        slot.findings.append(Finding(
            severity="conflict", kind="quote", claims=sorted({e.claim for e in slot.entries}), values=values,
            spans={e.claim: e.fact.text for e in slot.entries}, message=f"Quote worded differently: {said}",
            fingerprint=fingerprint("sheet:quote", sorted(values.items()))))
        slots.append(slot)
    return slots


def _components(quotes: dict, root) -> list[list]:
    groups: dict[int, list] = {}
    for k, q in quotes.items():
        groups.setdefault(root(k), []).append(q)
    return sorted(groups.values(), key=lambda g: min((q.source, q.start) for q in g))


def slot_compare(slot: Slot, x: SheetEntry, y: SheetEntry, claims: dict[str, Claim]) -> str:
    """How two values of one slot relate (agree | compatible | conflict | not_comparable); the
    gate compares a draft's values in the sheet with the same rule."""
    outcome = _compare(x.fact, y.fact)
    if outcome == CONFLICT and slot.key.split("/")[1] == "day" and _over_midnight(x, y, claims):
        return "compatible"  # "late Sunday night" and "early Monday" are one night
    if outcome == CONFLICT and slot.key.split("/")[1] == "killed" and _one_apart(x.fact, y.fact) and (
            tells_of_self_killing(claims[x.claim]) or tells_of_self_killing(claims[y.claim])):
        return "compatible"  # "killing three before killing himself" against "four were killed"
    return outcome


def _within_a_day(dates: list[DateSpan]) -> bool:
    """All the dates lie on one day or on two days in a row."""
    ends = [dt.date.fromisoformat(x) for f in dates for r in f.ranges for x in r]
    return (max(ends) - min(ends)).days <= 1


def _over_midnight(x: SheetEntry, y: SheetEntry, claims: dict[str, Claim]) -> bool:
    """Two days one apart where the earlier one's claim tells of its night or the later one's
    of its first hours: the same incident, dated on either side of midnight."""
    def days(f: DateSpan) -> tuple[dt.date, dt.date]:
        return dt.date.fromisoformat(min(a for a, _ in f.ranges)), dt.date.fromisoformat(max(b for _, b in f.ranges))

    (x0, x1), (y0, y1) = days(x.fact), days(y.fact)
    if (y0 - x1).days == 1:
        earlier, later = x, y
    elif (x0 - y1).days == 1:
        earlier, later = y, x
    else:
        return False
    night = any(isinstance(f, TimeOfDay) and any(b > 1440 or a >= 1200 for a, b in f.ranges) for f in claims[earlier.claim].facts)
    small_hours = any(isinstance(f, TimeOfDay) and any(a < 360 for a, _ in f.ranges) for f in claims[later.claim].facts)
    # "early Sunday", "Sunday early": the word in the date or just before it
    text, a = claims[later.claim].text, later.fact.start - claims[later.claim].start
    near = text[max(0, a - 12) : a] + " " + later.fact.text
    early = any(v == "begin" and re.search(rf"\b{re.escape(k)}\b", near, re.I)
                for p in lang.packs() for k, v in p.period_parts.items())
    return night or small_hours or early


def _one_apart(x: Fact, y: Fact) -> bool:
    ix, iy = x.interval(), y.interval()
    return bool(ix and iy) and (abs(ix[0] - iy[1]) == 1 or abs(iy[0] - ix[1]) == 1)


def _compare(x: Fact, y: Fact) -> str:
    """Two values of one slot. Counts in one slot count the same class of people already
    ("four officers", "three" after "officers were killed"), so their words are not compared."""
    if isinstance(x, Quantity) and isinstance(y, Quantity) and (not isinstance(x, Age) or _described_alike(x, y)):
        a, b = x.interval(), y.interval()
        if a is None or b is None:
            return NOT_COMPARABLE
        return CONFLICT if not (a[0] <= b[1] and b[0] <= a[1]) else AGREE if a == b else "compatible"
    return x.compatible(y).outcome


def _described_alike(x: Age, y: Fact) -> bool:
    """Two ages in the suspect's slot, compared by value: described by no word, or the same
    one ("The 34-year-old" / "a 31-year old man"); named ages keep Age.compatible."""
    words = [w for w in (x.of_whom, getattr(y, "of_whom", None)) if w]
    return isinstance(y, Age) and not any(w[:1].isupper() for w in words) and (len(words) < 2 or same_subject(*words))


def _kind(slot: Slot) -> str:
    measure = slot.key.split("/")[1]
    return {"time": "time", "day": "date", "age": "age", "suspect-age": "age", "place": "place", "party": "role"}.get(measure, "count")


def _is_development(x: SheetEntry, y: SheetEntry, measure: str, published: dict[str, dt.date | None]) -> bool:
    """The later article gives the higher figure of a count that only grows."""
    if measure not in GROWING:
        return False
    dx, dy = published.get(x.source), published.get(y.source)
    if dx is None or dy is None or dx == dy:
        return False
    early, late = (x, y) if dx < dy else (y, x)
    ie, il = early.fact.interval(), late.fact.interval()
    return ie is not None and il is not None and il[0] > ie[1]
