"""Requisites in Russian office style: dates, the place of issue, signatures.

ГОСТ Р 7.0.97-2016, п. 5.10, writes a document's date day, month, year, one of
two ways: in figures separated by full stops (``05.06.2016``) or in words and
figures (``5 июня 2016 г.``). Stamps and signature lines often carry a third,
customary form with the day in quotes (``«05» июня 2016 г.``). A draft chooses
one of them (the variable ``date_style``); unset, a date is printed as written.

Pure functions on strings: the export, the checks, the importer and the
details form all read the same definitions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .text import LazyPattern

if TYPE_CHECKING:
    from datetime import date

#: the variable that chooses how dates print, and its values
DATE_STYLE = "date_style"
NUMERIC, WORDS, QUOTED = "numeric", "words", "quoted"
DATE_STYLES = (NUMERIC, WORDS, QUOTED)
#: the variable that chooses the approval stamp: unset, «УТВЕРЖДАЮ» signed by the
#: approver; ``order``, «УТВЕРЖДЕНА приказом от … № …»
APPROVAL_FORM = "approval_form"
ORDER = "order"
#: variables with a fixed set of values ("" = the default), as forms and ``--set`` offer them
CHOICES: dict[str, tuple[str, ...]] = {DATE_STYLE: ("", *DATE_STYLES), APPROVAL_FORM: ("", ORDER)}
#: the role variables that hold a date
DATE_VARIABLES = ("approval_date", "agreed_date")
#: the role variables that hold the initials and surname of someone who signs
SIGNATORIES = ("approver_name", "agreed_name", "drafter_name")

MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_MONTH = {name: number for number, name in enumerate(MONTHS, start=1)}

_NUMERIC = LazyPattern(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?:\s*г(?:\.|ода?)?)?")
_ISO = LazyPattern(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_IN_WORDS = LazyPattern(
    r"(?P<q>[«\"“„]?)\s*(?P<d>\d{1,2})\s*[»\"”“]?\s+(?P<month>[а-яё]+)\s+(?P<y>\d{4})"
    r"(?:\s*(?:г\.?|года))?",
    re.IGNORECASE,
)
#: the office forms exactly: ``05.06.2016``, ``5 июня 2016 г.``, ``«05» июня 2016 г.``
_OFFICE = (
    (NUMERIC, LazyPattern(r"\d{2}\.\d{2}\.\d{4}")),
    (WORDS, LazyPattern(r"[1-9]|[12]\d|3[01]")),
    (QUOTED, LazyPattern(r"«\d{2}»")),
)
_OFFICE_WORDS = LazyPattern(r"(?P<day>\S+) (?P<month>[а-я]+) \d{4} г\.")

#: how the name of a settlement begins when its type is already written
_SETTLEMENT = LazyPattern(
    r"^(?:г|гор|с|д|дер|п|пос|пгт|рп|кп|ст|ст-ца|х|сл|аул|мкр)\.\s*|^(?:город|село|деревня|посёлок|поселок|"
    r"станица|хутор|аул|пгт|рп)\s",
    re.IGNORECASE,
)
#: «И. И. Иванов», «И.И. Иванов», «И. Иванов», «А.-Б. В. Петрова-Водкина»
_INITIALS_FIRST = LazyPattern(
    r"(?:[A-ZА-ЯЁ](?:-[A-ZА-ЯЁ])?\.\s?){1,2}\s?[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?"
)


def read_date(text: str) -> tuple[bool, date | None]:
    """``(shaped, value)``: whether the text is written as a date (figures, or
    a day, a month and a year in words), and the date it names when it is a real one."""
    text = " ".join(text.split())
    for pattern in (_NUMERIC, _ISO):
        match = pattern.fullmatch(text)
        if match:
            year = int(match["y"])
            return True, _date(year + 2000 if year < 100 else year, int(match["m"]), int(match["d"]))
    match = _IN_WORDS.fullmatch(text)
    if match and match["month"].casefold().replace("ё", "е") in _MONTH:
        return True, _date(int(match["y"]), _MONTH[match["month"].casefold()], int(match["d"]))
    return False, None


def _date(year: int, month: int, day: int) -> date | None:
    from datetime import date  # here: most roles have no date to read (≈ 1 ms of `jdtui check`)

    try:
        return date(year, month, day)
    except ValueError:
        return None


def office_form(text: str) -> str | None:
    """The office form the date is written in (``numeric``, ``words``,
    ``quoted``), or None: a date in no office form, or no real date."""
    text = text.strip()
    _shaped, value = read_date(text)
    if value is None:
        return None
    if _OFFICE[0][1].fullmatch(text):
        return NUMERIC
    match = _OFFICE_WORDS.fullmatch(text)
    if match and match["month"] in _MONTH:
        for style, pattern in _OFFICE[1:]:
            if pattern.fullmatch(match["day"]):
                return style
    return None


def format_date(value: date, style: str) -> str:
    """The date in one office form."""
    if style == WORDS:
        return f"{value.day} {MONTHS[value.month - 1]} {value.year} г."
    if style == QUOTED:
        return f"«{value.day:02d}» {MONTHS[value.month - 1]} {value.year} г."
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def styled_date(text: str, style: str | None) -> str:
    """A date as the document prints it: in the chosen style when it names a
    real date, else as written (no style chosen, or not a date jdtui can read)."""
    if style not in DATE_STYLES:
        return text
    _, value = read_date(text)
    return format_date(value, style) if value is not None else text


def place(city: str) -> str:
    """The place of issue: «г. Москва» for «Москва»; a name with its type
    written («с. Полтавка», «пос. Ува») is kept as it is."""
    city = city.strip()
    if not city or _SETTLEMENT.match(city):
        return city
    return f"г. {city}"


def bare_place(text: str) -> str:
    """The city of «г. Москва» as the details form holds it (the inverse of :func:`place`)."""
    text = text.strip()
    return re.sub(r"^г\.\s*", "", text) if text.startswith("г.") else text


def initials_first(name: str) -> bool:
    """The name is written as a signature's расшифровка: initials, then the surname."""
    return bool(_INITIALS_FIRST.fullmatch(" ".join(name.split())))
