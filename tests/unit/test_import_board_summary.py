"""A job board's summary block at the top of a posting is header detail, not sections."""

from __future__ import annotations

from pathlib import Path

from jdtui.core.importer import import_markdown
from jdtui.core.importer.blocks import parse_units
from jdtui.core.importer.summary_block import leading_summary_block
from jdtui.core.model import NOTE
from jdtui.core.render import PREFERRED_TAG
from jdtui.store.library import load_library
from jdtui.store.paths import shipped_library_files

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
LIBRARY = load_library(shipped_library_files())


def _blocks(result, section: str):
    found = result.role.section(section)
    return [LIBRARY.resolve(i) for i in found.items] if found else []


def test_summary_block_labels_do_not_open_requirements():
    result = import_markdown((DATA / "en_board_summary.md").read_text(encoding="utf-8"), LIBRARY)
    requirements = _blocks(result, "requirements")
    assert [PREFERRED_TAG in b.tags for b in requirements] == [False, False, False, True]
    assert requirements[0].text == "Three years of experience in a data analyst role"
    assert len(_blocks(result, "duties")) == 4
    assert result.role.title == "Senior Data Analyst"


def test_summary_block_is_kept_in_order_with_labels_joined_to_their_values():
    result = import_markdown((DATA / "en_board_summary.md").read_text(encoding="utf-8"), LIBRARY)
    kept = [
        LIBRARY.resolve(i).text
        for s in result.role.sections
        if s.id == "other" and s.heading is None
        for i in s.items
    ]
    assert kept[:8] == [
        "Northwind Logistics",
        "Job summary",
        "Full-time",
        "Leeds",
        "Hybrid",
        "Salary: £45,000 – £55,000",
        "Experience: 3+ years",
        "Education: Bachelor's degree",
    ]
    assert kept[8:] == ["Skills & expertise", "SQL", "Power BI", "Python", "Stakeholder management", "+2"]


def test_terse_lines_without_label_value_pairs_are_no_summary_block():
    units = parse_units("Acme\nData Analyst\nLeeds\n\nResponsibilities\n- Build dashboards\n")
    assert leading_summary_block(units) is None


def test_a_block_after_the_body_has_started_is_not_a_summary_block():
    text = "We build logistics software for the whole of Europe, and we are hiring.\n\nSalary:\n£45,000\nExperience:\n3 years\n"
    assert leading_summary_block(parse_units(text)) is None


PLAIN_LINES = """# Data Engineer

## Who we are looking for
First, the right attitude:

You work independently and scope a project from scratch.

You document what you build.

Second, a solid technical background:

Several years of experience building data pipelines.

Good knowledge of a cloud data warehouse.

Things that would be a plus:

Experience with dashboarding tools
Ready to lay the foundations of a platform that lasts?

## Benefits
- Remote work
"""


def test_plain_line_lists_after_short_lead_ins_and_a_nice_to_have_lead_in():
    result = import_markdown(PLAIN_LINES, LIBRARY, lang="en")
    requirements = [b for b in _blocks(result, "requirements") if b.kind != NOTE]
    assert [(b.text, PREFERRED_TAG in b.tags) for b in requirements] == [
        ("You work independently and scope a project from scratch.", False),
        ("You document what you build.", False),
        ("Several years of experience building data pipelines.", False),
        ("Good knowledge of a cloud data warehouse.", False),
        ("Experience with dashboarding tools", True),
    ]
    # the first lead-in leads the section; the later ones, and the closing question, are
    # kept where they stand as notes, not counted as requirements
    section = result.role.section("requirements")
    assert section.lead == "First, the right attitude:"
    notes = [(index, i.local.text) for index, i in enumerate(section.items) if i.is_note]
    assert notes == [
        (2, "Second, a solid technical background:"),
        (5, "Things that would be a plus:"),
        (7, "Ready to lay the foundations of a platform that lasts?"),
    ]
