"""Section headings as people write them, in Russian and English.

A heading is normalised (numbering, case, trailing colons, decoration removed)
and mapped to a *target*: a profile-independent name such as ``duties`` or
``preferred``. The assembler maps targets onto the sections of a profile.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Targets a heading can name. ``preferred`` is requirements marked preferred,
#: ``ack`` the acknowledgement sheet, ``other`` the literal «Прочее»/"Other".
#: ``pay``, ``offer`` and ``equality`` (salary, benefits, the equal-opportunity
#: statement) are sections of en-jd; a profile without them keeps them as
#: "other" sections under their own heading, as it does ``extra``.
TARGETS = (
    "general",
    "summary",
    "requirements",
    "preferred",
    "duties",
    "rights",
    "responsibility",
    "relationships",
    "kpi",
    "onboarding",
    "final",
    "conditions",
    "pay",
    "offer",
    "equality",
    "ack",
    "other",
    "extra",
)

#: Targets that have a section in some profiles only (en-jd); elsewhere they are "extra".
EXTRA_LIKE = frozenset({"extra", "pay", "offer", "equality"})

_NUMBERING = re.compile(
    r"^(?:(?:раздел|section|part|часть|teil|partie|phần)\s+)?(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[A-ZА-Я])[.)/]\s*(?=\S)"
    r"|^\d{1,2}(?:\.\d{1,2})*\s+(?=\D)",
    re.IGNORECASE,
)
_DECORATION = re.compile(r"^[^\w«\"'(]+|[^\w»\"')]+$")
#: "(*)", "(+)": marks that a legend defines (see labels.MARK)
_MARKS = re.compile(r"\s*\((?:\*{1,3}|\+)\)|\*+$")
#: "Knowledge (Success Foundations)", "Key outcomes (what success looks like)"
_ASIDE = re.compile(r"\s*\([^()]*\)$")
_SPACES = re.compile(r"\s+")

#: characters beyond which a text is no heading jdtui knows (its forms are far shorter)
_LONGEST = 200

# Exact forms first (after normalise()), then patterns tried in order.
_EXACT: dict[str, str] = {}


def _exact(target: str, *forms: str) -> None:
    for form in forms:
        _EXACT[form.replace("ё", "е")] = target


_exact("general", "общие положения", "general provisions", "general", "общее")
_exact(
    "summary",
    "summary",
    "role summary",
    "job summary",
    "position summary",
    "overview",
    "role overview",
    "position overview",
    "job overview",
    "about the role",
    "about the position",
    "about the job",
    "purpose",
    "purpose of the role",
    "role purpose",
    "job purpose",
    "job description",
    "description",
    "назначение должности",
    "цель должности",
    "описание",
    "описание вакансии",
    "о вакансии",
    "о должности",
    "the opportunity",
    "about the opportunity",
    "the position",
    "position description",
)
_exact(
    "duties",
    "responsibilities",
    "key responsibilities",
    "main responsibilities",
    "core responsibilities",
    "what you'll do",
    "what you will do",
    "what you'll be doing",
    "what you will be doing",
    "your impact",
    "the role",
    "duties",
    "main duties",
    "key duties",
    "duties and responsibilities",
    "roles and responsibilities",
    "role and responsibilities",
    "your responsibilities",
    "your role",
    "your mission",
    "the job",
    "tasks",
    "your tasks",
    "key tasks",
    "what the job involves",
    "day to day",
    "a day in the life",
    "обязанности",
    "должностные обязанности",
    "функции",
    "функциональные обязанности",
    "основные обязанности",
    "задачи",
    "основные задачи",
    "чем предстоит заниматься",
    "что нужно делать",
    "функции и обязанности",
    "трудовые функции",
    "essential functions",
    "what you'll ship",
    "what you will ship",
    "your day to day",
    "in this role, you will",
    "in this role you will",
    "in this role, you'll",
    "you will",
    "you'll",
    "what will you do",
    "what you'll work on",
    # a few German and French forms seen in postings
    "aufgaben",
    "deine aufgaben",
    "ihre aufgaben",
    "deine mission",
    "missions",
    "vos missions",
    "tes missions",
)
_exact(
    "requirements",
    "requirements",
    "key requirements",
    "required qualifications",
    "qualifications",
    "minimum qualifications",
    "basic qualifications",
    "what you'll bring",
    "what you will bring",
    "what we're looking for",
    "what we are looking for",
    "who you are",
    "about you",
    "you have",
    "person specification",
    "essential criteria",
    "essential",
    "what you need",
    "what you'll need",
    "what you will need",
    "what you need to succeed",
    "what we need",
    "what you bring",
    "must have",
    "must-have",
    "must haves",
    "required skills",
    "required experience",
    "skills and experience",
    "experience and skills",
    "skills",
    "your profile",
    "profile",
    "candidate profile",
    "the ideal candidate",
    "ideal candidate",
    "your skills",
    "do you have what it takes",
    "требования",
    "квалификационные требования",
    "требования к квалификации",
    "требования к кандидату",
    "требования к работнику",
    "мы ожидаем",
    "что мы ждем",
    "что мы ждём от вас",
    "наши ожидания",
    "квалификация",
    "essential qualifications",
    "essential requirements",
    "what are we looking for",
    "what you need to be successful",
    "you have & you know-how",
    "you should have",
    "requirements and qualifications",
    "qualifications and requirements",
    "das bringst du mit",
    "was du mitbringst",
    "was du dafür mitbringst",
    "dein profil",
    "ihr profil",
    "anforderungen",
    "das zeichnet dich aus",
    "profil recherché",
    "votre profil",
    "ton profil",
)
_exact(
    "preferred",
    "nice to have",
    "nice-to-have",
    "nice to haves",
    "preferred",
    "preferred qualifications",
    "preferred skills",
    "preferred experience",
    "bonus points",
    "bonus",
    "bonus skills",
    "pluses",
    "a plus",
    "advantageous",
    "desirable",
    "desirable criteria",
    "desired qualifications",
    "desired skills",
    "good to have",
    "preferred / bonus skills",
    "nice-to-have skills",
    "будет плюсом",
    "желательно",
    "преимуществом будет",
    "будет преимуществом",
    "дополнительные требования",
)
_exact(
    "rights",
    "права",
    "права работника",
    "права и полномочия",
    "полномочия",
    "authority",
    "authorities",
    "decision rights",
    "rights",
    "rights and authority",
    "authority and decision rights",
    "ключевые права",
    "основные права",
    "права сотрудника",
    "key rights",
    "key authorities",
    "levels of authority",
)
_exact(
    "responsibility",
    "ответственность",
    "ответственность работника",
    "responsibility",
    "accountability",
    "liability",
    "accountabilities",
)
_exact(
    "relationships",
    "взаимоотношения",
    "связи по должности",
    "взаимоотношения (связи по должности)",
    "взаимодействие",
    "взаимоотношения по должности",
    "relationships",
    "working relationships",
    "key relationships",
    "reporting relationships",
    "relationships (links by position)",
)
_exact(
    "kpi",
    "kpi",
    "kpis",
    "показатели эффективности",
    "ключевые показатели эффективности",
    "показатели результативности",
    "критерии оценки",
    "критерии оценки работы",
    "assessment criteria",
    "performance indicators",
    "key performance indicators",
    "success metrics",
    "how success is measured",
    "how we measure success",
    "what success looks like",
)
_exact(
    "onboarding",
    "адаптация",
    "план адаптации",
    "программа адаптации",
    "план вхождения в должность",
    "onboarding",
    "onboarding plan",
    "your first days",
    "first 90 days",
    "your first 90 days",
    "30/60/90",
)
_exact("final", "заключительные положения", "final provisions", "final")
_exact(
    "conditions",
    "условия работы",
    "условия труда",
    "working conditions",
    "work environment",
    "physical requirements and working conditions",
)
_exact("ack", "лист ознакомления", "acknowledgement sheet", "acknowledgment sheet", "acknowledgement")
_exact("other", "прочее", "other")
# en-jd's salary, benefits and equal-opportunity sections (other profiles: "extra").
_exact(
    "pay",
    "salary",
    "salary range",
    "pay",
    "pay range",
    "pay and benefits",
    "salary and benefits",
    "compensation",
    "compensation and benefits",
    "compensation & benefits",
    "remuneration",
    "rate of pay",
    "hourly rate",
)
_exact(
    "offer",
    "benefits",
    "perks",
    "benefits and perks",
    "benefits & perks",
    "what we offer",
    "what we can offer",
    "what can we offer",
    "what we offer you",
    "what's in it for you",
    "why join us",
    "our benefits",
    "the benefits",
    "rewards",
    "rewards and benefits",
)
_exact(
    "equality",
    "equal opportunities",
    "equal opportunity",
    "equal opportunity employer",
    "equal employment opportunity",
    "diversity and inclusion",
    "diversity, equity and inclusion",
    "diversity & inclusion",
    "equality, diversity and inclusion",
    "equality and diversity",
    "inclusion",
    "reasonable adjustments",
    "accessibility and adjustments",
    "our commitment to inclusion",
)
# Things with no jdtui section: kept in "other" sections under their own heading.
_exact(
    "extra",
    "about us",
    "how to apply",
    "tech stack",
    "tools",
    "мы предлагаем",
    "что мы предлагаем",
    "условия",
    "о компании",
    "о нас",
    "контакты",
    "зарплата",
    "заработная плата",
    "was wir bieten",
    "was wir dir bieten",
    "wir bieten",
    "ce que nous t'offrons",
    "ce que nous offrons",
    "avantages",
    "who we are",
)

# German, French and Vietnamese postings: the common section names.
_exact(
    "summary",
    "über die rolle",
    "über den job",
    "stellenbeschreibung",
    "zur position",
    "le poste",
    "descriptif du poste",
    "description du poste",
    "résumé du poste",
    "à propos du poste",
    "présentation du poste",
    "tổng quan",
    "tổng quan vị trí",
    "mô tả công việc",
    "mô tả",
)
_exact(
    "duties",
    "deine rolle",
    "ihre rolle",
    "die rolle",
    "deine position",
    "ihre position",
    "die position",
    "was dich erwartet",
    "was sie erwartet",
    "was erwartet dich",
    "das erwartet dich",
    "das erwartet sie",
    "dein aufgabenbereich",
    "ihr aufgabenbereich",
    "aufgabenbereich",
    "tätigkeiten",
    "deine tätigkeiten",
    "ihre tätigkeiten",
    "deine verantwortung",
    "verantwortlichkeiten",
    "les missions",
    "missions principales",
    "vos responsabilités",
    "tes responsabilités",
    "responsabilités",
    "ton rôle",
    "votre rôle",
    "le rôle",
    "ce que tu feras",
    "ce que vous ferez",
    "nhiệm vụ",
    "trách nhiệm",
    "công việc",
    "nhiệm vụ chính",
)
_exact(
    "requirements",
    "was sie mitbringen",
    "das bringen sie mit",
    "was wir erwarten",
    "was wir von dir erwarten",
    "qualifikationen",
    "deine qualifikationen",
    "ihre qualifikationen",
    "voraussetzungen",
    "anforderungsprofil",
    "das zeichnet sie aus",
    "was dich auszeichnet",
    "was sie auszeichnet",
    "profil",
    "le profil",
    "compétences",
    "compétences requises",
    "exigences",
    "prérequis",
    "ce que nous recherchons",
    "qui es-tu",
    "qui êtes-vous",
    "yêu cầu",
    "yêu cầu công việc",
    "yêu cầu ứng viên",
    "tiêu chuẩn",
    "kỹ năng",
    "you",
    "what makes you successful",
)
_exact(
    "preferred",
    "wünschenswert",
    "von vorteil",
    "pluspunkte",
    "les petits plus",
    "le petit plus",
    "petits plus",
    "un plus",
    "atouts",
    "ưu tiên",
    "điểm cộng",
)
_exact(
    "extra",
    "was wir ihnen bieten",
    "das bieten wir",
    "das bieten wir dir",
    "unser angebot",
    "vorteile",
    "über uns",
    "wer wir sind",
    "kontakt",
    "bewerbung",
    "gehalt",
    "ce que nous vous offrons",
    "nous offrons",
    "pourquoi nous rejoindre",
    "qui sommes-nous",
    "à propos de nous",
    "rémunération",
    "salaire",
    "quyền lợi",
    "phúc lợi",
    "chế độ đãi ngộ",
    "ứng tuyển",
    "về chúng tôi",
    "liên hệ",
    "thu nhập",
)

# Patterns for the many longer forms; each is searched in the normalised heading.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (target, re.compile(pattern))
    for target, pattern in (
        (
            "preferred",
            r"nice[ -]to[ -]have|great to have|\bpreferred\b|\bdesirable\b|\badvantageous\b|будет плюсом|преимуществ|"
            r"bonus points|^bonus\b|\b(?:would be|is) a (?:big )?plus\b|\bwould be (?:great|nice|a bonus)\b|\b(?:great|nice) if you\b|wünschenswert|von vorteil|pluspunkt|petits? plus|serait un plus|\batouts?\b|ưu tiên|điểm cộng",
        ),
        ("ack", r"лист ознакомления|acknowledg|^с (?:должностной )?инструкцией ознакомлен"),
        ("general", r"общие положения"),
        ("final", r"заключительные положения"),
        ("kpi", r"\bkpis?\b|показател|performance indicator|success metric|measure success"),
        ("onboarding", r"onboarding|адаптаци|first \d+[- ]days"),
        ("relationships", r"взаимоотношен|связи по должности|relationships"),
        ("rights", r"^права\b|полномочи|\bauthority\b|decision rights"),
        ("responsibility", r"^ответственност|\baccountabilit|\bliabilit"),
        (
            "duties",
            r"responsibilities|обязанност|\bduties\b|функци|what you.?ll do|what you will do|your impact|your mission|\bзадачи\b|"
            r"aufgaben|tätigkeit|verantwortlichkeit|\bmissions\b|responsabilit|nhiệm vụ|trách nhiệm",
        ),
        (
            "requirements",
            r"requirement|qualification|требовани|квалификац|what you.?ll bring|looking for|who you are|about you|must[ -]have|\bskills$|"
            r"anforderung|\bprofil\b|qualifikation|voraussetzung|mitbring|exigences|compétences|yêu cầu|tiêu chuẩn",
        ),
        ("conditions", r"условия (работы|труда)|working conditions"),
        (
            "summary",
            r"^about the (role|position|job)$|^about (?:this |the )?role$|^role description$|summary|overview|^purpose"
            r"|назначение|tổng quan|du poste$",
        ),
        (
            "equality",
            r"equal (?:employment )?opportunit|\bdivers(?:e|ity)\b.*\binclusi|\binclusi\w*.*\bdivers|\bequality\b"
            r"|reasonable (?:adjustment|accommodation)",
        ),
        ("pay", r"\bsalar(?:y|ies)\b|\bcompensation\b|\bremuneration\b|\bpay\b"),
        ("offer", r"\bbenefits?\b|\bperks\b|\bwhat we offer\b|\bwe offer\b|\bcan we offer\b|in it for you"),
        (
            "extra",
            r"benefit|perks|offer|^about\b|compan|culture|\bteam\b|apply|salary|compensation|\bpay\b|stack|"
            r"\btools\b|technolog|interview|hiring|equal opportunit|diversity|contact|additional|"
            r"предлагаем|^условия|о компании|о нас|контакт|зарплат|оплата|льгот|бонус|"
            r"salari|bieten|über uns|bewerb|gehalt|offrons|avantages|rémunération|salaire|à propos|qui sommes|postuler|"
            r"candidature|entretien|recrutement|pourquoi|quyền lợi|phúc lợi|ứng tuyển|về chúng tôi|thu nhập|đãi ngộ|liên hệ",
        ),
    )
)

#: all the patterns in one: most texts match none, and one scan says so
_ANY_PATTERN = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _PATTERNS))

#: Requirement groups a label or sub-heading can name.
_GROUPS: dict[str, str] = {}
for _group, _forms in {
    "knowledge": (
        "знания",
        "знания и навыки",
        "ключевые навыки",
        "key skills",
        "навыки",
        "знания и умения",
        "должен знать",
        "знать",
        "умения",
        "профессиональные знания",
        "knowledge",
        "skills",
        "knowledge and skills",
        "technical skills",
        "hard skills",
        "skills and knowledge",
        "tech skills",
        "technical knowledge",
        "technical experience",
        "technical expertise",
        "skills & tools",
        "skills and tools",
        "tools & technologies",
        "kenntnisse",
        "fachkenntnisse",
        "compétences",
        "compétences techniques",
        "expertise technique",
        "kỹ năng",
    ),
    "experience": (
        "опыт",
        "опыт работы",
        "образование",
        "опыт и квалификация",
        "образование и опыт",
        "стаж",
        "стаж работы",
        "experience",
        "education",
        "experience and qualifications",
        "education and experience",
        "qualifications and experience",
        "work experience",
        "professional experience",
        "erfahrung",
        "berufserfahrung",
        "ausbildung",
        "expérience",
        "formation",
        "kinh nghiệm",
        "học vấn",
    ),
    "qualities": (
        "личные качества",
        "качества",
        "личностные качества",
        "деловые качества",
        "personal qualities",
        "soft skills",
        "personal attributes",
        "qualities",
        "personal skills",
        "personality",
        "abilities",
        "behaviours",
        "behaviors",
        "persönlichkeit",
        "savoir-être",
        "savoir être",
        "qualités",
    ),
}.items():
    for _form in _forms:
        _GROUPS[_form] = _group


# headings and labels recur through a document: each is normalised and looked up once
@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """A heading reduced to compare: no numbering, decoration or trailing colon, case-folded."""
    text = _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()
    text = text.replace("’", "'").replace("‘", "'").replace("ё", "е").replace("Ё", "Е")
    text = _MARKS.sub("", text)
    text = _DECORATION.sub("", text)
    text = _NUMBERING.sub("", text, count=1)
    text = _DECORATION.sub("", text)
    return text.rstrip(":：").strip().casefold()


@lru_cache(maxsize=8192)
def strip_numbering(text: str) -> str:
    """A heading as written, without its numbering prefix and trailing colon."""
    text = " ".join(text.split())
    stripped = _NUMBERING.sub("", text, count=1).strip()
    return (stripped or text).rstrip(":：").strip()


#: «Приложение 1. План адаптации», «Приложение № 2 — …», "Appendix 1. Onboarding plan"
_APPENDIX = re.compile(
    r"^(?:приложение|appendix|annex)\s*(?:№\s*)?\d{1,2}\s*[.:—–-]?\s+(?=\S)", re.IGNORECASE
)


@lru_cache(maxsize=8192)
def appendix_content(heading: str) -> str | None:
    """What an appendix's heading names after its number («План адаптации»), or None."""
    text = " ".join(heading.split())
    match = _APPENDIX.match(text)
    return text[match.end() :] if match else None


@lru_cache(maxsize=8192)
def target_of(heading: str, *, max_words: int = 7) -> str | None:
    """The target a heading names, or None for a heading jdtui knows nothing of.

    ``extra`` names things with no jdtui section (benefits, about us…).
    Longer than ``max_words`` words, only the exact known forms count.
    """
    if len(heading) > _LONGEST:
        return None  # a paragraph, not a heading: spare it the normalising
    key = normalise(heading)
    content = appendix_content(key)
    if content:  # an appendix is named by what it holds
        key = normalise(content)
    if not key:
        return None
    bare = _ASIDE.sub("", key)
    for form in (key, bare):
        if form in _EXACT:
            return _EXACT[form]
    if len(bare.split()) > max_words or not _ANY_PATTERN.search(bare):
        return None
    if _MIXED.match(bare):  # «Права и обязанности»: duties, the rights sorted out of them (see kinds)
        return "duties"
    for target, pattern in _PATTERNS:  # in order: the first target that matches wins
        if pattern.search(bare):
            return target
    return None


#: headings that name rights and duties at once
_MIXED = re.compile(
    r"(?=.*(?:\bправа\b|полномочи|\bauthorit|\brights?\b))(?=.*(?:обязанност|функци|responsibilit|\bduties\b))"
)


def mixed_heading(heading: str) -> bool:
    """The heading names rights and duties together («Права и обязанности»)."""
    return bool(_MIXED.match(normalise(heading)))


#: «Кладовщик должен знать», "The post holder must know": a knowledge label, whoever it names
_MUST_KNOW = re.compile(r"^(?:\S+\s+){0,6}(?:должен|должна|обязан|обязана) знать$|^(?:\S+\s+){0,6}must know$")


@lru_cache(maxsize=8192)
def group_of(label: str) -> str | None:
    """The requirement group a label or sub-heading names (knowledge, experience, qualities)."""
    key = normalise(label)
    found = _GROUPS.get(key) or _GROUPS.get(_ASIDE.sub("", key))
    return found or ("knowledge" if _MUST_KNOW.match(key) else None)


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "&",
        "-",
        "—",
        "–",
        "/",
        "de",
        "la",
        "le",
        "du",
    ]
)


@lru_cache(maxsize=8192)
def title_case(text: str) -> bool:
    """A short line written as a title ("Data Governance & DataOps"): capitalised words, or all capitals."""
    words = [w.strip("()[]«»\"'“”") for w in text.split() if any(c.isalpha() for c in w)]
    if not words or len(words) > 6:
        return False
    if text.upper() == text:
        return True
    return all(w[0].isupper() or w.casefold() in _SMALL_WORDS for w in words) and words[0][0].isupper()


#: Lead-ins written as plain lines that say which section their list is: "Get ready to",
#: "We expect you to", "Speaking of perks:", «Что нужно делать», «Мы ждём от вас».
#: Matched at the start of a short line (see leads.LeadReader.on_plain_lead).
_LEAD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (target, re.compile(pattern, re.IGNORECASE))
    for target, pattern in (
        (
            "preferred",
            r"^(?:it would be (?:great|nice|a plus|a bonus)|it(?:'s| is| will be) a (?:plus|bonus)|"
            r"(?:bonus|extra) points?|we(?:'d| would) (?:also )?love (?:it )?if you|even better if|"
            r"будет (?:плюсом|здорово|хорошо)|плюсом будет|преимуществом будет|желательно)\b",
        ),
        (
            "requirements",
            r"^(?:we expect(?: you)?|we(?:'re| are) looking for (?:someone|a person|people) who|"
            r"you (?:should|need to|must|have|bring|are|know)|you(?:'ll| will) need|ideally,? you|"
            r"what we need from you|we need someone who|to succeed (?:here|in this role),? you|"
            r"мы ждём|мы ждем|ждём от вас|ждем от вас|мы ожидаем|от вас(?: мы)? ждём|нам важно|"
            r"вам понадобится|вам понадобятся|вы подходите|вы нам подходите|вы нам подойд[её]те|что нужно уметь|"
            r"что нужно знать|что мы ждём|что мы ждем|мы хотим, чтобы вы|нам нужен человек)\b",
        ),
        (
            "duties",
            r"^(?:get ready to|be ready to|you(?:'ll| will) (?:be )?(?:get to|spend your days|work on|take care of)|"
            r"your day(?:s)? (?:will|would)|on a typical day|day to day,? you|what awaits you|"
            r"here(?:'s| is) what you(?:'ll| will) do|your (?:job|task|mission) (?:will be|is) to|"
            r"we need you to|you(?:'ll| will) be responsible for|you are going to|you're going to|"
            r"что нужно делать|что предстоит делать|чем предстоит заниматься|чем вы будете заниматься|"
            r"чем заниматься|вам предстоит|предстоит|ваши задачи|ваша задача|в ваши обязанности входит|"
            r"что делать|что вы будете делать)\b",
        ),
        (
            "offer",
            r"^(?:speaking of perks|in return|what you(?:'ll| will)? get|you(?:'ll| will) get|we give you|"
            r"we offer|we(?:'ll| will) offer|here(?:'s| is) what we offer|what(?:'s| is) in it for you|"
            r"мы предлагаем|что мы предлагаем|с нашей стороны|мы да[её]м|что вы получите|вы получите|"
            r"что мы даём|что мы даем)\b",
        ),
    )
)


_OPEN_END = re.compile(
    r"\b(?:to|if you|you|for|with|that|who|if|are|will|can|чтобы|если|вы|вам|от вас)$", re.I
)


#: the words a lead-in of _LEAD_PATTERNS starts with: most lines start otherwise, and no pattern is tried
_LEAD_FIRST_WORDS = frozenset(
    [
        "it",
        "bonus",
        "extra",
        "we",
        "we'd",
        "we'll",
        "even",
        "будет",
        "плюсом",
        "преимуществом",
        "желательно",
        "you",
        "you'll",
        "ideally",
        "what",
        "to",
        "мы",
        "ждём",
        "ждем",
        "от",
        "нам",
        "вам",
        "вы",
        "что",
        "get",
        "be",
        "your",
        "on",
        "day",
        "here",
        "here's",
        "чем",
        "предстоит",
        "ваши",
        "ваша",
        "в",
        "speaking",
        "in",
        "с",
        "you're",
        "we're",
    ]
)


@lru_cache(maxsize=8192)
def lead_target(text: str) -> str | None:
    """The section a plain lead-in line points to ("We expect you to" → requirements), or None."""
    first = text.lstrip()[:12].split(None, 1)
    if not first or first[0].rstrip(",:").replace("’", "'").casefold() not in _LEAD_FIRST_WORDS:
        return None
    text = " ".join(text.replace("’", "'").split())
    colon = text.endswith((":", "："))
    text = text.rstrip(":：").strip()
    words = len(text.split())
    # a lead-in is short, or is left open ("…if you", "…to"); "You have a passion for X" is an item
    if not text or words > 10 or not (colon or words <= 6 or _OPEN_END.search(text)):
        return None
    for target, pattern in _LEAD_PATTERNS:
        if pattern.search(text):
            return target
    return None
