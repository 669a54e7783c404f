"""Domain values: immutability, serialisation, placeholders and composing."""

from __future__ import annotations

import dataclasses

import pytest

from jdtui.core.compose import edit_item_text, insert_item, move_item, remove_item, role_from_template
from jdtui.core.model import Block, Item, Library, Role, Template, TemplateSection
from jdtui.core.placeholders import VARIABLES, placeholders, substitute, unfilled
from jdtui.core.profiles import RU_DI


def library() -> Library:
    blocks = [
        Block("d1", "duty", "ru", "Ведёт учёт заказов {{organization}}.", areas=("order-management",)),
        Block("d2", "duty", "ru", "Готовит отчёты.", areas=("reporting",)),
        Block("r1", "right", "ru", "Запрашивать информацию.", covers=("reporting",)),
    ]
    template = Template(
        "t",
        "Менеджер",
        "ru",
        "ru-di",
        variables={"position": "менеджер"},
        sections=(TemplateSection("duties", ("d1", "d2")), TemplateSection("rights", ("r1",))),
    )
    return Library(blocks, [template])


def test_values_are_immutable():
    block = Block("b", "duty", "ru", "текст")
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "другой"  # type: ignore[misc]
    role = Role("r", "t", "ru", "ru-di", variables={"city": "Москва"})
    with pytest.raises(TypeError):
        role.variables["city"] = "Казань"  # type: ignore[index]


def test_block_round_trips_through_dict():
    block = Block(
        "b",
        "onboarding",
        "en",
        "Meet the team",
        title="Day 1",
        tags=("x",),
        day=1,
        goal="Know people",
        source="company-standard",
    )
    assert Block.from_dict(block.to_dict()) == block


def test_role_round_trips_through_dict_with_links_and_local_copies():
    lib = library()
    role = role_from_template(lib.templates["t"], role_id="r1", variables={"organization": "ООО «Ромашка»"})
    role = edit_item_text(role, 2, 0, "Новый текст", lib)
    again = Role.from_dict(role.to_dict())
    assert again == role
    assert again.sections[2].items[0].local is not None
    assert again.sections[2].items[1].linked


def test_role_from_template_has_every_profile_section_in_order():
    role = role_from_template(library().templates["t"], role_id="r")
    assert [s.id for s in role.sections] == [s.id for s in RU_DI.sections]
    assert [i.ref for i in role.section("duties").items] == ["d1", "d2"]
    assert role.variables["position"] == "менеджер"
    assert role.based_on == "t"


def test_editing_a_linked_block_makes_a_local_copy_and_leaves_library_alone():
    lib = library()
    role = role_from_template(lib.templates["t"], role_id="r")
    duties = [s.id for s in role.sections].index("duties")
    edited = edit_item_text(role, duties, 0, "Ведёт учёт заказов и возвратов.", lib)
    item = edited.sections[duties].items[0]
    assert not item.linked and item.ref == "d1"
    assert item.local.text == "Ведёт учёт заказов и возвратов."
    assert item.local.areas == ("order-management",)  # metadata travels with the copy
    assert lib.blocks["d1"].text == "Ведёт учёт заказов {{organization}}."
    assert role.sections[duties].items[0].linked  # the old value is untouched


def test_insert_remove_move_items():
    lib = library()
    role = role_from_template(lib.templates["t"], role_id="r")
    duties = [s.id for s in role.sections].index("duties")
    role = insert_item(role, duties, 99, Item.link("r1"))
    assert [i.ref for i in role.sections[duties].items] == ["d1", "d2", "r1"]
    role, index = move_item(role, duties, 2, -1)
    assert index == 1 and [i.ref for i in role.sections[duties].items] == ["d1", "r1", "d2"]
    role, index = move_item(role, duties, 0, -1)
    assert index == 0
    role = remove_item(role, duties, 1)
    assert [i.ref for i in role.sections[duties].items] == ["d1", "d2"]


def test_placeholders_substitute_and_stay_visible_when_unfilled():
    text = "{{position}} подчиняется {{ reports_to_dative }} в {{organization}}."
    assert placeholders(text) == ["position", "reports_to_dative", "organization"]
    filled = substitute(text, {"position": "менеджер", "organization": "  "})
    assert filled == "менеджер подчиняется {{reports_to_dative}} в {{organization}}."
    assert unfilled(text, {"position": "менеджер"}) == ["reports_to_dative", "organization"]


def test_variables_include_the_documented_names():
    for name in (
        "organization",
        "position",
        "position_genitive",
        "position_dative",
        "department",
        "reports_to",
        "approver_title",
        "approver_name",
        "approval_date",
        "doc_number",
        "city",
    ):
        assert name in VARIABLES


def test_with_variables_drops_empty_values():
    role = Role("r", "t", "ru", "ru-di", variables={"city": "Москва"})
    assert dict(role.with_variables(city="", organization="X").variables) == {"organization": "X"}


def test_library_resolves_links_and_local_copies():
    lib = library()
    assert lib.resolve(Item.link("d1")).id == "d1"
    assert lib.resolve(Item.link("missing")) is None
    local = Block("x", "duty", "ru", "своё")
    assert lib.resolve(Item.copy_of(local, ref="d1")) is local
