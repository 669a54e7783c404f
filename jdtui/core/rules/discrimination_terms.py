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

from .words import LazyPattern


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
    *_terms("health", "=без ^инвалидн"),
]

EN: list[Term] = [
    *_terms("age", "~young", "~younger", "=youthful", "=digital =native|=natives", "=young-looking"),
    *_terms(
        "age",
        "=recent|=fresh|=new =graduate|=graduates|=grad|=grads",
        "=overqualified",
        proxy=True,
    ),
    *_terms(
        "sex",
        "=male|=males|=female|=females",
        "=woman|=men|=women|=gentleman|=gentlemen|=lady|=ladies",
        "=girl|=girls|=boy|=boys",
        "=gender|=sex",
        "=salesman|=saleswoman|=salesgirl|=waitress|=stewardess",
    ),
    *_terms(
        "family",
        "~marri",
        "=unmarried",
        "=marital",
        "=childless",
        "=pregnant|=pregnancy",
        "=no|=without =children|=kids|=dependants|=dependents",
        "=no =family =commitments|=obligations|=ties",
        "=family =status",
        "=single " + _HUMAN_EN.replace("=candidates|", "=status|=candidates|"),
    ),
    *_terms(
        "origin",
        "=nationality",
        "=ethnic|=ethnicity|=racial|=caucasian",
        "=race",
        "=white|=black " + _HUMAN_EN,
        "=british-born|=american-born|=us-born|=uk-born",
    ),
    *_terms(
        "origin",
        "=native … =speaker|=speakers",
        "=mother =tongue",
        "=citizens|=citizen =only",
        "=no =accent",
        "=accent-free",
        "=local =candidates|=applicants|=residents =only",
        proxy=True,
    ),
    *_terms(
        "religion",
        "=christian|=christians|=muslim|=muslims|=jewish|=hindu|=buddhist|=catholic|=protestant|=atheist",
        "~religion",
        "~religi",
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
        "health", "=no =disability|=disabilities", "=able-bodied", "=non-smoker|=non-smokers", proxy=True
    ),
]

#: sentences about equal opportunity mention the same words: they are skipped
EQUAL_OPPORTUNITY = re.compile(
    r"regardless|irrespective|without\s+regard|equal\s+(?:employment\s+)?opportunit|discriminat|divers[eit]"
    r"|inclusi|all\s+backgrounds|protected\s+(?:characteristic|class|status|veteran)|encourage\w*\s+(?:\w+\s+)?to\s+apply"
    r"|welcome\w*\s+(?:all\s+)?(?:applica|candida)|independent(?:ly)?\s+of|accommodation"
    r"|независимо\s+от|вне\s+зависимости|без\s+учета|дискриминац|равн\w+\s+возможност|не\s+имеет\s+значени"
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
#: the patterns are compiled only when a role has such a sentence
AGE_PATTERNS: list[tuple[LazyPattern, int, int]] = [
    (LazyPattern(r"\bне\s+старше\s+(\d{2})\b"), 1, 0),
    (LazyPattern(r"\b(?<!не\s)моложе\s+(\d{2})\b"), 1, 0),
    (LazyPattern(r"\b(?:не\s+моложе|старше)\s+(\d{2})\b"), 0, 1),
    (LazyPattern(r"\bот\s+(\d{2})\s*(?:лет|года?)?\s*до\s+(\d{2})\s*" + _UNIT), 2, 1),
    (LazyPattern(r"\bот\s+(\d{2})\s*" + _UNIT + r"(?!\s*(?:опыт|стаж))"), 0, 1),
    (LazyPattern(r"\bдо\s+(\d{2})\s*" + _UNIT), 1, 0),
    (LazyPattern(r"\b(\d{2})\s*[-–—]\s*(\d{2})\s*" + _UNIT), 2, 1),
    (LazyPattern(r"\bвозраст\w*\W+(?:\w+\W+){0,3}?(\d{2})\b(?:\s*[-–—]\s*(\d{2}))?"), 2, 1),
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
