"""«Label: text» lines, lead-in sentences, document requisites and requirement groups.

Real documents say what a line is by a label before a colon: «Знания и
навыки: …», "Requirements: …", "Location: Berlin". This module reads those
labels; it never decides where a line goes (the assembler does).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .headings import normalise

_LABEL = re.compile(r"^(?P<label>[^:：]{1,60}?)\s*[:：]\s*(?P<rest>.*)$")
#: "…sentence. Requirements: a; b. Tech stack: c" – labels inside a paragraph.
_INLINE_LABEL = re.compile(r"(?:(?<=[.!?])\s+)(?P<label>[A-ZА-ЯЁ][\w'’/&\- ]{1,40}?):\s")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)

#: Labels that state a role variable.
_VARIABLES: dict[str, str] = {}
for _name, _forms in {
    "organization": (
        "organisation",
        "organization",
        "company",
        "employer",
        "организация",
        "компания",
        "работодатель",
        "наименование организации",
        "предприятие",
    ),
    "department": (
        "department",
        "division",
        "directorate",
        "service",
        "отдел",
        "подразделение",
        "структурное подразделение",
        "департамент",
    ),
    "reports_to": (
        "reports to",
        "reporting to",
        "reporting line",
        "подчиняется",
        "непосредственный руководитель",
        "подчинение",
        "руководитель",
    ),
    "city": (
        "location",
        "locations",
        "city",
        "город",
        "место работы",
        "местоположение",
        "локация",
        "office location",
    ),
    "position": ("job title", "position", "role", "должность", "наименование должности", "вакансия", "title"),
}.items():
    for _form in _forms:
        _VARIABLES[_form] = _name

#: jdtui's own lead-in sentences (see render.LEADS): the position, then the phrase.
_OWN_LEAD = re.compile(
    r"^(?P<position>.+?)\s+(?:выполняет следующие должностные обязанности|имеет право|нес[её]т ответственность):$"
)
_LEAD_CUES = re.compile(
    r"\b(you|you'll|you’ll|we|we're|we’re|will|candidate|ideal|following|responsible|expected|should|must|"
    r"include|includes|including|involves|looking|role|position|our|who|focus|обязан|должен|имеет|нес[её]т|выполняет|"
    r"следующ|входит|включают|отвечает|требуется|необходимо|"
    r"du|sie|wir|dich|dein|deine|ihre|bedeutet|umfasst|gehören|erwartet|vous|tu|tes|vos|seront|serez|nous|"
    r"sont|comprennent|bạn|sẽ)\b",
    re.IGNORECASE,
)

#: «УТВЕРЖДАЮ», and «СОГЛАСОВАНО  УТВЕРЖДАЮ» where two stamps stand side by side
_STAMP = re.compile(
    r"^(?:согласовано\s+)?(утверждаю|утверждена?о?|утверждена приказом.*|approved(?: by)?)$", re.IGNORECASE
)
#: «№ 112» right after ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ: the document's number, not the position
_DI_NUMBER = re.compile(r"^№\s*(?P<number>\S+)\s*")
_REQUISITES = re.compile(r"^№\s*(?P<number>[^·]*?)\s*·\s*(?P<city>[^·]*?)\s*·\s*(?P<date>.*)$")
_DI_TITLE = re.compile(r"^должностная\s+инструкция\b[\s,:—–-]*(?P<rest>.*)$", re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|«\s*_*\d*\s*»|\b\d{4}\s*г\.?|\b(19|20)\d{2}\b")
_PLACEHOLDER = re.compile(r"^\{\{\s*\w+\s*\}\}$")

#: Keyword stems that put an unlabelled requirement in a group, matched on case-folded
#: text: without IGNORECASE the engine scans for the stems' first letters (several
#: times faster on a big import)
_EXPERIENCE = re.compile(
    r"\d+\+?\s*(years?|yrs|лет|года?)\b|\byears?\b|опыт|стаж|образовани|\bdegree\b|bachelor|master'?s|\bphd\b|"
    r"diploma|диплом|высшее|среднее профессиональное|certif|сертифик|experience|track record|background in",
)
_QUALITIES = re.compile(
    r"коммуникабельн|внимательн|пунктуальн|стрессоустойчив|доброжелательн|вежлив|исполнительн|инициативн|"
    r"аккуратн|организованн|клиентоориентирован|ответственност|обучаем|тактичн|честн|порядочн|"
    r"team player|attention to detail|detail[- ]oriented|self[- ]starter|proactive|curious|curiosity|attitude|"
    r"personality|mindset|ownership|communication skills|interpersonal|empathy|adaptab|meticulous|"
    r"collaborative|positive|motivated|resilien|integrity|reliab|patien",
)


#: "None", "N/A", "None explicitly listed.", «Нет», «не указано»: a section said to be empty.
_NONE = re.compile(
    r"^[(\[]?\s*(?:none|n/a|nil|nothing|not (?:specified|applicable|listed|stated|mentioned|provided)|"
    r"нет|не указан\w*|не требуется|отсутству\w*|keine\w*|entfällt|aucune?|néant|không có)"
    # alone, or followed by what people add: "None explicitly listed as preferred", «Нет.»
    r"(?:\s*[.)\]]*\s*$|\s+(?:explicitly|specifically|currently|listed|specified|stated|mentioned|provided|given|"
    r"required|identified|noted|at this time)\b)",
    re.IGNORECASE,
)


# the readings of a line are pure and a document repeats its lines (a huge paste its clauses):
# each function below that reads a line alone caches what it read
@lru_cache(maxsize=8192)
def says_none(text: str) -> bool:
    """The line says there is nothing here ("None explicitly listed.", «Нет»): no item."""
    text = text.strip()
    return bool(_NONE.match(text)) and len(text.split()) <= 15


_MARK = r"\((?:\*{1,3}|\+)\)|\*{1,3}|†"
_PREFERRED_WORDS = (
    r"nice[ -]to[ -]have|(?:is |are |would be |will be )?an? (?:plus|bonus|advantage)|optional|preferred|desirable|"
    r"wünschenswert|von vorteil|желательно|будет плюсом|преимущество|un plus|un atout|ưu tiên"
)
#: "nice to have (*)", "(*) = optional", "* Nice to have": a legend that defines a mark
_LEGEND = re.compile(
    rf"(?:{_PREFERRED_WORDS})\s*(?P<after>{_MARK})|(?:^|\s)(?P<before>{_MARK})\s*[-–—:=]?\s*(?:{_PREFERRED_WORDS})",
    re.IGNORECASE,
)


def preferred_marks(lines) -> frozenset[str]:
    """Marks that a legend in the text defines as "nice to have" ("(*)", "*", "†")."""
    marks = set()
    for line in lines:
        if "*" not in line and "+" not in line and "†" not in line:
            continue  # most lines: no mark, no regex
        for match in _LEGEND.finditer(line):
            marks.add(match.group("after") or match.group("before"))
    return frozenset(marks)


def marked_preferred(text: str, marks: frozenset[str]) -> bool:
    """An item that ends with a nice-to-have mark; a mark ending only the last
    clause («Kimball; Data Vault is a plus (*)») leaves the item required."""
    end = text.rstrip(" .;")
    return any(end.endswith(mark) for mark in marks) and ";" not in end


#: how a posting speaks of itself: "We're…", "Our…", "At Mollie, …", "Since 2004, …"
_COMPANY_VOICE = re.compile(
    r"^(?:(?:we|we're|we’re|we've|we’ve|we'll|we’ll|our|since|today|wir|unser\w*|nous|notre|chez|bei uns)\b|at [^,.]{1,40},)",
    re.IGNORECASE,
)
#: how a posting speaks of the role: "This role…", "You'll…", "As an Analytics Engineer, …"
_ROLE_VOICE = re.compile(
    r"^(?:this (?:role|position|job)|the (?:role|position|job|team)|in this (?:role|position)|as (?:an?|part of)|"
    r"if you|join|you'll|you’ll|you will|in dieser rolle|als\b|en tant que?)\b",
    re.IGNORECASE,
)
_TERMINAL_PUNCT = re.compile(r"[.!?…][\"'»”’)]*$")


@lru_cache(maxsize=8192)
def company_voice(text: str) -> bool:
    """The text speaks of the company ("We…", "At Mollie, …"), not of a task."""
    return bool(_COMPANY_VOICE.match(text.strip()))


@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """Running text rather than a list item: sentences, or a long sentence in the
    company's or the role's voice."""
    words = len(text.split())
    count = len(sentences(text)) if _TERMINAL_PUNCT.search(text) else 0
    voice = company_voice(text) or _ROLE_VOICE.match(text.strip()) is not None
    if words >= 12 and (count >= 3 or (count >= 2 and voice)):
        return True
    return voice and words >= 10


def short_value(text: str) -> bool:
    """A value of a detail ("Hybrid", "Full time"), not a sentence."""
    return 0 < len(text.split()) <= 4 and not _TERMINAL_PUNCT.search(text)


@lru_cache(maxsize=8192)
def split_label(text: str) -> tuple[str, str] | None:
    """``("Label", "rest")`` for a «Label: rest» line, else None."""
    if ":" not in text and "：" not in text:
        return None
    match = _LABEL.match(text)
    if not match:
        return None
    label = match.group("label").strip()
    words = label.split()
    if not words or len(words) > 6 or _URL.search(label) or label[0].isdigit():
        return None
    if label.endswith(("http", "https")):
        return None
    return label, match.group("rest").strip()


def inline_labels(text: str) -> list[tuple[int, str]]:
    """Positions and labels of «Label:» that start a sentence inside ``text``."""
    return [(m.start("label"), m.group("label")) for m in _INLINE_LABEL.finditer(text)]


def variable_of(label: str) -> str | None:
    """The role variable a label states (organization, city…), if any."""
    return _VARIABLES.get(normalise(label))


def is_placeholder(value: str) -> bool:
    """An unfilled ``{{name}}`` as jdtui prints it."""
    return bool(_PLACEHOLDER.match(value.strip()))


@lru_cache(maxsize=8192)
def own_lead(text: str) -> str | None:
    """The position named by one of jdtui's own lead-in sentences, else None."""
    text = text.strip()
    if not text.endswith(":"):
        return None
    match = _OWN_LEAD.match(text)
    return match.group("position").strip() if match else None


#: words an unfinished lead-in ends with: "As an Analytics Engineer, you will"
_OPEN_END = re.compile(
    r"\b(will|you'll|you’ll|can|to|include|includes|including|are|be|for|with|of|as|by|should|must|like|such as)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def open_lead(text: str) -> bool:
    """A lead-in written without its colon ("As a data engineer, you will")."""
    text = text.strip()
    # only the end can match: search the last words, not the whole paragraph
    return bool(_OPEN_END.search(text, max(0, len(text) - 24))) and looks_like_lead(text + ":")


@lru_cache(maxsize=8192)
def looks_like_lead(text: str) -> bool:
    """A short sentence ending with a colon that introduces a list ("You will:")."""
    text = text.strip()
    return text.endswith((":", "：")) and len(text.split()) <= 24 and bool(_LEAD_CUES.search(text))


#: «ООО «Ладога-Сервис»», «АО "Завод"», «Общество с ограниченной ответственностью «…»»,
#: "Acme GmbH", "Northgate Borough Council": a line that is an organisation's name
_ORGANISATION = re.compile(
    r"^(?:ООО|АО|ПАО|ЗАО|ОАО|НАО|ИП|ГУП|МУП|ФГУП|ГБУ|ГКУ|МБУ|МАУ|АНО|НКО|ТОО)\s+[«\"„“]"
    r"|^(?i:(?:общество с ограниченной ответственностью|(?:публичное |непубличное |закрытое |открытое )?акционерное общество"
    r"|индивидуальный предприниматель|(?:федеральное |муниципальное |государственное )+\w+ (?:учреждение|предприятие))\s+[«\"„“])"
    r"|^[^.!?]{2,60}\s(?:LLC|LLP|PLC|Ltd\.?|Limited|GmbH|AG|SE|Inc\.?|Corp\.?|Corporation|S\.A\.|B\.V\.|N\.V\.|SAS|SARL"
    r"|(?i:(?:borough|county|city|district|town|parish) council))$",
)
#: a line that names a job: a role noun, or the gender mark job ads add ("(H/F)", "(m/w/d)")
_JOB_TITLE = re.compile(
    r"\((?:[hfmwdx*]\s*/\s*){1,3}[hfmwdx*]\)|\((?:all genders?|tous genres)\)"
    r"|\b(?:engineer|developer|analyst|manager|scientist|designer|consultant|specialist|architect|administrator|"
    r"coordinator|assistant|director|officer|lead|head|intern|associate|representative|advisor|adviser|accountant|"
    r"technician|operator|executive|agent|writer|editor|researcher|recruiter|nurse|teacher|driver|clerk|supervisor|"
    r"ingénieur|développeur|chef de|responsable|chargée? de|entwickler|berater|leiter|referent|"
    r"менеджер|специалист|инженер|аналитик|разработчик|администратор|бухгалтер|директор|руководител|консультант|"
    r"оператор|ассистент|кладовщик|водител|мастер|начальник|заведующ|повар|юрист|экономист|секретар|технолог)",
    re.IGNORECASE,
)
#: "We are looking for an Analytics Engineer to…": the role a posting names in its prose
_LOOKING_FOR = re.compile(
    r"\b(?:we are|we're|we’re|are) (?:looking for|hiring|seeking|searching for) an? "
    r"(?P<role>[A-Z][\w&/+.-]*(?: (?:[A-Z][\w&/+.-]*|of|and|&|for|in)){0,6})"
)


def job_title_like(text: str) -> bool:
    """A short line that names a job ("Analytics Engineer (H/F)", «Кладовщик»)."""
    text = text.strip()
    return 0 < len(text.split()) <= 10 and not _TERMINAL_PUNCT.search(text) and bool(_JOB_TITLE.search(text))


def role_sought(text: str) -> str | None:
    """The role a posting's prose says it is looking for ("We are looking for an Analytics Engineer…")."""
    match = _LOOKING_FOR.search(text)
    if match is None:
        return None
    role = re.sub(r"(?: (?:of|and|&|for|in))+$", "", match.group("role")).rstrip(".")
    return role if job_title_like(role) else None


def organisation_name(text: str) -> bool:
    """The line is the name of an organisation (legal form and name), nothing more."""
    text = text.strip()
    return len(text.split()) <= 8 and bool(_ORGANISATION.match(text))


def is_stamp(text: str) -> bool:
    return bool(_STAMP.match(text.strip().strip("*").strip()))


#: the stamps that close jdtui's Russian export: «СОГЛАСОВАНО», «Разработчик:»
_CLOSING = {"согласовано": "agreed", "разработчик:": "drafter", "drafted by:": "drafter"}
#: «приказом от 01.12.2026 № 15»: an approval by order, its date and number
_BY_ORDER = re.compile(
    r"^(?:утвержден[аоы]?\s+)?приказом\b.*?\bот\s+(?P<date>.+?)\s*(?:№|N)\s*(?P<number>\S+)$", re.I
)


@lru_cache(maxsize=8192)
def closing_stamp(text: str) -> tuple[str, str] | None:
    """``(kind, rest)`` for the first line of such a stamp: ``agreed`` or
    ``drafter``, and what follows the word on the line (a signature line
    «Разработчик: Должность ____ И. О. Фамилия» read as one); else None."""
    text = " ".join(text.split())
    word, colon, rest = text.partition(":")
    kind = _CLOSING.get(word.strip("* ").casefold() + colon)
    if kind is None or (rest and not (kind == "drafter" and "___" in rest)):
        return None
    return kind, rest.strip()


def by_order(text: str) -> tuple[str, str] | None:
    """``(date, number)`` of «приказом от … № …», else None."""
    match = _BY_ORDER.match(" ".join(text.split()))
    return (match["date"], match["number"]) if match else None


def requisites(text: str) -> tuple[str, str, str] | None:
    """``(number, city, date)`` from jdtui's «№ … · city · date» line."""
    match = _REQUISITES.match(text.strip())
    if not match:
        return None
    return match.group("number"), match.group("city"), match.group("date")


_WORD_REQUISITE = re.compile(
    r"\s*(?:(?P<city>г\.\s*[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ]?[а-яё]+)*)"
    r"|№\s*(?P<number>[\w./-]+)"
    r"|(?P<date>\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*г\.)?|«\s*\d{1,2}\s*»\s*[а-яё]+\s+\d{4}\s*г\.?))\s*"
)


def spaced_requisites(text: str) -> tuple[str, str, str] | None:
    """``(number, city, date)`` from a Word document's requisites line, such as
    «г. Тюмень<spaces>№ 17-ДИ» or «01.09.2023 № 45»: nothing else on the line,
    at least a city or a number."""
    found = {"number": "", "city": "", "date": ""}
    position, text = 0, text.strip()
    while position < len(text):
        match = _WORD_REQUISITE.match(text, position)
        if not match or match.end() == position:
            return None
        for name, value in match.groupdict().items():
            if value:
                if found[name]:
                    return None
                found[name] = re.sub(r"^г\.\s*", "", value) if name == "city" else value
        position = match.end()
    if not (found["city"] or found["number"]):
        return None
    return found["number"], found["city"], found["date"]


def di_title(text: str) -> str | None:
    """For «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера…», the position in the genitive ("" if absent)."""
    match = _DI_TITLE.match(text.strip())
    return _DI_NUMBER.sub("", match.group("rest").strip()) if match else None


def di_number(text: str) -> str | None:
    """For «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ № 112 …», the document's number."""
    match = _DI_TITLE.match(text.strip())
    number = _DI_NUMBER.match(match.group("rest").strip()) if match else None
    return number.group("number") if number else None


def looks_like_date(text: str) -> bool:
    return bool(_DATE.search(text))


@lru_cache(maxsize=8192)
def requirement_group(text: str) -> str:
    """knowledge, experience or qualities, by keyword stems."""
    text = text.casefold()
    if _EXPERIENCE.search(text):
        return "experience"
    if _QUALITIES.search(text):
        return "qualities"
    return "knowledge"


_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "inc",
        "ltd",
        "co",
        "vs",
        "approx",
        "mr",
        "ms",
        "mrs",
        "dr",
        "st",
        "no",
        "nr",
        "bzw",
        "z.b",
        "ca",
        "т.д",
        "т.п",
        "т.е",
        "г",
        "гг",
        "ст",
        "др",
        "пр",
        "см",
        "руб",
        "тыс",
        "млн",
        "им",
        "ул",
    ]
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ«\"(])")


def sentences(text: str) -> list[str]:
    """``text`` split into sentences; abbreviations and initials do not end one."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE.finditer(text):
        before = text[start : match.start()].rstrip()
        word = before.rsplit(None, 1)[-1].rstrip(".!?").casefold() if before.split() else ""
        if len(word) <= 1 or word in _ABBREVIATIONS or "." in word:
            continue
        out.append(text[start : match.start()].strip())
        start = match.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def split_list(rest: str) -> list[str]:
    """An inline list «a; b; c» as its parts (one part when there is no semicolon)."""
    parts = [p.strip() for p in rest.split(";")]
    parts = [p for p in parts if p]
    return parts if len(parts) > 1 else ([rest.strip()] if rest.strip() else [])


#: how a letter ends: "Thanks,", "Kind regards", «С уважением,»; what follows is its signature
_SIGN_OFF = re.compile(
    r"^(?:thanks|thank you|many thanks|cheers|best|best wishes|(?:kind |best |warm )?regards|yours(?: sincerely| faithfully)?|"
    r"sincerely|с уважением|спасибо|всего доброго|хорошего дня)[,.!]?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def sign_off(text: str) -> bool:
    """The line closes a letter ("Kind regards,", «С уважением,»)."""
    return bool(_SIGN_OFF.match(text.strip()))


#: work arrangements a byline lists where a place might stand: no city
_NO_PLACE = re.compile(
    r"^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|worldwide|anywhere|"
    r"удал[её]нн\w*|гибрид\w*|офис|полная занятость|частичная занятость)\b",
    re.IGNORECASE,
)
#: a byline's first part that names a department, not the organisation
_DEPARTMENT = re.compile(
    r"^(?:департамент|отдел|управление|служба|дирекция|department|team|division)\b", re.I
)


def byline(text: str) -> dict[str, str] | None:
    """The details a job board's byline states ("Harbourline Logistics · Rotterdam, …
    · Reposted 3 days ago", «Департамент розничного бизнеса · Москва · Гибридный
    формат»): the organisation (or department) and the city; None for other lines."""
    if "{{" in text or text.lstrip().startswith("№") or requisites(text):
        return None  # jdtui's own «№ … · city · date» line, filled or not
    if "·" not in text:  # Lever's "Berlin / Engineering – Platform / Full-time": the place first
        parts = [p.strip() for p in text.split(" / ")]
        place = parts[0]
        if len(parts) >= 3 and len(place.split()) <= 3 and not _NO_PLACE.match(place) and place[:1].isupper():
            return {"city": place}
        return None
    parts = [p.strip().strip("*").strip() for p in text.split("·")]
    if not 2 <= len(parts) <= 6 or not all(parts):
        return None
    first, second = parts[0], parts[1]
    if len(first.split()) > 5 or _TERMINAL_PUNCT.search(first) or any(c.isdigit() for c in first):
        return None
    found = {"department" if _DEPARTMENT.match(first) else "organization": first}
    place = second.split(",")[0].strip()
    if (
        place
        and len(place.split()) <= 3
        and not _NO_PLACE.match(place)
        and not any(c.isdigit() for c in place)
    ):
        found["city"] = place
    return found


#: «Екатеринбург, улица Малышева, 51», "Leeds, 12 Park Row": a city and a street address
_ADDRESS = re.compile(
    r"^(?P<city>[A-ZА-ЯЁ][\w-]+(?:[ -][A-ZА-ЯЁ][\w-]+)?),\s+(?:ул\.|улица|пр\.|проспект|пер\.|переулок|наб\.|"
    r"набережная|шоссе|бульвар|б-р|пл\.|площадь|\d+\s+\w+\s+(?:street|st|road|rd|avenue|ave|row|lane|square))",
    re.IGNORECASE,
)


def address_city(text: str) -> str | None:
    """The city of a line that is a street address, or None."""
    match = _ADDRESS.match(text.strip())
    return match.group("city") if match and len(text.split()) <= 10 else None


#: how a posting's first sentences name the employer: "Brightwater Foods is a family-owned…",
#: "At Kestrel we build…", «Банк «Северная гавань» ищет аналитика…»
_ORG_IN_PROSE = (
    re.compile(
        r"^(?P<org>[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|&|of)){0,3}) (?:is|are) (?:a|an|the|one of)\b"
    ),
    re.compile(r"^At (?P<org>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}),? (?:we|our)\b"),
    re.compile(
        r"^(?P<org>(?:[А-ЯЁ][а-яё]+\s+)?[«\"„][^»\"“]{2,40}[»\"“])\s+(?:ищет|приглашает|набирает|открывает|в поиске)\b"
    ),
)


def organisation_in_prose(text: str) -> str | None:
    """The employer a posting's sentence names at its start, or None."""
    for pattern in _ORG_IN_PROSE:
        match = pattern.match(text.strip())
        if match:
            org = match.group("org")
            if not job_title_like(org) and org.split()[0].casefold() not in (
                "this",
                "the",
                "our",
                "we",
                "it",
            ):
                return org
    return None
