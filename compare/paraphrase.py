"""News events told in other words: frames of Dutch and English phrasings for the same event.

A small multilingual embedding model (e5-small) hears "Hij legt zijn functie onmiddellijk
neer" and "is maandag per direct opgestapt" as barely related, and "heeft haar nooit
aangeraakt" as unrelated to "geen fysiek contact". The events news reports are made of
(resigning, arresting, shooting, dying, warning, apologising …) are a small, stable set, and
each is told in a handful of verbs and fixed phrases. Alignment counts a frame two claims
share ("@resign") as evidence that they speak of the same thing, weighted by how rare the
frame is in the run (align._rare_shared). Frames say nothing about polarity or tense: "trad niet af" still speaks of
resigning, which is what alignment needs; verdicts never read frames.

Patterns are matched case-insensitively on word boundaries; Dutch separable verbs are
matched with their particle later in the clause ("stapt … op", "legt … neer"). Words that
mean something else in the other language or in crime news are left out or tied to their
context: "fired" (a gun) only as "fired from", "brand" (English) only in Dutch compounds,
"touch" only with an object person; "opgepakt" is left out ("signalen zijn opgepakt" is
handled, not arrested).
"""
from __future__ import annotations

import re

_GAP = r"(?:\s+\S+){0,6}?\s+"  # up to six words between a separable verb and its particle

_FRAMES: dict[str, list[str]] = {
    "resign": [
        r"af(?:ge)?tr(?:eden|ad|aden|eedt|ede)", r"tr(?:eedt|ad|aden|eden)" + _GAP + r"af\b",
        r"op(?:ge)?stap(?:t|te|ten|pen)", r"stap(?:t|te|ten|pen)" + _GAP + r"op\b",
        r"terug(?:ge)?tr(?:eden|ad|aden|eedt)", r"ontslag\s+(?:ge)?n(?:eemt|am|amen|emen|omen)",
        r"n(?:eemt|am|amen|emen)" + _GAP + r"ontslag\b",
        r"(?:functie|ambt|zetel|taken)(?:\s+\S+){0,3}?\s+neer(?:ge)?leg(?:t|de|den|gen)",
        r"leg(?:t|de|den|gen)?" + _GAP + r"(?:functie|ambt|zetel|taken)\b(?:\s+\S+){0,3}?\s+neer\b",
        r"resign(?:s|ed|ing|ation)?", r"step(?:s|ped|ping)?\s+down", r"stood\s+down", r"stand(?:s|ing)?\s+down",
        r"quit(?:s|ting)?",
    ],
    "dismiss": [
        r"(?:ge)?ontsla(?:gen|at|an)", r"ontslag\s+(?:gekregen|kreeg)", r"fired\s+from", r"dismiss(?:ed|al)", r"sacked",
    ],
    "arrest": [
        r"(?:ge)?arrest(?:eerd|eerde|eerden|eert|eren|atie|aties)", r"aan(?:ge)?houden", r"aanhouding",
        r"in\s+hechtenis", r"arrest(?:s|ed|ing)?", r"detain(?:s|ed|ing)?", r"(?:in|into)\s+custody",
    ],
    "charge": [
        r"aan(?:ge)?klaagd", r"aanklacht", r"(?:ge)?vervolgd", r"vervolging", r"charg(?:e|es|ed)\s+with",
        r"indict(?:ed|ment)?", r"prosecut(?:ed|ion)",
    ],
    "sentence": [
        r"veroordeel?(?:d|de|den)", r"veroordeling", r"(?:ge)?vonnis", r"convict(?:ed|ion)", r"sentenc(?:ed|e)\s+to",
        r"found\s+guilty",
    ],
    "die": [
        r"(?:ge)?dood", r"om\s+het\s+leven", r"omgekomen", r"overl(?:eden|eed)", r"(?:ge)?sneuveld", r"doden",
        r"kill(?:s|ed|ing)?", r"dead", r"died", r"death", r"fatal(?:ly)?", r"lost\s+(?:his|her|their)\s+li(?:fe|ves)",
    ],
    "injure": [
        r"(?:zwaar|licht|ernstig)?gewond", r"verwond(?:ing|ingen|e)?", r"injur(?:ed|ies|y|ing)", r"wound(?:ed|s)?",
        r"hurt",
    ],
    "shoot": [
        r"(?:neer|be)?(?:ge)?schoten", r"schiet(?:partij|incident)", r"schoot", r"vuur\s+geopend",
        r"shot", r"shoot(?:ing|ings|s)?", r"gunfire", r"gunman", r"opened\s+fire", r"fired\s+(?:at|on|shots)",
    ],
    "touch": [
        r"aan(?:ge)?raakt?", r"aanraken", r"aanraking(?:en)?", r"fysiek\s+contact", r"lichamelijk\s+contact",
        r"betast", r"touch(?:ed|ing)\s+(?:her|him|me|them|us)", r"physical\s+contact", r"grop(?:e|ed|ing)",
    ],
    "warn": [
        r"(?:ge)?waarschuw(?:d|de|den|t|en|ing)?", r"aan(?:ge)?sprok(?:en)?", r"spr(?:eek|aken|eekt)" + _GAP + r"aan\b",
        r"(?:ge)?berispt", r"berisping", r"(?:ge)?wezen\s+op", r"warn(?:ed|s|ing)?", r"reprimand(?:ed)?",
        r"admonish(?:ed)?", r"confront(?:ed)?",
    ],
    "apologise": [
        r"excuses", r"verontschuldiging(?:en)?", r"verontschuldig(?:de|den|t)", r"excuseer(?:de|t)", r"excuseren", r"spijt",
        r"apolog(?:y|ies|ise|ised|ize|ized)", r"sorry", r"regret(?:s|ted)?",
    ],
    "conclude": [
        r"afgerond(?:e)?", r"afronding", r"rond(?:de|t)" + _GAP + r"af\b", r"afgesloten", r"voltooid", r"conclu(?:ded|sion)",
        r"complet(?:ed|ion)", r"finish(?:ed)?",
    ],
    "commission": [
        r"opdracht\s+(?:ge)?(?:geven|gegeven|gaf|gaven)", r"in\s+opdracht\s+van", r"opgestart", r"ingesteld",
        r"commissioned", r"launched",
    ],
    "appoint": [
        r"benoemd", r"benoeming", r"aan(?:ge)?steld", r"(?:ge)?kozen\s+(?:tot|als)", r"appoint(?:ed|ment)",
        r"elected", r"named\s+(?:as|the)",
    ],
    "flee": [
        r"(?:ge)?vlucht(?:te|ten)?", r"ontsnapt", r"fled", r"flee(?:ing|s)?", r"escap(?:ed|e)", r"on\s+the\s+run",
    ],
    "rob": [
        r"overval(?:len)?", r"(?:be)?roofd", r"beroving", r"(?:ge)?stolen", r"diefstal", r"rob(?:bed|bery|beries)",
        r"stole(?:n)?", r"theft", r"burglar(?:y|ies)",
    ],
    "crash": [
        r"botsing", r"(?:ge)?botst", r"aanrijding", r"ongeluk", r"crash(?:ed|es)?", r"collid(?:ed|e)", r"collision",
    ],
    "fire": [
        r"(?:woning|natuur|bos|school|auto)brand(?:en)?", r"uitslaande\s+brand", r"brandweer", r"in\s+vlammen",
        r"fire\s+(?:broke|destroyed|crews?|fighters?)", r"firefighters?", r"blaze", r"in\s+flames",
    ],
    "complaint": [
        r"klacht(?:en)?", r"melding(?:en)?", r"aangifte", r"signal(?:en)?", r"complain(?:t|ts|ed)",
        r"report(?:ed)?\s+(?:to|by)", r"allegation(?:s)?",
    ],
}

_COMPILED = {
    frame: re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])", re.IGNORECASE)
    for frame, patterns in _FRAMES.items()
}


def frames(text: str) -> set[str]:
    """The event frames a text speaks of, as tokens ("@resign") that cannot clash with words."""
    return {f"@{frame}" for frame, pattern in _COMPILED.items() if pattern.search(text)}
