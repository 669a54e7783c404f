"""What discriminatory requirements look like, in Russian and English.

Each term is a short token pattern. A pattern element is

- ``~stem``     — any form of a word: the token's Snowball stem is ``stem``
                  (tests check each against real word forms)
- ``^prefix``   — a token starting with ``prefix`` (for stems Snowball splits,
                  e.g. «девушка» / «девушек»)
- ``=a|b``      — exactly one of these folded words
- ``…``         — up to three tokens of anything
- ``!a|b``      — the next token, if any, is none of these (consumes nothing)

Numbers (ages, heights) are matched by the regular expressions at the end.
``proxy`` terms are not explicit discrimination but often stand in for it
(«гражданство РФ», "native speaker", "recent graduate"): a warning, never an error.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text import LazyPattern


class Term(NamedTuple):
    category: str
    pattern: tuple[str, ...]
    proxy: bool = False
    #: words (prefixes, or ``=exact``) within three tokens that cancel the term
    unless: tuple[str, ...] = ()


def _terms(category: str, *patterns: str, proxy: bool = False, unless: tuple[str, ...] = ()) -> list[Term]:
    return [Term(category, tuple(p.split()), proxy, unless) for p in patterns]


_HUMAN_EN = (
    "=candidates|=candidate|=applicants|=applicant|=person|=people|=man|=woman|=men|=women|=male|=female"
)
_NOT_A_PACKAGE = (
    "!salary|salaries|package|packages|compensation|benefits|pay|bonus|bonuses|rate|rates|terms|conditions"
    "|remuneration|commission|offer|offers|price|prices|opportunity|opportunities|career|environment|workplace"
    "|office|offices|incentives|incentive|product|products|deal|deals|proposition|propositions|and|or|to|for"
    "|location|solutions|proposals|proposal|returns|discounts|perks|wage|wages|options"
)

RU: list[Term] = [
    *_terms("age", "~молод", "~пенсионер", "=пенсионного|=предпенсионного =возраста"),
    *_terms(
        "sex",
        "~мужчин",
        "~женщин",
        "^девуш",
        "~юнош",
        "=парень|=парня|=парни|=парней",
        "=мужского|=женского =пола",
        "=пол =мужской|=женский|=м|=ж",
    ),
    *_terms(
        "family",
        "^замуж",
        "^незамуж",
        "^женат",
        "^неженат",
        "^холост !ход|хода|ходу|ходом",
        "^бездетн",
        "^разведен",
        "=без ^дет",
        "=наличие|=наличия|=отсутствие|=отсутствия|=нет ^дет",
        "=не ^имеющ|^имею ^дет",
        "^семейн =положение|=положения|=положению|=положением|=статус|=статуса",
        "^беремен",
    ),
    *_terms("origin", "^славянск", "^национальност", "^коренн", "^кавказск"),
    # «русский» is a nationality, «русский язык» a skill
    *_terms("origin", "~русск", unless=("язык", "=на", "литератур", "культур", "кухн", "рубл", "стандарт")),
    *_terms(
        "origin",
        "^гражданств =рф|=россии|=российской",
        "=граждане|=гражданин|=гражданам =рф|=россии",
        "=без ^акцент",
        "^носител =языка|=русского|=английского",
        "^местн ^жител",
        proxy=True,
    ),
    *_terms(
        "religion",
        "^вероисповедан",
        "^православн",
        "^мусульман",
        "^христиан",
        "^иудаи",
        "^иудей",
        "^буддист",
        "^религиозн",
        "^атеист",
        "^верующ",
    ),
    *_terms("appearance", "^внешност", "^стройн", "=модельной|=модельная =внешности|=внешность|^фигур"),
    *_terms("appearance", "=без =вредных ^привыч", "^некурящ", proxy=True),
    *_terms(
        "registration",
        "^прописк",
        "=наличие|=наличия|=постоянная|=постоянной|=временная|=временной ^регистрац",
    ),
    *_terms("orientation", "^традиционн ^ориентац", "^сексуальн ^ориентац"),
    *_terms("disability", "=без ^инвалидн", "=отсутствие|=отсутствия =инвалидности"),
]

#: human languages, for "native English", "native speaker of French" (and not
#: "native speakers of Python"); folded words
LANGUAGES = (
    "english|russian|french|german|spanish|italian|portuguese|chinese|mandarin|cantonese|japanese"
    "|korean|arabic|hindi|dutch|polish|swedish|norwegian|danish|finnish|turkish|greek|hebrew"
    "|ukrainian|czech|hungarian|romanian|vietnamese|thai|indonesian|malay|bengali|urdu|punjabi"
    "|persian|farsi|swahili|tamil|welsh|irish|gaelic|catalan|tagalog|filipino|bulgarian|serbian"
    "|croatian|slovak|lithuanian|latvian|estonian|icelandic"
)
_LANG = "|".join("=" + w for w in LANGUAGES.split("|"))
_LANG_SPEAKING = "|".join(f"={w}-speaking" for w in LANGUAGES.split("|"))
#: the young of companies, markets and things are not an age requirement
_NOT_PEOPLE = (
    "!company|companies|business|businesses|brand|brands|startup|start-up|startups|organisation"
    "|organization|firm|industry|sector|market|markets|product|products|city|country|field"
    "|discipline|technology|platform|wine|wines|children|child|kids|people's|adults|offices"
)
_AGED_PEOPLE = "=candidates|=candidate|=applicants|=applicant|=people|=person|=workers|=professionals"

EN: list[Term] = [
    *_terms(
        "age",
        "~young " + _NOT_PEOPLE,
        "~younger " + _NOT_PEOPLE,
        "=youthful",
        "=digital =native|=natives",
        "=young-looking",
        "=millennial|=millennials",
        "=gen =z",
        "=no|=not =older|=elderly|=mature|=middle-aged !than",
        "=older|=elderly|=middle-aged|=mature " + _AGED_PEOPLE,
        "=too =old",
    ),
    *_terms(
        "age",
        "=recent|=fresh|=new =graduate|=graduates|=grad|=grads",
        "=recent =college|=university|=school =graduate|=graduates",
        "=school =leaver|=leavers",
        "=overqualified",
        "=energetic|=dynamic =young",
        proxy=True,
    ),
    *_terms(
        "sex",
        "=male|=males|=female|=females",
        "=woman|=men|=women|=gentleman|=gentlemen|=lady|=ladies",
        "=a|=the|=young|=strong|=ideal|=right|=reliable|=experienced =man !page|pages|hours|hour|power|made|in",
        "=man =for|=who|=with|=to|=only",
        "=girl|=girls|=boy|=boys",
        "=gender|=sex",
        "=salesman|=saleswoman|=salesgirl|=waitress|=stewardess",
    ),
    *_terms(
        "sex",
        "=chairman|=foreman|=handyman|=workman|=tradesman|=craftsman|=cameraman|=fireman|=policeman"
        "|=barman|=doorman|=deliveryman|=repairman|=headmaster|=headmistress|=manageress",
        "=guy|=guys =to|=who|=for|=with",
        proxy=True,
    ),
    *_terms(
        "family",
        "~marri",
        "=unmarried",
        "=marital",
        "=childless",
        "=no|=without =children|=kids|=dependants|=dependents",
        "=no|=without =family|=childcare|=caring =commitments|=obligations|=ties|=responsibilities",
        "=free =of|=from =family|=childcare|=caring",
        "=family =status",
        "=single "
        + _HUMAN_EN.replace("=candidates|", "=status|=candidates|")
        + "|=mother|=mothers|=parent|=parents|=father|=fathers",
    ),
    *_terms(
        "pregnancy",
        "=pregnant|=pregnancy",
        "=plans|=plan|=planning =to =have =children|=kids|=a =baby",
    ),
    # "parental leave when you start a family" is a benefit, not a requirement
    *_terms(
        "pregnancy",
        "=start|=starting =a =family",
        unless=("leave", "parental", "support", "benefit", "policy", "policies", "maternity", "paternity"),
    ),
    *_terms(
        "origin",
        "=nationality",
        "=ethnic|=ethnicity|=racial|=caucasian",
        "=race",
        "=white|=black|=asian|=hispanic|=latino|=latina|=arab|=african " + _HUMAN_EN,
        "=british-born|=american-born|=us-born|=uk-born|=english-born",
    ),
    *_terms(
        "origin",
        "=native =speaker|=speakers !of|in",
        "=native =speaker|=speakers =of|=in " + _LANG,
        "=native " + _LANG + "|" + _LANG_SPEAKING,
        _LANG + " =as =a|=your|=the =first|=native|=mother =language|=tongue",
        "=mother =tongue",
        "=citizens|=citizen|=nationals =only",
        "=no =accent",
        "=accent-free",
        "=without =an|=a =accent",
        "=local =candidates|=applicants|=residents =only",
        proxy=True,
    ),
    *_terms(
        "religion",
        "=christian|=christians|=muslim|=muslims|=jewish|=jew|=jews|=hindu|=hindus|=buddhist|=buddhists"
        "|=catholic|=catholics|=protestant|=protestants|=atheist|=atheists|=sikh|=sikhs|=mormon|=mormons",
        "=religion|=religions|=religious|=religiosity|=faith-based",
        "=god-fearing|=born-again",
        "=church|=mosque|=synagogue|=temple =attendance|=attendee|=attendees|=member|=members|=membership|=goer|=goers",
        "=churchgoer|=churchgoers|=churchgoing",
    ),
    *_terms(
        "appearance",
        "=attractive " + _NOT_A_PACKAGE,
        "=good-looking",
        "=good =looking",
        "=slim|=slender",
        "=pretty =face|=girl|=woman|=appearance",
        "=physically =attractive",
    ),
    *_terms("registration", "=must|=should =live|=reside =in|=within|=near", proxy=True),
    *_terms("orientation", "=sexual =orientation", "=heterosexual|=straight-acting"),
    *_terms(
        "disability",
        "=able-bodied",
        "=no|=without =disability|=disabilities|=impairment|=impairments",
        "=not =disabled",
        "=no =history =of =mental|=illness",
        "=no =mental =illness|=illnesses|=health",
        "=no =medical =conditions|=condition|=history",
        "=no =wheelchair =users",
    ),
    *_terms(
        "disability",
        "=physically =fit",
        "=fit =and =healthy",
        "=good|=excellent|=perfect =health|=eyesight|=hearing|=physical !and",
        "=perfect =vision",
        proxy=True,
    ),
    *_terms("health", "=non-smoker|=non-smokers", proxy=True),
]

#: a physical requirement ("must be able to stand for long periods") shuts out
#: people with disabilities unless it allows for reasonable accommodation;
#: hits() looks for "abl" first (run on the folded sentence)
PHYSICAL = LazyPattern(
    r"\b(?:ability|able)\s+to\s+(?:"
    r"(?:stand|sit|walk|kneel|bend|stoop|crouch|climb|crawl|squat|run)(?:ing)?\b"
    r"(?!\s+(?:up|out|behind|by|firm|apart|through|in\s+for|alone|the\s+test|(?:your|their|one's)\s+ground)\b)"
    r"(?!(?:\s+[^\W\d]+){1,3}\s+through\b)"  # "walk clients through the product"
    r"|(?:lift|carry|push|pull|move)\s+(?:up\s+to\s+|at\s+least\s+|over\s+)?"
    r"(?:\d|heavy|objects|boxes|loads|weights|equipment|stock|goods|items\s+weighing)"
    r"|(?:see|hear)\s+(?:well|clearly|without)\b"
    r"|be\s+on\s+(?:your|their|one's)\s+feet)"
)
#: a cap on experience ("no more than 5 years of experience") keeps out older
#: applicants (an age proxy); hits() looks for "experience" first
EXPERIENCE_CAP = LazyPattern(
    r"\b(?:no\s+more\s+than|not\s+more\s+than|maximum(?:\s+of)?|max\.?|at\s+most|up\s+to)\s+\d{1,2}\s*"
    r"(?:\+\s*)?years?(?:['’])?\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}experience"
)
#: the clause allows for reasonable accommodation (US) or adjustments (UK)
ACCOMMODATED = LazyPattern(
    r"reasonabl\w*\s+(?:accommodat|adjust)|with\s+or\s+without\s+(?:an?\s+)?(?:accommodat|adjust|aid)"
)

#: sentences about equal opportunity mention the same words: they are skipped. Each
#: language's wording needs its letters: hits() tries a pattern only on a sentence
#: that has them, so a Russian role never compiles the English one
EQUAL_OPPORTUNITY_EN = LazyPattern(
    r"regardless|irrespective|without\s+regard|equal\s+(?:employment\s+)?opportunit|discriminat|divers[eit]"
    r"|inclusi|all\s+backgrounds|protected\s+(?:characteristic|class|status|veteran)|encourage\w*\s+(?:\w+\s+)?to\s+apply"
    r"|welcome\w*\s+(?:all\s+)?(?:applica|candida)|independent(?:ly)?\s+of|accommodation"
)
EQUAL_OPPORTUNITY_RU = LazyPattern(
    r"независимо\s+от|вне\s+зависимости|без\s+учета|дискриминац|равн\w+\s+возможност|не\s+имеет\s+значени"
)

#: words that make a phrase about someone else (clients, audiences, products)
THIRD_PARTY = (
    "клиент",
    "покупател",
    "заказчик",
    "потребител",
    "пациент",
    "посетител",
    "гост",
    "пользовател",
    "аудитори",
    "рын",
    "сегмент",
    "целев",
    "товар",
    "одежд",
    "продукц",
    "обув",
    "ученик",
    "студент",
    "абонент",
    "client",
    "customer",
    "user",
    "audience",
    "market",
    "segment",
    "patient",
    "visitor",
    "guest",
    "consumer",
    "shopper",
    "player",
    "student",
    "learner",
    "product",
    "clothing",
    "apparel",
    "fashion",
    "buyer",
    "demographic",
    "reader",
    "subscriber",
    "children",
    "kids",
    "families",
)
#: a term right after these words is about whom something is for («одежда для мужчин»)
FOR_WORDS = frozenset({"для", "for"})
#: an age «от 25 лет» right after these is an experience requirement, not an age
EXPERIENCE = LazyPattern(r"опыт|стаж|практик|experience|background|career")

_UNIT = r"(?:лет|года?)\b"
_ENUNIT = r"(?:years?|yrs?)[\s-]*(?:old|of\s+age)\b|y\.?o\.?\b|year-olds\b"
#: (pattern, index of the upper bound group or 0, index of the lower bound group or 0). Each one
#: needs a number of two digits (``\d{2}``): sentences without one are not scanned, and
#: the patterns are compiled only when a role has such a sentence. The Russian ones
#: need Cyrillic letters, the English ones Latin letters: hits() tries each list only
#: on a sentence that has such letters
AGE_PATTERNS_RU: list[tuple[LazyPattern, int, int]] = [
    (LazyPattern(r"\bне\s+старше\s+(\d{2})\b"), 1, 0),
    (LazyPattern(r"\b(?<!не\s)моложе\s+(\d{2})\b"), 1, 0),
    (LazyPattern(r"\b(?:не\s+моложе|старше)\s+(\d{2})\b"), 0, 1),
    (LazyPattern(r"\bот\s+(\d{2})\s*(?:лет|года?)?\s*до\s+(\d{2})\s*" + _UNIT), 2, 1),
    (LazyPattern(r"\bот\s+(\d{2})\s*" + _UNIT + r"(?!\s*(?:опыт|стаж))"), 0, 1),
    (LazyPattern(r"\bдо\s+(\d{2})\s*" + _UNIT), 1, 0),
    (LazyPattern(r"\b(\d{2})\s*[-–—]\s*(\d{2})\s*" + _UNIT), 2, 1),
    (LazyPattern(r"\bвозраст\w*\W+(?:\w+\W+){0,3}?(\d{2})\b(?:\s*[-–—]\s*(\d{2}))?"), 2, 1),
]
#: words one of which every match of the Russian age pattern of the same place has
#: (its literal words: «ст. 72 Трудового кодекса» has none, so no pattern is compiled for it)
AGE_WORDS_RU: list[tuple[str, ...]] = [
    ("старше",),
    ("моложе",),
    ("моложе", "старше"),
    ("лет", "год"),
    ("лет", "год"),
    ("лет", "год"),
    ("лет", "год"),
    ("возраст",),
]
AGE_PATTERNS_EN: list[tuple[LazyPattern, int, int]] = [
    (
        LazyPattern(
            r"\b(?:under|below|younger\s+than|no\s+older\s+than|not\s+older\s+than|not\s+over|maximum\s+age\s+(?:of\s+)?|age\s+limit\s+(?:of\s+)?)\s*(\d{2})\b(?=\s*(?:[,.;:)!]|$|and\b|or\b|"
            + _ENUNIT
            + r"))"
        ),
        1,
        0,
    ),
    (
        LazyPattern(
            r"\b(?:over|older\s+than|at\s+least|minimum\s+age\s+(?:of\s+)?)\s*(\d{2})\s*(?:" + _ENUNIT + ")"
        ),
        0,
        1,
    ),
    (
        LazyPattern(
            r"\b(?:aged|age|ages)\s+(?:of\s+|between\s+|from\s+)?(\d{2})\b(?:\s*(?:-|–|to|and)\s*(\d{2}))?"
        ),
        2,
        1,
    ),
    (LazyPattern(r"\b(\d{2})\s*(?:-|–|to)\s*(\d{2})\s*(?:" + _ENUNIT + ")"), 2, 1),
    (LazyPattern(r"\b(\d{2})\s*(?:" + _ENUNIT + r")\s*or\s+(?:younger|under|less)"), 1, 0),
]
AGE_PATTERNS = [*AGE_PATTERNS_RU, *AGE_PATTERNS_EN]
#: what a sentence needs for an age pattern to match in it
TWO_DIGITS = re.compile(r"\d{2}")
#: an age bound above the age of majority is an age requirement
ADULT = 18
#: each alternative needs «рост» or "height" (hits() looks for those first)
HEIGHT = LazyPattern(
    r"\bрост\w*\s+(?:не\s+ниже|не\s+менее|от|выше|более)\s+1[4-9]\d\b|\b(?:minimum\s+)?height\b\D{0,25}1[4-9]\d\s*cm\b|\bminimum\s+height\b"
)
#: run on the unfolded text: «регистрация в Москве» names a place with a capital letter
#: (hits() looks for «егистраци» first)
REGISTRATION = LazyPattern(
    r"[Рр]егистраци\w*\s+(?:в|во|по)\s+(?:[А-ЯЁ]|месту\s+(?:жительства|пребывания)|городе|област)"
)
