"""English discriminatory and exclusionary wording on every ground, with the
near-misses that must not fire; gender-coded wording and ordinary job words."""

from __future__ import annotations

import pytest

from jdtui.core.rules.discrimination import hits
from jdtui.core.rules.gender_words import FEMININE, MASCULINE, NEUTRAL, is_feminine, is_masculine

from .rules_support import add, en, findings, local, rules, set_section


def grounds(text: str) -> dict[str, bool]:
    """ground -> whether every hit of it is a proxy (a warning, never an error)."""
    out: dict[str, bool] = {}
    for hit in hits(text):
        out[hit.category] = out.get(hit.category, True) and hit.proxy
    return out


@pytest.mark.parametrize(
    ("text", "ground", "proxy"),
    [
        # sex
        ("We need a man to run the warehouse.", "sex", False),
        ("Looking for girls to staff the front desk.", "sex", False),
        ("He will report to the Head of Sales.", "sex", True),
        ("Experienced foreman wanted.", "sex", True),
        # age
        ("Young sales team member wanted.", "age", False),
        ("No older applicants.", "age", False),
        ("Millennials preferred.", "age", False),
        ("Applicants aged 25 to 35.", "age", False),
        ("Digital native with a love of social media.", "age", False),
        ("Recent graduates welcome.", "age", True),
        ("No more than 5 years of experience.", "age", True),
        ("Maximum 3 years' sales experience.", "age", True),
        # national origin and language
        ("Native English speaker.", "origin", True),
        ("Native speaker of French.", "origin", True),
        ("English as a first language.", "origin", True),
        ("Must speak with no accent.", "origin", True),
        ("Asian candidates preferred.", "origin", False),
        # marital and family status
        ("Single candidates preferred.", "family", False),
        ("No family commitments.", "family", False),
        ("Must be free of childcare responsibilities.", "family", False),
        ("Married applicants only.", "family", False),
        # disability
        ("Must be able-bodied.", "disability", False),
        ("No disabilities.", "disability", False),
        ("Must be able to stand for long periods.", "disability", True),
        ("Must be able to lift 25 kg.", "disability", True),
        ("Must be physically fit.", "disability", True),
        # pregnancy
        ("Must not be pregnant.", "pregnancy", False),
        ("No plans to start a family in the next two years.", "pregnancy", False),
        # religion
        ("Practising Christian required.", "religion", False),
        ("Regular church attendance expected.", "religion", False),
        ("Religious candidates preferred.", "religion", False),
    ],
)
def test_every_ground_is_found(text, ground, proxy):
    found = grounds(text)
    assert ground in found, found
    assert found[ground] == proxy


@pytest.mark.parametrize(
    "text",
    [
        # age: the young of things and the age of majority
        "Join a young company growing fast.",
        "We are a young business in a young industry.",
        "Runs workshops for young children at the centre.",
        "Must be no older than the system it replaces.",
        "Must be at least 18 years old.",
        "At least 5 years of experience in B2B sales.",
        "Up to 30% travel; 3-5 years of experience.",
        # language: a programming language is no nationality; fluency is a skill
        "Native speakers of Python and SQL will feel at home.",
        "Fluent English, written and spoken.",
        "Native-level fluency in SQL dialects.",
        # family: ordinary words
        "Acts as the single point of contact for clients.",
        "Keeps a single source of truth for reporting.",
        "Enhanced maternity and paternity leave.",
        "Generous parental leave when you start a family.",
        "Reads the man page before asking.",
        "We offer family-friendly policies.",
        # disability: figures of speech, and accommodation allowed for
        "Able to stand up to pressure and tight deadlines.",
        "Able to walk clients through the product.",
        "Able to lift team morale in difficult times.",
        "Must be able to stand for long periods, with or without reasonable accommodation.",
        "Must be able to lift 10 kg. Reasonable adjustments will be made.",
        "Good health and safety awareness.",
        # religion: adverbs and statements of policy
        "Updates the CRM religiously every Friday.",
        "We do not discriminate on the basis of religion, pregnancy or disability.",
        # sex: words that only look like it
        "Manages the men's and women's clothing ranges for shoppers.",
        "Estimates man-hours and manpower for each project.",
        "Reviews the chairperson's report.",
    ],
)
def test_near_misses_do_not_fire(text):
    assert hits(text) == []


def test_a_clause_with_several_grounds_is_one_error_naming_every_ground():
    text = "Young male native English speaker, unmarried, able-bodied, practising Christian."
    role = add(en(), "requirements", local(text, "requirement", "en", group="qualities"))
    errors = findings(role, "discrimination")
    assert len(errors) == 1 and errors[0].section == "requirements"
    for label in ("age", "sex", "origin", "family status", "disability", "religion"):
        assert label in errors[0].message, label
    # its proxies (native speaker) are in the error, not in a separate warning
    assert "native english" in errors[0].message
    assert not [f for f in findings(role, "discrimination-risk") if f.item == errors[0].item]


def test_a_clause_with_proxies_only_is_one_warning_naming_each_ground():
    text = "Native English speaker; must be able to stand all day; recent graduates welcome."
    role = add(en(), "requirements", local(text, "requirement", "en", group="qualities"))
    assert not findings(role, "discrimination")
    warned = findings(role, "discrimination-risk")
    assert len(warned) == 1
    for label in ("age", "origin", "disability"):
        assert label in warned[0].message


# --- gender-coded wording --------------------------------------------------------
def _coded(text: str, title: str | None = None):
    from dataclasses import replace

    # on a sample without its own clauses: the shipped posting's wording leans feminine
    # (inclusive postings do), which would outweigh the few words each test adds
    base = en()
    for section in base.sections:
        base = set_section(base, section.id, [])
    role = add(base, "summary", local(text, "general", "en"))
    if title is not None:
        role = replace(role, title=title)
    return findings(role, "gender-coded")


def test_ordinary_job_words_are_not_masculine_coding():
    text = (
        "Owns analytics and analysis for the team; supports decisions with data; "
        "works with individual stakeholders; reports to the Data Lead; drives lead generation."
    )
    assert _coded(text, title="Analytics Lead") == []
    compounds = (
        "Senior analytics-engineer for decision-ready data; lead-engineer role; Analysen und analytique."
    )
    assert _coded(compounds) == []
    # the same count of real trait words is coded
    assert _coded("Aggressive, competitive, dominant, fearless, ambitious and driven.")


def test_lead_in_a_title_is_a_rank_but_leading_people_still_counts():
    found = _coded("x", title="Lead Analyst")
    assert found == []
    strong = _coded("A competitive, aggressive, dominant leader who leads from the front.")
    assert strong and "leader" in strong[0].message


def test_hints_never_suggest_a_coded_word():
    for _, suggestion in NEUTRAL:
        for word in suggestion.split():
            assert not is_masculine(word) and not is_feminine(word), suggestion
    found = _coded("An aggressive, competitive, dominant and fearless self-reliant leader.")
    assert found and "→" in found[0].hint
    import re

    suggested = re.findall(r"→ ([^,;]+)", found[0].hint)
    assert len(suggested) >= 2 and all(
        not is_masculine(w) and not is_feminine(w) for s in suggested for w in s.split()
    )


def test_the_word_lists_still_hold_the_papers_stems():
    assert "lead*" in MASCULINE and "analy*" in MASCULINE and "respon*" in FEMININE
    assert is_masculine("analytical") and is_masculine("decisive")
    found = _coded("A self-reliant, head-strong, analytical, decisive, competitive, driven individualist.")
    assert found and all(w in found[0].message for w in ("self-reliant", "analytical", "individualist"))


def test_gender_coded_is_information_only():
    found = _coded("An aggressive, competitive, dominant and fearless leader.")
    assert [f.severity for f in found] == ["info"]
    assert "gender-coded" not in rules(en())
