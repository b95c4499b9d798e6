"""English."""
from __future__ import annotations

from . import LanguagePack

EN = LanguagePack(
    code="en",
    name="English",
    # frequent English function words that Dutch and German lack ("in", "was", "an", "also" are German
    # too, "is" Dutch)
    detect_words=frozenset("the a and of that on to be not with for who it as by but at from has have were he "
                           "she they said this".split()),
    end_markers=("tags", "related articles", "related stories", "related", "read more", "more from", "recommended",
                 "you may also like", "share this article"),
    caption_labels=("photo", "image", "source", "credit", "video"),
    caption_openers=("photo",),
    furniture=("follow us", "sign up", "subscribe", "advertisement", "copyright", "click here"),
    furniture_labels=("related", "more on this story", "read more", "see also", "read or share this story",
                      "watch", "listen", "story highlights"),
    promotions=("like us on facebook", "follow us on", "buy this photo", "buy photo", "back to gallery", "caption close",
                "download the", "please enable javascript", "leave your comments", "story highlights",
                "this post will be updated", "as this story develops", "read or share this story", "click here",
                "all rights reserved", "skip in skip", "embed x share", "playpause", "photo provided by", "newsletter", "sign up for"),
    appeals=("crime stoppers", "crimestoppers", "remain anonymous", "anonymous manner", "tip line", "tipline"),
    caption_positions=("right", "left", "center", "centre", "l.", "r.", "c.", "pictured"),
    sentence_openers=("he", "she", "they", "we", "according"),
    title_abbreviations=("gov", "lt", "det", "sgt", "cpl", "pfc", "capt", "col", "gen", "maj", "adm", "cmdr", "insp",
                         "supt", "mr", "mrs", "ms", "dr", "prof", "rev", "rep", "sen", "atty", "hon", "pres",
                         "e.g", "i.e", "approx", "vs"),

    contrast_words=("but", "while", "whereas", "although", "after which"),
    not_after_contrast=("also",),
    relative_pronouns=("who", "which", "whose"),
    cause_words=("because",),
    but_words=("but",),
    noun_phrase_starts=("the", "a", "an", "also", "not", "only", "his", "her", "their", "its", "in", "on", "at", "of",
                        "to", "for", "with", "then", "now"),
    reason_words=("after", "following", "amid"),
    participle=r"[^\W\d_]{3,}ed",

    months={"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
            "september": 9, "october": 10, "november": 11, "december": 12,
            "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
            "dec": 12},
    month_names=("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december"),
    not_months=("may",),  # lower-case "may" is the verb
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
    seasons={"spring": "spring", "summer": "summer", "fall": "autumn", "autumn": "autumn", "winter": "winter"},
    period_parts={"early": "begin", "late": "end", "mid": "mid", "the start of": "begin", "the beginning of": "begin",
                  "the end of": "end", "the middle of": "mid"},
    earlier_later={"earlier": "begin", "later": "end"},
    relative={"last": "last", "past": "last", "this": "this", "next": "next", "coming": "next"},
    periods={"year": "year", "month": "month", "week": "week", "weekend": "weekend"},
    deictic_days={"yesterday": -1, "today": 0, "tomorrow": 1},
    dayparts={"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night"},
    late_words=("late",),
    of_words=("of",),
    date_articles=("the",),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    month_prepositions={"in": None, "during": None, "since": "since", "until": "before"},
    denial_words=("not",),
    predicate_verbs=("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
                 "can", "could", "will", "would", "shall", "should", "may", "might", "must"),
    participle_endings=("ed",),
    that_year=("of that year", "that year", "of the same year", "the same year"),
    past_markers=("was", "were", "had", "did"),
    day_bounds={"before": "before", "shortly before": "before", "no later than": "by", "after": "after",
                "shortly after": "after"},
    year_prepositions={"since": "since", "before": "before", "after": "after"},
    future_markers=("will", "shall", "going to", "next", "'ll", "’ll", "won't", "won’t", "scheduled to", "set to"),
    ahead_words=("in",),
    within_words=("in",),
    span_before=("in", "over", "during", "within", "for"),
    span_after=("time",),  # "in five years time"  # "in a year" is more often 'within a year' than a date
    ago_words=("ago",),
    event_relations={"after": "after", "before": "before"},
    possessives=("the", "his", "her", "their"),
    slash_month_first=True,  # 7/5/2021 is July 5

    units={"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19},
    tens={"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
          "ninety": 90},
    tens_joiners=("-",),
    scales={"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "bn": 10**9, "dozen": 12},
    fractions={"half a": 0.5, "a half": 0.5, "two thirds": 2 / 3, "two-thirds": 2 / 3, "one third": 1 / 3,
               "a third": 1 / 3, "a quarter": 0.25, "three quarters": 0.75, "one and a half": 1.5, "a dozen": 12,
               "dozen": 12},
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9, "tenth": 10},
    articles=("a", "an"),
    pronoun_one=("one",),
    pronoun_one_after=("no", "any", "every", "each", "the", "this", "that", "which"),
    decimal_mark=".",
    hedges={"at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
            "more than": "more_than", "over": "more_than", "upwards of": "more_than",
            "nearly": "nearly", "almost": "nearly",
            "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
            "an estimated": "about",
            "up to": "at_most", "at most": "at_most", "no more than": "at_most", "within": "at_most",
            "fewer than": "less_than", "less than": "less_than", "under": "less_than"},
    currencies={"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pounds": "GBP"},
    percent_words={"percent": "%", "percentage point": "pp", "percentage points": "pp"},
    time_units={"year": ("year", 365), "years": ("year", 365), "month": ("month", 30), "months": ("month", 30),
                "week": ("week", 7), "weeks": ("week", 7), "day": ("day", 1), "days": ("day", 1),
                "hour": ("hour", 1 / 24), "hours": ("hour", 1 / 24), "minute": ("minute", 1 / 1440),
                "minutes": ("minute", 1 / 1440), "second": ("second", 1 / 86400), "seconds": ("second", 1 / 86400),
                "decade": ("decade", 3652), "decades": ("decade", 3652)},
    age_unit="year",
    age_patterns=(r"\b(?P<n>\d{1,3})-year[-\s]old\b", r"(?<![\w-])(?P<w>(?i:[a-z]+(?:-[a-z]+)?))-year-old\b", r"\b(?:aged|age)\s+(?P<n>\d{1,3})\b"),
    old_words=("old",),
    range_between=("between",),
    range_from=("from",),
    range_to=("to",),
    and_words=("and",),
    # "the 600 block of Main Street" is an address, "2 p.m." a time of day
    not_a_count=r"\d[\d.,]*\s+block\s+of\b|\d[\d.,:]*\s*[ap]\.?\s?m\b",
    not_counted=("times", "plus", "minus", "percent", "euro", "dollar", "other", "others", "more", "another", "while", "during",
                 "like", "since", "until"),
    # also words counted as one thing: "three gunshots" and "five shots" count the same
    irregular_plurals={"children": "child", "men": "man", "women": "woman", "people": "people", "persons": "people",
                       "gunshots": "shot", "gunshot": "shot"},
    plural_rules=(
        (r"(.{2,})ies", r"\1y"),
        (r"(.*(?:ss|x|ch|sh))es", r"\1"),
        (r"(.{2,}[^s])s", r"\1"),
    ),
    # by suffix, and the common ones no suffix tells ("four different homes", "three young men")
    adjective=r"[\w’'-]*(?:al|ic|ive|ous|ful|less|able|ed|ing|ish)|different|young|separate|small|large|big|"
              r"new|old|little|innocent|elderly|teenage|total",

    role_words=tuple("""mayor alderman councillor councilman councilwoman secretary director chairman chairwoman chair
        minister president governor senator representative congressman congresswoman spokesman spokeswoman
        spokesperson officer sheriff deputy detective lieutenant sergeant captain chief commissioner judge
        prosecutor attorney lawyer professor researcher founder leader ceo manager coroner trooper investigator
        witness victim suspect pastor reverend principal superintendent provost chancellor""".split()),
    group_roles=("victim", "witness", "suspect", "officer"),
    role_determiners=("the", "our", "their", "his", "her", "a", "an", "former"),
    sex_nouns={"man": "male", "male": "male", "woman": "female", "female": "female"},
    role_copulas=("is", "was", "becomes", "became"),
    role_as_words=("as",),
    role_org_links=("of", "for"),
    definite_articles=("the",),
    office_after_role=r"['’]s\s+(?:office|department|team|bureau)\b",
    not_name_words=tuple("""county police department city state street avenue road hospital school university court
        house senate congress news daily times post mr mrs ms dr bank center centre church office agency
        administration affairs association institute foundation committee council company corp inc bar club
        apartments houses division unit highway hwy drive lane boulevard park medical press media network health
        services service academy college prison jail airport station market mall way both junior senior
        sophomore freshman neither either""".split()),
    offices=tuple("""mayor governor senator congressman congresswoman representative president general attorney
        prosecutor judge sheriff coroner commissioner alderman councilman councilwoman councillor superintendent
        principal pastor reverend deputy detective sergeant lieutenant captain trooper officer chief provost
        chancellor""".split()),
    place_prepositions=("from", "in", "near"),
    vague_before_scale=("few", "several", "couple", "many", "some"),
    role_continuations=("general", "justice"),  # "Attorney General", "Chief Justice"
    title_roles={"gov": "governor", "lt": "lieutenant", "det": "detective", "sgt": "sergeant", "cpl": "corporal",
                 "capt": "captain", "col": "colonel", "gen": "general", "maj": "major", "adm": "admiral",
                 "cmdr": "commander", "insp": "inspector", "supt": "superintendent", "rep": "representative",
                 "sen": "senator", "atty": "attorney", "pres": "president", "comm": "commissioner", "ofc": "officer",
                 "dep": "deputy", "sheriff": "sheriff", "officer": "officer", "corporal": "corporal",
                 "deputy": "deputy", "judge": "judge"},
    relation_roles=tuple("""mother father son daughter brother sister wife husband grandmother grandfather grandson
        granddaughter uncle aunt cousin nephew niece fiance fiancee fiancé fiancée girlfriend boyfriend friend
        neighbor neighbour classmate roommate stepfather stepmother stepson stepdaughter owner coach teacher
        student candidate analyst author expert writer doctor priest rapper singer actor artist gunman shooter
        pilot instructor teen teenager toddler""".split()),
    scope_prefixes=("vice", "former", "ex", "deputy", "assistant", "acting", "interim"),
    honorifics=("mr", "mrs", "ms", "miss", "dr"),
    credit_labels=("by", "photo", "photos", "photo by", "photograph", "image", "credit", "video", "reporting by",
                   "written by", "contributed by"),
    credit_after=("contributed", "contributed to this report", "reported from", "is a staff writer", "staff writer",
                  "is a reporter"),
    placeholder_names=("john doe", "jane doe", "baby doe", "richard roe", "joe bloggs", "joe public"),

    knowledge_patterns=(
        # -- not knowing. Negations first: a statement is read once, by the first pattern that takes its span.
        (r"\b(?:do|does|did|may|might|could|would|will)(?:\s+not|n['’]t)\s+(?:yet\s+|even\s+|really\s+|fully\s+|"
         r"exactly\s+)?know\b|\bnever\s+knew\b|\bknew\s+nothing\b", "negative", "subject"),
        (r"\b(?:had|has|have|having)\s+(?:absolutely\s+)?no\s+(?:idea|knowledge|indication|clue|information)\b",
         "negative", "subject"),
        (r"\b(?:am|is|are|was|were|['’]m|['’]re)\s+(?:still\s+)?(?:not|n['’]t)\s+(?:yet\s+)?(?:sure|certain|aware|"
         r"informed|told|notified|warned|briefed|consulted)\b", "negative", "subject"),
        (r"\b(?:was|were|is|are|am|be|been|remains?|remained)\s+(?:\w+\s+)?(?:unaware|unfamiliar)\b|\bnot\s+"
         r"understanding\b", "negative", "subject"),
        (r"\b(?:can(?:not|['’]t)|could\s*(?:not|n['’]t)|unable\s+to)\s+(?:yet\s+)?(?:confirm|say\s+(?:why|whether|if|"
         r"what|how|who)|tell\s+(?:why|whether|if|what|how|who))\b", "negative", "subject"),
        (r"\b(?:do|does|did)(?:\s+not|n['’]t)\s+have\s+(?:enough\s+|any\s+|more\s+|further\s+)?(?:information|details|"
         r"evidence)\b", "negative", "subject"),
        (r"\bnor\s+did\s+(?P<actor>(?:[\w’'-]+\s+){1,4}?)know\b", "negative", "subject"),
        (r"\b(?:heard|hear|saw|see|noticed|notice)\s+nothing\b|\b(?:did|do|does)(?:\s+not|n['’]t)\s+(?:hear|see|"
         r"notice)\s+anything\b", "negative", "subject"),
        # a list of those who knew: "few knew besides X"
        (r"\b(?:few|no one|nobody)\s+(?:\w+\s+)?knew\b[^.]*?\b(?:besides|except|apart from|other than)\b",
         "positive", "list"),
        (r"\b(?P<actor>(?:no\s*one|nobody)(?:\s+(?:in|at|from|of)\s+(?:the\s+|a\s+)?[\w’'-]+){0,2})\s+(?:knew|knows)\b",
         "negative", "subject"),
        (r"\b(?:are|is|were|was|remains?|remained)\s+[“\"]?still\s+investigating\b|\bstill\s+(?:trying|working)\s+to\s+"
         r"(?:determine|establish|figure\s+out|find\s+out|learn|identify)\b", "negative", "subject"),
        # not known to anyone the sentence names: "the motive was not immediately clear", "a suspect has yet
        # to be identified" (the not-knowing of those investigating, or of whom the sentence quotes)
        (r"\b(?:is|was|are|were|remains?|remained|be|been|still)\s+(?:\w+\s+){0,2}?(?:unclear|unknown)\b",
         "negative", "impersonal"),
        (r"\b(?:is|was|are|were|has|have|had)(?:\s+not|n['’]t)\s+(?:(?:yet|immediately|been|publicly|officially)\s+)"
         r"{0,3}(?:clear|known|available|released|identified|determined|disclosed|confirmed|established)\b",
         "negative", "impersonal"),
        (r"\b(?:has|have|had)\s+yet\s+to\s+be\s+(?:identified|determined|established|confirmed|released|named)\b|"
         r"\bno\s+(?:motive|cause|suspects?|reason|details)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+"
         r"(?:immediately\s+|yet\s+|publicly\s+)?(?:known|clear|available|released|given|identified)\b",
         "negative", "impersonal"),
        (r"\bno\s+(?:other\s+|further\s+|additional\s+|more\s+)?(?:information|details)\s+(?:was|were|is|are|"
         r"has\s+been|have\s+been)\s+(?:immediately\s+|yet\s+)?(?:available|released|provided)\b", "negative", "impersonal"),
        (r"\bno\s+(?:motive|suspects?|cause)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:identified|determined|"
         r"established|released|named)\b|\b(?:remains?|remained)\s+under\s+investigation\b", "negative", "impersonal"),
        # -- being told or warned: the subject is the actor, "by" the informant
        (r"\b(?:was|were|had\s+been|has\s+been|have\s+been|is|are|been|being|got|get)\s+(?:\w+\s+){0,3}?(?:told|warned|"
         r"informed|notified|briefed|alerted|advised|tipped\s+off)\b", "positive", "subject"),
        # telling: the object is the actor ("told deputies that …", "informing him that …")
        (r"\b(?:told|tells|warned|warns|informed|informs|informing|notified|notifies|notifying|alerted|alerts|"
         r"alerting|briefed|briefs|briefing|assured|assures|advised|advises)\s+(?!that\b|reporters\b|journalists\b|"
         r"the\s+(?:press|media|public)\b)", "positive", "object_after"),
        (r"\b(?:went|go|goes|turned|came)\s+to\s+(?=(?:the\s+)?(?:police|authorities)\b)", "positive", "to"),
        # knowing, learning, finding out
        (r"\bto\s+the\s+best\s+of\s+(?P<actor>my|our|his|her|their)\s+knowledge\b", "positive", "subject"),
        (r"(?<!to )(?<!us )(?<!me )\b(?:knew|knows|know)\b(?!\s+(?:as|of\s+no)\b)|\b(?:was|were|is|are|am)\s+"
         r"(?:well\s+|fully\s+)?aware\b|\b(?:had|has|have)\s+known\b", "positive", "subject"),
        (r"\b(?:learned|learnt|learns|learn|learning)\s+(?:of|about|that|from|how|what|who|why|where|when|the\s+news)\b|"
         r"\b(?:found|finds|find|finding)\s+out\b|\b(?:heard|hears|hear)\s+(?:about|of|that|there|what|how|the\s+news)\b|"
         r"\b(?:discovered|discovers|realized|realised|realizes|realises|recognized|recognised)\b", "positive", "subject"),
        (r"\b(?:received|receives|receiving|got|gets)\s+(?:\w+\s+){0,3}?(?:news|word|call|complaints?|reports?|"
         r"warnings?|tips?|information|message|notice|signals?)\b", "positive", "subject"),
        (r"\b(?P<actor>their|his|her|its|our)\s+(?:own\s+)?(?:investigation|inquiry|probe|review)\s+(?:has\s+|had\s+)?"
         r"(?:revealed|showed|shown|found|determined|established|uncovered)\b", "positive", "subject"),
        (r"\b(?:the|an|a)\s+(?:investigation|inquiry|probe|autopsy|review)\s+(?:has\s+|had\s+)?(?:revealed|showed|shown|"
         r"found|determined|established|uncovered)\b|\b(?:was|were)\s+(?:later\s+)?found\s+to\s+(?:have|be)\b",
         "positive", "impersonal"),
        (r"\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\b", "positive", "subject"),
    ),
    saying_verbs=("says", "said", "say", "writes", "wrote", "told", "tells", "added", "adds", "stated", "states",
                  "explained", "announced", "confirmed", "confirm", "confirms", "noted", "recalled", "testified",
                  "insisted", "tell"),
    speaker_after=("according to",),
    first_person=("I", "me", "my"),
    first_person_plural=("we", "us", "our"),
    third_person=("he", "him", "she", "her"),
    person_relatives=("who",),
    agent_words=("by",),
    told_words=("told", "warned", "informed", "notified", "briefed", "alerted"),
    about_words=("about", "of", "that"),
    opinion_verbs=("thinks", "thought", "think", "believes", "believed", "believe", "feels", "felt", "argues", "argued",
                   "fears"),
    clause_openers=("that", "who", "whom", "which", "when", "whether", "because", "but", "and", "while", "after",
                    "before", "if", "although", "as", "since", "until", "so", "or", "where", "why", "how", "what"),
    plural_pronouns=("they", "them", "their"),
    determiners=("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"),
    generic_bodies=("authorities", "officials", "investigators", "sources", "law enforcement",
                    "law enforcement sources", "police sources"),
    investigators=("police", "sheriff's office", "sheriff’s office", "deputies", "detectives", "investigators",
                   "prosecutors", "officers", "troopers", "FBI", "authorities", "coroner", "medical examiner"),
    statement_words=("statement", "the following", "wrote:", "posted:"),
    spokesperson_roles=("spokesman", "spokeswoman", "spokesperson"),
    auxiliaries=("is", "was", "are", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can",
                 "could", "may", "might", "should", "must"),

    stop_words=frozenset("""the a an and of in is that on to be not with for who it as also by but at from was has
        have had were he she they said this his her their there which when what been are its or if than then into
        about after over""".split()),
    outcomes={
        # after the count ("four officers were killed") or before it ("killing three")
        "killed": (r"(?:were|was|have\s+been|had\s+been|are|is)?\s*(?:fatally\s+shot|killed|dead|died|slain)",
                   r"killed", r"killing", r"dead", r"died", r"fatalities", r"deaths"),
        "injured": (r"(?:were|was|have\s+been|are|is)?\s*(?:injured|wounded|hurt)", r"wounding", r"injuring",
                    r"wounded", r"injured", r"injuries"),
        "shot": (r"(?:were|was|have\s+been|are|is)\s+shot", r"shooting", r"shot"),
        "arrested": (r"(?:were|was|have\s+been|are|is)?\s*(?:arrested|detained|taken\s+into\s+custody)",
                     r"arrested", r"arrests", r"detained"),
        "charged": (r"(?:were|was|have\s+been|are|is)?\s*(?:charged|indicted)", r"charged"),
        "hospitalised": (r"(?:were|was|are|is)?\s*(?:taken|rushed|transported|hospitalized|hospitalised)\s*(?:to\s+(?:a|the)\s+(?:\w+\s+)?hospitals?)?",),
        "missing": (r"(?:were|was|are|is|remain)?\s*missing",),
        # shots fired: "fired five shots", "five rounds were fired"
        "fired": (r"(?:were|was|had\s+been)\s+fired", r"fired", r"firing", r"fires"),
    },
    outcome_labels={"fired": "shots fired", "killed": "killed", "injured": "injured", "shot": "shot", "arrested": "arrested",
                    "charged": "charged", "hospitalised": "taken to hospital", "missing": "missing"},
    people_words=frozenset("people person persons victim victims man men woman women individual individuals".split()),
    street_types={"street": "street", "st.": "street", "st": "street", "avenue": "avenue", "ave.": "avenue",
                  "ave": "avenue", "road": "road", "rd.": "road", "rd": "road", "boulevard": "boulevard",
                  "blvd.": "boulevard", "blvd": "boulevard", "drive": "drive", "dr.": "drive", "lane": "lane",
                  "ln.": "lane", "court": "court", "ct.": "court", "place": "place", "pl.": "place",
                  "highway": "highway", "hwy.": "highway", "hwy": "highway", "parkway": "parkway", "pkwy.": "parkway",
                  "way": "way", "terrace": "terrace", "circle": "circle", "square": "square"},
    not_street_names=frozenset("the a an this that on in at of".split()),
    time_parts={"morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
                "overnight": "night", "noon": "noon", "midday": "noon", "midnight": "midnight"},
    time_hedges={"about": "about", "around": "about", "approximately": "about", "roughly": "about",
                 "just after": "after", "shortly after": "after", "soon after": "after", "a little after": "after",
                 "just before": "before", "shortly before": "before",
                 "before": "long_before", "after": "long_after", "by": "long_before"},
    early_late={"late": "late", "early": "early"},
    clock_words=("o'clock", "o’clock"),
    sequence_words=("after",),
    partitive_words=("of",),
    self_words=("himself", "herself", "themselves", "his own life", "her own life", "took his own", "suicide"),
    frequency_words=frozenset({"time", "times"}),
    outcome_gap_words=("were", "was", "have", "has", "had", "been", "are", "is", "be", "fatally", "critically",
                       "seriously", "also", "all", "both", "reportedly", "later", "each", "people", "persons"),
    timestamp_words=("update", "updated", "updates", "posted", "published", "edt", "est", "cdt", "pdt"),
    partial_words=("other", "others", "another", "more", "additional", "further"),
    happening_words=("happened", "occurred", "unfolded", "took place", "broke out", "erupted", "incident"),
    event_frames={
        "resign": (r"resign(?:s|ed|ing|ation)?", r"step(?:s|ped|ping)?\s+down", r"stood\s+down",
                   r"stand(?:s|ing)?\s+down", r"quit(?:s|ting)?"),
        "withdraw": (r"withdr(?:aw|aws|ew|awn|awing)\s+from", r"drop(?:s|ped)?\s+out", r"not\s+(?:to\s+)?(?:seek|run\s+for)\s+(?:a\s+)?(?:re-?election|another\s+term)"),
        # "fired" alone is a gun
        "dismiss": (r"fired\s+from", r"dismiss(?:ed|al)", r"sacked"),
        "arrest": (r"arrest(?:s|ed|ing)?", r"detain(?:s|ed|ing)?", r"(?:in|into)\s+custody", r"apprehend(?:s|ed|ing)?"),
        "charge": (r"charg(?:e|es|ed)\s+with", r"charg(?:es|ed)(?=\s+(?:a|an|the)\s+\d)", r"indict(?:ed|ment)?", r"prosecut(?:ed|ion)"),
        "sentence": (r"convict(?:ed|ion)", r"sentenc(?:ed|e)\s+to", r"found\s+guilty"),
        "die": (r"kill(?:s|ed|ing)?", r"dead", r"died", r"death", r"fatal(?:ly)?",
                r"lost\s+(?:his|her|their)\s+li(?:fe|ves)"),
        "injure": (r"injur(?:ed|ies|y|ing)", r"wound(?:ed|s)?", r"hurt"),
        "shoot": (r"shot", r"shoot(?:ing|ings|s)?", r"gunfire", r"gunman", r"opened\s+fire", r"fired\s+(?:at|on|shots)"),
        "touch": (r"touch(?:ed|ing)\s+(?:her|him|me|them|us)", r"physical\s+contact", r"grop(?:e|ed|ing)"),
        "warn": (r"warn(?:ed|s|ing)?", r"reprimand(?:ed)?", r"admonish(?:ed)?", r"confront(?:ed)?"),
        "apologise": (r"apolog(?:y|ies|ise|ised|ize|ized)", r"sorry", r"regret(?:s|ted)?"),
        "conclude": (r"conclu(?:ded|sion)", r"complet(?:ed|ion)", r"finish(?:ed)?"),
        "commission": (r"commissioned", r"launched"),
        "appoint": (r"appoint(?:ed|ment)", r"elected", r"named\s+(?:as|the)"),
        "flee": (r"fled", r"flee(?:ing|s)?", r"escap(?:ed|e)", r"on\s+the\s+run"),
        "rob": (r"rob(?:bed|bery|beries)", r"stole(?:n)?", r"theft", r"burglar(?:y|ies)"),
        "crash": (r"crash(?:ed|es)?", r"collid(?:ed|e)", r"collision"),
        "fire": (r"fire\s+(?:broke|destroyed|crews?|fighters?)", r"firefighters?", r"blaze", r"in\s+flames"),
        "complaint": (r"complain(?:t|ts|ed)", r"report(?:ed)?\s+(?:to|by)", r"allegation(?:s)?"),
    },
)
