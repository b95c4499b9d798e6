"""Dutch."""
from __future__ import annotations

from . import LanguagePack

_GAP = r"(?:\s+\S+){0,6}?\s+"  # up to six words between a separable verb and its particle

NL = LanguagePack(
    code="nl",
    name="Dutch",
    # frequent Dutch function words that English and German lack ("die", "in", "er", "was", "als"
    # are German too, "is" English: a German article would count as Dutch)
    detect_words=frozenset("de het een en van dat op te zijn niet met voor aan ook door maar bij om naar "
                           "heeft wordt werd nog zij hij wij".split()),
    end_markers=("trefwoorden", "tags", "lees ook", "lees meer", "meer over dit onderwerp", "laatste nummer",
                 "gerelateerde artikelen", "gerelateerd", "meer nieuws"),
    caption_labels=("foto", "beeld", "bron", "video"),
    caption_openers=("foto", "beeld", "afbeelding van"),
    furniture=("wilt u reageren", "heeft u een tip", "mail naar", "volg ons", "advertentie", "klik hier",
               "geactualiseerd op"),
    furniture_labels=("lees ook", "lees meer", "zie ook", "kijk ook", "meer over", "bekijk ook", "luister"),
    promotions=("volg ons op", "like ons op", "download de app", "download onze app", "nieuwsbrief",
                "schrijf je in", "meld je aan", "alle rechten voorbehouden", "klik hier", "deel dit artikel",
                "lees het hele artikel", "bekijk de video", "bekijk de foto"),
    appeals=("meld misdaad anoniem", "anoniem melden", "anoniem via", "tiplijn"),
    caption_positions=("links", "rechts", "midden", "l.", "r.", "m."),
    sentence_openers=("hij", "zij", "ze", "wij", "we", "ik", "er", "dit", "dat", "die", "deze", "volgens",
                      "gisteren", "vandaag", "eerder", "toen", "zelfs", "ook", "voor", "in", "op", "bij", "na",
                      "tijdens", "daarna", "daarom", "daardoor", "wel"),
    title_abbreviations=("dhr", "mevr", "mr", "dr", "drs", "ir", "ing", "prof", "ds", "o.a", "bijv", "ca", "i.p.v",
                         "m.b.t", "t.a.v", "n.a.v", "z.g"),

    contrast_words=("maar", "terwijl", "want", "waarna", "waardoor"),
    not_after_contrast=("ook",),
    relative_pronouns=("die", "dat", "wie", "welke"),
    cause_words=("omdat", "nadat", "zodat"),
    but_words=("maar",),
    noun_phrase_starts=("de", "het", "een", "ook", "zijn", "haar", "hun", "niet", "alleen", "wel", "dan", "nu",
                        "in", "op", "van", "bij", "met", "voor"),
    reason_words=("na", "wegens", "vanwege"),
    # ge-participles; those without ge- ("ontslagen", "vertrokken") cannot be told from plurals
    participle=r"[^\W\d_]*ge[^\W\d_]{2,}(?:d|t|en)",

    months={"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
            "september": 9, "oktober": 10, "november": 11, "december": 12,
            "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
            "nov": 11, "dec": 12},
    month_names=("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                 "oktober", "november", "december"),
    weekdays={"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6},
    seasons={"lente": "spring", "voorjaar": "spring", "zomer": "summer", "herfst": "autumn", "najaar": "autumn",
             "winter": "winter"},
    period_parts={"begin": "begin", "eind": "end", "einde": "end", "medio": "mid", "midden": "mid", "half": "mid",
                  "halverwege": "mid"},
    earlier_later={"eerder": "begin", "later": "end"},
    relative={"vorige": "last", "vorig": "last", "afgelopen": "recent", "deze": "this", "dit": "this",
              "volgende": "next", "volgend": "next", "komende": "next", "komend": "next"},
    periods={"jaar": "year", "maand": "month", "week": "week", "weekend": "weekend"},
    # "morgen" is left out: as often "morning" as "tomorrow"
    deictic_days={"eergisteren": -2, "gisteren": -1, "vandaag": 0, "gisteravond": -1, "gistermiddag": -1,
                  "gisterochtend": -1, "gistermorgen": -1, "gisternacht": -1, "vanochtend": 0, "vanmorgen": 0,
                  "vanmiddag": 0, "vanavond": 0},
    dayparts={"ochtend": "morning", "morgen": "morning", "middag": "afternoon", "avond": "evening", "nacht": "night"},
    late_words=("laat op", "laat in de avond van"),
    of_words=("van",),
    date_articles=("het", "de"),
    ordinal_suffixes=("e", "ste", "de"),
    # "voor maart" is as often "for March": no modifier before a bare month
    month_prepositions={"in": None, "op": None, "tijdens": None, "begin": "begin", "eind": "end", "sinds": "since",
                        "vanaf": "since", "tot": "before"},
    denial_words=("geen",),
    predicate_verbs=("is", "was", "waren", "zijn", "ben", "bent", "wordt", "werd", "werden", "worden", "heeft", "hebben",
                 "had", "hadden", "kan", "kon", "zal", "zou", "wil", "er", "het", "dat"),
    that_year=("van dat jaar", "dat jaar", "van datzelfde jaar", "datzelfde jaar"),
    past_markers=("was", "waren", "werd", "werden", "had", "hadden"),
    day_bounds={"nog voor": "before", "vóór": "before", "nog vóór": "before", "kort voor": "before",
                "ruim voor": "before", "uiterlijk": "by", "na": "after", "kort na": "after"},
    year_prepositions={"sinds": "since", "vanaf": "since", "voor": "before", "vóór": "before", "na": "after"},
    future_markers=("zal", "zullen", "zult", "gaat", "gaan", "komende", "volgende", "volgend", "wil", "willen",
                    "van plan"),
    ahead_words=("over", "in"),
    within_words=("in",),
    span_before=("in", "gedurende", "binnen"),
    span_after=("tijd",),
    ago_words=("geleden",),
    event_relations={"na": "after", "voor": "before"},
    possessives=("de", "het", "haar", "zijn", "hun"),

    units={"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
           "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19},
    tens={"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
          "negentig": 90},
    units_first=True,
    tens_joiners=("en", "ën"),
    glued_compounds=True,
    scales={"honderd": 100, "duizend": 1000, "miljoen": 10**6, "miljard": 10**9, "mln": 10**6, "mld": 10**9,
            "dozijn": 12},
    fractions={"anderhalf": 1.5, "anderhalve": 1.5, "een half": 0.5, "een halve": 0.5, "twee derde": 2 / 3,
               "een derde": 1 / 3, "een kwart": 0.25, "drie kwart": 0.75, "driekwart": 0.75, "een dozijn": 12},
    ordinals={"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
              "achtste": 8, "negende": 9, "tiende": 10},
    articles=("een",),  # the numeral is written "één" when it is meant
    decimal_mark=",",
    hedges={"ten minste": "at_least", "tenminste": "at_least", "minstens": "at_least", "minimaal": "at_least",
            "ruim": "more_than", "meer dan": "more_than", "een dikke": "more_than",
            "bijna": "nearly", "een kleine": "nearly",
            "ongeveer": "about", "zo'n": "about", "zo’n": "about", "circa": "about", "ca.": "about",
            "rond de": "about", "rond": "about", "omstreeks": "about", "naar schatting": "about",
            "tot wel": "at_most", "maximaal": "at_most", "hooguit": "at_most", "hoogstens": "at_most",
            "binnen": "at_most", "tot": "at_most",
            "minder dan": "less_than", "onder de": "less_than"},
    currencies={"euro": "EUR", "euro's": "EUR", "dollar": "USD", "dollars": "USD", "pond": "GBP"},
    percent_words={"procent": "%", "procentpunt": "pp", "procentpunten": "pp"},
    time_units={"jaar": ("jaar", 365), "jaren": ("jaar", 365), "jaartje": ("jaar", 365),
                "maand": ("maand", 30), "maanden": ("maand", 30), "week": ("week", 7), "weken": ("week", 7),
                "dag": ("dag", 1), "dagen": ("dag", 1), "uur": ("uur", 1 / 24), "uren": ("uur", 1 / 24),
                "minuut": ("minuut", 1 / 1440), "minuten": ("minuut", 1 / 1440),
                "seconde": ("seconde", 1 / 86400), "seconden": ("seconde", 1 / 86400),
                "decennium": ("decennium", 3652), "decennia": ("decennium", 3652)},
    age_unit="jaar",
    age_patterns=(r"\b(?P<n>\d{1,3})-jarige?\b", r"\b(?P<w>[a-zë]+)jarige\b"),
    old_words=("oud",),
    range_between=("tussen de", "tussen"),
    range_from=("van",),
    range_to=("tot", "à"),
    and_words=("en",),
    not_a_count=r"\d[\d.:–-]*[.:]\d\d\s*uur\b",  # "12.30 uur" is a time; "3 uur" a duration
    # "keer", "jaar", "euro" have their own readings; "andere" says "four others", not of what
    not_counted=("keer", "maal", "plus", "min", "procent", "euro", "dollar", "jaar", "uur", "andere", "anderen", "meer"),
    irregular_plurals={"kinderen": "kind", "leden": "lid", "doden": "dode", "gewonden": "gewonde",
                       "mensen": "mens"},
    plural_rules=(
        (r"(.+)['’]s", r"\1"),  # euro's
        (r"(.+([^aeiou]))\2en", r"\1"),  # bommen → bom
        # an open syllable lengthens its vowel: signalen → signaal, jaren → jaar
        (r"(?!.*(?:ing|heid|ig|el|er|em)en$)(.*[^aeiou])([aeou])([^aeiouwjy])en", r"\1\2\2\3"),
        (r"(.{3,})en", r"\1"),  # klachten → klacht
        (r"(.{3,}[elojr])s", r"\1"),  # mailtjes → mailtje, wethouders → wethouder
    ),
    adjective=r"[\w’'-]*[^\Wi]e",  # attributive adjectives end in -e ("vier formele klachten"); -ie is a noun
    capitals_counted=True,

    role_words=tuple("""burgemeester wethouder gemeentesecretaris gemeentedirecteur secretaris directeur
        fractievoorzitter voorzitter minister staatssecretaris premier senator kamerlid raadslid gedeputeerde
        commissaris gouverneur woordvoerder woordvoerster officier rechter advocaat agent hoofdagent inspecteur
        commandant hoogleraar onderzoeker ombudsman vertrouwenspersoon oprichter leider voorman topman topvrouw
        bestuurder ambtenaar journalist verslaggever politicus president koning koningin prins prinses burger
        lijsttrekker partijleider partijvoorzitter ceo topambtenaar manager leidinggevende baas chef""".split()),
    offices=tuple("""burgemeester wethouder gemeentesecretaris minister staatssecretaris premier senator kamerlid
        raadslid gedeputeerde commissaris gouverneur officier rechter advocaat agent hoofdagent inspecteur commandant
        president koning koningin""".split()),
    place_prepositions=("uit", "in", "te", "nabij"),
    vague_before_scale=("paar", "enkele", "aantal", "tal", "vele", "ettelijke", "zoveel"),
    compound_roles=True,
    # "begeleider", "reagent": the short role words are no role at the end of a longer word
    role_suffix_exceptions=("agent", "leider"),
    group_roles=("burger", "ambtenaar", "leidinggevende", "manager"),
    role_determiners=("de", "het", "onze", "hun", "zijn", "haar", "een", "toenmalige", "voormalig", "voormalige"),
    sex_nouns={"man": "male", "vrouw": "female"},
    role_copulas=("is", "was", "wordt", "werd"),
    role_as_words=("als",),
    role_org_links=("voor", "van"),
    definite_articles=("de", "het"),
    not_name_words=tuple("""hoe gemeente bureau wet raad partij ministerie stichting universiteit centrale college
        tweede kamer amsterdam rotterdam nederland parool volkskrant foto beeld volgens aldus bovendien dr bank
        unie instituut commissie rechtbank hof school ziekenhuis kerk bisdom kazerne museum vereniging bond
        omroep krant""".split()),
    title_roles={"burg": "burgemeester", "weth": "wethouder", "gen": "generaal", "lt": "luitenant",
                 "kol": "kolonel", "prof": "hoogleraar"},
    relation_roles=tuple("""moeder vader zoon dochter broer zus zuster echtgenoot echtgenote partner vriend vriendin
        buurman buurvrouw klasgenoot klasgenote oom tante neef nicht opa oma grootvader grootmoeder schoonvader
        schoonmoeder eigenaar eigenaresse trainer coach leraar lerares docent student cliënt kandidaat fiscalist
        archeoloog opiniemaker politicoloog analist auteur expert deskundige kenner schrijver dokter priester
        pastoor dominee imam ondernemer piloot instructeur leerling scholier""".split()),
    scope_prefixes=("vice", "oud", "ex", "adjunct", "loco", "plaatsvervangend", "waarnemend", "voormalig",
                    "interim", "kandidaat"),
    honorifics=("dhr", "mevr", "mevrouw", "meneer", "mr", "dr", "drs", "ir", "prof"),
    credit_labels=("door", "foto", "foto's", "beeld", "tekst", "video", "redactie"),
    credit_after=("werkte mee", "schreef dit artikel"),
    placeholder_names=("jan modaal", "piet snot"),

    knowledge_patterns=(
        # -- niet weten. Ontkenningen eerst: een uitspraak wordt één keer gelezen, door het eerste patroon dat haar neemt.
        (r"\b(?:wist|wisten|weet|weten)\s+(?:(?:ik|we|wij|hij|zij|ze|je|u|men|het|dat|dit|daar|er|nog|ook|echt|"
         r"helemaal|al|toen|dus|eigenlijk|gewoon|verder|zelf)\s+){0,4}(?:niets|niks|niet)\b(?:\s+van)?",
         "negative", "subject"),
        # not "wil er niets van weten" (refuses to hear of it): willen … niets van weten is no knowing
        (r"(?<!\bwil\ser\s)(?<!\bwillen\ser\s)(?<!\bwilde\ser\s)(?<!\bwilden\ser\s)"
         r"\b(?:niets|niks|niet)\s+(?:(?:van|af|ervan|daarvan)\s+)?(?:wist|wisten|af\s+wist|weet|weten)\b(?!\s+te\b)",
         "negative", "subject"),
        (r"\bniet\s+(?:\w+\s+){0,6}?bewust\b|\bbewust\s+(?:\w+\s+){0,2}?niet\b", "negative", "subject"),
        (r"\bniet\s+(?:\w+\s+){0,2}?op\s+de\s+hoogte\b|\bniet\s+(?:\w+\s+){0,3}?(?:geïnformeerd|ingelicht|"
         r"gewaarschuwd|geraadpleegd|op\s+de\s+hoogte\s+(?:gesteld|gebracht))\b", "negative", "subject"),
        (r"\bgeen\s+(?:enkel(?:e)?\s+|flauw\s+)?(?:idee|benul|inzicht|weet|zicht)\b", "negative", "subject"),
        (r"\b(?:hoorde|hoorden|zag|zagen|merkte|merkten)\s+(?:\S+\s+){0,2}?niets\b|\bniets\s+(?:gehoord|gezien|"
         r"gemerkt)\b", "negative", "subject"),
        (r"\b(?:kan|kon|kunnen|konden)\s+(?:\w+\s+){0,3}?niet\s+(?:bevestigen|zeggen|vertellen)\b|\bniet\s+zeker\b",
         "negative", "subject"),
        # niet gehoord: "zonder overleg met de raad", "er was geen overleg vooraf met de wethouder"
        (r"\bzonder\s+(?:voorafgaand\s+)?overleg\s+met\s+|\bgeen\s+(?:\w+\s+)?overleg(?:\s+vooraf)?\s+(?:\w+\s+){0,3}?"
         r"met\s+", "negative", "to"),
        # a list of those who knew: "wisten buiten X, Y en Z maar weinigen"
        (r"\b(?:wist|wisten)\s+(?:buiten|behalve)\b|\b(?:buiten|behalve)\s+[^.]{3,80}?\b(?:weinigen|niemand)\b",
         "positive", "list"),
        # niemand weet het dat de zin noemt: "de oorzaak is nog onduidelijk", "door nog onbekende oorzaak" (wat
        # de onderzoekers, of wie de zin citeert, niet weten)
        (r"\b(?:is|was|zijn|waren|blijft|bleef|blijven|wordt|werd)\s+(?:\w+\s+){0,4}?(?:onduidelijk|onbekend)\b|"
         r"\b(?:nog\s+)?onbekende?\s+(?:oorzaak|reden|redenen|dader|daders|motief)\b|\bniet\s+(?:\w+\s+)?"
         r"(?:duidelijk|bekend)\b(?!\s+gemaakt)", "negative", "impersonal"),
        (r"\b(?:nog\s+)?niet\s+(?:\w+\s+)?(?:bevestigd|vastgesteld|geïdentificeerd|achterhaald)\b|\bwordt\s+nog\s+"
         r"onderzocht\b", "negative", "impersonal"),
        # -- gewaarschuwd of ingelicht worden: het onderwerp weet het, "door" zegt door wie
        (r"\b(?:is|was|werd|waren|werden|zijn|ben|wordt|worden)\s+(?:\w+\s+){0,8}?(?:gewaarschuwd|ingelicht|"
         r"geïnformeerd|gewezen\s+op|aangesproken|gealarmeerd|getipt|op\s+de\s+hoogte\s+(?:gebracht|gesteld))\b",
         "positive", "subject"),
        (r"\b(?:is|was|zijn|waren|ben)\s+(?:\w+\s+){0,3}?op\s+de\s+hoogte\b|\bop\s+de\s+hoogte\s+te\s+(?:zijn|"
         r"zijn\s+geweest)\b", "positive", "subject"),
        # inlichten: wie het hoort is het lijdend voorwerp
        (r"\b(?:informeerde|informeerden|waarschuwde|waarschuwden|lichtte|lichtten)\b", "positive", "object_after"),
        (r"\b(?:op de hoogte (?:heeft |had )?(?:gesteld|gebracht))\b|\b(?:heeft|had|hebben|hadden)\s+(?:\S+\s+){0,4}?"
         r"(?:gewaarschuwd|ingelicht|geïnformeerd|verteld|gemeld|uitgelegd)\b", "positive", "object_before"),
        (r"\b(?:kenbaar\s+gemaakt|gemeld|laten\s+weten|verteld|uitgelegd|geschreven|gestuurd|doorgegeven|"
         r"overgedragen)\s+aan\s+|\b(?:schreef|schrijft|schreven|schrijven|meldde|meldt|melden|vertelde|vertelt|"
         r"stuurde|stuurt)\s+(?:\w+\s+){0,3}?aan\s+(?=(?:de|het|minister|burgemeester|wethouder|[A-Z])\b)|"
         r"\bin\s+een\s+brief\s+aan\s+", "positive", "to"),
        (r"\b(?:ging|gingen|stapte|stapten|stapt|stappen|gaat|gaan)\s+(?:\S+\s+){0,6}?naar\s+(?=(?:de\s+politie|"
         r"justitie)\b)", "positive", "to"),
        # weten, horen, ontdekken, zien
        # "weten" only after its subject ("we weten al"): "laat weten" is announcing, "wisten … te ontsnappen"
        # is managing to
        (r"(?:\b(?:wist|wisten|weet)|\b(?:we|wij|ze|zij|jullie)\s+weten)\s+(?:\S+\s+){0,4}?(?:van|dat|ervan|het|"
         r"zeker|al)\b(?![^.;:]*?\bte\s+[a-z]+en\b)", "positive", "subject"),
        (r"\b(?:heb|heeft|hebben|had|hadden)\s+(?:\S+\s+){0,3}?gehoord\b|\bhoorde(?:n)?\s+(?:\S+\s+){0,3}?"
         r"(?:dat|van|over)\b|\b(?:kreeg|kregen|krijgt|krijgen)\s+(?:\S+\s+){0,4}?te\s+horen\b|\bte\s+horen\s+"
         r"(?:gekregen|kreeg|krijgt)\b", "positive", "subject"),
        (r"\b(?:werd|werden|is|zijn|was|waren)\s+(?:\S+\s+){0,4}?ontdekt\b", "positive", "impersonal"),
        (r"\bontdekte(?:n)?\b|\b(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,4}?ontdekt\b|\b(?:herkent|herkende|"
         r"herkenden|herkennen|besefte|beseften|beseft|realiseerde|realiseerden|realiseert)\b", "positive", "subject"),
        (r"\b(?:zag|zagen|ziet)\s+(?:\S+\s+){0,3}?(?:dat|hoe)\b|\b(?:kreeg|kregen|krijgt|krijgen)\s+"
         r"(?:\S+\s+){0,5}?onder\s+ogen\b", "positive", "subject"),
        (r"\bbij\s+(?P<actor>(?:de|het)\s+[\w-]+)\s+(?:\S+\s+){0,2}?tot\s+het\s+besef\b|\btot\s+het\s+besef\s+"
         r"(?:gekomen|komen|kwam|kwamen)\b", "positive", "subject"),
        (r"\b(?:gaf|gaven|geeft|geven)\s+(?:\S+\s+){0,4}?toe\b|\btoegegeven\b", "positive", "subject"),
        (r"\b(?:bleek|blijkt)\s+(?:\S+\s+){0,2}?dat\b|\b(?:is|was)\s+(?:\S+\s+)?gebleken\b|\bbleek\s+(?:\S+\s+){0,4}?"
         r"te\s+zijn\b|\bal\s+(?:lang\s+|langer\s+|jaren\s+|tijden\s+|eerder\s+)?bekend\b|\b(?:aan\s+het\s+licht|"
         r"naar\s+boven)\s+(?:gekomen|kwam|kwamen|komt|komen)\b", "positive", "impersonal"),
        # a signal reaching someone
        (r"\b(?:bereikte|bereikten)\s+(?:mij|me|ons|hem|haar)\b", "positive", "reached"),
        (r"\b(?:kwam|kwamen)\s+(?:er\s+)?(?:\w+\s+){0,6}?binnen\s+bij\b", "positive", "after"),
        (r"\bbinnen\s*kwam(?:en)?\s+bij\b|\bbij\s+(?:de|het)\s+\w+\s+(?:\w+\s+){0,3}?binnen\s*kwam", "positive", "after"),
    ),
    saying_verbs=("schrijft", "schreef", "zegt", "zei", "zeiden", "zeggen", "stelt", "stelde", "meldt", "meldde",
                  "vertelt", "vertelde", "laat weten", "liet weten", "benadrukt", "benadrukte", "verklaarde",
                  "verklaart", "reageert", "reageerde", "bevestigt", "bevestigde", "constateert", "constateerde",
                  "voegt toe", "voegde toe", "vertellen"),
    speaker_after=("aldus", "volgens"),
    first_person=("ik", "mij", "me", "mijn"),
    first_person_plural=("wij", "we", "ons"),
    third_person=("hij", "hem", "zij", "ze", "haar"),
    person_relatives=("die",),
    agent_words=("door",),
    told_words=("gewaarschuwd", "ingelicht", "geïnformeerd", "gewezen", "aangesproken", "op de hoogte"),
    at_words=("bij",),
    about_words=("van", "over", "dat"),
    opinion_verbs=("vindt", "vond", "denkt", "dacht", "gelooft", "geloofde", "meent", "meende", "vreest", "hoopt"),
    clause_openers=("dat", "die", "wie", "wat", "toen", "als", "omdat", "maar", "en", "terwijl", "nadat", "voordat",
                    "of", "zodat", "want", "hoewel", "waar", "waarom", "hoe", "wanneer", "tot"),
    plural_pronouns=("zij", "ze", "hun", "hen"),
    determiners=("de", "het", "een", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "ons", "onze", "mijn"),
    generic_bodies=("autoriteiten", "instanties", "bronnen", "ingewijden", "onderzoekers"),
    investigators=("politie", "recherche", "justitie", "OM", "Openbaar Ministerie", "marechaussee", "onderzoekers",
                   "brandweer", "onderzoeksraad", "inspectie"),
    statement_words=("verklaring", "het volgende", "schreef:", "laat weten:"),
    spokesperson_roles=("woordvoerder", "woordvoerster"),
    auxiliaries=("is", "was", "zijn", "waren", "heeft", "hebben", "had", "hadden", "wordt", "werd", "werden",
                 "worden", "kan", "kon", "konden", "kunnen", "zal", "zou", "zouden", "moet", "moest", "wil", "wilde",
                 "mag"),

    stop_words=frozenset("""de het een en van in is dat op te zijn niet met voor die er aan als ook door maar bij om
        naar was heeft hebben wordt werd nog zij hij wij ze ik je hem haar hun dit deze over uit tot dan wel geen al
        toen zo wat wie waar of zich mijn ons onze meer veel nu na tegen had waren worden kan kon moet zou
        zal""".split()),
    outcomes={
        # na het getal ("drie agenten werden gedood", "vijf gewonden") of ervoor ("doodde drie")
        "killed": (r"(?:zijn|werden|waren|is|werd)?\s*(?:gedood|omgekomen|overleden|doodgeschoten|om\s+het\s+leven\s+gekomen)",
                   r"doden", r"dodelijke\s+slachtoffers", r"doodde", r"doodden"),
        "injured": (r"(?:zijn|werden|waren|is|werd|raakten|raakte)?\s*(?:gewond|verwond|zwaargewond|lichtgewond)",
                    r"gewonden", r"zwaargewonden", r"lichtgewonden", r"verwondde", r"verwondden"),
        "shot": (r"(?:zijn|werden|waren|is|werd)\s+(?:neergeschoten|beschoten)",),
        "arrested": (r"(?:zijn|werden|waren|is|werd)?\s*(?:aangehouden|gearresteerd|opgepakt|in\s+hechtenis\s+genomen)",
                     r"aanhoudingen", r"arrestaties", r"verdachten\s+aangehouden"),
        "hospitalised": (r"(?:zijn|werden|waren|is|werd)?\s*(?:naar\s+(?:het|een)\s+ziekenhuis\s+(?:gebracht|vervoerd|overgebracht)|opgenomen)",),
        "missing": (r"(?:zijn|worden|werden|is|wordt)?\s*(?:vermist)", r"vermisten"),
        "fired": (r"(?:zijn|werden|waren|is|werd)\s+(?:gelost|afgevuurd)", r"loste", r"losten", r"vuurde", r"vuurden"),
    },
    outcome_labels={"fired": "schoten gelost", "killed": "doden", "injured": "gewonden", "shot": "neergeschoten", "arrested": "aangehouden",
                    "hospitalised": "naar het ziekenhuis", "missing": "vermist"},
    people_words=frozenset("mensen persoon personen slachtoffer slachtoffers man mannen vrouw vrouwen "
                           "inzittende inzittenden".split()),
    street_types={"straat": "straat", "str.": "straat", "laan": "laan", "weg": "weg", "plein": "plein",
                  "gracht": "gracht", "kade": "kade", "singel": "singel", "dijk": "dijk", "steeg": "steeg",
                  "dreef": "dreef"},
    street_compounds=True,
    not_street_names=frozenset("de het een in op aan bij".split()),
    time_parts={"'s ochtends": "morning", "’s ochtends": "morning", "'s morgens": "morning", "’s morgens": "morning",
                "'s middags": "afternoon", "’s middags": "afternoon", "'s avonds": "evening", "’s avonds": "evening",
                "'s nachts": "night", "’s nachts": "night", "vanochtend": "morning", "vanmorgen": "morning",
                "vanmiddag": "afternoon", "vanavond": "evening", "vannacht": "night", "ochtend": "morning",
                "middag": "afternoon", "avond": "evening", "nacht": "night", "middernacht": "midnight"},
    time_hedges={"rond": "about", "omstreeks": "about", "ongeveer": "about", "circa": "about",
                 "kort na": "after", "net na": "after", "even na": "after",
                 "kort voor": "before", "net voor": "before", "even voor": "before",
                 "voor": "long_before", "na": "long_after", "tegen": "long_before"},
    early_late={"laat": "late", "vroeg": "early"},
    clock_words=("uur",),
    clock_time_words={"half": "half", "kwart": "quarter", "over": "past", "voor": "to"},
    sequence_words=("na",),
    partitive_words=("van",),
    self_words=("zichzelf", "het leven benam", "zelfmoord", "suïcide"),
    frequency_words=frozenset({"keer", "maal"}),
    outcome_gap_words=("zijn", "werden", "waren", "is", "werd", "raakten", "raakte", "daarbij", "daarbij", "bij",
                       "het", "ongeluk", "zwaar", "licht", "ernstig", "dodelijk", "ook", "allemaal", "mensen", "personen"),
    timestamp_words=("update", "bijgewerkt", "geplaatst", "gepubliceerd"),
    partial_words=("andere", "anderen", "nog", "meer", "extra"),
    happening_words=("gebeurde", "gebeurd", "vond plaats", "plaatsvond", "ging het mis", "incident"),
    event_frames={
        "resign": (
            r"af(?:ge)?tr(?:eden|ad|aden|eedt|ede)", r"tr(?:eedt|ad|aden|eden)" + _GAP + r"af\b",
            r"op(?:ge)?stap(?:t|te|ten|pen)", r"stap(?:t|te|ten|pen)" + _GAP + r"op\b",
            r"terug(?:ge)?tr(?:eden|ad|aden|eedt)", r"ontslag\s+(?:ge)?n(?:eemt|am|amen|emen|omen)",
            r"n(?:eemt|am|amen|emen)" + _GAP + r"ontslag\b",
            r"(?:functie|ambt|zetel|taken)(?:\s+\S+){0,3}?\s+neer(?:ge)?leg(?:t|de|den|gen)",
            r"leg(?:t|de|den|gen)?" + _GAP + r"(?:functie|ambt|zetel|taken)\b(?:\s+\S+){0,3}?\s+neer\b",
        ),
        # dropping a candidacy: "zag af van een nieuwe termijn", "zou niet meedoen aan de verkiezingen"
        "withdraw": (r"af\s+te\s+zien\s+van", r"afzien\s+van", r"afziet\s+van", r"z(?:ag|agen|iet|ien)\s+(?:\S+\s+){0,3}?af\s+van",
                     r"niet\s+(?:\S+\s+){0,2}?mee(?:doen|deed|deden|gedaan)\s+aan", r"trok(?:ken)?\s+zich\s+(?:\S+\s+){0,2}?terug",
                     r"(?:heeft|hebben)\s+zich\s+teruggetrokken"),
        "dismiss": (r"(?:ge)?ontsla(?:gen|at|an)", r"ontslag\s+(?:gekregen|kreeg)"),
        "arrest": (r"(?:ge)?arrest(?:eerd|eerde|eerden|eert|eren|atie|aties)", r"aan(?:ge)?houden", r"aanhouding",
                   r"in\s+hechtenis"),
        "charge": (r"aan(?:ge)?klaagd", r"aanklacht", r"(?:ge)?vervolgd", r"vervolging"),
        "sentence": (r"veroordeel?(?:d|de|den)", r"veroordeling", r"(?:ge)?vonnis"),
        "die": (r"(?:ge)?dood", r"om\s+het\s+leven", r"omgekomen", r"overl(?:eden|eed)", r"(?:ge)?sneuveld", r"doden"),
        "injure": (r"(?:zwaar|licht|ernstig)?gewond", r"verwond(?:ing|ingen|e)?"),
        "shoot": (r"(?:neer|be)?(?:ge)?schoten", r"schiet(?:partij|incident)", r"schoot", r"vuur\s+geopend"),
        "touch": (r"aan(?:ge)?raakt?", r"aanraken", r"aanraking(?:en)?", r"fysiek\s+contact", r"lichamelijk\s+contact",
                  r"betast"),
        "warn": (r"(?:ge)?waarschuw(?:d|de|den|t|en|ing)?", r"aan(?:ge)?sprok(?:en)?",
                 r"spr(?:eek|aken|eekt)" + _GAP + r"aan\b", r"(?:ge)?berispt", r"berisping", r"(?:ge)?wezen\s+op"),
        "apologise": (r"excuses", r"verontschuldiging(?:en)?", r"verontschuldig(?:de|den|t)", r"excuseer(?:de|t)",
                      r"excuseren", r"spijt"),
        "conclude": (r"afgerond(?:e)?", r"afronding", r"rond(?:de|t)" + _GAP + r"af\b", r"afgesloten", r"voltooid"),
        "commission": (r"opdracht\s+(?:ge)?(?:geven|gegeven|gaf|gaven)", r"in\s+opdracht\s+van", r"opgestart",
                       r"ingesteld"),
        "appoint": (r"benoemd", r"benoeming", r"aan(?:ge)?steld", r"(?:ge)?kozen\s+(?:tot|als)"),
        "flee": (r"(?:ge)?vlucht(?:te|ten)?", r"ontsnapt"),
        "rob": (r"overval(?:len)?", r"(?:be)?roofd", r"beroving", r"(?:ge)?stolen", r"diefstal"),
        "crash": (r"botsing", r"(?:ge)?botst", r"aanrijding", r"ongeluk"),
        # "brand" alone is English too: only in compounds
        "fire": (r"(?:woning|natuur|bos|school|auto)brand(?:en)?", r"uitslaande\s+brand", r"brandweer",
                 r"in\s+vlammen"),
        "complaint": (r"klacht(?:en)?", r"melding(?:en)?", r"aangifte", r"signal(?:en)?"),
    },
)
