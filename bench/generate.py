"""Synthetic libraries for the benchmarks: realistic Russian and English clauses.

Deterministic for a seed; written wherever the caller says (a temporary folder),
never committed. Sentences are put together from phrase lists in the grammatical
forms a real должностная инструкция or job description uses, so the texts have
the word forms, «ё», placeholders and length of real clauses.

    python -m bench.generate OUT.json --blocks 100000 --templates 1000 --seed 7
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from jdtui.core.profiles import PROFILES
from jdtui.store.safe import META, SCHEMA, write_json

AREAS = (
    "client-interaction",
    "order-management",
    "service-quality",
    "reporting",
    "client-feedback",
    "compliance",
    "sales-planning",
    "contract-management",
    "procurement",
    "logistics",
    "document-flow",
    "budgeting",
    "recruitment",
    "training",
    "it-support",
    "data-protection",
    "supplier-relations",
    "marketing",
    "pricing",
    "debt-collection",
)
TAGS = (
    "reports-to",
    "deputy",
    "category",
    "appointment",
    "must-know",
    "guiding-documents",
    "purpose",
    "conditions",
    "non-performance",
    "policy-breach",
    "damage",
    "confidentiality",
    "offences",
    "approval-change",
    "acknowledgement",
)
SOURCES = ("online-template", "company-standard", "professional-association", "own")
FAMILIES = (
    "sales",
    "client-service",
    "finance",
    "procurement",
    "logistics",
    "hr",
    "it",
    "marketing",
    "legal",
)

RU = {
    "verbs": (
        "Обеспечивает",
        "Контролирует",
        "Организует",
        "Ведёт",
        "Готовит",
        "Анализирует",
        "Согласовывает",
        "Проверяет",
        "Координирует",
        "Планирует",
        "Оформляет",
        "Отслеживает",
        "Формирует",
        "Поддерживает",
        "Разрабатывает",
        "Сопровождает",
        "Принимает и обрабатывает",
        "Своевременно представляет",
    ),
    "objects": (
        "учёт заказов клиентов",
        "работу с ключевыми клиентами",
        "подготовку отчётов о продажах",
        "взаимодействие с поставщиками и подрядчиками",
        "соблюдение сроков поставки продукции",
        "договоры с контрагентами",
        "претензии покупателей",
        "документацию по сделкам",
        "базу данных клиентов в CRM-системе",
        "выполнение плана продаж отдела",
        "отчётность по дебиторской задолженности",
        "коммерческие предложения для новых клиентов",
        "график отгрузок со склада",
        "качество обслуживания клиентов",
        "обратную связь от клиентов",
        "первичные учётные документы",
        "расчёты с покупателями и поставщиками",
        "закупки материалов",
        "электронный документооборот",
        "обучение новых сотрудников",
        "переговоры с ключевыми партнёрами",
        "мониторинг цен конкурентов",
        "исполнение бюджета подразделения",
        "жалобы и обращения граждан",
    ),
    "links": ("и", "а также", "включая"),
    "mods": (
        "в установленные сроки",
        "в соответствии с регламентами {{organization}}",
        "совместно с отделом продаж",
        "еженедельно",
        "по поручению непосредственного руководителя",
        "с учётом требований законодательства РФ",
        "на закреплённом участке работы",
        "в пределах своей компетенции",
        "не реже одного раза в месяц",
        "с использованием CRM-системы",
        "по согласованию с {{reports_to_dative}}",
        "в интересах ключевых клиентов",
    ),
    "right": ("Имеет право", "Вправе"),
    "right_inf": (
        "запрашивать у подразделений информацию о заказах клиентов",
        "вносить руководству предложения по улучшению работы с ключевыми клиентами",
        "подписывать документы в пределах своей компетенции",
        "требовать от клиентов документы, необходимые для оформления заказа",
        "участвовать в обсуждении вопросов качества обслуживания",
        "получать доступ к данным о расчётах с контрагентами",
        "согласовывать условия поставки с клиентами",
        "предоставлять скидки в пределах утверждённого лимита",
    ),
    "resp": (
        "Несёт ответственность за",
        "Привлекается к ответственности за",
        "Отвечает за",
    ),
    "resp_obj": (
        "ненадлежащее исполнение своих должностных обязанностей",
        "причинение материального ущерба",
        "разглашение коммерческой тайны и персональных данных клиентов",
        "нарушение правил внутреннего трудового распорядка",
        "правонарушения, совершённые в процессе работы",
    ),
    "resp_tail": (
        "в пределах, определённых законодательством РФ",
        "в порядке, установленном трудовым кодексом РФ",
    ),
    "req": ("Знание", "Умение вести", "Навыки работы с", "Опыт работы в области", "Понимание принципов"),
    "req_obj": (
        "основ делового общения",
        "методов работы с клиентами",
        "программ 1С и CRM-систем",
        "продаж не менее трёх лет",
        "клиентского сервиса",
        "стандартов обслуживания",
        "деловой переписки",
        "законодательства о защите персональных данных",
        "этики делового общения",
    ),
    "kpi": ("Доля", "Количество", "Средний срок", "Процент", "Уровень"),
    "kpi_obj": (
        "заказов, выполненных в срок",
        "повторных обращений клиентов",
        "обработки жалоб покупателей",
        "удовлетворённости ключевых клиентов",
        "выполнения плана продаж",
        "ошибок в отчётах",
        "просроченной дебиторской задолженности",
    ),
    "kpi_tail": ("за отчётный период", "по итогам квартала", "не менее 95 %", "не более 2 рабочих дней"),
    "onb": ("Знакомство с", "Изучение", "Наставничество по вопросам", "Самостоятельное выполнение"),
    "onb_obj": (
        "командой и политиками компании",
        "продуктов и процедур работы с клиентами",
        "первых задач под контролем наставника",
        "стандартов обслуживания",
    ),
    "goal": (
        "понимать структуру компании",
        "уверенно отвечать на вопросы клиентов",
        "выполнять типовые задачи самостоятельно",
    ),
    "general": (
        "{{position}} относится к категории специалистов.",
        "{{position}} подчиняется непосредственно {{reports_to_dative}}.",
        "На должность {{position_genitive}} назначается лицо, имеющее высшее образование и стаж работы не менее двух лет.",
        "В период отсутствия {{position_genitive}} его обязанности исполняет назначенный приказом работник.",
        "В своей деятельности руководствуется уставом {{organization}}, локальными нормативными актами и настоящей инструкцией.",
    ),
    "final": (
        "Настоящая инструкция утверждается и изменяется приказом руководителя {{organization}}.",
        "С инструкцией работник знакомится под подпись при приёме на работу.",
    ),
    "relationship": ("Взаимодействует с", "Обменивается информацией с", "Получает от"),
    "rel_obj": (
        "отделом логистики по вопросам отгрузок",
        "бухгалтерией по вопросам расчётов",
        "юридическим отделом по вопросам договоров",
        "клиентами по вопросам заказов",
    ),
    "places": (
        "в Москве",
        "в Санкт-Петербурге",
        "в Казани",
        "в Новосибирске",
        "в Екатеринбурге",
        "в розничной сети",
        "в оптовом направлении",
        "в сегменте B2B",
        "на производстве",
        "в сервисном центре",
        "в филиалах компании",
        "в региональных представительствах",
    ),
    "titles": (
        "Менеджер",
        "Специалист",
        "Старший специалист",
        "Ведущий менеджер",
        "Руководитель группы",
        "Координатор",
        "Аналитик",
        "Главный специалист",
    ),
    "title_tail": (
        "по работе с клиентами",
        "по работе с ключевыми клиентами",
        "по закупкам",
        "по продажам",
        "по логистике",
        "по персоналу",
        "по документообороту",
        "по маркетингу",
        "по сопровождению сделок",
        "клиентской службы",
        "отдела обслуживания",
    ),
}

EN = {
    "verbs": (
        "Ensures",
        "Monitors",
        "Organises",
        "Maintains",
        "Prepares",
        "Analyses",
        "Agrees",
        "Reviews",
        "Coordinates",
        "Plans",
        "Processes",
        "Tracks",
        "Builds",
        "Supports",
        "Develops",
        "Handles",
        "Registers and resolves",
        "Reports on",
    ),
    "objects": (
        "client orders and their status",
        "relationships with key accounts",
        "weekly sales reports",
        "communication with suppliers and contractors",
        "delivery deadlines for every order",
        "contracts with counterparties",
        "customer complaints",
        "deal documentation",
        "the client database in the CRM system",
        "the team's sales plan",
        "accounts receivable reporting",
        "commercial proposals for new clients",
        "the warehouse shipping schedule",
        "service quality",
        "client feedback",
        "primary accounting records",
        "payments to suppliers",
        "purchases of materials",
        "electronic document workflows",
        "training of new employees",
        "negotiations with key partners",
        "competitor price monitoring",
        "the department's budget",
        "enquiries from customers",
    ),
    "links": ("and", "as well as", "including"),
    "mods": (
        "within the agreed deadlines",
        "in line with {{organization}} policies",
        "together with the sales team",
        "every week",
        "as instructed by the line manager",
        "in compliance with applicable law",
        "for the assigned accounts",
        "within the authority of the role",
        "at least once a month",
        "using the CRM system",
        "in agreement with {{reports_to}}",
        "in the interest of key clients",
    ),
    "right": ("Has the authority to", "May"),
    "right_inf": (
        "request information on client orders from other departments",
        "propose improvements to key account management",
        "sign documents within the authority of the role",
        "require from clients the documents needed to process an order",
        "take part in decisions on service quality",
        "access data on settlements with counterparties",
        "agree delivery terms with clients",
        "grant discounts within the approved limit",
    ),
    "resp": ("Is accountable for", "Is responsible for", "Answers for"),
    "resp_obj": (
        "failure to perform the duties of the role",
        "material damage caused to the company",
        "disclosure of trade secrets and clients' personal data",
        "breaches of internal policies",
        "offences committed in the course of work",
    ),
    "resp_tail": ("as provided by law", "under the company's disciplinary policy"),
    "req": ("Knowledge of", "Ability to run", "Working experience with", "Experience in", "Understanding of"),
    "req_obj": (
        "business communication",
        "customer service principles",
        "CRM systems and office software",
        "sales for at least three years",
        "client services",
        "service standards",
        "business correspondence",
        "data protection regulations",
        "professional ethics",
    ),
    "kpi": ("Share of", "Number of", "Average time of", "Percentage of", "Level of"),
    "kpi_obj": (
        "orders delivered on time",
        "repeat client enquiries",
        "complaint handling",
        "key client satisfaction",
        "sales plan achievement",
        "errors in reports",
        "overdue receivables",
    ),
    "kpi_tail": (
        "per reporting period",
        "by the end of the quarter",
        "at least 95%",
        "within 2 working days",
    ),
    "onb": ("Introduction to", "Study of", "Mentoring on", "Independent work on"),
    "onb_obj": (
        "the team and company policies",
        "products and client procedures",
        "first tasks under a mentor's supervision",
        "service standards",
    ),
    "goal": (
        "understand the company structure",
        "answer client questions confidently",
        "perform routine tasks independently",
    ),
    "general": (
        "The {{position}} reports to the {{reports_to}}.",
        "The {{position}} ensures that clients of {{organization}} receive prompt and courteous service.",
        "The role is based in the {{department}} department in {{city}}.",
        "Office-based work with occasional travel to clients.",
    ),
    "final": ("This job description is reviewed every year.", "Changes are agreed with the employee."),
    "relationship": ("Works with", "Exchanges information with", "Receives from"),
    "rel_obj": (
        "the logistics team on shipments",
        "accounting on payments",
        "the legal team on contracts",
        "clients on their orders",
    ),
    "places": (
        "in London",
        "in Manchester",
        "across the EMEA region",
        "in the retail network",
        "in wholesale",
        "in the B2B segment",
        "at the plant",
        "at the service centre",
        "in the branch offices",
        "in regional offices",
        "for online channels",
        "for distributors",
    ),
    "titles": (
        "Manager",
        "Specialist",
        "Senior Specialist",
        "Lead Manager",
        "Team Lead",
        "Coordinator",
        "Analyst",
        "Principal Specialist",
    ),
    "title_tail": (
        "Client Relations",
        "Key Accounts",
        "Purchasing",
        "Sales",
        "Logistics",
        "HR",
        "Document Control",
        "Marketing",
        "Deal Support",
        "Customer Service",
        "Service Desk",
    ),
}

KIND_WEIGHTS = {
    "duty": 30,
    "right": 12,
    "responsibility": 8,
    "requirement": 16,
    "kpi": 12,
    "onboarding": 5,
    "general": 8,
    "relationship": 5,
    "final": 4,
}


class _Writer:
    """Builds clauses of one kind in one language from the phrase lists."""

    def __init__(self, rng: random.Random, words: dict) -> None:
        self.rng = rng
        self.w = words

    def pick(self, key: str) -> str:
        return self.rng.choice(self.w[key])

    def sentence(self, parts: list[str]) -> str:
        text = " ".join(p for p in parts if p).strip()
        return text[0].upper() + text[1:] + "."

    def clause(self, kind: str) -> tuple[str, str]:
        """(title, text) of a clause of ``kind``."""
        r = self.rng
        if kind == "duty":
            obj = self.pick("objects")
            parts = [self.pick("verbs"), obj]
            if r.random() < 0.6:
                parts += [self.pick("links"), self.pick("objects")]
            parts += [self.pick("mods") for _ in range(r.randint(1, 2))]
            if r.random() < 0.5:
                parts.append(self.pick("places"))
            return obj, self.sentence(parts)
        if kind == "right":
            chosen = r.sample(self.w["right_inf"], 2 if r.random() < 0.4 else 1)
            parts = [self.pick("right"), chosen[0]]
            if len(chosen) > 1:
                parts += [self.pick("links"), chosen[1]]
            return chosen[0], self.sentence(parts)
        if kind == "responsibility":
            obj = self.pick("resp_obj")
            return obj, self.sentence([self.pick("resp"), obj, self.pick("resp_tail")])
        if kind == "requirement":
            obj = self.pick("req_obj")
            return obj, self.sentence([self.pick("req"), obj, self.pick("links"), self.pick("req_obj")])
        if kind == "kpi":
            obj = self.pick("kpi_obj")
            return obj, self.sentence([self.pick("kpi"), obj, self.pick("places"), self.pick("kpi_tail")])
        if kind == "onboarding":
            obj = self.pick("onb_obj")
            return obj, self.sentence([self.pick("onb"), obj])
        if kind == "relationship":
            obj = self.pick("rel_obj")
            return obj, self.sentence([self.pick("relationship"), obj])
        text = self.pick(kind)  # general, final: stock sentences, as in real libraries
        return text.replace("{{", "").replace("}}", "").split(".")[0][:60], text

    def title(self) -> str:
        return f"{self.pick('titles')} {self.pick('title_tail')}"


def _block(rng: random.Random, writer: _Writer, lang: str, kind: str, number: int) -> dict:
    title, text = writer.clause(kind)
    block = {
        "id": f"gen.{lang}.{kind}.{number:06d}",
        "kind": kind,
        "lang": lang,
        "title": title[:1].upper() + title[1:],
        "text": text,
        "tags": [rng.choice(TAGS)] if kind in ("general", "responsibility", "final") else [],
        "areas": rng.sample(AREAS, rng.randint(1, 2)) if kind == "duty" else [],
        "covers": rng.sample(AREAS, rng.randint(1, 3)) if kind == "right" else [],
        "measures": rng.sample(AREAS, 1) if kind == "kpi" else [],
        "group": rng.choice(("knowledge", "experience", "qualities")) if kind == "requirement" else None,
        "day": rng.randint(1, 3) if kind == "onboarding" else None,
        "goal": writer.pick("goal") if kind == "onboarding" else "",
        "source": rng.choice(SOURCES),
    }
    return block


def library_data(blocks: int, templates: int, seed: int = 7) -> dict:
    """A library as TinyDB tables: ``blocks`` clauses and ``templates`` sample roles.

    Half of everything is Russian, half English.
    """
    rng = random.Random(seed)
    writers = {"ru": _Writer(rng, RU), "en": _Writer(rng, EN)}
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    by_kind: dict[tuple[str, str], list[str]] = {}
    block_table: dict[str, dict] = {}
    for number in range(blocks):
        lang = "ru" if number % 2 == 0 else "en"
        kind = rng.choices(kinds, weights)[0]
        block = _block(rng, writers[lang], lang, kind, number)
        block_table[str(number + 1)] = block
        by_kind.setdefault((lang, kind), []).append(block["id"])
    template_table: dict[str, dict] = {}
    for number in range(templates):
        lang = "ru" if number % 2 == 0 else "en"
        profile = PROFILES["ru-di" if lang == "ru" else "en-jd"]
        sections = []
        for spec in profile.sections:
            pool = by_kind.get((lang, spec.kind)) or []
            if pool:
                count = min(len(pool), rng.randint(2, 7) if spec.kind != "duty" else rng.randint(5, 12))
                sections.append({"id": spec.id, "blocks": rng.sample(pool, count)})
        title = writers[lang].title()
        template_table[str(number + 1)] = {
            "id": f"gen-{lang}-{number:05d}",
            "title": title,
            "family": rng.choice(FAMILIES),
            "lang": lang,
            "profile": profile.id,
            "source": rng.choice(SOURCES),
            "variables": {"position": title},
            "sections": sections,
        }
    return {
        META: {"1": {"schema": SCHEMA, "kind": "jdtui-library"}},
        "blocks": block_table,
        "templates": template_table,
    }


def big_draft(clauses: int, lang: str = "ru", seed: int = 7):
    """A draft of ``clauses`` local clauses, as an import of a long document leaves
    it: every clause written out (no links), of every kind in the library's
    proportions, in the profile's sections; each worded anew while the phrase
    lists allow, so most clauses differ but many are alike, as the clauses of
    real documents are. Deterministic for a seed."""
    from jdtui.core.model import Block, Item, Role, RoleSection

    rng = random.Random(seed)
    writer = _Writer(rng, RU if lang == "ru" else EN)
    profile = PROFILES["ru-di" if lang == "ru" else "en-jd"]
    kinds = [spec.kind for spec in profile.sections if spec.kind in KIND_WEIGHTS]
    weights = [KIND_WEIGHTS[kind] for kind in kinds]
    by_kind: dict[str, list[Item]] = {}
    seen: set[str] = set()
    for number in range(clauses):
        kind = rng.choices(kinds, weights)[0]
        for _ in range(20):  # a new wording where the phrase lists have one left
            _, text = writer.clause(kind)
            if text not in seen:
                break
        seen.add(text)
        block = Block(id=f"local-{number:06d}", kind=kind, lang=lang, text=text)
        by_kind.setdefault(kind, []).append(Item.copy_of(block))
    sections = []
    for spec in profile.sections:
        items = by_kind.pop(spec.kind, []) if spec.kind in KIND_WEIGHTS else []
        sections.append(RoleSection(spec.id, tuple(items)))
    return Role(
        id="bench-big-draft",
        title=writer.title(),
        lang=lang,
        profile=profile.id,
        variables={"organization": "ООО «Ромашка»" if lang == "ru" else "Acme Ltd"},
        sections=tuple(sections),
    )


def write_library(path: Path, blocks: int, templates: int, seed: int = 7) -> Path:
    """Generate a library and write it to ``path`` the way jdtui writes JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json(path, library_data(blocks, templates, seed))
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--blocks", type=int, default=100_000)
    parser.add_argument("--templates", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write_library(args.out, args.blocks, args.templates, args.seed)
    print(f"{args.out}: {args.blocks} blocks, {args.templates} templates")


if __name__ == "__main__":
    main()
