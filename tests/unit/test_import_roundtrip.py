"""export → import → export gives the same document: shipped samples and generated roles."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdtui.core.compose import template_as_role
from jdtui.core.importer import import_markdown
from jdtui.core.importer.headings import _EXACT, group_of, strip_numbering, target_of
from jdtui.core.model import REQUIREMENT_GROUPS, Block, Item, Role, RoleSection
from jdtui.core.profiles import default_profile, normalise_sections
from jdtui.core.render import PREFERRED_TAG, paragraph_sections, render_markdown
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

LIBRARY = load_library(shipped_library_files())
FILLED = {
    "ru": {
        "organization": "ООО «Северный ветер»",
        "approver_title": "Генеральный директор",
        "approver_name": "П. С. Громов",
        "approval_date": "15.03.2024",
        "doc_number": "17-ДИ",
        "city": "Екатеринбург",
        "department": "Отдел продаж",
        "reports_to": "Руководитель отдела продаж",
    },
    "en": {
        "organization": "Northwind Traders Ltd",
        "department": "Client Services",
        "reports_to": "Head of Client Services",
        "city": "Leeds",
    },
}


def _round_trip(role: Role) -> tuple[str, str]:
    first = render_markdown(role, LIBRARY)
    imported = import_markdown(first, LIBRARY, lang=role.lang)
    return first, render_markdown(imported.role, LIBRARY)


def test_the_library_has_templates_in_both_languages():
    langs = {t.lang for t in LIBRARY.templates.values()}
    assert langs == {"ru", "en"}


@pytest.mark.parametrize("template_id", sorted(LIBRARY.templates))
def test_every_template_survives_export_import_export(template_id):
    template = LIBRARY.templates[template_id]
    role = template_as_role(template)
    role = role.with_variables(**{k: v for k, v in FILLED[role.lang].items() if k not in role.variables})
    first, second = _round_trip(role)
    assert second == first


@pytest.mark.parametrize("template_id", sorted(LIBRARY.templates))
def test_every_template_with_unfilled_requisites_survives_the_round_trip(template_id):
    first, second = _round_trip(template_as_role(LIBRARY.templates[template_id]))
    assert second == first


@pytest.mark.parametrize("template_id", sorted(LIBRARY.templates))
def test_imported_template_links_its_library_blocks(template_id):
    template = LIBRARY.templates[template_id]
    role = template_as_role(template).with_variables(**FILLED[template.lang])
    result = import_markdown(render_markdown(role, LIBRARY), LIBRARY)
    items = sum(1 for _ in role.items())
    assert result.report.linked + result.report.forked >= 0.9 * items
    linked = {item.ref for _, _, item in result.role.items() if item.linked}
    assert linked <= set(template.block_ids())


# --- generated roles ----------------------------------------------------------
_LETTERS = {"ru": "абвгдежзиклмнопрстуфхцчшщыэюяё", "en": "abcdefghijklmnopqrstuvwxyz"}
_HOSTILE = [
    "*",
    "_",
    "`",
    "[",
    "]",
    "<",
    ">",
    "|",
    "&",
    "#",
    "\\",
    "~",
    "—",
    "«",
    "»",
    "(",
    ")",
    "%",
    "1.",
    "-",
    "+",
]


def _word(lang: str):
    return st.text(alphabet=_LETTERS[lang], min_size=2, max_size=10)


def _sentence(lang: str):
    token = st.one_of(
        _word(lang), _word(lang), _word(lang), st.sampled_from(_HOSTILE), st.integers(0, 999).map(str)
    )
    return st.builds(
        lambda first, rest: " ".join([first.capitalize(), *rest]) + ".",
        _word(lang),
        st.lists(token, min_size=1, max_size=12),
    )


def _phrase(lang: str):
    return st.lists(_word(lang), min_size=1, max_size=4).map(lambda ws: " ".join(ws).capitalize())


def _library_blocks(kind: str, lang: str) -> list[str]:
    return sorted(b.id for b in LIBRARY.blocks.values() if b.kind == kind and b.lang == lang)


def _own_headings(section_id: str, lang: str) -> list[str]:
    """Wordings people use for a section's heading, in the document's script."""
    cyrillic = lang == "ru"
    forms = [
        form[:1].upper() + form[1:]
        for form, target in _EXACT.items()
        if target == section_id
        and strip_numbering(form) == form
        and any("а" <= c <= "я" for c in form) == cyrillic
    ]
    return sorted(f for f in forms if target_of(f) == section_id and group_of(f) is None)


def _lead_or_note(lang: str):
    """A sentence as people write lead-ins and remarks: ending with a full stop or a colon."""
    return st.builds(lambda text, colon: text[:-1] + ":" if colon else text, _sentence(lang), st.booleans())


@st.composite
def roles(draw):
    lang = draw(st.sampled_from(["ru", "en"]))
    profile = default_profile(lang)
    counter = iter(range(1, 10_000))
    variables = {
        name: draw(_phrase(lang))
        for name in (
            "organization",
            "approver_title",
            "approver_name",
            "doc_number",
            "city",
            "department",
            "reports_to",
        )
        if draw(st.booleans())
    }
    if lang == "ru" and draw(st.booleans()):
        variables["position"] = draw(_phrase(lang)).lower()
        variables["position_genitive"] = draw(_phrase(lang)).lower()
    sections = []
    for spec in profile.sections:
        items = []
        for _ in range(draw(st.integers(0, 4))):
            ids = _library_blocks(spec.kind, lang)
            if ids and draw(st.booleans()):
                items.append(Item.link(draw(st.sampled_from(ids))))
                continue
            group = draw(st.sampled_from([*REQUIREMENT_GROUPS, None])) if spec.kind == "requirement" else None
            tags = (PREFERRED_TAG,) if spec.kind == "requirement" and draw(st.booleans()) else ()
            onboarding = spec.kind == "onboarding"
            block = Block(
                id=f"g-{next(counter)}",
                kind=spec.kind,
                lang=lang,
                text=draw(_sentence(lang)),
                group=group,
                tags=tags,
                day=draw(st.one_of(st.none(), st.integers(1, 30))) if onboarding else None,
                goal=draw(st.one_of(st.just(""), _sentence(lang))) if onboarding else "",
            )
            items.append(Item.copy_of(block))
        heading = lead = None
        forms = _own_headings(spec.id, lang)
        if forms and draw(st.booleans()):
            heading = draw(st.sampled_from(forms))
        if draw(st.integers(0, 3)) == 0:
            lead = draw(_lead_or_note(lang))
        if spec.id not in paragraph_sections(profile):
            for _ in range(draw(st.integers(0, 2))):
                items.insert(
                    draw(st.integers(0, len(items))), Item.note(draw(_lead_or_note(lang)), lang=lang)
                )
        sections.append(RoleSection(spec.id, tuple(items), heading, lead))
    for _ in range(draw(st.integers(0, 2))):
        heading = draw(_phrase(lang))
        if target_of(heading) is None and group_of(heading) is None:
            texts = draw(st.lists(_sentence(lang), min_size=1, max_size=3))
            items = tuple(
                Item.copy_of(Block(id=f"g-{next(counter)}", kind="general", lang=lang, text=t)) for t in texts
            )
            sections.append(RoleSection("other", items, heading))
    title = draw(_phrase(lang))
    role = Role(
        id="r", title=title, lang=lang, profile=profile.id, variables=variables, sections=tuple(sections)
    )
    return normalise_sections(role)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(roles())
def test_generated_roles_survive_export_import_export(role):
    first, second = _round_trip(role)
    assert second == first
